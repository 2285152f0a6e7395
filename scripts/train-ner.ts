// Trains the entity tagger: `npm run train`. Seeded and reproducible; writes server/src/analysis/ner/model.json.
//
// Data: GMB (cleaned, see ner/training/gmb.ts) minus its held-out blocks, plus ECB+ topics 1-35 as partial
// annotation (only the tokens of named gold mentions are labelled; the rest is unknown and never updated on).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isTuningTopic, loadEcbPlus } from '../eval/ecbplus';
import { loadGmb } from '../eval/ner';
import { tokenize } from '../server/src/analysis/tokenize';
import { ENTITY_TYPES } from '../server/src/analysis/types';
import { commonWords, namedCore } from '../server/src/analysis/ner/training/ecbplusNames';
import { isHeldOutGmbSentence, type LabelledSentence } from '../server/src/analysis/ner/training/gmb';
import { PerceptronTrainer } from '../server/src/analysis/ner/training/perceptron';

const EPOCHS = Number(process.env.NER_EPOCHS ?? 6);
const SEED = 20240502;
/** Share of training sentences also shown in capitals, so headlines are not out of the model's experience. */
const ALL_CAPS_SHARE = 0.05;
/** Features whose averaged weights all stay under this (in perceptron updates) are dropped: half the features go. */
const MIN_WEIGHT = 1;
const MODEL_PATH = path.resolve(__dirname, '..', 'server', 'src', 'analysis', 'ner', 'model.json');

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

/** ECB+ tuning documents, one sentence per line, labelled only inside named gold mentions of clean shape. */
function ecbPartialSentences(): LabelledSentence[] {
  const out: LabelledSentence[] = [];
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
      inside.forEach(({ i }, k) => (labels[i] = (k === 0 ? 'B-' : 'I-') + core.type));
    }
    let start = 0;
    while (start < tokens.length) {
      let end = start + 1;
      while (end < tokens.length && tokens[end].sentence === tokens[start].sentence) end++;
      if (labels.slice(start, end).some((l) => l !== null)) out.push({ words: tokens.slice(start, end).map((t) => t.text), labels: labels.slice(start, end) });
      start = end;
    }
  }
  return out;
}

function main(): void {
  const started = Date.now();
  const gmb = loadGmb();
  const train = gmb.filter((_, n) => !isHeldOutGmbSentence(n));
  const ecb = ecbPartialSentences();
  const random = seededRandom(SEED);
  const capitals = train.filter(() => random() < ALL_CAPS_SHARE).map((s) => ({ words: s.words.map((w) => w.toUpperCase()), labels: s.labels }));
  const data = [...train, ...ecb, ...capitals];
  console.log(`training on ${train.length} GMB + ${ecb.length} ECB+ (partial) + ${capitals.length} capitalised sentences`);
  const labels = ['O', ...ENTITY_TYPES.flatMap((t) => ['B-' + t, 'I-' + t])];
  const trainer = new PerceptronTrainer(labels);
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    for (let i = data.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [data[i], data[j]] = [data[j], data[i]];
    }
    let wrong = 0;
    for (const sentence of data) wrong += trainer.train(sentence);
    console.log(`epoch ${epoch}: ${wrong} tokens wrong (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  const model = trainer.serialize(MIN_WEIGHT);
  fs.writeFileSync(MODEL_PATH, JSON.stringify(model) + '\n');
  const size = fs.statSync(MODEL_PATH).size;
  console.log(`wrote ${MODEL_PATH}: ${Math.round((model.keys.length * 3) / 16)} features, ${(size / 1e6).toFixed(1)} MB, ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main();
