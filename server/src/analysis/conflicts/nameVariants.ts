// Names spelled two ways across the articles of one story ("Klitschko" and "Kiltschko", "Gurbanguly" and
// "Gurbanguli", "Heffner" and "Hefner"): a discrepancy a reader checks before quoting either. Candidates are found
// through shared deletion variants, so a story's names are compared in time linear in their number.
import { CALENDAR_WORD, REGIONAL_ENDINGS } from '../language/en';
import type { Claim, DocumentAnalysis, Span } from '../types';

/** A capitalised word of a name, as one article writes it. */
export interface NameWord {
  docId: string;
  word: string;
  span: Span;
  sentence: Span;
}

/** Names shorter than this differ by one letter too often by chance ("Iran", "Iraq" are four). */
const MIN_LENGTH = 5;
/** From this length a name may differ in two letters and still be one name ("Reagins", "Regains"). */
const TWO_EDITS_FROM = 8;

// Capitals inside a name count as part of it ("LaSalle", "DelGiudice").
const NAME_WORD = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)*(?![\p{L}\p{M}])/gu;

/** The words of names an article writes, and every word it writes lower case. */
export interface ArticleNames {
  words: NameWord[];
  lowerCase: Set<string>;
}

/** A capital after the start of a line or of a sentence says nothing of a name. */
const SENTENCE_START = /(?:^|[.!?:"“‘(]\s*|\n)\s*$/;
/** Lines with most of their longer words capitalised are headlines in title case. */
const TITLE_CASE_SHARE = 0.6;

function titleCase(line: string): boolean {
  const long = line.match(/\p{L}{4,}/gu) ?? [];
  return long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length > TITLE_CASE_SHARE;
}

/** The line around an offset: ECB+ and most plain-text articles keep a sentence or a paragraph a line. */
function lineAround(text: string, offset: number): Span {
  const start = text.lastIndexOf('\n', offset) + 1;
  const end = text.indexOf('\n', offset);
  return { start, end: end < 0 ? text.length : end };
}

/**
 * The capitalised words an article writes inside a sentence, first occurrence each, outside headlines in title
 * case; calendar names are no names. A word the story writes lower case anywhere is a common word (see variantPairs).
 */
export function articleNames(docId: string, analysis: DocumentAnalysis): ArticleNames {
  const text = analysis.text;
  const lowerCase = new Set(text.match(/(?<![\p{L}\p{M}'’-])\p{Ll}[\p{Ll}\p{M}]*/gu) ?? []);
  const seen = new Map<string, NameWord>();
  // The words come in text order: each line is found, and judged a headline or not, once (a long line holds many).
  let line: Span = { start: 0, end: -1 };
  let headline: boolean | undefined;
  const isHeadline = () => (headline ??= titleCase(text.slice(line.start, line.end)));
  for (const m of text.matchAll(NAME_WORD)) {
    const word = m[0];
    if (word.length < MIN_LENGTH || seen.has(word) || CALENDAR_WORD.test(word)) continue;
    if (m.index > line.end) {
      line = lineAround(text, m.index);
      headline = undefined;
    }
    if (SENTENCE_START.test(text.slice(Math.max(line.start, m.index - 3), m.index)) || m.index === line.start || isHeadline()) continue;
    seen.set(word, { docId, word, span: { start: m.index, end: m.index + word.length }, sentence: line });
  }
  return { words: [...seen.values()], lowerCase };
}

/** A word with one plural "s" and British endings made American, for telling inflections and regional spellings apart. */
function normalised(word: string): string {
  let w = word.toLowerCase();
  if (w.length > MIN_LENGTH && w.endsWith('s')) w = w.slice(0, -1);
  for (const [british, american] of REGIONAL_ENDINGS) if (w.endsWith(british)) return w.slice(0, -british.length) + american;
  return w;
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

/** Edits between two words, adjacent swaps counting one (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** Two spellings of one name: close, neither an ending added to the other ("Somali", "Somalia"; "Pirate", "Pirates"). */
function variants(a: string, b: string): boolean {
  const [x, y] = [normalised(a), normalised(b)];
  if (x === y || x.startsWith(y) || y.startsWith(x)) return false;
  const allowed = Math.min(x.length, y.length) >= TWO_EDITS_FROM ? 2 : 1;
  return Math.abs(x.length - y.length) <= allowed && editDistance(x, y) <= allowed;
}

export interface VariantPair {
  /** The spelling fewer articles use, in one of them. */
  rare: NameWord;
  /** The spelling more articles use, in the first of them (by id). */
  common: NameWord;
}

/**
 * For each article writing the rarer of two spellings, the pair with the first article writing the more common one.
 * Neither article may write the other's spelling: an article using both names two things or corrects itself.
 */
export function variantPairs(articles: readonly ArticleNames[]): VariantPair[] {
  const lowerCase = new Set(articles.flatMap((a) => [...a.lowerCase]));
  const byKey = new Map<string, Set<string>>();
  const users = new Map<string, NameWord[]>();
  const wordsOf = new Map<string, Set<string>>();
  for (const w of articles.flatMap((a) => a.words)) {
    if (lowerCase.has(w.word.toLowerCase())) continue;
    const list = users.get(w.word);
    if (list) list.push(w);
    else users.set(w.word, [w]);
    wordsOf.set(w.docId, (wordsOf.get(w.docId) ?? new Set()).add(w.word.toLowerCase()));
  }
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
        if (!variants(a, b)) continue;
        const usersA = users.get(a) ?? [];
        const usersB = users.get(b) ?? [];
        const [rare, common] = usersA.length < usersB.length || (usersA.length === usersB.length && a > b) ? [usersA, usersB] : [usersB, usersA];
        const writesBoth = (w: NameWord, other: string): boolean => wordsOf.get(w.docId)?.has(other.toLowerCase()) ?? false;
        const commonOnly = common.filter((w) => !writesBoth(w, rare[0].word)).sort((x, y) => (x.docId < y.docId ? -1 : x.docId > y.docId ? 1 : 0));
        if (commonOnly.length === 0) continue;
        for (const r of rare) if (!writesBoth(r, common[0].word)) pairs.push({ rare: r, common: commonOnly[0] });
      }
    }
  }
  return pairs;
}

/** A spelling as a claim of its article, so that a variant is shown and dismissed like any conflict. */
export function spellingClaim(w: NameWord, subject: string): Claim {
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
    rule: 'names/close-spelling',
  };
}
