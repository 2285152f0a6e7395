// The trained tagger: an averaged perceptron over the hashed features in features.ts, stored in model.json.
//
// model.json: the labels; the kept feature keys (uint32, little-endian, base64); one row of int8 weights per key
// (base64, one weight per label, times `scale`). Loading builds an open-addressing table from key to row, once.
// Scores stay in int8 units: one shared scale does not change which label scores highest.
import type { Token } from '../tokenize';
import { decodeSentence, labelsToSpans, transitions, type Scorer } from './decode';
import { isCaseless } from './features';
import serialized from './model.json';
import { EVENT_SUFFIXES, FUNCTION_WORDS, LAW_SUFFIXES, ORG_SUFFIXES } from './lexicon';
import { isTitleWord } from './roles';
import type { TokenSpan } from './tokenSpan';

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

function scorerFor(model: TaggerModel): Scorer {
  const { slots, weights } = model;
  const width = model.labels.length;
  const mask = slots.length / 2 - 1;
  return (key, scores) => {
    for (let slot = key & mask; slots[slot * 2] !== 0; slot = (slot + 1) & mask) {
      if (slots[slot * 2] !== key) continue;
      const row = slots[slot * 2 + 1];
      for (let y = 0; y < width; y++) scores[y] += weights[row + y];
      return;
    }
  };
}

/**
 * Typed token spans for a whole text, sentence by sentence. A capitalised word inside an ordinary sentence that the
 * model leaves out is taken as a name all the same (news text rarely capitalises otherwise), typed by the model.
 */
export function tagTokens(tokens: readonly Token[], model: TaggerModel = builtInModel()): TokenSpan[] {
  const score = scorerFor(model);
  const spans: TokenSpan[] = [];
  let start = 0;
  while (start < tokens.length) {
    let end = start + 1;
    while (end < tokens.length && tokens[end].sentence === tokens[start].sentence) end++;
    const words = tokens.slice(start, end).map((t) => t.text);
    const bestNamed: number[] = [];
    const tags = decodeSentence(words, model.labels, model.allowed, score, undefined, bestNamed);
    if (!isCaseless(words)) {
      for (let i = 1; i < words.length; i++) if (tags[i] === 0 && tags[i - 1] === 0 && isUnexplainedCapital(words, i)) tags[i] = bestNamed[i];
    }
    spans.push(...labelsToSpans(tags, model.labels, start));
    start = end;
  }
  return spans;
}

/**
 * A capitalised word mid-sentence that is not explained otherwise: not after a colon or quote, not a function or
 * title word, not part of a capitalised run, not a name-part noun ("Day", "Council"), and not shaped like an adjective
 * of nationality or faith ("Kurdish", "Islamic", "Shi'ite"), which news capitalises without naming anything.
 */
function isUnexplainedCapital(words: readonly string[], i: number): boolean {
  const word = words[i];
  const next = words[i + 1];
  return (
    /^\p{Lu}\p{Ll}{2,}/u.test(word) &&
    !/(?:an|ans|ish|ese|ic|ite|ites|ist|ists|i)$/.test(word) &&
    !ORG_SUFFIXES.has(word) &&
    !EVENT_SUFFIXES.has(word) &&
    !LAW_SUFFIXES.has(word) &&
    !/^[:"“‘'(\-–—]$/.test(words[i - 1]) &&
    !FUNCTION_WORDS.has(word.toLowerCase()) &&
    !isTitleWord(word) &&
    !(next !== undefined && /^\p{Lu}/u.test(next))
  );
}
