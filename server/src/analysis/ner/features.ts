// Features of one token in its sentence, shared by training (scripts/train-ner.ts) and tagging, so both see the same.
//
// A feature is a template and one or two strings ("next word" + "beijing"); it is used as a 30-bit hash of those,
// never built as a string, which keeps tagging fast and the model file small. Collisions among the ~10^5 kept
// features are negligible and are the same at training and tagging time.
import { knownNames } from './knownNames';
import { FAMILY_NAMES_FIRST, GIVEN_NAMES } from './lexicon';
import { isTitleWord } from './roles';

/** Word shape with runs collapsed: "Xi" → "Xx", "U.S." → "X.X.", "ByteDance" → "XxXx", "2025" → "d". */
function shape(word: string): string {
  let out = '';
  for (const ch of word) {
    const c = ch >= '0' && ch <= '9' ? 'd' : ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
    if (!out.endsWith(c)) out += c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

/** Short words a headline in title case leaves in lower case ("Talks on Trade With China"). */
const HEADLINE_LOWER = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'via']);

/**
 * True when a line is written in capitals or in title case (a headline, "Related Articles"): its casing then says
 * nothing about names.
 */
export function isCaseless(words: readonly string[]): boolean {
  let letters = 0;
  for (const w of words) {
    if (!/^\p{L}/u.test(w) || HEADLINE_LOWER.has(w)) continue;
    if (!/^\p{Lu}/u.test(w)) return false;
    letters++;
  }
  return letters >= 2;
}

/** FNV-1a over the UTF-16 code units of s[from, to): the same as hashing s.slice(from, to), without the slice. */
function hashString(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = Math.max(0, from); i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * One feature's key: the template number mixed with up to two value hashes, in 30 bits so that V8 keeps it a small
 * integer (larger values are boxed on every call). Never 0 (0 marks an empty slot).
 */
function featureKey(template: number, a: number, b = 0): number {
  let h = Math.imul(template + 1, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & 0x3fffffff || 1;
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
 * Headlines in capitals or title case are seen in lower case plus a flag (their capitals say nothing, so the words
 * and the built-in names must decide).
 */
export function staticFeatures(sentenceWords: readonly string[]): { keys: Uint32Array; shapes: Uint32Array } {
  const n = sentenceWords.length;
  const caseless = isCaseless(sentenceWords);
  const words = caseless ? sentenceWords.map((w) => w.toLowerCase()) : sentenceWords;
  const word = new Uint32Array(n);
  const lower = new Uint32Array(n);
  const shapes = new Uint32Array(n);
  const titles = new Uint8Array(n);
  const lowerWords = words.map((w) => w.toLowerCase());
  const gazetteer = gazetteerTags(sentenceWords);
  const nameClass = words.map((w) => (GIVEN_NAMES.has(w) ? GIVEN : FAMILY_NAMES_FIRST.has(w) ? FAMILY_FIRST : 0));
  for (let i = 0; i < n; i++) {
    word[i] = hashString(words[i]);
    lower[i] = hashString(lowerWords[i]);
    // Headline shapes are their own features, so lower-cased headlines do not teach that lower case can be a name.
    shapes[i] = hashString((caseless ? 'caps:' : '') + shape(words[i]));
    titles[i] = isTitleWord(words[i]) ? 1 : 0;
  }
  const at = (list: Uint32Array, i: number): number => (i < 0 ? BOUNDARY_BEFORE : i >= n ? BOUNDARY_AFTER : list[i]);
  const keys = new Uint32Array(n * STATIC_FEATURES);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const l = lowerWords[i];
    keys[k++] = featureKey(0, 0);
    keys[k++] = featureKey(1, word[i]);
    keys[k++] = featureKey(2, lower[i]);
    keys[k++] = featureKey(3, at(lower, i - 1));
    keys[k++] = featureKey(4, at(lower, i - 2));
    keys[k++] = featureKey(5, at(lower, i + 1));
    keys[k++] = featureKey(6, at(lower, i + 2));
    keys[k++] = featureKey(7, at(lower, i - 1), lower[i]);
    keys[k++] = featureKey(8, lower[i], at(lower, i + 1));
    keys[k++] = featureKey(9, hashString(l, l.length - 2));
    keys[k++] = featureKey(10, hashString(l, l.length - 3));
    keys[k++] = featureKey(11, hashString(l, l.length - 4));
    keys[k++] = featureKey(12, hashString(l, 0, Math.min(3, l.length)));
    keys[k++] = featureKey(13, shapes[i]);
    keys[k++] = featureKey(14, at(shapes, i - 1), shapes[i]);
    keys[k++] = featureKey(15, shapes[i], at(shapes, i + 1));
    keys[k++] = featureKey(16, gazetteer[i]);
    keys[k++] = featureKey(17, at(gazetteer, i - 1));
    keys[k++] = featureKey(18, at(gazetteer, i + 1));
    keys[k++] = featureKey(19, (i > 0 ? titles[i - 1] : 0) + (i + 1 < n ? 2 * titles[i + 1] : 0));
    keys[k++] = featureKey(20, i === 0 ? shapes[i] : 0);
    keys[k++] = featureKey(21, caseless ? TRUE : FALSE);
    keys[k++] = featureKey(25, nameClass[i]);
    keys[k++] = featureKey(26, i > 0 ? nameClass[i - 1] : 0);
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
