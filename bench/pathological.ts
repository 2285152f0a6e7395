// Analysis time on the pathological inputs of issue 10, in ms per 10 KB at 100 KB and 2 MB (median of 3 runs), each
// run in a worker thread stopped at a time limit so that one blow-up does not stop the run. Each figure is given three
// ways: process CPU (the target is read on it; it counts V8's compiler and GC threads too, which a first run keeps
// busy), the worker's own thread CPU (what the analysis itself does) and wall time (what a user waits on, which a busy
// neighbour also slows). Each input is timed twice in its worker: its first run, after the warm-up every server worker
// does (node/workerWarmUp), as a server meets it (code paths the warm-up did not take are compiled then: paid once per
// worker, not per article), and its steady state, the same text analysed again (the median of STEADY_RUNS more).
// Target, read on the first run: ≤ 50 ms of CPU per 10 KB of the analysed part, and a 2 MB input within 20× a 100 KB
// one; the inputs that miss are listed after the table. The analysis stops after MAX_ANALYSED_CHARS, so at 2 MB the
// figure per 10 KB of the input is given too. CPU time still grows with the machine's load (shared caches and cores),
// so each first run is also given as a multiple of the ordinary articles' steady state in the same run, which the load
// moves alike.
// `npm run bench -- pathological [size in KB ...] [recipe name part ...]`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { analysedLength, analyze } from '../server/src/analysis/analyze';
import { warmUpAnalysis } from '../server/src/node/workerWarmUp';
import { table } from '../eval/ecbplus';
import recipesFile from '../test/fixtures/pathological/recipes.json';
import { buildInput, Random, sampleArticles, type Recipe } from '../test/util/random';
import { MERGE_STEPS, mergeStall, STEPPED } from './mergeStall';
import { median } from './stats';

const SIZES_KB = [100, 2000];
const RUNS = 3;
/** How many times more each worker analyses its input after the first run, for the steady state. */
const STEADY_RUNS = 3;
const LIMIT_S = 60;
const SEED = 10;
/** CPU ms per 10 KB of the analysed part that an input's first run may take (issue 10). */
const TARGET_PER_10_KB = 50;
/** How many times a 100 KB input's time its 2 MB one may take (issue 10). */
const TARGET_GROWTH = 20;
/** The inputs whose merge into the corpus is timed, at the size limit: real names, and a name at every word. */
const MERGED = ['articles concatenated', 'capitalised words'];
const MERGED_SIZE = 2_000_000;
export const WORKER_FLAG = 'pathological';
/**
 * The reference row: each sample article analysed on its own, as users' articles are. Its first run is the first
 * pass over them in a worker after its warm-up; its steady state, the passes after.
 */
const ORDINARY = 'ordinary articles (samples/, one by one, at their own size)';

const recipes: Recipe[] = recipesFile.recipes;

/** Milliseconds of one run: process CPU, this thread's CPU (null where the system does not tell), wall. */
interface Cost {
  process: number;
  thread: number | null;
  wall: number;
}

interface Timing {
  /** The first run, and the steady state (the median of the runs after it). */
  first: Cost;
  steady: Cost;
  /** What the worker's warm-up cost, before the first run. */
  warmUp: Cost;
  chars: number;
  analysedChars: number;
  note: string;
}

/** Linux's clock tick for user programs (USER_HZ), in which /proc reports CPU time: 100 on every architecture Node runs on. */
const TICK_MS = 10;

/** This thread's CPU ms from /proc/thread-self/stat (utime + stime), or null off Linux. */
function threadCpuMs(): number | null {
  let stat: string;
  try {
    stat = fs.readFileSync('/proc/thread-self/stat', 'utf8');
  } catch {
    return null;
  }
  // Fields 14 and 15 (utime, stime), counted after the command name, which may hold spaces but ends at the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

function now(): Cost {
  const { user, system } = process.cpuUsage();
  return { process: (user + system) / 1000, thread: threadCpuMs(), wall: performance.now() };
}

function since(start: Cost): Cost {
  const end = now();
  const thread = start.thread === null || end.thread === null ? null : end.thread - start.thread;
  return { process: end.process - start.process, thread, wall: end.wall - start.wall };
}

/** The median of each of the costs. */
function medianCost(costs: Cost[]): Cost {
  const threads = costs.map((c) => c.thread);
  return {
    process: median(costs.map((c) => c.process)),
    thread: threads.some((t) => t === null) ? null : median(threads as number[]),
    wall: median(costs.map((c) => c.wall)),
  };
}

/**
 * Worker side: builds one input (or takes the sample articles, for a null recipe), warms up as a server worker does,
 * and analyses it once and then STEADY_RUNS more times, posting the costs of the warm-up, the first run and the steady state.
 */
export function analyzeInWorker(data: { recipe: Recipe | null; size: number; root: string }): Timing {
  const samples = sampleArticles(data.root);
  const texts = data.recipe ? [buildInput(data.recipe, data.size, new Random(SEED), samples)] : samples;
  // The server's workers' own warm-up (model load, compilation), so the first run is what a server meets.
  const warmUpStart = now();
  warmUpAnalysis();
  const warmUp = since(warmUpStart);
  const timeAll = (): { cost: Cost; notes: string[] } => {
    const started = now();
    const notes = texts.flatMap((text) => analyze(text).limits ?? []);
    return { cost: since(started), notes };
  };
  const first = timeAll();
  const steady = Array.from({ length: STEADY_RUNS }, () => timeAll().cost);
  const chars = texts.reduce((sum, text) => sum + text.length, 0);
  const analysedChars = texts.reduce((sum, text) => sum + analysedLength(text), 0);
  return { first: first.cost, steady: medianCost(steady), warmUp, chars, analysedChars, note: [...new Set(first.notes)].join('; ') };
}

function timeOne(recipe: Recipe | null, size: number): Promise<Timing | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { [WORKER_FLAG]: { recipe, size, root: path.resolve(__dirname, '..') } } });
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

/** The median first run and median steady state over RUNS workers, or null when any passed the time limit. */
async function medianOf(recipe: Recipe | null, size: number): Promise<Timing | null> {
  const runs: Timing[] = [];
  for (let i = 0; i < RUNS; i++) {
    const result = await timeOne(recipe, size);
    if (!result) return null;
    runs.push(result);
  }
  return {
    ...runs[0],
    first: medianCost(runs.map((r) => r.first)),
    steady: medianCost(runs.map((r) => r.steady)),
    warmUp: medianCost(runs.map((r) => r.warmUp)),
  };
}

const perTenKb = (ms: number, chars: number): number => (ms * 10_000) / chars;

/**
 * Process CPU / thread CPU / wall per 10 KB of the analysed part ('?' for a thread CPU the system does not tell), and
 * process CPU of the whole input when only part of it was analysed.
 */
function cell(t: Timing | null, pick: (t: Timing) => Cost): string {
  if (t === null) return `> ${LIMIT_S} s`;
  const { process, thread, wall } = pick(t);
  const per = (ms: number | null): string => (ms === null ? '?' : perTenKb(ms, t.analysedChars).toFixed(1));
  const analysed = `${per(process)} / ${per(thread)} / ${per(wall)}`;
  return t.analysedChars < t.chars ? `${analysed} (${perTenKb(process, t.chars).toFixed(1)} of all)` : analysed;
}

export async function run(argv: string[] = []): Promise<void> {
  const sizes = argv.map(Number).filter((n) => n > 0);
  const kbs = sizes.length > 0 ? sizes : SIZES_KB;
  const only = argv.filter((a) => !(Number(a) > 0) && a !== 'pathological').map((a) => a.toLowerCase());
  const rows: Array<Array<string | number>> = [
    [
      'input',
      ...kbs.flatMap((kb) => [`first run at ${kb} KB, ms/10 KB: process / thread CPU / wall`, `steady at ${kb} KB`]),
      `first run ${kbs[kbs.length - 1]} KB / ${kbs[0]} KB`,
      'first run × ordinary steady',
      'limits',
    ],
  ];
  const misses: string[] = [];
  const ordinary = await medianOf(null, 0);
  const ordinaryPerChar = ordinary ? ordinary.steady.process / ordinary.chars : null;
  // The ordinary articles have one size of their own, so their row fills the first column pair only.
  const ordinaryCells = [cell(ordinary, (t) => t.first), cell(ordinary, (t) => t.steady)];
  rows.push([ORDINARY, ...ordinaryCells, ...kbs.slice(1).flatMap(() => ['', '']), '', '', '']);
  for (const recipe of recipes) {
    if (only.length > 0 && !only.some((o) => recipe.name.toLowerCase().includes(o))) continue;
    const timings: Array<Timing | null> = [];
    for (const kb of kbs) timings.push(await medianOf(recipe, kb * 1000));
    const cells = timings.flatMap((t) => [cell(t, (x) => x.first), cell(t, (x) => x.steady)]);
    const first = timings[0];
    const last = timings[timings.length - 1];
    const growth = first && last && timings.length > 1 ? last.first.process / first.first.process : null;
    const notes = [...new Set(timings.map((t) => t?.note ?? '').filter(Boolean))].join('; ');
    // The worst first run of the sizes, per analysed character, against the ordinary articles.
    const worstPerChar = Math.max(...timings.map((t) => (t ? t.first.process / t.analysedChars : Infinity)));
    const relative = ordinaryPerChar ? `${(worstPerChar / ordinaryPerChar).toFixed(2)}×` : '';
    rows.push([recipe.name, ...cells, growth === null ? '' : `${growth.toFixed(1)}×`, relative, notes]);
    timings.forEach((t, i) => {
      const value = t && perTenKb(t.first.process, t.analysedChars);
      if (value === null || value > TARGET_PER_10_KB) misses.push(`${recipe.name} at ${kbs[i]} KB: ${value === null ? `> ${LIMIT_S} s` : value.toFixed(1)}`);
    });
    if (growth !== null && growth > TARGET_GROWTH) misses.push(`${recipe.name}: ${kbs[kbs.length - 1]} KB takes ${growth.toFixed(1)}× ${kbs[0]} KB`);
    console.log(`${recipe.name}: ${cells.join(' / ')}`);
  }
  console.log(table(rows));
  if (ordinary) {
    const { process, thread, wall } = ordinary.warmUp;
    console.log(`Worker warm-up (node/workerWarmUp, before each first run): ${process.toFixed(0)} ms process CPU, ${thread === null ? 'thread CPU unknown here' : `${thread.toFixed(0)} ms thread CPU`}, ${wall.toFixed(0)} ms wall.`);
  }
  console.log(
    misses.length === 0
      ? `Every input's first run is within ${TARGET_PER_10_KB} ms/10 KB and ${TARGET_GROWTH}× growth.`
      : `First runs over ${TARGET_PER_10_KB} ms/10 KB of the analysed part (or ${TARGET_GROWTH}× growth): ${misses.join('; ')}.`,
  );
  const merged = recipes.filter((r) => MERGED.includes(r.name) && (only.length === 0 || only.some((o) => r.name.toLowerCase().includes(o))));
  if (merged.length === 0) return;
  console.log(`\nMain-thread stall merging one ${MERGED_SIZE / 1e6} MB article into the corpus of samples/ (CPU ms, median of ${RUNS}):`);
  const mergeRows: Array<Array<string | number>> = [['input', 'mentions', ...MERGE_STEPS, 'total', ...STEPPED.map((pass) => `longest ${pass} step`)]];
  const samples = sampleArticles(path.resolve(__dirname, '..'));
  for (const recipe of merged) {
    const runs = Array.from({ length: RUNS }, () => mergeStall(recipe, MERGED_SIZE, samples));
    const steps = MERGE_STEPS.map((_, i) => median(runs.map((r) => r.steps[i])));
    const total = median(runs.map((r) => r.steps.reduce((a, b) => a + b, 0)));
    const longest = STEPPED.map((_, i) => median(runs.map((r) => r.longest[i])));
    mergeRows.push([recipe.name, runs[0].mentions, ...steps.map((ms) => ms.toFixed(0)), total.toFixed(0), ...longest.map((ms) => ms.toFixed(0))]);
  }
  console.log(table(mergeRows));
}
