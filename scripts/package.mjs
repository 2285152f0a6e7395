// `npm run package`: crosscheck.vsix, offline. The minified bundles are built into a staging folder with
// the shipped files, so the working tree's dist/ (the development build, with source maps) stays as it was.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
/** What the package is made of; .vscodeignore (an allow-list too) decides the final file list within it. */
const SHIPPED = ['package.json', 'README.md', 'LICENSE', '.vscodeignore', 'language-configuration.json', 'bin', 'syntaxes', 'docs'];
const out = resolve(repoRoot, process.env.CROSSCHECK_VSIX ?? 'crosscheck.vsix');

function run(command, args, cwd) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

const staging = mkdtempSync(join(tmpdir(), 'crosscheck-package-'));
try {
  for (const entry of SHIPPED) cpSync(join(repoRoot, entry), join(staging, entry), { recursive: true });
  run(process.execPath, [join(repoRoot, 'esbuild.mjs'), '--production', `--outroot=${staging}`], repoRoot);
  // No repository is published, so README links stay relative (VS Code resolves them inside the extension).
  const vsce = join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  run(process.execPath, [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository', '--out', out], staging);
} finally {
  rmSync(staging, { recursive: true, force: true });
}
