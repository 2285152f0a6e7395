// Letter and digit tests by position, for the word scanners that walk a text by hand: a \p{…} expression run over
// every word of every article was the top self time of the steps that read words (stories' features, span repair).
// The answers are the expressions' own, remembered per character.

const LETTER = /^\p{L}$/u;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** Per UTF-16 unit: 0 not yet asked, else 1 + (letter ? 1 : 0) + (number ? 2 : 0). */
const known = new Uint8Array(0x10000);

function classOf(code: number): number {
  let c = known[code];
  if (c === 0) {
    const ch = String.fromCharCode(code);
    // \p{L} and \p{N} are disjoint categories.
    c = 1 + (LETTER.test(ch) ? 1 : LETTER_OR_NUMBER.test(ch) ? 2 : 0);
    known[code] = c;
  }
  return c - 1;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** How many UTF-16 units a character of the classes in `mask` (1 letter, 2 number) takes at `i`: 0 if none, 1 or 2. */
function lengthOf(text: string, i: number, mask: number, pattern: RegExp): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) {
    if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) return 1;
    return mask & 2 && code >= 0x30 && code <= 0x39 ? 1 : 0;
  }
  if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1))) return pattern.test(text.slice(i, i + 2)) ? 2 : 0;
  return classOf(code) & mask ? 1 : 0;
}

/** The length of the letter (\p{L}) at `i`: 0 where there is none, 2 for one outside the Basic Multilingual Plane. */
export const letterLength = (text: string, i: number): number => (i < text.length ? lengthOf(text, i, 1, LETTER) : 0);

/** The length of the letter or number (\p{L} or \p{N}) at `i`, as letterLength. */
export const letterOrNumberLength = (text: string, i: number): number => (i < text.length ? lengthOf(text, i, 3, LETTER_OR_NUMBER) : 0);

/** What scanWords reads as a word: a letter, then word characters and inner punctuation. */
export interface WordShape {
  /** The length of the word character at `i` (0 where there is none): letterLength or letterOrNumberLength. */
  wordCharLength: (text: string, i: number) => number;
  /** The punctuation a word may hold after its first letter. */
  inner: ReadonlySet<number>;
  /** The part of `inner` a word may end in: after its last word character, the rest is not the word's. */
  endsIn: ReadonlySet<number>;
  /** Whether a word of a single character counts. */
  single: boolean;
}

/**
 * Calls `found(start, end)` for each word of a text in order, scanned by hand: the one word scanner of the steps that
 * read words (span repair, stories' features), which differ only in their WordShape. No word starts inside the run
 * of word characters and inner punctuation that another ended in.
 */
export function scanWords(text: string, shape: WordShape, found: (start: number, end: number) => void): void {
  for (let i = 0; i < text.length; ) {
    const first = letterLength(text, i);
    if (first === 0) {
      i++;
      continue;
    }
    let j = i + first;
    let end = j;
    for (;;) {
      const length = shape.wordCharLength(text, j);
      if (length > 0) {
        end = j += length;
        continue;
      }
      const code = text.charCodeAt(j);
      if (!shape.inner.has(code)) break;
      j++;
      if (shape.endsIn.has(code)) end = j;
    }
    if (shape.single || end > i + first) found(i, end);
    i = j;
  }
}
