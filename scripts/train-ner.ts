// Trains the entity tagger: `npm run train`. Seeded and reproducible; writes server/src/analysis/ner/model.json.
// `npm run train -- --clusters` first recomputes the word clusters (ner/clusters.json) from the unlabelled text of
// the training corpora (CoNLL-2003 train, GMB, ECB+ topics 1-35), which the features then use.
//
// Data: CoNLL-2003 train (gold Reuters news, see ner/training/conll.ts), a seeded share of GMB (cleaned silver tags,
// see ner/training/gmb.ts) minus its held-out blocks, plus ECB+ topics 1-35 as partial annotation (only the tokens
// of named gold mentions are labelled; the rest is unknown and the best path through the known labels is the
// target). Tuned on the CoNLL-2003 development split (`npm run eval -- recognition`). The countries and regions of
// the country-region-data package are written to ner/placeNames.json for the name-list feature.
import countryRegions from 'country-region-data/data.json';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HOLDOUT_TOPICS, isTuningTopic, loadEcbPlus } from '../eval/ecbplus';
import { loadConll, loadGmb } from '../eval/ner';
import { tokenize, type Token } from '../server/src/analysis/tokenize';
import { ENTITY_TYPES } from '../server/src/analysis/types';
import { clusterTable, type SerializedClusters } from '../server/src/analysis/ner/clusters';
import { HEADLINE_LOWER, isCaseless } from '../server/src/analysis/ner/features';
import { nameList } from '../server/src/analysis/ner/placeNames';
import { isTitleWord } from '../server/src/analysis/ner/roles';
import { placeNames } from '../server/src/analysis/ner/training/placeList';
import { clusterWords } from '../server/src/analysis/ner/training/wordClusters';
import { retokenize, type LabelledDocument } from '../server/src/analysis/ner/training/conll';
import { commonWords, namedCore } from '../server/src/analysis/ner/training/ecbplusNames';
import { isHeldOutGmbSentence, type LabelledSentence } from '../server/src/analysis/ner/training/gmb';
import { PerceptronTrainer, serializeRows } from '../server/src/analysis/ner/training/perceptron';
import { WeightAverage } from '../server/src/analysis/ner/training/weightAverage';

const EPOCHS = Number(process.env.NER_EPOCHS ?? 12);
/**
 * Epochs after which the averaged model is also written, to model-epoch-N.json beside model.json, so that one run
 * gives the models of several epoch counts to compare on the development split (`NER_SNAPSHOTS=8,10`; of the first
 * ensemble member).
 */
const SNAPSHOTS = new Set((process.env.NER_SNAPSHOTS ?? '').split(',').filter(Boolean).map(Number));
/** Share of the GMB training sentences used: its silver tags and conventions differ from CoNLL's gold ones. */
const GMB_SHARE = Number(process.env.NER_GMB_SHARE ?? 0.3);
/**
 * The shuffles' seed. Another seed (`NER_SEED=7`) trains the same data in another order: the left-out ECB+ folds'
 * type accuracy moves by up to 0.05 with it (ner/README), so a change is judged over more than one seed.
 */
const SEED = Number(process.env.NER_SEED ?? 20240502);
/**
 * Models trained, each on its own seed (the first on SEED), and averaged into the one written
 * (`training/weightAverage.ts`); the means of the first 1, 2, ... are written beside it (model-members-N.json), to
 * compare ensemble sizes in one run. Three: four and five gave no more on the CoNLL-2003 dev split or held-out GMB
 * (0.922 / 0.877 with three, 0.922 / 0.876 with four, 0.921 / 0.876 with five; ner/README).
 */
const ENSEMBLE = Number(process.env.NER_ENSEMBLE ?? 3);
/** Share of training sentences also shown in capitals, so headlines are not out of the model's experience. */
const ALL_CAPS_SHARE = 0.05;
/**
 * Features whose averaged weights all stay under this (in perceptron updates) are dropped. Chosen on the tuning data
 * with ECB+ topics 5,10,...,35 left out (one training, pruned at 1, 2 and 3): 2 keeps dev, GMB and the left-out
 * topics' type accuracy of 1 with a third less model; 3 lowers the left-out type accuracy (README).
 */
const MIN_WEIGHT = 2;
const NER_DIR = path.resolve(__dirname, '..', 'server', 'src', 'analysis', 'ner');
const MODEL_PATH = process.env.NER_MODEL_OUT ?? path.join(NER_DIR, 'model.json');
const CLUSTERS_PATH = path.join(NER_DIR, 'clusters.json');
const PLACE_NAMES_PATH = path.join(NER_DIR, 'placeNames.json');
const CLUSTER_OPTIONS = { vocabulary: 20_000, minCount: 3, contexts: 300, clusters: 256, iterations: 8 };

/** Mulberry32: a small seeded generator, so shuffles repeat exactly. */
function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * ECB+ tuning documents, labelled only inside named gold mentions of clean shape. The capitalised words of the
 * mention just before its core are labelled with it, unless they are titles or words that never start a name
 * ("The"): namedCore leaves out "New" of "New Zealand" (a function word to it, as "New" starts headlines), and
 * labelling "Zealand" alone taught the tagger to split "New | Zealand".
 */
function ecbPartialDocuments(): Array<LabelledDocument & { topic: number }> {
  const out: Array<LabelledDocument & { topic: number }> = [];
  const docs = loadEcbPlus().filter((d) => isTuningTopic(d.topic));
  const common = commonWords(docs.map((d) => d.text));
  for (const doc of docs) {
    const tokens = tokenize(doc.text);
    const labels: Array<string | null> = tokens.map(() => null);
    for (const mention of doc.mentions) {
      if (mention.type === 'LOC_FAC' || mention.type === 'LOC_OTHER') continue;
      const core = namedCore(mention, common);
      if (!core) continue;
      const inside = tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.start >= core.start && t.end <= core.end);
      if (inside.length === 0 || inside.some(({ t }) => /^[a-z]/.test(t.text) && !/^(?:of|de|the|and)$/.test(t.text))) continue;
      for (let i = inside[0].i - 1; i >= 0 && startsName(tokens[i], mention.start); i--) inside.unshift({ t: tokens[i], i });
      inside.forEach(({ i }, k) => (labels[i] = (k === 0 ? 'B-' : 'I-') + core.type));
    }
    const sentences: LabelledSentence[] = [];
    let start = 0;
    while (start < tokens.length) {
      let end = start + 1;
      while (end < tokens.length && tokens[end].sentence === tokens[start].sentence) end++;
      sentences.push({ words: tokens.slice(start, end).map((t) => t.text), labels: labels.slice(start, end) });
      start = end;
    }
    out.push({ sentences, topic: doc.topic });
  }
  return out;
}

/**
 * True when a token inside a mention (from `mentionStart`) may start its name: capitalised, not "The", not a title
 * (also written without its full stop, "Mr", "Dr").
 */
function startsName(token: Token, mentionStart: number): boolean {
  const { text } = token;
  return token.start >= mentionStart && /^\p{Lu}/u.test(text) && !HEADLINE_LOWER.has(text.toLowerCase()) && !isTitleWord(text) && !isTitleWord(text + '.');
}

/** For each lower-cased word, the share of its occurrences inside a sentence (not first, not in a caseless line) in lower case. */
function lowerShares(sentences: ReadonlyArray<readonly string[]>): (word: string) => number | undefined {
  const counts = new Map<string, { lower: number; all: number }>();
  for (const words of sentences) {
    if (isCaseless(words)) continue;
    for (let i = 1; i < words.length; i++) {
      const key = words[i].toLowerCase();
      const count = counts.get(key) ?? { lower: 0, all: 0 };
      count.all++;
      if (words[i] === key) count.lower++;
      counts.set(key, count);
    }
  }
  return (word) => {
    const count = counts.get(word);
    return count && count.lower / count.all;
  };
}

/** The seed of ensemble member `k`: SEED for the first, then seeds far apart from it and each other. */
function memberSeed(k: number): number {
  return (SEED + k * 0x9e3779b9) | 0;
}

/**
 * One member's training data and generator: its seeded share of GMB (minus the held-out blocks), a seeded share of
 * sentences in capitals, the CoNLL and ECB+ documents; the generator then shuffles the epochs.
 */
function memberData(seed: number, conll: LabelledDocument[], allGmb: LabelledSentence[], ecbLabelled: LabelledDocument[]): { random: () => number; gmb: LabelledSentence[]; data: LabelledDocument[] } {
  const random = seededRandom(seed);
  const gmb = allGmb.filter((_, n) => !isHeldOutGmbSentence(n) && random() < GMB_SHARE);
  const single = (sentences: LabelledSentence[]): LabelledDocument[] => sentences.map((s) => ({ sentences: [s] }));
  const capitals = [...conll.flatMap((d) => d.sentences), ...gmb]
    .filter(() => random() < ALL_CAPS_SHARE)
    .map((s) => ({ words: s.words.map((w) => w.toUpperCase()), labels: s.labels }));
  console.log(`seed ${seed}: training on ${conll.length} CoNLL-2003 documents + ${gmb.length} GMB sentences + ${ecbLabelled.length} ECB+ documents (partial) + ${capitals.length} capitalised sentences`);
  return { random, gmb, data: [...conll, ...single(gmb), ...ecbLabelled, ...single(capitals)] };
}

function main(): void {
  if (!(ENSEMBLE >= 1)) throw new Error('NER_ENSEMBLE must be at least 1');
  const started = Date.now();
  const conll = loadConll('train').map(retokenize);
  const allGmb = loadGmb();
  const ecb = ecbPartialDocuments();
  const ecbLabelled = ecb.filter((d) => !HOLDOUT_TOPICS.has(d.topic));
  const first = memberData(SEED, conll, allGmb, ecbLabelled);
  const text = [...conll, ...ecb].flatMap((d) => d.sentences.map((s) => s.words));
  let clusters = JSON.parse(fs.readFileSync(CLUSTERS_PATH, 'utf8')) as SerializedClusters;
  if (process.argv.includes('--clusters')) {
    clusters = clusterWords([...text, ...allGmb.map((s) => s.words)], CLUSTER_OPTIONS);
    fs.writeFileSync(CLUSTERS_PATH, JSON.stringify(clusters, null, 0) + '\n');
    console.log(`wrote ${CLUSTERS_PATH}: ${clusters.clusters.length} clusters (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  const packageFile = path.resolve(__dirname, '..', 'node_modules', 'country-region-data', 'package.json');
  const { version } = JSON.parse(fs.readFileSync(packageFile, 'utf8')) as { version: string };
  // One name list for all members (features must mean the same in each), from the first member's GMB share.
  const places = placeNames(countryRegions, lowerShares([...text, ...first.gmb.map((s) => s.words)]), `country-region-data ${version} (MIT, Ben Keen)`);
  fs.writeFileSync(PLACE_NAMES_PATH, JSON.stringify(places, null, 0) + '\n');
  console.log(`wrote ${PLACE_NAMES_PATH}: ${places.countries.length} countries, ${places.regions.length} regions`);
  const labels = ['O', ...ENTITY_TYPES.flatMap((t) => ['B-' + t, 'I-' + t])];
  const average = new WeightAverage();
  for (let k = 0; k < ENSEMBLE; k++) {
    const { random, data } = k === 0 ? first : memberData(memberSeed(k), conll, allGmb, ecbLabelled);
    const trainer = new PerceptronTrainer(labels, clusterTable(clusters), nameList(places));
    for (let epoch = 1; epoch <= EPOCHS; epoch++) {
      for (let i = data.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [data[i], data[j]] = [data[j], data[i]];
      }
      let wrong = 0;
      for (const doc of data) wrong += trainer.train(doc);
      console.log(`member ${k + 1}, epoch ${epoch}: ${wrong} tokens wrong (${((Date.now() - started) / 1000).toFixed(0)} s)`);
      if (SNAPSHOTS.has(epoch) && epoch < EPOCHS && k === 0) fs.writeFileSync(path.join(NER_DIR, `model-epoch-${epoch}.json`), JSON.stringify(trainer.serialize(MIN_WEIGHT)) + '\n');
    }
    // A member's row under MIN_WEIGHT / ENSEMBLE is left out of the sums to keep them small: the mean of a row is at
    // most its largest member's, so every row the pruning keeps has a member at MIN_WEIGHT, and each left-out
    // member moves it by less than MIN_WEIGHT / ENSEMBLE². With one member, the model is that member's.
    average.add(trainer.averagedRows(MIN_WEIGHT / ENSEMBLE));
    if (k < ENSEMBLE - 1) fs.writeFileSync(MODEL_PATH.replace(/\.json$/, `-members-${k + 1}.json`), JSON.stringify(serializeRows(labels, average.mean(), MIN_WEIGHT)) + '\n');
  }
  const model = serializeRows(labels, average.mean(), MIN_WEIGHT);
  fs.writeFileSync(MODEL_PATH, JSON.stringify(model) + '\n');
  const size = fs.statSync(MODEL_PATH).size;
  console.log(`wrote ${MODEL_PATH}: ${Math.round((model.keys.length * 3) / 16)} features, ${(size / 1e6).toFixed(1)} MB, ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main();
