// Analysis time on the pathological inputs of issue 10, in CPU ms per 10 KB at 100 KB and 2 MB (median of 3 runs),
// each run in a worker thread stopped at a time limit so that one blow-up does not stop the run. CPU time, not wall
// time, because the machines are shared: a busy neighbour slows the wall clock, not the work. Target: ≤ 50 ms per
// 10 KB, and a 2 MB input within 20× a 100 KB one. The analysis stops after MAX_ANALYSED_CHARS, so the per-10 KB
// figure is also given over the analysed part. CPU time still grows with the machine's load (shared caches and cores),
// so each figure is also given as a multiple of the ordinary articles' in the same run, which the load moves alike.
// `npm run bench -- pathological [size in KB ...] [recipe name part ...]`.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { analysedLength, analyze } from '../server/src/analysis/analyze';
import { table } from '../eval/ecbplus';
import recipesFile from '../test/fixtures/pathological/recipes.json';
import { buildInput, Random, sampleArticles, type Recipe } from '../test/util/random';
import { MERGE_STEPS, mergeStall } from './mergeStall';
import { median } from './stats';

const SIZES_KB = [100, 2000];
const RUNS = 3;
const LIMIT_S = 60;
const SEED = 10;
/** The inputs whose merge into the corpus is timed, at the size limit: real names, and a name at every word. */
const MERGED = ['articles concatenated', 'capitalised words'];
const MERGED_SIZE = 2_000_000;
export const WORKER_FLAG = 'pathological';
/** The reference row: each sample article analysed on its own, as users' articles are, after one pass over them all. */
const ORDINARY = 'ordinary articles (samples/, one by one)';
/**
 * The same articles on their first pass, in a worker warmed on one of them: most of the difference is compiling
 * code paths the warm-up did not take, paid once per server, not per article.
 */
const ORDINARY_FIRST = 'ordinary articles, first pass';

const recipes: Recipe[] = recipesFile.recipes;

interface Timing {
  cpuMs: number;
  chars: number;
  analysedChars: number;
  note: string;
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Worker side: builds one input and analyses it, posting the CPU milliseconds and the analysis' limits note. */
export function analyzeInWorker(data: { recipe: Recipe | null; size: number; root: string; firstPass?: boolean }): Timing {
  const samples = sampleArticles(data.root);
  // Warm up (model load, compilation) on the ordinary articles, so the figure is the input's own cost.
  for (const text of data.firstPass ? samples.slice(0, 1) : samples) analyze(text);
  const texts = data.recipe ? [buildInput(data.recipe, data.size, new Random(SEED), samples)] : samples;
  const started = cpuMs();
  const notes = texts.flatMap((text) => analyze(text).limits ?? []);
  const spent = cpuMs() - started;
  const chars = texts.reduce((sum, text) => sum + text.length, 0);
  const analysedChars = texts.reduce((sum, text) => sum + analysedLength(text), 0);
  return { cpuMs: spent, chars, analysedChars, note: [...new Set(notes)].join('; ') };
}

function timeOne(recipe: Recipe | null, size: number, firstPass = false): Promise<Timing | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { [WORKER_FLAG]: { recipe, size, root: path.resolve(__dirname, '..'), firstPass } } });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve(null);
    }, LIMIT_S * 1000);
    worker.once('message', (result: Timing) => {
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

/** The median run by CPU time, or null when any run passed the time limit. */
async function medianOf(recipe: Recipe | null, size: number, firstPass = false): Promise<Timing | null> {
  const runs: Timing[] = [];
  for (let i = 0; i < RUNS; i++) {
    const result = await timeOne(recipe, size, firstPass);
    if (!result) return null;
    runs.push(result);
  }
  return runs.sort((a, b) => a.cpuMs - b.cpuMs)[Math.floor(RUNS / 2)];
}

const perTenKb = (ms: number, chars: number): string => ((ms * 10_000) / chars).toFixed(1);

export async function run(argv: string[] = []): Promise<void> {
  const sizes = argv.map(Number).filter((n) => n > 0);
  const kbs = sizes.length > 0 ? sizes : SIZES_KB;
  const only = argv.filter((a) => !(Number(a) > 0) && a !== 'pathological').map((a) => a.toLowerCase());
  const rows: Array<Array<string | number>> = [
    ['input', ...kbs.map((kb) => `ms/10 KB at ${kb} KB (analysed part)`), `time ${kbs[kbs.length - 1]} KB / ${kbs[0]} KB`, '× ordinary', 'limits'],
  ];
  const ordinary = await medianOf(null, 0);
  const ordinaryPerChar = ordinary ? ordinary.cpuMs / ordinary.chars : null;
  rows.push([ORDINARY, ...kbs.map(() => (ordinary ? perTenKb(ordinary.cpuMs, ordinary.chars) : `> ${LIMIT_S} s`)), '', '', '']);
  const firstPass = await medianOf(null, 0, true);
  rows.push([ORDINARY_FIRST, ...kbs.map(() => (firstPass ? perTenKb(firstPass.cpuMs, firstPass.chars) : `> ${LIMIT_S} s`)), '', '', '']);
  for (const recipe of recipes) {
    if (only.length > 0 && !only.some((o) => recipe.name.toLowerCase().includes(o))) continue;
    const timings: Array<Timing | null> = [];
    for (const kb of kbs) timings.push(await medianOf(recipe, kb * 1000));
    const cells = timings.map((t) =>
      t === null ? `> ${LIMIT_S} s` : t.analysedChars < t.chars ? `${perTenKb(t.cpuMs, t.chars)} (${perTenKb(t.cpuMs, t.analysedChars)})` : perTenKb(t.cpuMs, t.chars),
    );
    const first = timings[0];
    const last = timings[timings.length - 1];
    const growth = first && last && timings.length > 1 ? `${(last.cpuMs / first.cpuMs).toFixed(1)}×` : '';
    const notes = [...new Set(timings.map((t) => t?.note ?? '').filter(Boolean))].join('; ');
    // The worst of the sizes, per analysed character, against the ordinary articles.
    const worstPerChar = Math.max(...timings.map((t) => (t ? t.cpuMs / t.analysedChars : Infinity)));
    const relative = ordinaryPerChar ? `${(worstPerChar / ordinaryPerChar).toFixed(2)}×` : '';
    rows.push([recipe.name, ...cells, growth, relative, notes]);
    console.log(`${recipe.name}: ${cells.join(' / ')}`);
  }
  console.log(table(rows));
  const merged = recipes.filter((r) => MERGED.includes(r.name) && (only.length === 0 || only.some((o) => r.name.toLowerCase().includes(o))));
  if (merged.length === 0) return;
  console.log(`\nMain-thread stall merging one ${MERGED_SIZE / 1e6} MB article into the corpus of samples/ (CPU ms, median of ${RUNS}):`);
  const mergeRows: Array<Array<string | number>> = [['input', 'mentions', ...MERGE_STEPS, 'total', 'longest setAnalysis step', 'longest comparison step']];
  const samples = sampleArticles(path.resolve(__dirname, '..'));
  for (const recipe of merged) {
    const runs = Array.from({ length: RUNS }, () => mergeStall(recipe, MERGED_SIZE, samples));
    const steps = MERGE_STEPS.map((_, i) => median(runs.map((r) => r.steps[i])));
    const total = median(runs.map((r) => r.steps.reduce((a, b) => a + b, 0)));
    const longest = [median(runs.map((r) => r.longestMergeStep)), median(runs.map((r) => r.longestCompareStep))];
    mergeRows.push([recipe.name, runs[0].mentions, ...steps.map((ms) => ms.toFixed(0)), total.toFixed(0), ...longest.map((ms) => ms.toFixed(0))]);
  }
  console.log(table(mergeRows));
}
