// One build script: the extension client, the language server, the CLI; plus eval, bench and train on demand.
// Type-checking is separate (`npm run typecheck`); esbuild only bundles.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';

const argv = process.argv.slice(2);
const args = new Set(argv);
const production = args.has('--production');
// `--outroot=DIR` writes the products under DIR instead of the repo (the packager builds into a staging folder).
const outRoot = argv.find((a) => a.startsWith('--outroot='))?.slice('--outroot='.length);
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // esbuild's Node table lacks \p{…} escapes, so it would rewrite each such literal as `new RegExp(…)`, compiled
  // again on every call inside a function (the tokenizer's and identity's top self time); Node has had them since 10.
  supported: { 'regexp-unicode-property-escapes': true },
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

const products = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
];
const tools = {
  '--eval': { entryPoints: ['eval/index.ts'], outfile: 'dist/eval.js' },
  '--bench': { entryPoints: ['bench/index.ts'], outfile: 'dist/bench.js' },
  '--train': { entryPoints: ['scripts/train-ner.ts'], outfile: 'dist/train.js' },
  '--fit': { entryPoints: ['scripts/fit-stories.ts', 'scripts/fit-quantity-slots.ts', 'scripts/build-noun-meanings.ts'], outdir: 'dist' },
  '--tests': { entryPoints: testFiles(['test/unit', 'test/protocol']), outdir: 'out/test', outbase: 'test' },
};

function testFiles(folders) {
  return folders.flatMap((folder) => readdirSync(folder).filter((f) => f.endsWith('.test.ts')).map((f) => `${folder}/${f}`));
}
const selected = Object.entries(tools).filter(([flag]) => args.has(flag)).map(([, options]) => options);
const builds = selected.length > 0 ? selected
  : products.map((p) => (outRoot ? { ...p, outfile: `${outRoot}/${p.outfile}` } : p));

if (args.has('--watch')) {
  for (const options of builds) await (await esbuild.context({ ...common, ...options })).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build({ ...common, ...options })));
}
