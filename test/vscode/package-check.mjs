// The README's "Install the extension": `npm run package` writes a .vsix offline, whose file list is exactly
// the allow-list below, which installs into the test VS Code, and which leaves the development build alone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { repoRoot, serverDir, serverNode } from './vscode-server.mjs';

/** Everything the package may hold; docs/*.png are the README's screenshots, however many there are. */
const REQUIRED = [
  'extension/package.json', 'extension/readme.md', 'extension/LICENSE.txt', 'extension/language-configuration.json',
  'extension/bin/crosscheck.js', 'extension/dist/client.js', 'extension/dist/server.js', 'extension/dist/cli.js',
  'extension/syntaxes/article.tmLanguage.json', 'extension.vsixmanifest', '[Content_Types].xml',
];
const allowed = (name) => REQUIRED.includes(name) || /^extension\/docs\/[\w-]+\.png$/.test(name);

function fail(message) {
  console.error(`package check: ${message}`);
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), 'crosscheck-vsix-'));
try {
  const vsix = join(scratch, 'crosscheck.vsix');
  const devBuild = readFileSync(join(repoRoot, 'dist', 'server.js'));
  const packaged = spawnSync('npm', ['run', '--silent', 'package'], { cwd: repoRoot, env: { ...process.env, CROSSCHECK_VSIX: vsix }, encoding: 'utf8' });
  if (packaged.status !== 0) fail(`npm run package failed:\n${packaged.stdout}${packaged.stderr}`);
  if (!readFileSync(join(repoRoot, 'dist', 'server.js')).equals(devBuild)) fail('npm run package changed dist/server.js');

  const names = Object.keys(unzipSync(readFileSync(vsix)));
  const missing = REQUIRED.filter((name) => !names.includes(name));
  const unexpected = names.filter((name) => !allowed(name));
  if (missing.length > 0) fail(`missing from the .vsix: ${missing.join(', ')}`);
  if (unexpected.length > 0) fail(`not on the allow-list: ${unexpected.join(', ')}`);
  for (const image of readFileSync(join(repoRoot, 'README.md'), 'utf8').matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) {
    if (!names.includes(`extension/${image[1]}`)) fail(`README image ${image[1]} is not in the .vsix`);
  }

  const extensions = join(scratch, 'extensions');
  const installed = spawnSync(serverNode, [join(serverDir, 'out', 'server-main.js'), '--install-extension', vsix,
    '--extensions-dir', extensions, '--user-data-dir', join(scratch, 'user')], { encoding: 'utf8' });
  const folder = existsSync(extensions) ? readdirSync(extensions).find((f) => f.startsWith('crosscheck.crosscheck-')) : undefined;
  if (installed.status !== 0 || !folder || !existsSync(join(extensions, folder, 'dist', 'server.js'))) {
    fail(`the .vsix did not install into the VS Code server:\n${installed.stdout}${installed.stderr}`);
  }
  console.log(`package check: ${names.length} files, all allowed; installed as ${folder}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
