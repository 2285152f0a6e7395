// Fits the story model on ECB+ topics 1-35 and writes server/src/analysis/stories/weights.json; with `background`,
// first writes the background document frequencies (CoNLL-2003 train) to background.json.
//   npm run fit:stories -- background   (then run again, since the frequencies are bundled)
//   npm run fit:stories
//   npm run fit:stories -- core   (checks CORE_LINKS: story B3 on topics 1-35 for each count of core links)
//   npm run fit:stories -- parts   (checks MAX_PART: story B3 on topics 1-35 for each bound on the parts clustered)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CORPUS_DIR, isTuningTopic } from '../eval/ecbplus';
import { analyzedEcbPlus, goldStoryOf, storyB3 } from '../eval/stories';
import { FAMILIES, articleFeatures, type ArticleFeatures } from '../server/src/analysis/stories/features';
import { fitLogistic } from './fitLogistic';
import { INPUT_NAMES, pairInputs, type StoryModel } from '../server/src/analysis/stories/similarity';
import { CORE_LINKS, MAX_LINKS, MAX_PART, StoryIndex } from '../server/src/analysis/stories/storyIndex';

const STORIES_DIR = path.resolve(__dirname, '..', 'server', 'src', 'analysis', 'stories');
/** Words in fewer background documents are left out of the file; they count as unseen, which is nearly the same. */
const MIN_BACKGROUND_DF = 2;
const EPOCHS = 300;
const LEARNING_RATE = 5;
const L2 = 1e-4;
/** Pairs from different topics are trained on only when their word cosine exceeds this: the rest are easy. */
const HARD_WORD_COSINE = 0.1;
const WORDS = FAMILIES.indexOf('words');
/** Shares of a cluster's own average score that a merge with another cluster of several articles must reach. */
const COHESIONS = [0, 0.3, 0.4, 0.5, 0.6, 0.7];
/** Counts of core links checked against every kept link joining groups (MAX_LINKS). */
const CORE_COUNTS = [1, 2, 3, 4, 5, 6, 8, 12, MAX_LINKS];
/** Bounds on the parts average-link runs in, checked against none. */
const PART_BOUNDS = [8, 16, 24, 32, 48, 64, 96, Infinity];

function writeBackground(): void {
  const docs = fs.readFileSync(path.join(CORPUS_DIR, 'conll2003', 'train.txt'), 'utf8').split('-DOCSTART-').slice(1);
  const df = new Map<string, number>();
  for (const doc of docs) {
    const words = new Set<string>();
    for (const line of doc.split('\n')) {
      const word = line.split(' ')[0].toLowerCase();
      if (/^\p{L}[\p{L}'’-]*\p{L}$/u.test(word) && word.length >= 3) words.add(word);
    }
    for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const byFrequency: Record<string, string> = {};
  for (const [word, n] of [...df].filter(([, n]) => n >= MIN_BACKGROUND_DF).sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))) {
    byFrequency[n] = byFrequency[n] ? `${byFrequency[n]} ${word}` : word;
  }
  const file = { note: 'Document frequencies of lowercase words in CoNLL-2003 train (scripts/fit-stories.ts)', documents: docs.length, byFrequency };
  fs.writeFileSync(path.join(STORIES_DIR, 'background.json'), `${JSON.stringify(file, null, 1)}\n`);
  console.log(`background.json: ${docs.length} documents, ${df.size} words, ${Object.values(byFrequency).join(' ').split(' ').length} kept`);
}

function fit(): void {
  const docs = analyzedEcbPlus().filter((d) => isTuningTopic(d.gold.topic));
  const features: ArticleFeatures[] = docs.map((d) => articleFeatures(d.analysis));
  const inputs: number[][] = [];
  const labels: boolean[] = [];
  // The pairs the model must tell apart: the two events of a topic, and other pairs whose wording overlaps.
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const x = pairInputs(features[i], features[j]);
      if (docs[i].gold.topic !== docs[j].gold.topic && x[WORDS] <= HARD_WORD_COSINE) continue;
      inputs.push(x);
      labels.push(goldStoryOf(docs[i].gold) === goldStoryOf(docs[j].gold));
    }
  }
  const weights = fitLogistic(inputs, labels, { epochs: EPOCHS, rate: LEARNING_RATE, l2: L2 }).map((x) => Number(x.toFixed(3)));
  console.log(INPUT_NAMES.map((name, i) => `${name} ${weights[i]}`).join(', '), `bias ${weights[INPUT_NAMES.length]}`);
  // From high thresholds down, until F1 has fallen for a few steps (low thresholds make huge linked groups), for each
  // share of its own cohesion that a cluster requires of a merge with another cluster.
  let best: StoryModel & { f1: number } = { weights, threshold: 0.5, cohesion: 0, f1: -1 };
  for (const cohesion of COHESIONS) {
    for (let t = 0.95, worse = 0, localBest = -1; t > 0.04 && worse < 4; t -= 0.025) {
      const model = { weights, threshold: Number(t.toFixed(3)), cohesion };
      const index = new StoryIndex(model);
      docs.forEach((d) => index.setDocument(d.gold.doc, d.analysis));
      const score = storyB3(docs.map((d) => d.gold), (doc) => index.clusterOfArticle(doc)!.members[0]);
      console.log(`cohesion ${cohesion} threshold ${model.threshold}: P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)} F1 ${score.f1.toFixed(3)}`);
      if (score.f1 > best.f1) best = { ...model, f1: score.f1 };
      if (score.f1 > localBest) [localBest, worse] = [score.f1, 0];
      else worse++;
    }
  }
  const file = { note: `Fit on ECB+ topics 1-35 by scripts/fit-stories.ts (story B3 F1 ${best.f1.toFixed(3)}); inputs: ${INPUT_NAMES.join(', ')}, bias`, weights, threshold: best.threshold, cohesion: best.cohesion };
  fs.writeFileSync(path.join(STORIES_DIR, 'weights.json'), `${JSON.stringify(file, null, 2)}\n`);
  console.log(`weights.json: threshold ${best.threshold}, cohesion ${best.cohesion}, 1-35 B3 F1 ${best.f1.toFixed(3)}`);
}

/**
 * Story B3 on topics 1-35 with the fitted model for each count of core links: CORE_LINKS is the count with the best
 * F1, the smaller of counts within 0.001 of it (fewer core links make smaller groups, so cheaper edits).
 */
function checkCore(): void {
  checkBounds('core links', CORE_COUNTS, CORE_LINKS, 'CORE_LINKS', (core) => new StoryIndex(undefined, MAX_LINKS, core));
}

/** Story B3 on topics 1-35 for each bound on the parts: MAX_PART is the smallest bound with the best F1. */
function checkParts(): void {
  checkBounds('parts of at most', PART_BOUNDS, MAX_PART, 'MAX_PART', (bound) => new StoryIndex(undefined, MAX_LINKS, CORE_LINKS, bound));
}

function checkBounds(label: string, values: readonly number[], chosen: number, name: string, indexWith: (value: number) => StoryIndex): void {
  const docs = analyzedEcbPlus().filter((d) => isTuningTopic(d.gold.topic));
  for (const value of values) {
    const index = indexWith(value);
    docs.forEach((d) => index.setDocument(d.gold.doc, d.analysis));
    const score = storyB3(docs.map((d) => d.gold), (doc) => index.clusterOfArticle(doc)!.members[0]);
    const mark = value === chosen ? `  (${name})` : '';
    console.log(`${label} ${value}: stories ${index.clusters().length} P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)} F1 ${score.f1.toFixed(3)}${mark}`);
  }
}

if (process.argv[2] === 'background') writeBackground();
else if (process.argv[2] === 'core') checkCore();
else if (process.argv[2] === 'parts') checkParts();
else fit();
