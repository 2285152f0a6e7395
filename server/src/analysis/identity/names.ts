// Name normalisation shared by the within-document and the cross-document identity steps.
import type { EntityType } from '../types';

// Titles a recognizer may leave inside the span ("President Xi"); dropped only when a name follows.
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'president', 'vice',
  'premier', 'chancellor', 'minister', 'secretary', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'mayor',
  'gen', 'general', 'lt', 'col', 'colonel', 'capt', 'captain', 'sgt', 'sergeant', 'officer', 'judge', 'justice', 'king',
  'queen', 'prince', 'princess', 'pope', 'chairman', 'chief', 'ceo', 'coach', 'detective', 'sheriff', 'ambassador', 'speaker',
]);
// Generational and company suffixes: "Comeaux Jr" and "Comeaux", "Apple Inc." and "Apple".
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'inc', 'corp', 'ltd', 'llc', 'plc']);
/** Words that do not identify a name on their own ("of" in "House of Representatives"). */
export const FUNCTION_WORDS = new Set(['of', 'the', 'for', 'and', '&', 'de', 'del', 'la', 'le', 'von', 'van', 'in', 'on', 'at', 'to', 'a', 'an']);

/** Lowercase identifying words of a name: no leading article or title, no possessive, no periods, no Jr. */
export function nameTokens(text: string): string[] {
  const words = text
    .replace(/['’]s?$/u, '')
    .replace(/\./g, '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  while (words.length > 1 && (words[0] === 'the' || TITLES.has(words[0]))) words.shift();
  while (words.length > 1 && NAME_SUFFIXES.has(words[words.length - 1].replace(/,$/, ''))) words.pop();
  return words.map((w) => w.replace(/,$/, ''));
}

/** The same name written the same way: "U.S." and "US", "the Post" and "Post". */
export const nameKey = (tokens: readonly string[]): string => tokens.join(' ');

/** "ASEAN", "U.S.", "HP": two to six capitals, periods allowed. */
export function isAcronym(text: string): boolean {
  return /^(?:[A-Z]\.?){2,6}$/.test(text.replace(/^the\s+/i, '').replace(/['’]s$/u, ''));
}

/**
 * True when an acronym abbreviates a name: every identifying word gives its initial, in order, and a word may give
 * further letters of itself ("ASEAN": Association, South-East, Asian, Nations; "HP": Hewlett-Packard).
 */
export function abbreviates(acronym: string, tokens: readonly string[]): boolean {
  const words = tokens.filter((t) => !FUNCTION_WORDS.has(t)).flatMap((t) => t.split('-')).filter(Boolean);
  if (words.length < 2 || acronym.length < words.length) return false;
  const fromWord = (a: number, w: number): boolean => {
    if (w === words.length) return a === acronym.length;
    const word = words[w];
    if (acronym[a] !== word[0]) return false;
    // Take the initial, then possibly more letters of the same word before moving on.
    let next = a + 1;
    if (fromWord(next, w + 1)) return true;
    for (let i = 1; i < word.length && next < acronym.length; i++) {
      if (word[i] === acronym[next]) {
        next++;
        if (fromWord(next, w + 1)) return true;
      }
    }
    return false;
  };
  return fromWord(0, 0);
}

/** True when `part` occurs in `whole` in order: contiguously, or for people anywhere with the same surname. */
export function isNamePart(part: readonly string[], whole: readonly string[], type: EntityType): boolean {
  if (part.length > whole.length) return false;
  if (type === 'person') {
    if (part[part.length - 1] !== whole[whole.length - 1]) return false;
    let i = 0;
    for (const w of whole) if (w === part[i]) i++;
    return i === part.length;
  }
  for (let s = 0; s + part.length <= whole.length; s++) {
    if (part.every((t, k) => whole[s + k] === t)) return true;
  }
  return false;
}

/** Two multi-word names that can denote one entity: one is part of the other. */
export const compatibleFullNames = (a: readonly string[], b: readonly string[], type: EntityType): boolean =>
  isNamePart(a, b, type) || isNamePart(b, a, type);

/** A one-word form that can stand for a longer name: one of its identifying words, or (for an acronym) its initials. */
export function isShortFormOf(short: string, whole: readonly string[], acronym: boolean): boolean {
  if (whole.length >= 2 && whole.includes(short) && !FUNCTION_WORDS.has(short)) return true;
  return acronym && abbreviates(short, whole);
}

/** Types one entity may carry across recognizer decisions: equal, or one of them unknown. */
export const compatibleTypes = (a: EntityType, b: EntityType): boolean => a === b || a === 'other' || b === 'other';
