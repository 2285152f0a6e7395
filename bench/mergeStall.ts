// The server's thread stalls while a big article's analysis, made on a worker, is merged into the corpus: nothing
// else is answered meanwhile. This times each step of that merge on this thread, in CPU ms, for a 2 MB article
// (the size limit) merged into a corpus that holds the sample articles, in the order the server runs them: receiving
// the worker's message (structured clone, measured as v8.deserialize), Corpus.setAnalysisInSteps between requests
// (entity index, story features, conflict index), linking its story (the first comparison step asks for it), its
// story compared in steps (ConflictIndex.compareSome), the entity groups it changed resolved in steps
// (EntityIndex.settleSome, before the status count), and the first requests after it (entity counts, the article's
// conflicts, a hover's entity in another article). Of each stepped pass the longest step is what a request may wait for.
import * as v8 from 'node:v8';
import { analyze } from '../server/src/analysis/analyze';
import { Corpus } from '../server/src/analysis/corpus';
import type { DocumentAnalysis } from '../server/src/analysis/types';
import { SETTLE_STEP } from '../server/src/lsp/workspace';
import { buildInput, Random, type Recipe } from '../test/util/random';

const SEED = 10;

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function timed<T>(step: () => T): { ms: number; value: T } {
  const started = cpuMs();
  const value = step();
  return { ms: cpuMs() - started, value };
}

export const MERGE_STEPS = ['receive', 'setAnalysis in steps', 'link story', 'story compared in steps', 'groups settled in steps', 'entity counts', 'its conflicts', 'hover elsewhere'] as const;
/** The passes run in steps, whose longest step is reported. */
export const STEPPED = ['setAnalysis', 'comparison', 'settling'] as const;

/**
 * CPU ms of each merge step for one input of `size` characters made by `recipe`, the longest step of each stepped
 * pass (STEPPED), and the mentions it brings.
 */
export function mergeStall(recipe: Recipe, size: number, samples: readonly string[]): { steps: number[]; longest: number[]; mentions: number } {
  const corpus = new Corpus();
  samples.forEach((text, i) => corpus.set(`file:///samples/${i}.txt`, text));
  corpus.linkStories();
  corpus.entities.counts();
  const uri = 'file:///big.txt';
  const analysis = analyze(buildInput(recipe, size, new Random(SEED), samples), { path: uri });
  const message = v8.serialize(analysis);
  const received = timed(() => v8.deserialize(message) as DocumentAnalysis);
  const other = corpus.get('file:///samples/0.txt')!;
  /** Runs `step` until it returns false; the CPU ms of the longest call. */
  const inSteps = (step: () => boolean): number => {
    let longest = 0;
    for (let more = true; more; ) {
      const one = timed(step);
      longest = Math.max(longest, one.ms);
      more = one.value;
    }
    return longest;
  };
  const longest = STEPPED.map(() => 0);
  const steps = [
    received.ms,
    timed(() => (longest[0] = inSteps(corpus.setAnalysisInSteps(uri, received.value)))).ms,
    timed(() => corpus.linkStories()).ms,
    timed(() => (longest[1] = inSteps(() => corpus.conflicts.compareSome(uri)))).ms,
    timed(() => (longest[2] = inSteps(() => corpus.entities.settleSome(SETTLE_STEP)))).ms,
    timed(() => corpus.entities.counts()).ms,
    timed(() => corpus.conflictsFor(uri)).ms,
    timed(() => corpus.entityOfMention(other, other.analysis.mentions[0])).ms,
  ];
  return { steps, longest, mentions: analysis.mentions.length };
}
