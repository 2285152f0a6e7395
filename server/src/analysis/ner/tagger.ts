// The trained tagger: a structured averaged perceptron over the hashed features in features.ts, decoded with Viterbi
// (decode.ts), stored in model.json.
//
// model.json: the labels; the kept feature keys (uint32, little-endian, base64); one row of int8 weights per key
// (base64, one weight per label, times `scale`). Loading builds an open-addressing table from key to row, once.
// Scores stay in int8 units: one shared scale does not change which label scores highest.
import type { Token } from '../tokenize';
import { wordClusters } from './clusters';
import { bestPath, isSymbolLine, labelsToSpans, outsideOnly, tokenConstraints, transitions, type Scorer } from './decode';
import { documentContext, rememberTypes } from './features';
import serialized from './model.json';
import { builtInNameList } from './placeNames';
import type { TokenSpan } from './tokenSpan';
import { consistentTypes, scoreMention, type ScoredMention } from './typeConsistency';
import { WordScores } from './wordScores';

export interface SerializedModel {
  labels: string[];
  keys: string;
  weights: string;
  scale: number;
}

export interface TaggerModel {
  labels: string[];
  allowed: boolean[][];
  /** Open-addressing table, two entries a slot (kept together for the cache): feature key (0 = empty), first weight index. */
  slots: Uint32Array;
  weights: Int8Array;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const SEXTETS = new Uint8Array(128);
for (let i = 0; i < BASE64.length; i++) SEXTETS[BASE64.charCodeAt(i)] = i;

function base64ToBytes(base64: string): Uint8Array {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((base64.length / 4) * 3 - padding);
  for (let i = 0, j = 0; i < base64.length; i += 4) {
    const n = (SEXTETS[base64.charCodeAt(i)] << 18) | (SEXTETS[base64.charCodeAt(i + 1)] << 12) | (SEXTETS[base64.charCodeAt(i + 2)] << 6) | SEXTETS[base64.charCodeAt(i + 3)];
    bytes[j++] = n >> 16;
    if (j < bytes.length) bytes[j++] = (n >> 8) & 0xff;
    if (j < bytes.length) bytes[j++] = n & 0xff;
  }
  return bytes;
}

export function loadModel(model: SerializedModel): TaggerModel {
  const keyBytes = base64ToBytes(model.keys);
  const view = new DataView(keyBytes.buffer);
  const count = keyBytes.length / 4;
  const size = 2 ** Math.ceil(Math.log2(count * 2 + 1));
  const slots = new Uint32Array(size * 2);
  const width = model.labels.length;
  for (let i = 0; i < count; i++) {
    const key = view.getUint32(i * 4, true);
    let slot = key & (size - 1);
    while (slots[slot * 2] !== 0) slot = (slot + 1) & (size - 1);
    slots[slot * 2] = key;
    slots[slot * 2 + 1] = i * width;
  }
  const weights = new Int8Array(base64ToBytes(model.weights).buffer);
  return { labels: model.labels, allowed: transitions(model.labels), slots, weights };
}

let builtIn: TaggerModel | undefined;

/** The committed model, decoded on first use. */
function builtInModel(): TaggerModel {
  builtIn ??= loadModel(serialized as SerializedModel);
  return builtIn;
}

/**
 * Tags with another model from now on, in place of the committed one: for the eval to measure a model trained
 * without some ECB+ topics (`NER_MODEL`), not for the extension.
 */
export function replaceBuiltInModel(model: SerializedModel): void {
  builtIn = loadModel(model);
}

/** Adds a feature's weights from the model's table (training builds its own; see training/perceptron.ts). */
export function scorerFor(model: TaggerModel): Scorer {
  const { slots, weights } = model;
  const width = model.labels.length;
  const mask = slots.length / 2 - 1;
  return (key, scores, offset) => {
    for (let slot = key & mask; slots[slot * 2] !== 0; slot = (slot + 1) & mask) {
      if (slots[slot * 2] !== key) continue;
      const row = slots[slot * 2 + 1];
      for (let y = 0; y < width; y++) scores[offset + y] += weights[row + y];
      return;
    }
  };
}

/** The most token shapes whose transition scores are kept (CJK and other scripts keep their characters in shapes). */
const MAX_SHAPES = 4096;

interface TaggingState {
  score: Scorer;
  wordScores: WordScores;
  transitionCache: Map<number, Float64Array>;
}

const states = new WeakMap<TaggerModel, TaggingState>();

/** What tagging with a model keeps between texts: the scorer, the per-word sums and the transition rows. */
function stateFor(model: TaggerModel): TaggingState {
  let state = states.get(model);
  if (!state) {
    const score = scorerFor(model);
    state = { score, wordScores: new WordScores(score, model.labels.length, wordClusters(), builtInNameList()), transitionCache: new Map() };
    states.set(model, state);
  }
  if (state.transitionCache.size > MAX_SHAPES) state.transitionCache.clear();
  return state;
}

/**
 * Typed token spans for a whole text, sentence by sentence in order: the article's other sentences and the types
 * already given in it are features (features.ts); then weakly typed names take their type across the article
 * (typeConsistency.ts). Lines mostly of symbols (decode.ts isSymbolLine) are left outside names.
 */
export function tagTokens(tokens: readonly Token[], model: TaggerModel = builtInModel()): TokenSpan[] {
  const { score, wordScores, transitionCache } = stateFor(model);
  const sentences: Array<{ start: number; words: string[] }> = [];
  for (let start = 0; start < tokens.length; ) {
    let end = start + 1;
    while (end < tokens.length && tokens[end].sentence === tokens[start].sentence) end++;
    const words = new Array<string>(end - start);
    for (let i = start; i < end; i++) words[i - start] = tokens[i].text;
    sentences.push({ start, words });
    start = end;
  }
  const context = documentContext(sentences.map((s) => s.words));
  wordScores.startDocument(tokens.length);
  const mentions: ScoredMention[] = [];
  for (const { start, words } of sentences) {
    if (isSymbolLine(words)) continue;
    const constraints = tokenConstraints(words, model.labels);
    const { scores, shapes } = wordScores.emissions(words, context, outsideOnly(constraints));
    const tags = bestPath({ labels: model.labels, allowed: model.allowed, score, transitionCache, words, constraints }, scores, shapes);
    rememberTypes(context, words, model.labels, tags);
    for (const span of labelsToSpans(tags, model.labels, start)) mentions.push(scoreMention(span, words, start, scores, model.labels));
  }
  return consistentTypes(mentions, model.labels);
}
