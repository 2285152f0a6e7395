// The server's thread stalls while a big article's analysis, made on a worker, is merged into the corpus: nothing
// else is answered meanwhile. This times each step of that merge on this thread, in CPU ms, for a 2 MB article
// (the size limit) merged into a corpus that holds the sample articles: receiving the worker's message (structured
// clone, measured as v8.deserialize), Corpus.setAnalysisInSteps as the server runs it between requests (entity and
// conflict indexes; the longest step is what a request may wait for), linking its story, its story
// compared in steps as the server does between requests (ConflictIndex.compareSome; the longest step is what a
// request may wait for), and the first requests after it (entity counts, the article's conflicts, a hover's entity in
// another article).
import * as v8 from 'node:v8';
import { analyze } from '../server/src/analysis/analyze';
import { Corpus } from '../server/src/analysis/corpus';
import type { DocumentAnalysis } from '../server/src/analysis/types';
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

export const MERGE_STEPS = ['receive', 'setAnalysis in steps', 'link story', 'entity counts', 'story compared in steps', 'its conflicts', 'hover elsewhere'] as const;

/**
 * CPU ms of each merge step for one input of `size` characters made by `recipe`, the longest step of setAnalysis and
 * of the comparison, and the mentions it brings.
 */
export function mergeStall(recipe: Recipe, size: number, samples: readonly string[]): { steps: number[]; longestMergeStep: number; longestCompareStep: number; mentions: number } {
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
  let longestMergeStep = 0;
  let longestCompareStep = 0;
  const steps = [
    received.ms,
    timed(() => (longestMergeStep = inSteps(corpus.setAnalysisInSteps(uri, received.value)))).ms,
    timed(() => corpus.linkStories()).ms,
    timed(() => corpus.entities.counts()).ms,
    timed(() => (longestCompareStep = inSteps(() => corpus.conflicts.compareSome(uri)))).ms,
    timed(() => corpus.conflictsFor(uri)).ms,
    timed(() => corpus.entityOfMention(other, other.analysis.mentions[0])).ms,
  ];
  return { steps, longestMergeStep, longestCompareStep, mentions: analysis.mentions.length };
}
