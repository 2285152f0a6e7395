// Name normalisation shared by the within-document and the cross-document identity steps.
import type { EntityType } from '../types';
import { areNameVariants, isOneLetterSlip } from './givenNames';

// Titles a recognizer may leave inside the span ("President Xi"); dropped only when a name follows.
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'president', 'vice',
  'premier', 'chancellor', 'minister', 'secretary', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'mayor',
  'gen', 'general', 'lt', 'col', 'colonel', 'capt', 'captain', 'sgt', 'sergeant', 'officer', 'judge', 'justice', 'king',
  'queen', 'prince', 'princess', 'pope', 'chairman', 'chief', 'ceo', 'coach', 'detective', 'sheriff', 'ambassador', 'speaker',
]);
// Generational and company suffixes: "Comeaux Jr" and "Comeaux", "Apple Inc." and "Apple".
const NAME_SUFFIXES = new Set(['jr', 'sr', 'inc', 'corp', 'ltd', 'llc', 'plc']);
/** Abbreviations inside names written either way ("Mt Rainier", "Mount Rainier"). */
const SPELLED_OUT = new Map([['mt', 'mount'], ['ft', 'fort']]);
/** Words that do not identify a name on their own ("of" in "House of Representatives"). */
export const FUNCTION_WORDS = new Set(['of', 'the', 'for', 'and', '&', 'de', 'del', 'la', 'le', 'von', 'van', 'in', 'on', 'at', 'to', 'a', 'an']);

/**
 * Lowercase identifying words of a name: no leading article or title, no periods, no Jr. A comma or a possessive
 * ends the name ("Tara Reid, 33" → tara reid; "Lohan's attorney" → lohan); quotes, dashes and trailing numbers or scores go.
 */
export function nameTokens(text: string): string[] {
  const head = text.replace(/^[\s"“”‘’'(]+/u, '').split(/,\s|,$/)[0];
  const words: string[] = [];
  for (const raw of head.replace(/\./g, '').toLowerCase().split(/\s+/)) {
    const word = trimEnd(raw.replace(/^["“”‘’'(]+/u, ''), CLOSING_PUNCTUATION);
    const possessive = /^(.+?)['’]s?$/u.exec(trimEnd(raw, CLOSING_QUOTES));
    if (possessive && word !== "people's") {
      words.push(possessive[1].replace(/^["“‘'(]+/u, ''));
      break;
    }
    if (HAS_LETTER_OR_DIGIT.test(word)) words.push(SPELLED_OUT.get(word) ?? word);
  }
  while (words.length > 1 && (words[0] === 'the' || TITLES.has(words[0]))) words.shift();
  while (words.length > 1 && (NAME_SUFFIXES.has(words[words.length - 1]) || /^[\d.,:–-]+$/.test(words[words.length - 1]))) words.pop();
  return words;
}

/** A module constant: the bundler writes a \p{…} literal as `new RegExp(…)`, built again per call inside a function. */
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CLOSING_PUNCTUATION = new Set(['"', '“', '”', '‘', '’', "'", ')', ',', ':', ';']);
const CLOSING_QUOTES = new Set(['"', '”', ')', ',', ':', ';']);

/**
 * The text without the given characters at its end. A loop, not /[…]+$/: a regular expression tries that run from
 * every position inside it, which is quadratic in a long run of such characters.
 */
function trimEnd(text: string, characters: ReadonlySet<string>): string {
  let end = text.length;
  while (end > 0 && characters.has(text[end - 1])) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** The same name written the same way: "U.S." and "US", "the Post" and "Post". */
export const nameKey = (tokens: readonly string[]): string => tokens.join(' ');

/** "ASEAN", "U.S.", "HP": two to six capitals, periods allowed. */
export function isAcronym(text: string): boolean {
  return /^(?:[A-Z]\.?){2,6}$/.test(text.replace(/^the\s+/i, '').replace(/['’]s$/u, ''));
}

/** The words of a name that give an acronym letters, kept per token array (a mention's is tested against many chains). */
const identifyingWordsOf = new WeakMap<readonly string[], string[]>();

function identifyingWords(tokens: readonly string[]): string[] {
  let words = identifyingWordsOf.get(tokens);
  if (!words) {
    words = tokens.filter((t) => !FUNCTION_WORDS.has(t)).flatMap((t) => t.split('-')).filter(Boolean);
    identifyingWordsOf.set(tokens, words);
  }
  return words;
}

/** The letter an acronym of the name must start with: the first of its identifying words' (undefined when none). */
export function nameInitial(tokens: readonly string[]): string | undefined {
  for (const token of tokens) {
    if (FUNCTION_WORDS.has(token)) continue;
    // UTF-16 units, as abbreviates() compares them.
    for (let i = 0; i < token.length; i++) if (token[i] !== '-') return token[i];
  }
  return undefined;
}

/**
 * True when an acronym abbreviates a name: every identifying word gives its initial, in order, and a word may give
 * further letters of itself ("ASEAN": Association, South-East, Asian, Nations; "HP": Hewlett-Packard).
 */
export function abbreviates(acronym: string, tokens: readonly string[]): boolean {
  const words = identifyingWords(tokens);
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

/**
 * True when `part` occurs in `whole` contiguously, or for people in order with the same surname ("Barack Obama" in
 * "Barack Hussein Obama"). For anything but people the part keeps the head of the whole: it ends where the whole ends
 * or before a particle ("Red Sox" of "Boston Red Sox", "Central Elections Commission" of "… of Turkmenistan"), never
 * a place or owner in front ("Los Angeles" of "Los Angeles Kings").
 */
export function isNamePart(part: readonly string[], whole: readonly string[], type: EntityType): boolean {
  if (part.length > whole.length) return false;
  for (let s = 0; s + part.length <= whole.length; s++) {
    const end = s + part.length;
    const keepsHead = type === 'person' || end === whole.length || FUNCTION_WORDS.has(whole[end]);
    if (keepsHead && occursAt(part, whole, s)) return true;
  }
  if (type !== 'person' || part[part.length - 1] !== whole[whole.length - 1]) return false;
  let i = 0;
  for (const w of whole) if (w === part[i]) i++;
  return i === part.length;
}

/** Whether `part` is written in `whole` from word `at` on (a loop, not every() with a closure per start: names are compared by the thousand). */
function occursAt(part: readonly string[], whole: readonly string[], at: number): boolean {
  for (let k = 0; k < part.length; k++) if (whole[at + k] !== part[k]) return false;
  return true;
}

/** Two multi-word names that can denote one entity: one is part of the other. */
export const compatibleFullNames = (a: readonly string[], b: readonly string[], type: EntityType): boolean =>
  isNamePart(a, b, type) || isNamePart(b, a, type);

/** Natural features whose name is often written without them ("the Mediterranean", "Sakhalin"); not "City" or "County". */
const FEATURE_HEADS = new Set(['sea', 'ocean', 'island', 'isle', 'lake', 'desert', 'peninsula', 'strait', 'glacier', 'volcano']);

/** "Mediterranean" of "Mediterranean Sea": a place named by one word and the kind of feature it is. */
export const isFeatureName = (short: string, whole: readonly string[]): boolean =>
  whole.length === 2 && whole[0] === short && FEATURE_HEADS.has(whole[1]);

/**
 * A one-word form that can stand for a longer name: any of a person's name words ("Pengyu"), the first or last word of
 * another name ("the Post", "the House"), a natural feature's own word ("Sakhalin" of "Sakhalin Island"), never another
 * word inside a place name ("China" in "South China Sea"); or, for an acronym, its initials.
 */
export function isShortFormOf(short: string, whole: readonly string[], type: EntityType, acronym: boolean): boolean {
  if (whole.length >= 2 && !FUNCTION_WORDS.has(short)) {
    if (type === 'person' ? whole.includes(short) : type !== 'place' && (whole[0] === short || whole[whole.length - 1] === short)) return true;
    if (type === 'place' && isFeatureName(short, whole)) return true;
  }
  return acronym && abbreviates(short, whole);
}

/** Types one entity may carry across recognizer decisions: equal, or one of them unknown. */
export const compatibleTypes = (a: EntityType, b: EntityType): boolean => a === b || a === 'other' || b === 'other';

/** One given name written two ways: "Fred"/"Frederick", "C"/"Carver", "Bettie"/"Betty", "Mo"/"Maurice", "Maximillian"/"Maximilian". */
function sameGivenName(a: string, b: string): boolean {
  if (a === b || areNameVariants(a, b) || isOneLetterSlip(a, b)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 1) return long[0] === short;
  return (short.length >= 3 && long.startsWith(short)) || (short.length >= 4 && long.startsWith(short.slice(0, 4)));
}

/**
 * Given names (the words before a shared surname) that can be one person's: the first given names agree and the
 * other's further names include the rest in order ("Fred" and "Frederick Carver"; "Frederick C." and "Frederick Carver").
 */
export function compatibleGivenNames(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0 || !sameGivenName(short[0], long[0])) return false;
  let at = 1;
  for (const name of short.slice(1)) {
    while (at < long.length && !sameGivenName(name, long[at])) at++;
    if (at === long.length) return false;
    at++;
  }
  return true;
}
