// Names spelled two ways across the articles of one story ("Klitschko" and "Kiltschko", "Gurbanguly" and
// "Gurbanguli", "Heffner" and "Hefner", "DeMarco" and "Demarco"): a discrepancy a reader checks before quoting
// either. Candidates are found through shared deletion variants, so a story's names are compared in time linear in
// their number. Other forms of one name (given names, suffixes, organisations' names) are in nameForms.ts.
import { analysedLength } from '../analyze';
import { ABBREVIATIONS, CALENDAR_WORD } from '../language/en';
import { inTextOrder } from '../claims/spans';
import { pushTo } from '../multiMap';
import { keyId, sharedKey } from '../stories/weightVector';
import { ENTITY_TYPES, type Claim, type DocumentAnalysis, type EntityType, type Mention, type Span } from '../types';
import { closeWordPairs, fullNames, nameFormPairs, packedNames, unpackedNames, type PackedNames } from './nameForms';
import { lineAround, pairForms, titleCase, type NameWord, type Pairing, type VariantPair } from './namePairs';
import { closeSpellings, MAX_LENGTH, MIN_LENGTH, oneEditApart, SLIP_AMONG, TWO_EDITS_FROM } from './spelling';

export type { NameWord, VariantPair } from './namePairs';

// Capitals inside a name count as part of it ("DeMarco", "DelGiudice").
const NAME_WORD = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)*(?![\p{L}\p{M}])/gu;

/**
 * The words of names an article writes, the words it writes in lower case, and its people's and organisations' full
 * names: kept for every article once its story is compared, so words are kept as the shared table's ids and copies
 * (stories/weightVector.ts keyId) and numbers in typed arrays, not as maps of strings and objects (those were the
 * largest item of a compared corpus's heap, 18 KB an article).
 */
export interface ArticleNames {
  docId: string;
  /** The name words' own copies (sharedKey), first occurrence each; `spans` holds their places. */
  words: string[];
  /** WORD_FIELDS numbers for each of `words`: its start, its line's start and end, and its type and opening (typeAndOpening). */
  spans: Int32Array;
  /** How many times the article writes each capitalised word, wherever it stands. */
  times: WordCounts;
  /**
   * How many times the article writes each word in lower case, of the length of a name word (none shorter is asked):
   * joined by spaces, not ids, as most are asked of no story and looking every one up in the shared table cost more
   * than the rest of reading an article's names.
   */
  lowerCase: { words: string; counts: Int32Array };
  fullNames: PackedNames;
}

/** Words as ids (keyId), ascending, and how many times each is written. */
interface WordCounts {
  ids: Int32Array;
  counts: Int32Array;
}

/** Numbers kept for each name word (ArticleNames.spans). */
const WORD_FIELDS = 4;
/** Above every type's number (ENTITY_TYPES has 8). */
const OPENING_BIT = 16;

/** How many times each word is written, in the order first written. */
function timesWritten(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

function counted(words: readonly string[]): WordCounts {
  const counts = timesWritten(words);
  const byId = new Map([...counts].map(([word, n]) => [keyId(word), n]));
  const ids = Int32Array.from(byId.keys()).sort();
  return { ids, counts: Int32Array.from(ids, (id) => byId.get(id) ?? 0) };
}

function joinedCounts(words: readonly string[]): ArticleNames['lowerCase'] {
  const counts = timesWritten(words);
  return { words: [...counts.keys()].join(' '), counts: Int32Array.from(counts.values()) };
}

/** How many times a word of the ids is written: 0 for one not among them. */
function countOf({ ids, counts }: WordCounts, id: number): number {
  let [low, high] = [0, ids.length - 1];
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (ids[middle] === id) return counts[middle];
    if (ids[middle] < id) low = middle + 1;
    else high = middle - 1;
  }
  return 0;
}

/** How many words two sets of ids share (both ascending). */
function sharedIds(a: Int32Array, b: Int32Array): number {
  let [i, j, shared] = [0, 0, 0];
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) [i, j, shared] = [i + 1, j + 1, shared + 1];
    else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}

/** A word's type (its index in ENTITY_TYPES, plus one; 0 for none) and whether it only opens a sentence, in one number. */
function typeAndOpening(type: EntityType | undefined, opening: boolean): number {
  return (type === undefined ? 0 : ENTITY_TYPES.indexOf(type) + 1) | (opening ? OPENING_BIT : 0);
}

/** An article's name words as the rules take them. */
function nameWords({ docId, words, spans }: ArticleNames): NameWord[] {
  return words.map((word, i) => {
    const at = i * WORD_FIELDS;
    const [start, typed] = [spans[at], spans[at + 3] & ~OPENING_BIT];
    const type = typed === 0 ? undefined : ENTITY_TYPES[typed - 1];
    const opening = (spans[at + 3] & OPENING_BIT) !== 0;
    return { docId, word, span: { start, end: start + word.length }, sentence: { start: spans[at + 1], end: spans[at + 2] }, ...(type ? { type } : {}), ...(opening ? { opening } : {}) };
  });
}

/** A capital after the start of a line or of a sentence says nothing of a name. */
const SENTENCE_START = /(?:^|[.!?:"“‘(]\s*|\n)\s*$/;
/** The word before a period, when the period follows it right away. */
const WORD_BEFORE_PERIOD = /(?:^|[^\p{L}.])((?:\p{L}\.)*\p{L}*)\.\s*$/u;

/**
 * Whether a word at an offset opens a sentence: it follows a line start or a sentence end, and a period after an
 * initial or a title ("Philip H. Hickock", "Sen. Brown") ends none.
 */
function opensSentence(text: string, offset: number, lineStart: number): boolean {
  if (offset === lineStart) return true;
  if (!SENTENCE_START.test(text.slice(Math.max(lineStart, offset - 3), offset))) return false;
  const before = WORD_BEFORE_PERIOD.exec(text.slice(Math.max(lineStart, offset - 12), offset));
  if (!before) return true;
  const word = before[1];
  return !(/^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(`${word.toLowerCase()}.`));
}

/**
 * The capitalised words an article writes outside headlines in title case, first occurrence each (inside a sentence
 * or opening one where the tagger read a name first, else marked `opening`); calendar names are no names. A word the
 * story writes in lower case as well is a common word (see spellingPairs).
 */
export function articleNames(docId: string, analysis: DocumentAnalysis): ArticleNames {
  // The analysed part only: a text over the analysis limit has no mentions beyond it either.
  const text = analysis.text.slice(0, analysedLength(analysis.text));
  const lowerCase = (text.match(/(?<![\p{L}\p{M}'’-])\p{Ll}[\p{Ll}\p{M}]*/gu) ?? []).filter((word) => word.length >= MIN_LENGTH);
  const seen = new Map<string, { at: number; opening: boolean }>();
  const spans: number[] = [];
  const mentions = inTextOrder(analysis.mentions);
  let next = 0;
  /** The mention around an offset; offsets are asked in text order, so the walk is linear. */
  const mentionAt = (offset: number): Mention | undefined => {
    while (next < mentions.length && mentions[next].end <= offset) next++;
    return next < mentions.length && mentions[next].start <= offset ? mentions[next] : undefined;
  };
  // The words come in text order: each line is found, and judged a headline or not, once (a long line holds many).
  let line: Span = { start: 0, end: -1 };
  let headline: boolean | undefined;
  const isHeadline = () => (headline ??= titleCase(text.slice(line.start, line.end)));
  const capitalised: string[] = [];
  for (const m of text.matchAll(NAME_WORD)) {
    const word = m[0];
    capitalised.push(word);
    const known = seen.get(word);
    if (word.length < MIN_LENGTH || word.length > MAX_LENGTH || (known && !known.opening) || CALENDAR_WORD.test(word)) continue;
    if (m.index > line.end) {
      line = lineAround(text, m.index);
      headline = undefined;
    }
    const type = mentionAt(m.index)?.type;
    if (isHeadline()) continue;
    // A capital that opens a sentence is a name's only where the tagger read a name there ("Browsnville is among");
    // elsewhere the word may still be a slip of a name ("Regains didn't" beside "Reagins"), which spellingPairs decides.
    const opening = opensSentence(text, m.index, line.start) && type === undefined;
    if (known && opening) continue;
    // A word first read opening a sentence takes the place of its first reading as a name, keeping its order.
    const at = known?.at ?? spans.length;
    seen.set(word, { at, opening });
    spans.splice(at, WORD_FIELDS, m.index, line.start, line.end, typeAndOpening(type, opening));
  }
  return { docId, words: [...seen.keys()].map(sharedKey), spans: Int32Array.from(spans), times: counted(capitalised), lowerCase: joinedCounts(lowerCase), fullNames: packedNames(fullNames(docId, analysis)) };
}

/** Whether two lists hold the same items in the same order. */
function sameItems<T>(a: ArrayLike<T>, b: ArrayLike<T>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Whether two readings of an article's names are the same, field by field: an edit that changes no name, no word's
 * place and no count (a figure retyped after the last name) leaves its story's pairs (variantPairs) as they were.
 */
export function sameNames(a: ArticleNames, b: ArticleNames): boolean {
  if (a === b) return true;
  return a.docId === b.docId && sameItems(a.words, b.words) && sameItems(a.spans, b.spans) && sameItems(a.times.ids, b.times.ids) && sameItems(a.times.counts, b.times.counts)
    && a.lowerCase.words === b.lowerCase.words && sameItems(a.lowerCase.counts, b.lowerCase.counts) && sameItems(a.fullNames.strings, b.fullNames.strings) && sameItems(a.fullNames.fields, b.fullNames.fields);
}

/** The word with one or two letters left out: two words within that many edits share one of these. */
function deletionKeys(word: string): string[] {
  const keys = new Set<string>([word]);
  for (let i = 0; i < word.length; i++) {
    const once = word.slice(0, i) + word.slice(i + 1);
    keys.add(once);
    if (word.length >= TWO_EDITS_FROM) for (let j = i; j < once.length; j++) keys.add(once.slice(0, j) + once.slice(j + 1));
  }
  return [...keys];
}

/** Multiplier of the keys' polynomial hash (odd, so every power is too). */
const HASH_BASE = 0x01000193;

/** A word's letters' hash, kept to 32 bits: a key's hash is the same whatever the strings it was joined from. */
function keyHash(key: string): number {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (Math.imul(hash, HASH_BASE) + key.charCodeAt(i)) | 0;
  return hash;
}

/**
 * keyHash of each of a word's deletion keys, from its prefixes' hashes, without making the keys: most words of a
 * story share no key with another, and making every key of every word was most of the cost of finding the pairs.
 */
function deletionHashes(word: string, each: (hash: number) => void): void {
  const n = word.length;
  const prefix = new Int32Array(n + 1);
  const power = new Int32Array(n + 1);
  power[0] = 1;
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = (Math.imul(prefix[i], HASH_BASE) + word.charCodeAt(i)) | 0;
    power[i + 1] = Math.imul(power[i], HASH_BASE);
  }
  /** The hash of the letters from `start` to `end`. */
  const part = (start: number, end: number): number => (prefix[end] - Math.imul(prefix[start], power[end - start])) | 0;
  const joined = (first: number, second: number, secondLength: number): number => (Math.imul(first, power[secondLength]) + second) | 0;
  each(prefix[n]);
  for (let i = 0; i < n; i++) {
    each(joined(part(0, i), part(i + 1, n), n - i - 1));
    if (n < TWO_EDITS_FROM) continue;
    for (let k = i + 1; k < n; k++) each(joined(joined(part(0, i), part(i + 1, k), k - i - 1), part(k + 1, n), n - k - 1));
  }
}

/** The words sharedKeys was last asked about, and its answer (read only by its callers). */
let lastKeys: { words: string[]; byKey: Map<string, Set<string>> } | undefined;

/**
 * The story's words by the deletion keys two or more of them share, as keys were first made word by word (the order
 * pairs are found in). Keys are hashed first; only the words with a hash another word has make their keys, and only
 * the keys of such hashes are kept, so a hash two keys share by chance changes nothing but the work.
 */
function sharedKeys(words: readonly string[]): Map<string, Set<string>> {
  // An edit seldom changes its story's name words: the last story's keys serve again while its words are the same.
  if (lastKeys?.words.length === words.length && lastKeys.words.every((w, i) => w === words[i])) return lastKeys.byKey;
  const byKey = sharedKeysAfresh(words);
  lastKeys = { words: [...words], byKey };
  return byKey;
}

/** sharedKeys made anew. */
function sharedKeysAfresh(words: readonly string[]): Map<string, Set<string>> {
  const firstWith = new Map<number, number>();
  const sharedHashes = new Set<number>();
  words.forEach((word, i) => {
    deletionHashes(word.toLowerCase(), (hash) => {
      const first = firstWith.get(hash);
      if (first === undefined) firstWith.set(hash, i);
      else if (first !== i) sharedHashes.add(hash);
    });
  });
  const byKey = new Map<string, Set<string>>();
  if (sharedHashes.size === 0) return byKey;
  for (const word of words) {
    for (const key of deletionKeys(word.toLowerCase())) if (sharedHashes.has(keyHash(key))) byKey.set(key, (byKey.get(key) ?? new Set()).add(word));
  }
  return byKey;
}

/**
 * Two spellings of one name and the rule that says so: the same letters in other case ("DeMarco", "Demarco"), or
 * close letters (closeSpellings). Words of names of two types are different words, not spellings: "German" (a
 * people) and "Herman" (a person), "Francisco" (of a place) and "Francesca". From TWO_EDITS_FROM letters the types
 * are not asked: two long names that close are one, and the tagger types one name two ways from sentence to sentence
 * (a player's name read as a person in one article and as a place in another).
 */
function spellingRule(a: string, b: string, typesA: Set<EntityType>, typesB: Set<EntityType>): string | undefined {
  if (Math.min(a.length, b.length) < TWO_EDITS_FROM && typesA.size > 0 && typesB.size > 0 && ![...typesA].some((t) => typesB.has(t))) return undefined;
  if (a.toLowerCase() === b.toLowerCase()) return a === b ? undefined : 'names/letter-case';
  return closeSpellings(a, b) ? 'names/close-spelling' : undefined;
}

/**
 * How alike two articles are in the capitalised words they write (shared over all, Jaccard): a form is reported
 * against the likest article writing the other, the one a reader would hold it against (the same event's report,
 * not another of the story's). On topics 1-12 it finds the labelled article more often than the first by name.
 */
function namesLikeness(articles: readonly ArticleNames[]): Pairing['likeness'] {
  const timesIn = new Map(articles.map((a) => [a.docId, a.times.ids]));
  // An article with several variants is weighed against the same others once.
  const known = new Map<string, number>();
  return (x, y) => {
    const key = `${x}\u0000${y}`;
    let likeness = known.get(key);
    if (likeness === undefined) {
      const [a, b] = [timesIn.get(x), timesIn.get(y)];
      const shared = a && b ? sharedIds(a, b) : 0;
      likeness = a && b ? shared / (a.length + b.length - shared) : 0;
      known.set(key, likeness);
    }
    return likeness;
  };
}

/** The story's pairs of names written two ways: spellings of a word, then other forms of a name (nameForms.ts). */
export function variantPairs(articles: readonly ArticleNames[]): VariantPair[] {
  const likeness = namesLikeness(articles);
  const pairs = spellingPairs(articles, likeness);
  const taken = new Set(pairs.map((p) => `${p.rare.docId}\u0000${p.common.docId}\u0000${p.rare.span.start}`));
  const names = articles.flatMap((a) => unpackedNames(a.docId, a.fullNames));
  // A given name spelled two ways ("Bobbie", "Bobby") is one pair, whichever rule finds it first.
  const found = [...pairs, ...nameFormPairs(names, likeness).filter((p) => !taken.has(`${p.rare.docId}\u0000${p.common.docId}\u0000${p.rare.span.start}`))];
  // A name differing in one word restates a pair of that word's spellings or forms, when one was found there.
  const foundIn = (p: VariantPair): boolean => found.some((q) => q.rare.docId === p.rare.docId && q.rare.span.start < p.rare.span.end && p.rare.span.start < q.rare.span.end);
  return [...found, ...closeWordPairs(names, likeness).filter((p) => !foundIn(p))];
}

/** A name the story writes with its capital this many times for each time in lower case is still a name. */
const CAPITALS_PER_LOWER_CASE = 10;


/** Names this long or longer slip ("Reagins", "Regains"); a shorter word beside a close one is as often another name ("Jining", a city, beside "Jinping"). */
const SLIP_FROM = 7;

function spellingPairs(articles: readonly ArticleNames[], likeness: Pairing['likeness']): VariantPair[] {
  const storyTimes = new Map<number, number>();
  for (const a of articles) a.times.ids.forEach((id, i) => storyTimes.set(id, (storyTimes.get(id) ?? 0) + a.times.counts[i]));
  const lowerCase = new Map<string, number>();
  for (const { lowerCase: { words, counts } } of articles) {
    if (words !== '') words.split(' ').forEach((word, i) => lowerCase.set(word, (lowerCase.get(word) ?? 0) + counts[i]));
  }
  const timesOfWord = (word: string): number => storyTimes.get(keyId(word)) ?? 0;
  // A word the story writes in lower case is a common word ("Police" opening a sentence), unless that is a rare slip
  // beside the name written with its capital many times over ("teixeira" once in a link, "Teixeira" 130 times).
  const commonWord = (word: string): boolean => (lowerCase.get(word.toLowerCase()) ?? 0) * CAPITALS_PER_LOWER_CASE > timesOfWord(word);
  const users = new Map<string, NameWord[]>();
  /** The words some article writes as a name, not only opening a sentence. */
  const named = new Set<string>();
  const wordsOf = new Map<string, Set<string>>();
  const typesOf = new Map<string, Set<EntityType>>();
  for (const w of articles.flatMap(nameWords)) {
    if (commonWord(w.word)) continue;
    pushTo(users, w.word, w);
    if (!w.opening) named.add(w.word);
    wordsOf.set(w.docId, (wordsOf.get(w.docId) ?? new Set()).add(w.word));
    if (w.type) typesOf.set(w.word, (typesOf.get(w.word) ?? new Set()).add(w.type));
  }
  const writes = (docId: string, word: string): boolean => wordsOf.get(docId)?.has(word) ?? false;
  const timesIn = new Map(articles.map((a) => [a.docId, a.times]));
  const timesInArticle = (docId: string, word: string): number | undefined => {
    const times = timesIn.get(docId);
    return times && countOf(times, keyId(word));
  };
  // "Kiltschko" once among three "Klitschko": a slip of the keys, as much a variant as another article's spelling,
  // though the article writes the name right elsewhere. Its story's other articles count too when one slip of the
  // keys tells the two apart ("Evanville" once beside one "Evansville"; "Christian" and "Christmas" are two words).
  // Only long names slip this way (SLIP_FROM).
  const slip = (w: NameWord, other: string): boolean => {
    if (Math.min(w.word.length, other.length) < SLIP_FROM || timesInArticle(w.docId, w.word) !== 1) return false;
    if ((timesInArticle(w.docId, other) ?? 0) >= SLIP_AMONG) return true;
    return timesOfWord(other) >= SLIP_AMONG && oneEditApart(w.word, other);
  };
  const none = new Set<EntityType>();
  const byKey = sharedKeys([...users.keys()]);
  const pairs: VariantPair[] = [];
  const checked = new Set<string>();
  for (const spellings of byKey.values()) {
    for (const a of spellings) {
      for (const b of spellings) {
        if (a >= b) continue;
        const pairKey = `${a}\u0000${b}`;
        if (checked.has(pairKey)) continue;
        checked.add(pairKey);
        const typed = spellingRule(a, b, typesOf.get(a) ?? none, typesOf.get(b) ?? none);
        // The tagger may type a slip as something else ("after Kiltschko landed" read as a place): a slip keeps its pair.
        const rule = typed ?? spellingRule(a, b, none, none);
        const found = rule ? pairForms(users.get(a) ?? [], users.get(b) ?? [], { rule, writes, likeness, slip }) : [];
        // A word read only where it opens a sentence is a name's slip or no name: "Regains" once beside "Reagins".
        const kept = found.filter((p) => named.has(p.rare.word) || slip(p.rare, p.common.word));
        pairs.push(...(typed ? kept : kept.filter((p) => slip(p.rare, p.common.word))));
      }
    }
  }
  return pairs;
}

/** A spelling as a claim of its article, so that a variant is shown and dismissed like any conflict. */
export function spellingClaim(w: NameWord, subject: string, rule: string): Claim {
  return {
    start: w.span.start,
    end: w.span.end,
    text: w.word,
    kind: 'name-spelling',
    slot: 'name spelling',
    attribute: 'name spelling',
    subject,
    subjectChains: [],
    triggers: [],
    value: { kind: 'name', value: w.word },
    sentence: w.sentence,
    rule,
  };
}
