// Analysis time on the pathological inputs of issue 10, in ms per 10 KB at 100 KB and 2 MB, each in a worker thread
// stopped at a time limit so that one blow-up does not stop the run. Target: ≤ 50 ms per 10 KB, and a 2 MB input
// within 20× a 100 KB one. `npm run bench -- pathological [size in KB ...]`.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyze } from '../server/src/analysis/analyze';
import { table } from '../eval/ecbplus';
import recipesFile from '../test/fixtures/pathological/recipes.json';
import { buildInput, Random, sampleArticles, type Recipe } from '../test/util/random';

const SIZES_KB = [100, 2000];
const LIMIT_S = 60;
const SEED = 10;
export const WORKER_FLAG = 'pathological';

const recipes: Recipe[] = recipesFile.recipes;

/** Worker side: builds one input and analyses it, posting the milliseconds and the analysis' limits note. */
export function analyzeInWorker(data: { recipe: Recipe; size: number; root: string }): { ms: number; note: string } {
  const samples = sampleArticles(data.root);
  // Warm up (model load, compilation) on an ordinary article, so the figure is the input's own cost.
  analyze(samples[0]);
  const text = buildInput(data.recipe, data.size, new Random(SEED), samples);
  const started = performance.now();
  const analysis = analyze(text);
  const ms = performance.now() - started;
  return { ms, note: analysis.limits?.join('; ') ?? '' };
}

function timeOne(recipe: Recipe, size: number): Promise<{ ms: number; note: string } | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { [WORKER_FLAG]: { recipe, size, root: path.resolve(__dirname, '..') } } });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve(null);
    }, LIMIT_S * 1000);
    worker.once('message', (result: { ms: number; note: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

export async function run(argv: string[] = []): Promise<void> {
  const sizes = argv.map(Number).filter((n) => n > 0);
  const kbs = sizes.length > 0 ? sizes : SIZES_KB;
  const only = argv.filter((a) => !(Number(a) > 0) && a !== 'pathological').map((a) => a.toLowerCase());
  const rows: Array<Array<string | number>> = [['input', ...kbs.map((kb) => `ms/10 KB at ${kb} KB`), 'growth', 'limits']];
  for (const recipe of recipes) {
    if (only.length > 0 && !only.some((o) => recipe.name.toLowerCase().includes(o))) continue;
    const perTenKb: Array<number | null> = [];
    const notes: string[] = [];
    for (const kb of kbs) {
      const result = await timeOne(recipe, kb * 1000);
      perTenKb.push(result ? result.ms / (kb / 10) : null);
      if (result?.note) notes.push(result.note);
    }
    const first = perTenKb[0];
    const last = perTenKb[perTenKb.length - 1];
    const growth = first && last ? `${((last * kbs[kbs.length - 1]) / (first * kbs[0])).toFixed(1)}× for ${kbs[kbs.length - 1] / kbs[0]}×` : '';
    rows.push([recipe.name, ...perTenKb.map((v) => (v === null ? `> ${LIMIT_S} s` : v.toFixed(1))), growth, [...new Set(notes)].join('; ')]);
    console.log(`${recipe.name}: ${perTenKb.map((v) => (v === null ? 'timeout' : v.toFixed(1))).join(' / ')}`);
  }
  console.log(table(rows));
}
