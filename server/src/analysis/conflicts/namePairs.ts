// What the name rules share: a name as an article writes it, a pair of two forms of one name, and how the pairs are
// drawn from the articles that write each form.
import type { EntityType, Span } from '../types';

/** A capitalised word of a name (or a whole name), as one article writes it. */
export interface NameWord {
  docId: string;
  word: string;
  span: Span;
  sentence: Span;
  /** The type of the named mention the word is part of, when the tagger found one. */
  type?: EntityType;
  /** Written only where it opens a sentence, and not read as a name there. */
  opening?: true;
}

export interface VariantPair {
  /** The form fewer articles use, in one of them. */
  rare: NameWord;
  /** The form more articles use, in the first of them (by id). */
  common: NameWord;
  /** The rule that took the two for forms of one name ("names/close-spelling"). */
  rule: string;
}

/** Lines with most of their longer words capitalised are headlines in title case. */
const TITLE_CASE_SHARE = 0.6;

/** A line that ends as a sentence ends is a sentence, however many names it lists. */
const SENTENCE_END = /[.!?]["”’)]?\s*$/;

/** Whether a line is a headline in title case: headlines end without a period, a sentence naming many people with one. */
export function titleCase(line: string): boolean {
  if (SENTENCE_END.test(line)) return false;
  const long = line.match(/\p{L}{4,}/gu) ?? [];
  return long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length > TITLE_CASE_SHARE;
}

/** The line around an offset: ECB+ and most plain-text articles keep a sentence or a paragraph a line. */
export function lineAround(text: string, offset: number): Span {
  const start = text.lastIndexOf('\n', offset) + 1;
  const end = text.indexOf('\n', offset);
  return { start, end: end < 0 ? text.length : end };
}

/** Articles in the order a file list shows them, numbers by value ("report-2" before "report-10"). */
const NATURAL = new Intl.Collator('en', { numeric: true });
const byDocId = (x: NameWord, y: NameWord): number => NATURAL.compare(x.docId, y.docId) || (x.docId < y.docId ? -1 : x.docId > y.docId ? 1 : 0);

/** How a rule's two forms are paired across a story's articles. */
export interface Pairing {
  rule: string;
  /** Whether an article writes a form. */
  writes: (docId: string, form: string) => boolean;
  /** How alike two articles are (nameVariants.ts namesLikeness). */
  likeness: (a: string, b: string) => number;
  /** Whether a rare form is a slip of the common one in its article, which writes both (see spellingPairs). */
  slip?: (rare: NameWord, common: string) => boolean;
}

/**
 * For each article writing the rarer of two forms, the pair with the likest article writing the more common one
 * (the first in file-list order among equals). Neither article may write the other's form (an article using both
 * names two things or corrects itself), unless the rare form is a slip of the common one in its article.
 */
export function pairForms(usersA: NameWord[], usersB: NameWord[], { rule, writes, likeness, slip }: Pairing): VariantPair[] {
  const [a, b] = [usersA[0].word, usersB[0].word];
  const [rare, common] = usersA.length < usersB.length || (usersA.length === usersB.length && a > b) ? [usersA, usersB] : [usersB, usersA];
  // The common form is shown where an article writes it as a name, not where it only opens a sentence.
  const commonOnly = common.filter((w) => !w.opening && !writes(w.docId, rare[0].word)).sort(byDocId);
  if (commonOnly.length === 0) return [];
  const likest = (r: NameWord): NameWord => {
    let [best, bestLikeness] = [commonOnly[0], -1];
    for (const c of commonOnly) {
      const l = likeness(r.docId, c.docId);
      if (l > bestLikeness) [best, bestLikeness] = [c, l];
    }
    return best;
  };
  return rare.filter((r) => !writes(r.docId, common[0].word) || (slip?.(r, common[0].word) ?? false)).map((r) => ({ rare: r, common: likest(r), rule }));
}
