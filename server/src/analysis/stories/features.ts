// What an article offers for telling which other articles report the same event: its names, places, stated days,
// distinctive words and numbers, each family a TF-IDF vector. IDF comes from a fixed background corpus
// (background.json), so a pair's similarity depends on the two articles alone and an edit re-scores only its own pairs.
import { analysedLength } from '../analyze';
import { isIsoDay, weekdayOf } from '../dates/calendar';
import { WEEKDAY_RE, weekdayNumber } from '../dates/lexicon';
import { nameKey, nameTokens } from '../identity/names';
import { letterLength, scanWords, type WordShape } from '../letters';
import { FUNCTION_WORDS } from '../ner/lexicon';
import { endsWithPossessive } from '../tokenize';
import type { DocumentAnalysis, EntityType } from '../types';
import background from './background.json';
import { keyId, keyOf, phraseId, sharedKey, vectorsOf, type WeightVector } from './weightVector';

export const FAMILIES = ['names', 'places', 'days', 'years', 'words', 'phrases', 'numbers'] as const;
export type Family = (typeof FAMILIES)[number];

/** One family's weights, L2-normalised; keys are normalised names, ISO days, lowercase words, numbers (kept compact: weightVector.ts). */
export type FeatureVector = WeightVector;

/** The families whose main keys are weighed for being absent from another article. */
export const MAIN_FAMILIES = ['names', 'places', 'numbers'] as const;
/** How many of an article's heaviest keys are its main ones. */
const MAIN_KEYS = 3;
/** The families whose heaviest keys find an article's candidates (storyIndex.ts) and title its story (title.ts). */
export const RANKED_FAMILIES = ['names', 'places', 'words'] as const;
/**
 * How many of those keys an article keeps ranked: more than the candidates take (8 words at most), few enough that
 * a title costs the same per member whatever the length of its articles.
 */
const RANKED_KEYS = 16;

/**
 * Keys with their weights, flat (`[id, weight, id, weight, …]`, ids as weightVector.ts gives them): an array of unboxed
 * numbers per family, where a `[key, weight]` array per key cost about 80 bytes each (2.6 KB an indexed article).
 */
export type RankedKeys = readonly number[];

/** The keys and weights of RankedKeys, in its order. */
export function* rankedEntries(ranked: RankedKeys): IterableIterator<[string, number]> {
  for (let i = 0; i < ranked.length; i += 2) yield [keyOf(ranked[i]), ranked[i + 1]];
}

/** The weekdays (0 = Sunday) of a set, as the bits 1 << day of a number. */
export type Weekdays = number;

export const hasWeekday = (weekdays: Weekdays, day: number): boolean => (weekdays & (1 << day)) !== 0;

export interface ArticleFeatures {
  vectors: Record<Family, FeatureVector>;
  /** The article's own stated date (dateline, published line, path, the user's), ISO day, month or year. */
  statedDate: string | null;
  /** That date as Date.parse reads it, parsed once rather than for each pair it is compared in. */
  statedTime: number | null;
  /** The article's year if dated, else the latest year it names: too weak to date the article, enough to compare two. */
  year: number | null;
  /** Each family's heaviest keys with their weights (ties: the first written), for the keys another article lacks. */
  main: Record<(typeof MAIN_FAMILIES)[number], RankedKeys>;
  /** Each ranked family's heaviest keys with their weights, heaviest first (ties by key). */
  heaviest: Record<(typeof RANKED_FAMILIES)[number], RankedKeys>;
  /** The heaviest names and places as the article writes them, by key (what a title shows of them). */
  written: Map<string, string>;
  /** The lowercase words of the first line, usually the headline. */
  headline: Set<string>;
  /** The weekdays its date expressions name: how an undated report tells which day it speaks of. */
  weekdays: Weekdays;
  /** Those and the weekdays of the days it names: the days its events happened on, to tell two events of one topic. */
  eventWeekdays: Weekdays;
}

const WEEKDAY = new RegExp(WEEKDAY_RE, 'gi');

/** Each background word's inverse document frequency, worked out once (every word of every article asks). */
const idfOfWord = new Map<string, number>();
for (const [df, words] of Object.entries(background.byFrequency)) {
  const value = Math.log((background.documents + 1) / (Number(df) + 1));
  for (const w of words.split(' ')) idfOfWord.set(w, value);
}
const UNSEEN_IDF = Math.log(background.documents + 1);

/** Inverse document frequency of a word in the background corpus; unseen words are the rarest. */
export function idf(word: string): number {
  return idfOfWord.get(word) ?? UNSEEN_IDF;
}

/** A name is as distinctive as its rarest word ("Bukidnon" in "Bukidnon province"). */
function nameIdf(tokens: readonly string[]): number {
  return Math.max(...tokens.map(idf));
}

const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['place']);
/** Shorter words carry little ("a", "of", "mr"). */
const MIN_WORD_LENGTH = 3;
/** Years and small counts are everywhere; numbers from this up, with decimals, can single out an event. */
const MIN_DISTINCT_NUMBER = 10;

const SPACE = /\s/u;
const QUOTES_AND_DASH = new Set(['"', '“', '”', "'", '‘', '’', '-']);

/** Whether text[from, to) is only white space, quotes and hyphens: two words with nothing else between them. */
function onlySpacesAndQuotes(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== ' ' && !QUOTES_AND_DASH.has(c) && !SPACE.test(c)) return false;
  }
  return true;
}

/**
 * A word here: a letter, then letters, apostrophes and hyphens, ending in a letter, two letters at least (what
 * \p{L}[\p{L}'’-]*\p{L} matches).
 */
const WORD: WordShape = { wordCharLength: letterLength, inner: new Set([0x27, 0x2019, 0x2d]), endsIn: new Set(), single: false };

/**
 * A vector's `count` heaviest entries (by key or by id), heaviest first; of equal weights the lesser key first when
 * `byKey`, else the first written: what a stable sort of all of them would begin with, kept in one pass over them instead.
 */
function heaviestEntries<K extends string | number>(entries: Iterable<[K, number]>, count: number, byKey: boolean): Array<[K, number]> {
  const before = (x: [K, number], y: [K, number]): boolean => x[1] > y[1] || (byKey && x[1] === y[1] && x[0] < y[0]);
  const top: Array<[K, number]> = [];
  for (const entry of entries) {
    if (top.length === count && !before(entry, top[count - 1])) continue;
    let at = top.length;
    while (at > 0 && before(entry, top[at - 1])) at--;
    top.splice(at, 0, entry);
    if (top.length > count) top.pop();
  }
  return top;
}

/**
 * How much of an article one step of articleFeatureSteps reads: this many characters of its text, or chains. A 2 MB
 * article (500 KB analysed, 16,460 chains, bench/mergeStall.ts) took 120-200 CPU ms in one piece.
 */
const CHARS_PER_STEP = 16_384;
const CHAINS_PER_STEP = 2_000;

/** Whether a word (WORD) can run across text[at]: an ASCII character that is no letter and not in a word's inside. */
function breaksWords(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code < 0x80 && letterLength(text, at) === 0 && !WORD.inner.has(code);
}

/**
 * scanWords over the text in parts of about `charsPerStep` characters, each cut where no word runs across, so the
 * words found are scanWords' own in the same order; returns how many characters are left.
 */
function scanWordsInSteps(text: string, charsPerStep: number, found: (start: number, end: number) => void): () => number {
  const length = text.length;
  let from = 0;
  return () => {
    let to = Math.min(length, from + charsPerStep);
    while (to < length && !breaksWords(text, to)) to++;
    const part = text.slice(from, to);
    const offset = from;
    scanWords(part, WORD, (start, end) => found(offset + start, offset + end));
    from = to;
    return length - from;
  };
}

function addCount<K>(counts: Map<K, number>, key: K, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

/** Sublinear TF times IDF, normalised to unit length, over the keys in the order written (those of weight > 0). */
function weigh<K>(counts: Map<K, number>, idfOf: (key: K) => number): { keys: K[]; weights: number[] } {
  const keys: K[] = [];
  const weights: number[] = [];
  let norm = 0;
  for (const [key, tf] of counts) {
    const w = (1 + Math.log(tf)) * idfOf(key);
    if (w <= 0) continue;
    keys.push(key);
    weights.push(w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  for (let i = 0; i < weights.length; i++) weights[i] /= norm;
  return { keys, weights };
}

/** Two words in a row, as the places of its words among the article's words (FeatureLists.keys.words). */
const PHRASE_WORDS = 2 ** 26;

/**
 * An article's features before any key has an id of the shared table (weightVector.ts): plain strings and numbers, so
 * that a worker thread makes them with the analysis and the thread that keeps the table only looks the keys up
 * (featuresOf). Every family's keys in the order written, with their weights.
 */
export interface FeatureLists {
  keys: Record<Exclude<Family, 'phrases'>, string[]> & {
    /** The first word's place among `words` × PHRASE_WORDS + the second's. */
    phrases: number[];
  };
  weights: Record<Family, number[]>;
  /** ArticleFeatures.main and .heaviest as places among their family's keys, heaviest first. */
  main: Record<(typeof MAIN_FAMILIES)[number], number[]>;
  heaviest: Record<(typeof RANKED_FAMILIES)[number], number[]>;
  /** The heaviest names' and places' keys, each with the first chain that writes it. */
  written: Array<[string, number]>;
  headline: string[];
  weekdays: Weekdays;
  eventWeekdays: Weekdays;
}

/** FeatureLists a worker made with an analysis (offerFeatureLists), until the analysis is linked into its story. */
const offered = new WeakMap<DocumentAnalysis, FeatureLists>();

/** Keeps the lists made with this analysis elsewhere, so that linking it here only looks their keys up. */
export function offerFeatureLists(analysis: DocumentAnalysis, lists: FeatureLists): void {
  offered.set(analysis, lists);
}

/** The features of the lists offered with this analysis, once; undefined when none were. */
export function offeredFeatures(analysis: DocumentAnalysis): ArticleFeatures | undefined {
  const lists = offered.get(analysis);
  if (!lists) return undefined;
  offered.delete(analysis);
  return featuresOf(analysis, lists);
}

export function articleFeatures(analysis: DocumentAnalysis): ArticleFeatures {
  const step = articleFeatureSteps(analysis, Infinity, Infinity);
  for (;;) {
    const features = step();
    if (features) return features;
  }
}

/** An article's FeatureLists at once (what a worker sends with the analysis). */
export function featureLists(analysis: DocumentAnalysis): FeatureLists {
  const step = featureListSteps(analysis, Infinity, Infinity);
  for (;;) {
    const lists = step();
    if (lists) return lists;
  }
}

/**
 * articleFeatures in steps of about `charsPerStep` characters of text (or keys weighed) or `chainsPerStep` chains, for
 * a thread that answers requests between them (Corpus.setAnalysisInSteps): each call does about one step's work (all
 * of an ordinary article's) and returns the features after the last, the same as articleFeatures'.
 */
export function articleFeatureSteps(analysis: DocumentAnalysis, charsPerStep = CHARS_PER_STEP, chainsPerStep = CHAINS_PER_STEP): () => ArticleFeatures | undefined {
  const step = featureListSteps(analysis, charsPerStep, chainsPerStep);
  return () => {
    const lists = step();
    return lists && featuresOf(analysis, lists);
  };
}

/** The features of FeatureLists made from this analysis, its keys given their ids in this thread's table. */
export function featuresOf(analysis: DocumentAnalysis, lists: FeatureLists): ArticleFeatures {
  const { keys, weights } = lists;
  const wordIds = keys.words.map(keyId);
  const ids: Record<Family, number[]> = {
    names: keys.names.map(keyId),
    places: keys.places.map(keyId),
    days: keys.days.map(keyId),
    years: keys.years.map(keyId),
    words: wordIds,
    phrases: keys.phrases.map((pair) => phraseId(wordIds[Math.floor(pair / PHRASE_WORDS)], wordIds[pair % PHRASE_WORDS])),
    numbers: keys.numbers.map(keyId),
  };
  const made = vectorsOf(FAMILIES.map((family) => ({ ids: ids[family], weights: weights[family] })));
  const vectors = Object.fromEntries(FAMILIES.map((family, i) => [family, made[i]])) as Record<Family, FeatureVector>;
  const ranked = (family: Family, places: readonly number[]): RankedKeys => places.flatMap((at) => [ids[family][at], weights[family][at]]);
  const { referenceDate } = analysis;
  return {
    vectors,
    main: { names: ranked('names', lists.main.names), places: ranked('places', lists.main.places), numbers: ranked('numbers', lists.main.numbers) },
    heaviest: { names: ranked('names', lists.heaviest.names), places: ranked('places', lists.heaviest.places), words: ranked('words', lists.heaviest.words) },
    statedDate: referenceDate?.value ?? null,
    statedTime: referenceDate ? Date.parse(referenceDate.value) : null,
    year: referenceDate ? Number(referenceDate.value.slice(0, 4)) : keys.years.length > 0 ? Math.max(...keys.years.map(Number)) : null,
    written: new Map(lists.written.map(([key, chain]) => [sharedKey(key), analysis.chains[chain].name])),
    headline: new Set(lists.headline.map(sharedKey)),
    weekdays: lists.weekdays,
    eventWeekdays: lists.eventWeekdays,
  };
}

/** articleFeatureSteps' steps up to its FeatureLists, which read no table of keys. */
function featureListSteps(analysis: DocumentAnalysis, charsPerStep: number, chainsPerStep: number): () => FeatureLists | undefined {
  const names = new Map<string, number>();
  const places = new Map<string, number>();
  const nameIdfs = new Map<string, number>();
  /** Each name's first chain. */
  const written = new Map<string, number>();
  /** The work of this call, in steps: characters and keys / charsPerStep + chains / chainsPerStep. */
  let work = 0;
  let chainsRead = 0;
  const readChains = (): boolean => {
    const until = Math.min(analysis.chains.length, chainsRead + chainsPerStep);
    work += (until - chainsRead) / chainsPerStep;
    for (; chainsRead < until; chainsRead++) {
      const chain = analysis.chains[chainsRead];
      const tokens = nameTokens(chain.name);
      if (tokens.length === 0) continue;
      const key = nameKey(tokens);
      nameIdfs.set(key, nameIdf(tokens));
      if (!written.has(key)) written.set(key, chainsRead);
      addCount(PLACE_TYPES.has(chain.type) ? places : names, key, chain.mentions.length);
    }
    return chainsRead < analysis.chains.length;
  };
  const words = new Map<string, number>();
  /** Each word's place among the words, in the order first written. */
  const wordPlaces = new Map<string, number>();
  /** By the places of their words (FeatureLists.keys.phrases). */
  const phrases = new Map<number, number>();
  const phraseIdfs = new Map<number, number>();
  let previous: { word: string; place: number; end: number } | undefined;
  // The analysed part only: a text over the analysis limit has no mentions or dates beyond it either.
  const lower = analysis.text.slice(0, analysedLength(analysis.text)).toLowerCase();
  /** A text scan as a part of the steps, counting the characters it read. */
  const scanPart = (scan: () => number, length: number): (() => boolean) => {
    let left = length;
    return () => {
      const now = scan();
      work += (left - now) / charsPerStep;
      left = now;
      return left > 0;
    };
  };
  const readWords = scanWordsInSteps(lower, charsPerStep, (start, end) => {
    // Without its possessive 's (or ’s): "obama's" counts as "obama".
    const written = lower.slice(start, end);
    const word = endsWithPossessive(written) ? written.slice(0, -2) : written;
    // Pronouns and other function words are rare in the background's sports and markets news, yet say nothing.
    if (word.length < MIN_WORD_LENGTH || FUNCTION_WORDS.has(word)) {
      previous = undefined;
      return;
    }
    addCount(words, word);
    let place = wordPlaces.get(word);
    if (place === undefined) wordPlaces.set(word, (place = wordPlaces.size));
    // Two words in a row, within a sentence: the wording articles copied from one report share.
    if (previous && onlySpacesAndQuotes(lower, previous.end, start)) {
      const phrase = previous.place * PHRASE_WORDS + place;
      addCount(phrases, phrase);
      phraseIdfs.set(phrase, Math.min(idf(previous.word), idf(word)));
    }
    previous = { word, place, end };
  });
  // The words of the first line, usually the headline.
  const headline = new Set<string>();
  const firstNonSpace = lower.search(/\S/);
  const headlineStart = firstNonSpace < 0 ? lower.length : firstNonSpace;
  const lineEnd = lower.indexOf('\n', headlineStart);
  const line = lower.slice(headlineStart, lineEnd < 0 ? lower.length : lineEnd);
  const readHeadline = scanWordsInSteps(line, charsPerStep, (start, end) => headline.add(line.slice(start, end)));
  const days = new Map<string, number>();
  const years = new Map<string, number>();
  const numbers = new Map<string, number>();
  const keys = {} as FeatureLists['keys'];
  const weights = {} as FeatureLists['weights'];
  const steps: Array<() => boolean> = [
    readChains,
    scanPart(readWords, lower.length),
    scanPart(readHeadline, line.length),
    () => {
      work += (analysis.dates.length + analysis.quantities.length) / charsPerStep;
      for (const d of analysis.dates) if (d.value && (d.granularity === 'day' || d.granularity === 'month')) addCount(days, d.value.slice(0, 10));
      for (const d of analysis.dates) if (d.value && /^\d{4}/.test(d.value)) addCount(years, d.value.slice(0, 4));
      if (analysis.referenceDate) addCount(years, analysis.referenceDate.value.slice(0, 4));
      for (const q of analysis.quantities) {
        if (q.value !== null && (q.value >= MIN_DISTINCT_NUMBER || !Number.isInteger(q.value))) addCount(numbers, `${q.kind}:${q.value}`);
      }
      return false;
    },
    // One family a step: the words and phrases of a long article are tens of thousands of keys.
    ...(
      [
        ['names', () => weigh(names, (k) => nameIdfs.get(k) ?? 0)],
        ['places', () => weigh(places, (k) => nameIdfs.get(k) ?? 0)],
        ['days', () => weigh(days, () => 1)],
        ['years', () => weigh(years, () => 1)],
        ['words', () => weigh(words, idf)],
        ['phrases', () => weigh(phrases, (k) => phraseIdfs.get(k) ?? 0)],
        ['numbers', () => weigh(numbers, () => 1)],
      ] as Array<[Family, () => { keys: Array<string | number>; weights: number[] }]>
    ).map(([family, weighed]) => () => {
      const made = weighed();
      (keys as Record<Family, Array<string | number>>)[family] = made.keys;
      weights[family] = made.weights;
      work += made.keys.length / charsPerStep;
      return false;
    }),
  ];
  let next = 0;
  return () => {
    work = 0;
    while (next < steps.length && work < 1) if (!steps[next]()) next++;
    if (next < steps.length) return undefined;
    let weekdays: Weekdays = 0;
    for (const d of analysis.dates) for (const m of d.text.matchAll(WEEKDAY)) weekdays |= 1 << weekdayNumber(m[0])!;
    let eventWeekdays = weekdays;
    for (const day of days.keys()) {
      if (!isIsoDay(day)) continue;
      const [year, month, dayOfMonth] = day.split('-').map(Number);
      eventWeekdays |= 1 << weekdayOf({ year, month, day: dayOfMonth });
    }
    const placed = (family: Family): Array<[number, number]> => weights[family].map((w, at) => [at, w]);
    const keyed = (family: Exclude<Family, 'phrases'>): Array<[string, number]> => weights[family].map((w, at) => [keys[family][at], w]);
    // Of equal weights, the first written comes first among the main keys, the first by key among the ranked ones.
    const mainOf = (family: (typeof MAIN_FAMILIES)[number]) => heaviestEntries(placed(family), MAIN_KEYS, false).map(([at]) => at);
    const place = (family: (typeof RANKED_FAMILIES)[number]) => new Map(keys[family].map((key, at) => [key, at]));
    const heaviestOf = (family: (typeof RANKED_FAMILIES)[number]) => {
      const at = place(family);
      return heaviestEntries(keyed(family), RANKED_KEYS, true).map(([key]) => at.get(key)!);
    };
    const heaviest = { names: heaviestOf('names'), places: heaviestOf('places'), words: heaviestOf('words') };
    const shown: Array<[string, number]> = [];
    for (const family of ['names', 'places'] as const) for (const at of heaviest[family]) shown.push([keys[family][at], written.get(keys[family][at])!]);
    return {
      keys,
      weights,
      main: { names: mainOf('names'), places: mainOf('places'), numbers: mainOf('numbers') },
      heaviest,
      written: shown,
      headline: [...headline],
      weekdays,
      eventWeekdays,
    };
  };
}

export function cosine(a: FeatureVector, b: FeatureVector): number {
  // Over the smaller vector's keys, in the order written.
  return a.size <= b.size ? a.dot(b) : b.dot(a);
}
