// Features of one token in its sentence, shared by training (scripts/train-ner.ts) and tagging, so both see the same.
//
// A feature is a template and one or two strings ("next word" + "beijing"); it is used as a 32-bit hash of those,
// never built as a string, which keeps tagging fast and the model file small. Collisions among the ~10^5 kept
// features are negligible and are the same at training and tagging time.
import { knownNames } from './knownNames';
import { FAMILY_NAMES_FIRST, GIVEN_NAMES } from './lexicon';
import { isTitleWord } from './roles';

/** Word shape with runs collapsed: "Xi" → "Xx", "U.S." → "X.X.", "ByteDance" → "XxXx", "2025" → "d". */
export function shape(word: string): string {
  let out = '';
  for (const ch of word) {
    const c = ch >= '0' && ch <= '9' ? 'd' : ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
    if (!out.endsWith(c)) out += c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

/** True when a sentence is written in capitals (a headline): its casing then says nothing about names. */
export function isAllCapsSentence(words: readonly string[]): boolean {
  let upper = 0;
  let lower = 0;
  for (const w of words) {
    if (w !== w.toLowerCase()) upper += w === w.toUpperCase() ? 1 : 0;
    if (w !== w.toUpperCase()) lower += 1;
  }
  return upper >= 2 && lower === 0;
}

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** One feature's key: the template number mixed with up to two value hashes. Never 0 (0 marks an empty slot). */
export function featureKey(template: number, a: number, b = 0): number {
  let h = Math.imul(template + 1, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0 || 1;
}

/** Static features per token (they do not depend on earlier tags). */
export const STATIC_FEATURES = 24;
/** Features that depend on the previous two tags, added during decoding. */
export const HISTORY_FEATURES = 3;

const BOUNDARY_BEFORE = hashString('<s>');
const BOUNDARY_AFTER = hashString('</s>');
const TRUE = hashString('true');
const GIVEN = hashString('given name');
const FAMILY_FIRST = hashString('family name first');
const FALSE = hashString('false');

/**
 * The static feature keys of every token, STATIC_FEATURES per token, in one array, and each token's shape hash
 * (for the history features).
 * ALL-CAPS sentences are seen in lower case plus a flag (the capitals of a headline say nothing, so the words and the
 * built-in names, which match capitals regardless of case, must decide).
 */
export function staticFeatures(sentenceWords: readonly string[]): { keys: Uint32Array; shapes: Uint32Array } {
  const n = sentenceWords.length;
  const allCaps = isAllCapsSentence(sentenceWords);
  const words = allCaps ? sentenceWords.map((w) => w.toLowerCase()) : sentenceWords;
  const word = new Uint32Array(n);
  const lower = new Uint32Array(n);
  const shapes = new Uint32Array(n);
  const gazetteer = gazetteerTags(sentenceWords);
  const nameClass = words.map((w) => (GIVEN_NAMES.has(w) ? GIVEN : FAMILY_NAMES_FIRST.has(w) ? FAMILY_FIRST : 0));
  for (let i = 0; i < n; i++) {
    word[i] = hashString(words[i]);
    lower[i] = hashString(words[i].toLowerCase());
    // Headline shapes are their own features, so lower-cased headlines do not teach that lower case can be a name.
    shapes[i] = hashString((allCaps ? 'caps:' : '') + shape(words[i]));
  }
  const at = (list: Uint32Array, i: number): number => (i < 0 ? BOUNDARY_BEFORE : i >= n ? BOUNDARY_AFTER : list[i]);
  const keys = new Uint32Array(n * STATIC_FEATURES);
  for (let i = 0; i < n; i++) {
    const l = words[i].toLowerCase();
    const title = (i > 0 && isTitleWord(words[i - 1]) ? 1 : 0) + (i + 1 < n && isTitleWord(words[i + 1]) ? 2 : 0);
    keys.set([
      featureKey(0, 0),
      featureKey(1, word[i]),
      featureKey(2, lower[i]),
      featureKey(3, at(lower, i - 1)),
      featureKey(4, at(lower, i - 2)),
      featureKey(5, at(lower, i + 1)),
      featureKey(6, at(lower, i + 2)),
      featureKey(7, at(lower, i - 1), lower[i]),
      featureKey(8, lower[i], at(lower, i + 1)),
      featureKey(9, hashString(l.slice(-2))),
      featureKey(10, hashString(l.slice(-3))),
      featureKey(11, hashString(l.slice(-4))),
      featureKey(12, hashString(l.slice(0, 3))),
      featureKey(13, shapes[i]),
      featureKey(14, at(shapes, i - 1), shapes[i]),
      featureKey(15, shapes[i], at(shapes, i + 1)),
      featureKey(16, gazetteer[i]),
      featureKey(17, at(gazetteer, i - 1)),
      featureKey(18, at(gazetteer, i + 1)),
      featureKey(19, title),
      featureKey(20, i === 0 ? shapes[i] : 0),
      featureKey(21, allCaps ? TRUE : FALSE),
      featureKey(25, nameClass[i]),
      featureKey(26, i > 0 ? nameClass[i - 1] : 0),
    ], i * STATIC_FEATURES);
  }
  return { keys, shapes };
}

/** The history features for a token: previous tag, previous two tags, previous tag with this token's shape. */
export function historyFeatures(prev: number, prev2: number, shapeHash: number, out: Uint32Array): void {
  out[0] = featureKey(22, prev);
  out[1] = featureKey(23, prev2, prev);
  out[2] = featureKey(24, prev, shapeHash);
}

/** Each word's place in the longest built-in name covering it, hashed: "B-place", "I-organization" or "O". */
function gazetteerTags(words: readonly string[]): Uint32Array {
  const tags = new Uint32Array(words.length).fill(hashString('O'));
  const items = words.map((text) => ({ text }));
  const names = knownNames();
  for (let i = 0; i < words.length; i++) {
    const match = names.matchAt(items, i);
    if (!match) continue;
    tags[i] = hashString('B-' + match.value);
    for (let k = 1; k < match.length; k++) tags[i + k] = hashString('I-' + match.value);
    i += match.length - 1;
  }
  return tags;
}
