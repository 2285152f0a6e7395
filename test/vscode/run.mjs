// `npm run test:vscode`: the mocha suite in a real VS Code extension host, then the Playwright UI
// check, then (when nvim is installed) Neovim as a second LSP client.
// By default VS Code is the VS Code server from code-server driven by headless Chromium (code-shim.mjs),
// because no desktop VS Code can be downloaded here. Where it can, set CROSSCHECK_VSCODE_VERSION
// (e.g. "stable" or "1.91.0") and @vscode/test-electron downloads that VS Code and runs the same suite.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { runTests } from '@vscode/test-electron';
import { createFixtureWorkspace } from './fixture-workspace.mjs';
import { missingSetup, repoRoot, requireSetup, setupScript } from './vscode-server.mjs';

const here = join(repoRoot, 'test', 'vscode');
const suiteOut = join(repoRoot, 'out', 'vscode', 'suite');
const downloadVersion = process.env.CROSSCHECK_VSCODE_VERSION;

async function step(name, action) {
  const started = Date.now();
  console.log(`\n== ${name}`);
  await action();
  console.log(`== ${name}: ok in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function runNode(script) {
  const result = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${script} failed (exit ${result.status ?? result.signal})`);
}

async function compileSuite() {
  rmSync(suiteOut, { recursive: true, force: true });
  const sources = join(here, 'suite');
  const entryPoints = readdirSync(sources).filter((f) => f === 'index.ts' || f.endsWith('.test.ts')).map((f) => join(sources, f));
  await build({
    entryPoints, outdir: suiteOut, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    sourcemap: 'inline', logLevel: 'warning', external: ['vscode', 'mocha'],
    // mocha's main entry is an ES module; its CommonJS build loads in every extension host's Node.
    alias: { mocha: 'mocha/lib/mocha.cjs' },
  });
}

async function runSuite(workspace) {
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-profile-'));
  const options = {
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: join(suiteOut, 'index.js'),
    launchArgs: [workspace, `--user-data-dir=${join(profile, 'user')}`, `--extensions-dir=${join(profile, 'extensions')}`],
  };
  try {
    if (downloadVersion) {
      await runTests({ ...options, version: downloadVersion });
    } else {
      const shim = join(here, 'code-shim.mjs');
      chmodSync(shim, 0o755); // runTests executes it directly, as it would a VS Code binary
      await runTests({ ...options, vscodeExecutablePath: shim });
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

function nvimAvailable() {
  return spawnSync('nvim', ['--version'], { stdio: 'ignore' }).status === 0;
}

// A workspace of its own: the suite before it may have written .crosscheck/ decisions into the shared one.
function runNeovimProbe() {
  const folder = createFixtureWorkspace();
  try {
    const result = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${join(here, 'nvim-probe.lua')}`], {
      stdio: 'inherit', timeout: 120_000, env: { ...process.env, LSP_SERVER: join(repoRoot, 'dist', 'server.js'), LSP_FOLDER: folder },
    });
    if (result.status !== 0) throw new Error(`Neovim LSP probe failed (exit ${result.status ?? result.signal})`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const started = Date.now();
if (!existsSync(join(repoRoot, 'dist', 'client.js'))) {
  console.error('dist/client.js is missing: run `npm run build` first');
  process.exit(1);
}
// A fresh clone needs the code-server VS Code once (a few minutes); the setup script skips what is already there.
if (!downloadVersion && missingSetup().length > 0) {
  console.log(`Installing what the VS Code tests need (${missingSetup().join(', ')}) with ${setupScript}`);
  if (spawnSync('bash', [setupScript], { stdio: 'inherit' }).status !== 0) process.exit(1);
}
if (!downloadVersion) requireSetup();
const workspace = createFixtureWorkspace();
try {
  await step('compile the VS Code suite', compileSuite);
  await step(`mocha suite in ${downloadVersion ? `VS Code ${downloadVersion}` : 'the code-server VS Code (shim)'}`, () => runSuite(workspace));
  // The UI check always needs the code-server workbench, also when the suite ran in a downloaded VS Code.
  if (missingSetup().length === 0) {
    await step('npm run package: allow-listed files, installs into VS Code', () => runNode(join(here, 'package-check.mjs')));
    await step('UI check (Playwright)', () => runNode(join(here, 'ui-check.mjs')));
  } else console.log('\n(UI check not run: it needs scripts/setup-vscode-test.sh)');
  // The second editor is a gate: in CI a missing nvim fails the run rather than passing without it.
  if (nvimAvailable()) await step('Neovim as a second LSP client', runNeovimProbe);
  else if (process.env.CI) throw new Error('nvim is not installed, so the Neovim LSP probe cannot run (apt-get install neovim)');
  else console.log('\n(nvim not installed: the Neovim LSP probe did not run; CI requires it)');
  console.log(`\ntest:vscode passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`\ntest:vscode FAILED: ${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
