// Word tokens with offsets and sentence numbers: the unit shared by the tagger, the dates and the claims.
import { ABBREVIATIONS } from './language/en';
import type { Span } from './types';

export interface Token extends Span {
  text: string;
  /** Sentence number, 0-based, in text order. */
  sentence: number;
  /** True for the first token of its sentence (sentence-initial capitals say little). */
  sentenceStart: boolean;
}

// Words keep inner apostrophes, hyphens, periods of abbreviations ("U.S.", "Sen.") and digits with separators.
// A possessive written apart ("Greig 's", as in tokenised corpora) is one token too.
const TOKEN = /(?:[A-Za-z]\.){2,}|\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?|[\p{L}\p{M}\d]+(?:['’-][\p{L}\p{M}\d]+)*\.?|['’][sS](?![\p{L}\p{M}\d])|[$€£¥%]|[^\s]/gu;

/**
 * A run of words this long without a sentence end is cut at its next comma, semicolon or colon, and at twice this
 * length whatever comes: written sentences are far shorter, and every per-sentence step (tagging, claims) would
 * otherwise see a whole list or run-on line at once. A clause break keeps a figure with the words that own it.
 */
export const MAX_SENTENCE_TOKENS = 200;
const CLAUSE_BREAKS = new Set([',', ';', ':']);
// Module constants: the bundler writes a \p{…} literal as `new RegExp(…)`, which inside the loop was built per token.
const NAME_PREFIX = /^(?:pro|anti|post|pre|non|ex|neo|pan)-(?=\p{Lu})/u;
const STARTS_WITH_LETTER = /^\p{L}/u;

/** Splits text into tokens; a sentence ends at . ! ? (not after an abbreviation) or at a blank or single line break. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let sentenceStart = true;
  let lastEnd = 0;
  let sentenceLength = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let word = m[0];
    let end = m.index + word.length;
    if (tokens.length > 0 && hasLineBreak(text, lastEnd, m.index)) {
      sentence += sentenceStart ? 0 : 1;
      sentenceStart = true;
      sentenceLength = 0;
    }
    // A trailing period belongs to the word only for known abbreviations and initials ("J.").
    let closesSentence = false;
    if (word.length > 1 && word.endsWith('.') && !/^(?:[A-Za-z]\.)+$/.test(word) && !ABBREVIATIONS.has(word.toLowerCase())) {
      word = word.slice(0, -1);
      end -= 1;
      TOKEN.lastIndex = end;
    } else if (word.length > 1 && word.endsWith('.') && /^(?:[a-z]\.){2,}$/.test(word) && /^\s+[A-Z]/.test(text.slice(end, end + 3))) {
      closesSentence = /^\s+(?:The|A|An|He|She|It|They|We|I|In|On|But)\b/.test(text.slice(end, end + 6));
    }
    // A lower-case prefix before a capitalised name is split off, so the name stands alone ("post-World War II").
    let start = m.index;
    const prefixed = hyphenAfterPrefix(word) ? NAME_PREFIX.exec(word) : null;
    if (prefixed) {
      tokens.push({ start, end: start + prefixed[0].length, text: prefixed[0], sentence, sentenceStart });
      sentenceStart = false;
      start += prefixed[0].length;
      word = word.slice(prefixed[0].length);
    }
    // Possessive 's is its own token, so a name's span can stop before it ("TikTok's" → "TikTok" "'s").
    if (word.length > 2 && endsWithPossessive(word) && STARTS_WITH_LETTER.test(word)) {
      tokens.push({ start, end: end - 2, text: word.slice(0, -2), sentence, sentenceStart });
      tokens.push({ start: end - 2, end, text: word.slice(-2), sentence, sentenceStart: false });
    } else {
      tokens.push({ start, end, text: word, sentence, sentenceStart });
    }
    sentenceStart = false;
    lastEnd = end;
    const tooLong = ++sentenceLength >= MAX_SENTENCE_TOKENS && (CLAUSE_BREAKS.has(word) || sentenceLength >= 2 * MAX_SENTENCE_TOKENS);
    // A period with a digit right after it is a decimal point a word swallowed the first half of ("magnitude-6.4");
    // one with a comma right after it ends an abbreviation the list lacks ("Rancho Mirage, Calif., on Thursday").
    const endsSentence = (word === '.' && !/[\d,;]/.test(text.charAt(end))) || word === '!' || word === '?';
    if (endsSentence || closesSentence || tooLong) {
      sentenceLength = 0;
      sentence += 1;
      sentenceStart = true;
    }
  }
  return tokens;
}

/** Whether text[from, to) holds a line break; the gap between two tokens, read without copying it. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x0a) return true;
  return false;
}

/** The cheap test before NAME_PREFIX: its prefixes are 2 to 4 letters, so a hyphen stands at index 2, 3 or 4. */
const hyphenAfterPrefix = (word: string): boolean => word.charCodeAt(2) === 0x2d || word.charCodeAt(3) === 0x2d || word.charCodeAt(4) === 0x2d;

/** Whether a word ends in 's or ’s (either case of s). */
export function endsWithPossessive(word: string): boolean {
  const s = word.charCodeAt(word.length - 1);
  const apostrophe = word.charCodeAt(word.length - 2);
  return (s === 0x73 || s === 0x53) && (apostrophe === 0x27 || apostrophe === 0x2019);
}

/** Sentence spans from tokens, for claims and context lines. */
export function sentenceSpans(tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  for (const t of tokens) {
    const last = spans[t.sentence];
    if (last) last.end = t.end;
    else spans[t.sentence] = { start: t.start, end: t.end };
  }
  return spans;
}
