// Names spelled two ways across the articles of one story ("Klitschko" and "Kiltschko", "Gurbanguly" and
// "Gurbanguli", "Heffner" and "Hefner", "DeMarco" and "Demarco"): a discrepancy a reader checks before quoting
// either. Candidates are found through shared deletion variants, so a story's names are compared in time linear in
// their number. Other forms of one name (given names, suffixes, organisations' names) are in nameForms.ts.
import { analysedLength } from '../analyze';
import { ABBREVIATIONS, CALENDAR_WORD } from '../language/en';
import { inTextOrder } from '../claims/spans';
import { pushTo } from '../multiMap';
import type { Claim, DocumentAnalysis, EntityType, Mention, Span } from '../types';
import { closeWordPairs, fullNames, nameFormPairs, type FullName } from './nameForms';
import { lineAround, pairForms, titleCase, type NameWord, type Pairing, type VariantPair } from './namePairs';
import { closeSpellings, MAX_LENGTH, MIN_LENGTH, oneEditApart, SLIP_AMONG, TWO_EDITS_FROM } from './spelling';

export type { NameWord, VariantPair } from './namePairs';

// Capitals inside a name count as part of it ("DeMarco", "DelGiudice").
const NAME_WORD = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)*(?![\p{L}\p{M}])/gu;

/** The words of names an article writes, every word it writes lower case, and its people's and organisations' full names. */
export interface ArticleNames {
  docId: string;
  words: NameWord[];
  /** How many times the article writes each capitalised word, wherever it stands. */
  times: Map<string, number>;
  /** How many times the article writes each word in lower case. */
  lowerCase: Map<string, number>;
  fullNames: FullName[];
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
  const lowerCase = new Map<string, number>();
  for (const [word] of text.matchAll(/(?<![\p{L}\p{M}'’-])\p{Ll}[\p{Ll}\p{M}]*/gu)) lowerCase.set(word, (lowerCase.get(word) ?? 0) + 1);
  const seen = new Map<string, NameWord>();
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
  const times = new Map<string, number>();
  for (const m of text.matchAll(NAME_WORD)) {
    const word = m[0];
    times.set(word, (times.get(word) ?? 0) + 1);
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
    seen.set(word, { docId, word, span: { start: m.index, end: m.index + word.length }, sentence: line, ...(type ? { type } : {}), ...(opening ? { opening } : {}) });
  }
  return { docId, words: [...seen.values()], times, lowerCase, fullNames: fullNames(docId, analysis) };
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
  const timesIn = new Map(articles.map((a) => [a.docId, a.times]));
  // An article with several variants is weighed against the same others once.
  const known = new Map<string, number>();
  return (x, y) => {
    const key = `${x}\u0000${y}`;
    let likeness = known.get(key);
    if (likeness === undefined) {
      const [a, b] = [timesIn.get(x), timesIn.get(y)];
      let shared = 0;
      if (a && b) for (const w of a.keys()) if (b.has(w)) shared++;
      likeness = a && b ? shared / (a.size + b.size - shared) : 0;
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
  const names = articles.flatMap((a) => a.fullNames);
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
  const storyTimes = new Map<string, number>();
  for (const a of articles) for (const [word, n] of a.times) storyTimes.set(word, (storyTimes.get(word) ?? 0) + n);
  const lowerCase = new Map<string, number>();
  for (const a of articles) for (const [word, n] of a.lowerCase) lowerCase.set(word, (lowerCase.get(word) ?? 0) + n);
  // A word the story writes in lower case is a common word ("Police" opening a sentence), unless that is a rare slip
  // beside the name written with its capital many times over ("teixeira" once in a link, "Teixeira" 130 times).
  const commonWord = (word: string): boolean => (lowerCase.get(word.toLowerCase()) ?? 0) * CAPITALS_PER_LOWER_CASE > (storyTimes.get(word) ?? 0);
  const byKey = new Map<string, Set<string>>();
  const users = new Map<string, NameWord[]>();
  /** The words some article writes as a name, not only opening a sentence. */
  const named = new Set<string>();
  const wordsOf = new Map<string, Set<string>>();
  const typesOf = new Map<string, Set<EntityType>>();
  for (const w of articles.flatMap((a) => a.words)) {
    if (commonWord(w.word)) continue;
    pushTo(users, w.word, w);
    if (!w.opening) named.add(w.word);
    wordsOf.set(w.docId, (wordsOf.get(w.docId) ?? new Set()).add(w.word));
    if (w.type) typesOf.set(w.word, (typesOf.get(w.word) ?? new Set()).add(w.type));
  }
  const writes = (docId: string, word: string): boolean => wordsOf.get(docId)?.has(word) ?? false;
  const timesIn = new Map(articles.map((a) => [a.docId, a.times]));
  // "Kiltschko" once among three "Klitschko": a slip of the keys, as much a variant as another article's spelling,
  // though the article writes the name right elsewhere. Its story's other articles count too when one slip of the
  // keys tells the two apart ("Evanville" once beside one "Evansville"; "Christian" and "Christmas" are two words).
  // Only long names slip this way (SLIP_FROM).
  const slip = (w: NameWord, other: string): boolean => {
    if (Math.min(w.word.length, other.length) < SLIP_FROM || timesIn.get(w.docId)?.get(w.word) !== 1) return false;
    if ((timesIn.get(w.docId)?.get(other) ?? 0) >= SLIP_AMONG) return true;
    return (storyTimes.get(other) ?? 0) >= SLIP_AMONG && oneEditApart(w.word, other);
  };
  const none = new Set<EntityType>();
  for (const word of users.keys()) {
    for (const key of deletionKeys(word.toLowerCase())) byKey.set(key, (byKey.get(key) ?? new Set()).add(word));
  }
  const pairs: VariantPair[] = [];
  const checked = new Set<string>();
  for (const spellings of byKey.values()) {
    for (const a of spellings) {
      for (const b of spellings) {
        const pairKey = `${a}\u0000${b}`;
        if (a >= b || checked.has(pairKey)) continue;
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
