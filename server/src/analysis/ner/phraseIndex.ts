// Finds known multi-word phrases in a token sequence, longest first. ALL-CAPS tokens match regardless of case.
import { tokenize } from '../tokenize';

interface Phrase<T> {
  words: string[];
  value: T;
}

export interface PhraseMatch<T> {
  /** Number of tokens matched. */
  length: number;
  value: T;
}

/**
 * Two or more characters, no lower-case letter and at least one capital. ASCII is read by character code: the test
 * runs at every token a listed phrase starts with, and the two case-mapped copies were most of matchAt's garbage.
 */
function isAllCaps(word: string): boolean {
  if (word.length < 2) return false;
  let capitals = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80) return word === word.toUpperCase() && word !== word.toLowerCase();
    if (code >= 0x61 && code <= 0x7a) return false;
    if (code >= 0x41 && code <= 0x5a) capitals = true;
  }
  return capitals;
}

export class PhraseIndex<T> {
  private readonly byFirstWord = new Map<string, Array<Phrase<T>>>();
  /** Phrases by their exact words, so that adding one does not search its first word's list. */
  private readonly byWords = new Map<string, Phrase<T>>();
  /** First words whose lists gained a phrase since they were last sorted (sorted when next matched, not per add). */
  private readonly unsorted = new Set<string>();
  /**
   * By ASCII code, 1 where a phrase's first word may start with it (as written, or in capitals): most tokens of
   * running text ("the", "said") are then passed over without a lower-cased copy and a table lookup. Other first
   * characters are always looked up: a table of every UTF-16 code was 64 KB to clear for each article's own index
   * (documentNames.ts).
   */
  private readonly firstCodes = new Uint8Array(0x80);

  /** Adds a phrase, split into words as the tokenizer splits text. */
  add(phrase: string, value: T): void {
    this.addWords(tokenize(phrase).map((t) => t.text), value);
  }

  /** Adds a phrase already split into words; a later phrase with the same words replaces the earlier one's value. */
  addWords(words: readonly string[], value: T): void {
    if (words.length === 0) return;
    const key = words[0].toLowerCase();
    const list = this.byFirstWord.get(key) ?? [];
    const same = this.byWords.get(words.join(' '));
    if (same) same.value = value;
    else {
      const phrase = { words: [...words], value };
      this.byWords.set(words.join(' '), phrase);
      list.push(phrase);
      this.unsorted.add(key);
      const first = String.fromCodePoint(words[0].codePointAt(0)!);
      this.markFirstCode(first.charCodeAt(0));
      this.markFirstCode(first.toUpperCase().charCodeAt(0));
    }
    this.byFirstWord.set(key, list);
  }

  private markFirstCode(code: number): void {
    if (code < 0x80) this.firstCodes[code] = 1;
  }

  /** The longest phrase starting at token `i`, if any. */
  matchAt(tokens: ReadonlyArray<{ text: string }>, i: number): PhraseMatch<T> | undefined {
    const code = tokens[i].text.charCodeAt(0);
    if (code < 0x80 && this.firstCodes[code] !== 1) return undefined;
    const key = tokens[i].text.toLowerCase();
    const candidates = this.byFirstWord.get(key);
    if (!candidates) return undefined;
    // Longest first; the sort is stable, so among equally long phrases the first added comes first.
    if (this.unsorted.delete(key)) candidates.sort((a, b) => b.words.length - a.words.length);
    for (const phrase of candidates) {
      if (i + phrase.words.length > tokens.length) continue;
      if (matchesFrom(tokens, i, phrase.words)) return { length: phrase.words.length, value: phrase.value };
    }
    return undefined;
  }
}

/** Whether the tokens from `i` on spell the phrase's words (a loop, not every() with a closure per candidate phrase). */
function matchesFrom(tokens: ReadonlyArray<{ text: string }>, i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (!wordMatches(tokens[i + k].text, words[k])) return false;
  return true;
}

function wordMatches(token: string, word: string): boolean {
  return token === word || (isAllCaps(token) && token.toLowerCase() === word.toLowerCase());
}
