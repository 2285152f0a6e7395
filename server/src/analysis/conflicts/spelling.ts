// How close two spellings of a word are: the letters they differ in, plural and regional endings and accents aside.
// Shared by the spelling rule (nameVariants.ts) and the given-name rule (nameForms.ts).
import { REGIONAL_ENDINGS } from '../language/en';

/** Names shorter than this differ by one letter too often by chance ("Iran", "Iraq" are four). */
export const MIN_LENGTH = 5;
/**
 * No word of a name is longer than this ("Wolfeschlegelsteinhausen" is 24); a longer run of letters is no name, and
 * the cap bounds a word's deletion keys, which grow with the square of its length.
 */
export const MAX_LENGTH = 40;
/** From this length a name may differ in two letters and still be one name ("Reagins", "Regains"). */
export const TWO_EDITS_FROM = 8;
/** A spelling an article writes once where its story writes a close one this many times or more is a slip of that one. */
export const SLIP_AMONG = 2;

/** normalised() of the words met lately: a story's names are compared again at each edit of one of its articles. */
const normalisedWords = new Map<string, string>();
/** Words kept in normalisedWords before it starts afresh (a few megabytes at most). */
const MAX_NORMALISED_WORDS = 50_000;

function normalised(word: string): string {
  let w = normalisedWords.get(word);
  if (w === undefined) {
    if (normalisedWords.size >= MAX_NORMALISED_WORDS) normalisedWords.clear();
    normalisedWords.set(word, (w = normalisedAfresh(word)));
  }
  return w;
}

/** A word with one plural "s" and British endings made American, for telling inflections and regional spellings apart. */
function normalisedAfresh(word: string): string {
  // Accents left out ("Lefevre", "Lefèvre") are one spelling, as a plain keyboard writes it.
  let w = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (w.length > MIN_LENGTH && w.endsWith('s')) w = w.slice(0, -1);
  for (const [british, american] of REGIONAL_ENDINGS) if (w.endsWith(british)) return w.slice(0, -british.length) + american;
  return w;
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

/**
 * Close letters, neither an ending added to the other. Words that begin with other letters are one name only when
 * one letter differs ("Giannis", "Yiannis") or one word ends the other ("Fontaine", "LaFontaine"): "University"
 * and "Diversity" are two words.
 */
export function closeSpellings(a: string, b: string): boolean {
  const [x, y] = [normalised(a), normalised(b)];
  if (x === y || x.startsWith(y) || y.startsWith(x)) return false;
  const allowed = Math.min(x.length, y.length) >= TWO_EDITS_FROM ? 2 : 1;
  if (Math.abs(x.length - y.length) > allowed) return false;
  const edits = editDistance(x, y);
  return edits <= allowed && (x[0] === y[0] || edits === 1 || x.endsWith(y) || y.endsWith(x));
}

/** One slip of the keys apart: a letter left out, added, changed or two swapped ("Evanville", "Browsnville"). */
export function oneEditApart(a: string, b: string): boolean {
  return editDistance(normalised(a), normalised(b)) === 1;
}
