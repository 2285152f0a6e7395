// The conflict pass a host runs after indexing, in-process: every article's diagnostics once its articles and
// stories are in (each story's conflicts compared once), its CPU and the heap it leaves after GC, plus a digest of
// every conflict found, so that a change meant to make it cheaper can show it finds the same.
// `node --expose-gc dist/bench.js conflict-pass [ARTICLES]` (default 2,000 of bench/syntheticArticles.ts).
import { createHash } from 'node:crypto';
import { Corpus } from '../server/src/analysis/corpus';
import { SLOT_MODEL } from '../server/src/analysis/conflicts/quantitySlots';
import { diagnostics } from '../server/src/analysis/features/diagnostics';
import { loadEcbPlus, table } from '../eval/ecbplus';
import { articleText } from './syntheticArticles';

const DEFAULT_ARTICLES = 2000;

/** Heap in use after a full collection, in MB (without --expose-gc, as it stands). */
function heapAfterGc(): number {
  global.gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

export function run(argv: readonly string[]): void {
  const size = Number(argv[0] ?? DEFAULT_ARTICLES);
  const texts = loadEcbPlus().map((d) => d.text);
  const uris = Array.from({ length: size }, (_, i) => `file:///bench/${i}.txt`);
  const corpus = new Corpus();
  let started = process.cpuUsage();
  uris.forEach((uri, i) => corpus.set(uri, articleText(texts, i)));
  // Linked into their stories first, so that the pass measures the conflicts alone.
  corpus.stories();
  const indexing = cpuSeconds(started);
  const before = heapAfterGc();
  started = process.cpuUsage();
  const digest = createHash('sha256');
  let published = 0;
  for (const uri of uris) {
    const found = diagnostics(corpus, uri);
    published += found.length;
    digest.update(JSON.stringify(found));
  }
  const pass = cpuSeconds(started);
  digest.update(JSON.stringify(corpus.conflicts.all()));
  const after = heapAfterGc();
  // The same comparisons again in a fresh index over the same corpus, its entities settled by the pass: the
  // conflicts' own CPU, without the entity index's lazy work the pass pays for first.
  const again = corpus.conflicts.withSlotModel(SLOT_MODEL);
  started = process.cpuUsage();
  const repeated = again.all().length;
  const alone = cpuSeconds(started);
  console.log(table([
    ['articles', 'indexing CPU s', 'conflict pass CPU s', 'conflicts alone CPU s', 'heap before MB', 'heap after MB', 'pass adds MB', 'diagnostics', 'conflicts', 'digest'],
    [size, indexing, pass, alone, before, after, after - before, published, repeated, digest.digest('hex').slice(0, 16)],
  ]));
}
