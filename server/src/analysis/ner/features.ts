// Features of one token in its sentence, shared by training (scripts/train-ner.ts) and tagging, so both see the same.
//
// A feature is a template and one or two strings ("next word" + "beijing"); it is used as a 30-bit hash of those,
// never built as a string, which keeps tagging fast and the model file small. Collisions among the ~10^5 kept
// features are negligible and are the same at training and tagging time.
import { fnv1a } from '../fnv';
import { FAMILY_NAMES_FIRST, GIVEN_NAMES } from './lexicon';
import type { NameList } from './placeNames';
import { isTitleWord } from './roles';

/** Word shape with runs collapsed: "Xi" → "Xx", "U.S." → "X.X.", "ByteDance" → "XxXx", "2025" → "d". */
function shape(word: string): string {
  let out = '';
  let last = -1;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return unicodeShape(word);
    // The same classes as unicodeShape, by character code (the common case, without a string per character).
    const c = code >= 48 && code <= 57 ? 100 : code >= 65 && code <= 90 ? 88 : code >= 97 && code <= 122 ? 120 : code;
    if (c !== last) out += String.fromCharCode(c);
    last = c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

function unicodeShape(word: string): string {
  let out = '';
  for (const ch of word) {
    const c = ch >= '0' && ch <= '9' ? 'd' : ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
    if (!out.endsWith(c)) out += c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

/** Short words a headline in title case leaves in lower case ("Talks on Trade With China"); written so, they never start a name. */
export const HEADLINE_LOWER = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'via']);

/**
 * True when a line is written in capitals or in title case (a headline, "Related Articles"): its casing then says
 * nothing about names.
 */
export function isCaseless(words: readonly string[]): boolean {
  let letters = 0;
  for (const w of words) {
    if (!startsLetter(w) || HEADLINE_LOWER.has(w)) continue;
    if (!startsUpper(w)) return false;
    letters++;
  }
  return letters >= 2;
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


/** True when a word starts with a capital letter, or with any letter (ASCII decided by code, the rest by Unicode class). */
function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(word);
}

function startsLetter(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : /^\p{L}/u.test(word);
}

const BOUNDARY_BEFORE = fnv1a('<s>');
const BOUNDARY_AFTER = fnv1a('</s>');
const TRUE = fnv1a('true');
const GIVEN = fnv1a('given name');
const FAMILY_FIRST = fnv1a('family name first');
const FALSE = fnv1a('false');

/** What the rest of the article says about a word (bits of ArticleWord.seen). */
const SEEN_CAPITALISED = 1;
const SEEN_LOWER = 2;
const SEEN_FIRST_OF_RUN = 4;
const SEEN_LATER_IN_RUN = 8;

/**
 * Article-level evidence about one lower-cased word: how it is written elsewhere in the article (capitalised inside
 * a sentence, in lower case, starting or inside a run of capitalised words: SEEN_ bits), the type the tagger gave it
 * the last time it tagged it in this article (1: not tagged yet), and, for a capitalised word, the keys of its
 * neighbours anywhere in the article (see aggregateKeys). Headlines in capitals and sentence starts lean on these.
 */
export interface ArticleWord {
  seen: number;
  lastType: number;
  neighbours: Uint32Array | undefined;
}

/** The article's words by lower-cased form (one entry a word, so that a token costs one lookup). */
export interface DocumentContext {
  words: Map<string, ArticleWord>;
}

function articleWord(context: DocumentContext, lower: string): ArticleWord {
  let entry = context.words.get(lower);
  if (!entry) context.words.set(lower, (entry = { seen: 0, lastType: 1, neighbours: undefined }));
  return entry;
}

/** The context of an article, from all its sentences (words as written). */
export function documentContext(sentences: ReadonlyArray<readonly string[]>): DocumentContext {
  const context: DocumentContext = { words: new Map() };
  for (const words of sentences) {
    if (isCaseless(words)) continue;
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (!startsLetter(word)) continue;
      const entry = articleWord(context, word.toLowerCase());
      if (!startsUpper(word)) {
        entry.seen |= SEEN_LOWER;
        continue;
      }
      addNeighbours(entry, words, i);
      if (i === 0) continue;
      entry.seen |= SEEN_CAPITALISED;
      const before = i > 1 && startsUpper(words[i - 1]);
      const after = i + 1 < words.length && startsUpper(words[i + 1]);
      if (after && !before) entry.seen |= SEEN_FIRST_OF_RUN;
      if (before) entry.seen |= SEEN_LATER_IN_RUN;
    }
  }
  return context;
}

/**
 * The most different words kept from before and from after a capitalised word's occurrences in the article, in the
 * order met: "Magna was up", "give Magna the", "Magna 's" tell a company wherever it stands, headlines included
 * (Ratinov and Roth's context aggregation).
 */
const AGGREGATE_SIDE = 3;
export const AGGREGATE_FEATURES = 2 * AGGREGATE_SIDE;

function addNeighbours(entry: ArticleWord, words: readonly string[], i: number): void {
  const keys = (entry.neighbours ??= new Uint32Array(AGGREGATE_FEATURES));
  if (i > 0) addKey(keys, 0, featureKey(37, fnv1a(words[i - 1].toLowerCase())));
  if (i + 1 < words.length) addKey(keys, AGGREGATE_SIDE, featureKey(38, fnv1a(words[i + 1].toLowerCase())));
}

/** Puts `key` in the first free of the AGGREGATE_SIDE places from `from`, unless it is there already. */
function addKey(keys: Uint32Array, from: number, key: number): void {
  for (let k = from; k < from + AGGREGATE_SIDE; k++) {
    if (keys[k] === key) return;
    if (keys[k] === 0) {
      keys[k] = key;
      return;
    }
  }
}

const NO_NEIGHBOURS = new Uint32Array(AGGREGATE_FEATURES);

/** The keys of the words around a word's occurrences in the article, AGGREGATE_FEATURES of them (0: none). */
export function aggregateKeys(entry: ArticleWord | undefined): Uint32Array {
  return entry?.neighbours ?? NO_NEIGHBOURS;
}

/** Records the types just given to a sentence's capitalised words (type numbers: the label's index, B- and I- alike). */
export function rememberTypes(context: DocumentContext, words: readonly string[], labels: readonly string[], tags: readonly number[]): void {
  for (let i = 0; i < words.length; i++) {
    if (!startsUpper(words[i])) continue;
    const label = labels[tags[i]];
    articleWord(context, words[i].toLowerCase()).lastType = label === 'O' ? 0 : fnv1a(label.slice(2));
  }
}

/**
 * What the features see of one word, wherever it stands: its hashes, shape, cluster and word-list classes. In a
 * headline in capitals or title case the word is seen in lower case and its shape is a headline shape (its capitals
 * say nothing, so the words, the built-in names and the rest of the article must decide; headline shapes are their
 * own features, so lower-cased headlines do not teach that lower case can be a name).
 */
export interface WordView {
  /** The word as seen, lower-cased in a caseless line. */
  text: string;
  lower: string;
  word: number;
  lowerHash: number;
  shape: number;
  cluster: number;
  nameClass: number;
  title: number;
}

export function wordView(written: string, caseless: boolean, clusters: WordClusters): WordView {
  const text = caseless ? written.toLowerCase() : written;
  const lower = text.toLowerCase();
  return {
    text,
    lower,
    word: fnv1a(text),
    lowerHash: fnv1a(lower),
    shape: fnv1a((caseless ? 'caps:' : '') + shape(text)),
    cluster: clusters.get(lower) ?? 0,
    nameClass: GIVEN_NAMES.has(text) ? GIVEN : FAMILY_NAMES_FIRST.has(text) ? FAMILY_FIRST : 0,
    title: isTitleWord(text) ? 1 : 0,
  };
}

/** Keys of a word's own features (they depend on the word and on whether its line is caseless, not on its place). */
export const OWN_FEATURES = 12;

export function ownKeys(v: WordView, caseless: boolean, out: Uint32Array, k: number): number {
  const l = v.lower;
  out[k++] = featureKey(0, 0);
  out[k++] = featureKey(1, v.word);
  out[k++] = featureKey(2, v.lowerHash);
  out[k++] = featureKey(9, fnv1a(l, l.length - 2));
  out[k++] = featureKey(10, fnv1a(l, l.length - 3));
  out[k++] = featureKey(11, fnv1a(l, l.length - 4));
  out[k++] = featureKey(12, fnv1a(l, 0, Math.min(3, l.length)));
  out[k++] = featureKey(13, v.shape);
  out[k++] = featureKey(21, caseless ? TRUE : FALSE);
  out[k++] = featureKey(25, v.nameClass);
  out[k++] = featureKey(30, v.cluster);
  out[k++] = featureKey(39, v.cluster, v.shape);
  return k;
}

/** Where a neighbour stands from the token it describes: three before to three after. */
export const NEIGHBOUR_OFFSETS = [-3, -2, -1, 1, 2, 3] as const;
const NEIGHBOUR_FEATURES = 13;
export type NeighbourOffset = (typeof NEIGHBOUR_OFFSETS)[number];

/** Keys a neighbour gives the token `offset` away from it (undefined: the sentence boundary); 13 over the six offsets. */
export function neighbourKeys(v: WordView | undefined, offset: NeighbourOffset, out: Uint32Array, k: number): number {
  const boundary = offset < 0 ? BOUNDARY_BEFORE : BOUNDARY_AFTER;
  const lower = v ? v.lowerHash : boundary;
  if (offset === -3) out[k++] = featureKey(33, lower);
  else if (offset === 3) out[k++] = featureKey(34, lower);
  else if (offset === -2) {
    out[k++] = featureKey(4, lower);
    out[k++] = featureKey(40, v ? v.cluster : boundary);
  } else if (offset === 2) {
    out[k++] = featureKey(6, lower);
    out[k++] = featureKey(41, v ? v.cluster : boundary);
  } else if (offset === -1) {
    out[k++] = featureKey(3, lower);
    out[k++] = featureKey(31, v ? v.cluster : boundary);
    out[k++] = featureKey(26, v ? v.nameClass : 0);
    out[k++] = featureKey(42, v ? v.shape : boundary);
  } else {
    out[k++] = featureKey(5, lower);
    out[k++] = featureKey(32, v ? v.cluster : boundary);
    out[k++] = featureKey(43, v ? v.shape : boundary);
  }
  return k;
}

/**
 * Keys of a token's features that depend on its place in the sentence and in the article: pairs with its neighbours
 * (PAIR_FEATURES) and what the built-in names and the article say around it (CONTEXT_FEATURES).
 */
const PAIR_FEATURES = 7;
export const CONTEXT_FEATURES = 8;
export const PLACE_FEATURES = PAIR_FEATURES + CONTEXT_FEATURES;

/**
 * Static features per token (they do not depend on the tags of this sentence): its own, its neighbours', its place's,
 * and the article's words around it elsewhere (key 0 where it has fewer).
 */
export const STATIC_FEATURES = OWN_FEATURES + NEIGHBOUR_FEATURES + PLACE_FEATURES + AGGREGATE_FEATURES;

export interface SentenceView {
  views: readonly WordView[];
  caseless: boolean;
  /** How many words at its start are a dateline's places ("MILWAUKEE , Wisconsin" before the date); 0: none. */
  dateline: number;
  /** Each word's place in the longest listed name covering it, hashed (an array: a typed one cost more to make, per sentence). */
  gazetteer: readonly number[];
}

/**
 * The values a token's context features are made of, as written into a PlaceValues array by placeValues: each takes
 * few values (name-list tags, flags, a type), so a tagger may keep the summed weights of each combination.
 */
export const enum PlaceValue {
  GazetteerBefore,
  Gazetteer,
  GazetteerAfter,
  Titles,
  Seen,
  Position,
  LastType,
  Dateline,
}
export const PLACE_VALUES = 8;

/** A token's place values; `entry` is its word's in the article (undefined: none). */
export function placeValues(sentence: SentenceView, i: number, entry: ArticleWord | undefined, values: Uint32Array): void {
  const { views, caseless, gazetteer } = sentence;
  const n = views.length;
  values[PlaceValue.GazetteerBefore] = i > 0 ? gazetteer[i - 1] : BOUNDARY_BEFORE;
  values[PlaceValue.Gazetteer] = gazetteer[i];
  values[PlaceValue.GazetteerAfter] = i + 1 < n ? gazetteer[i + 1] : BOUNDARY_AFTER;
  values[PlaceValue.Titles] = (i > 0 ? views[i - 1].title : 0) + (i + 1 < n ? 2 * views[i + 1].title : 0);
  values[PlaceValue.Seen] = entry ? entry.seen : 0;
  // Where this word stands says how much its own capital tells: none in a headline, little at a sentence start.
  values[PlaceValue.Position] = caseless ? 2 : i === 0 ? 1 : 0;
  values[PlaceValue.LastType] = entry ? entry.lastType : 1;
  values[PlaceValue.Dateline] = i < sentence.dateline ? 1 : 0;
}

/** Keys of the features made of the place values alone. */
export function contextKeys(values: Uint32Array, out: Uint32Array, k: number): number {
  const position = values[PlaceValue.Position];
  out[k++] = featureKey(16, values[PlaceValue.Gazetteer]);
  out[k++] = featureKey(17, values[PlaceValue.GazetteerBefore]);
  out[k++] = featureKey(18, values[PlaceValue.GazetteerAfter]);
  out[k++] = featureKey(19, values[PlaceValue.Titles]);
  out[k++] = featureKey(27, values[PlaceValue.Seen] & (SEEN_CAPITALISED | SEEN_LOWER), position);
  out[k++] = featureKey(29, values[PlaceValue.LastType], position);
  out[k++] = featureKey(35, values[PlaceValue.Dateline], position);
  out[k++] = featureKey(36, values[PlaceValue.Dateline], values[PlaceValue.Gazetteer]);
  return k;
}

/** Keys of the features pairing a token with its neighbours or with its place values. */
export function pairKeys(sentence: SentenceView, i: number, values: Uint32Array, out: Uint32Array, k: number): number {
  const { views } = sentence;
  const n = views.length;
  const v = views[i];
  const before = i > 0 ? views[i - 1] : undefined;
  const after = i + 1 < n ? views[i + 1] : undefined;
  out[k++] = featureKey(7, before ? before.lowerHash : BOUNDARY_BEFORE, v.lowerHash);
  out[k++] = featureKey(8, v.lowerHash, after ? after.lowerHash : BOUNDARY_AFTER);
  out[k++] = featureKey(14, before ? before.shape : BOUNDARY_BEFORE, v.shape);
  out[k++] = featureKey(15, v.shape, after ? after.shape : BOUNDARY_AFTER);
  out[k++] = featureKey(20, i === 0 ? v.shape : 0);
  out[k++] = featureKey(28, values[PlaceValue.Seen] >> 2, v.shape);
  // Where its capital says little (a sentence start, a headline), how common a word is tells a name: a word the
  // clusters never saw there is mostly a name ("Theodore Rask Quillan"), a frequent one mostly not ("But", "Coach").
  out[k++] = featureKey(44, v.cluster, values[PlaceValue.Position]);
  return k;
}

/** A sentence's word views, whether it is caseless, and its listed-name tags; `view` gives a word's view. */
export function sentenceView(words: readonly string[], view: (word: string, caseless: boolean) => WordView, names: NameList): SentenceView {
  const caseless = isCaseless(words);
  return { views: words.map((w) => view(w, caseless)), caseless, dateline: datelineLength(words), gazetteer: gazetteerTags(words, names) };
}

/** The most words a dateline's places take ("BANDA ACEH , Indonesia"). */
const DATELINE_WORDS = 6;
const YEAR = /^(?:19|20)\d\d$/;

/**
 * How many words open the sentence as a dateline: capitalised words and commas, then a year ("LONDON 1996-08-22"),
 * a bracket ("BANDA ACEH , Indonesia ( AP )") or a double dash. 0 when the sentence does not open so.
 */
export function datelineLength(words: readonly string[]): number {
  if (words.length < 2 || !startsUpper(words[0])) return 0;
  for (let i = 1; i < words.length && i <= DATELINE_WORDS; i++) {
    const word = words[i];
    if (word === '(' || (word === '-' && words[i + 1] === '-') || YEAR.test(word)) return i;
    if (word !== ',' && !startsUpper(word)) return 0;
  }
  return 0;
}

/**
 * The static feature keys of every token, STATIC_FEATURES per token, in one array (its own, its neighbours', its
 * place's), and each token's shape hash (for the transition features).
 */
export function staticFeatures(sentenceWords: readonly string[], context: DocumentContext, clusters: WordClusters, names: NameList): { keys: Uint32Array; shapes: Uint32Array } {
  const sentence = sentenceView(sentenceWords, (w, caseless) => wordView(w, caseless, clusters), names);
  const { views, caseless } = sentence;
  const n = views.length;
  const keys = new Uint32Array(n * STATIC_FEATURES);
  const shapes = new Uint32Array(n);
  const values = new Uint32Array(PLACE_VALUES);
  let k = 0;
  for (let i = 0; i < n; i++) {
    shapes[i] = views[i].shape;
    k = ownKeys(views[i], caseless, keys, k);
    for (const offset of NEIGHBOUR_OFFSETS) {
      const j = i + offset;
      k = neighbourKeys(j >= 0 && j < n ? views[j] : undefined, offset, keys, k);
    }
    const entry = context.words.get(views[i].lower);
    placeValues(sentence, i, entry, values);
    k = pairKeys(sentence, i, values, keys, k);
    k = contextKeys(values, keys, k);
    keys.set(aggregateKeys(entry), k);
    k += AGGREGATE_FEATURES;
  }
  return { keys, shapes };
}

/** Word → cluster number (0 = none), learned offline from unlabelled news (see clusters.ts). */
export type WordClusters = ReadonlyMap<string, number>;

/** The transition features from label `prev` at a token of shape `shapeHash`: the label pair, and with the shape. */
export function transitionFeatures(prev: number, shapeHash: number, out: Uint32Array, at: number): void {
  out[at] = featureKey(22, prev);
  out[at + 1] = featureKey(24, prev, shapeHash);
}

/** Each word's place in the longest listed name covering it, hashed: "B-place", "I-organization", "B-region" or "O". */
const OUTSIDE = fnv1a('O');

function gazetteerTags(words: readonly string[], names: NameList): number[] {
  const tags = new Array<number>(words.length).fill(OUTSIDE);
  const items = words.map((text) => ({ text }));
  for (let i = 0; i < words.length; i++) {
    const match = names.matchAt(items, i);
    if (!match) continue;
    tags[i] = fnv1a('B-' + match.value);
    for (let k = 1; k < match.length; k++) tags[i + k] = fnv1a('I-' + match.value);
    i += match.length - 1;
  }
  return tags;
}
