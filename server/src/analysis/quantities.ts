// Numbers, money, percentages and ordinals in an article, for highlighting and for claims.
import { firstAtOrAfter, inTextOrder } from './claims/spans';
import { NUMBER_SCALES as SCALES, NUMBER_TENS as TENS, NUMBER_UNITS as UNITS, ORDINAL_WORDS, SYMBOL_CURRENCY, VAGUE_DETERMINERS, VAGUE_QUANTITIES, WORD_CURRENCY } from './language/en';
import type { Token } from './tokenize';
import type { DateMention, QuantityKind, QuantityMention, Span } from './types';

/** "euro110", "e75m", "US$5": currency glued to the number in one token. */
const GLUED_MONEY = /^(euro|eur|e|us\$|usd)(\d+(?:[.,]\d+)*)(m|bn|b|k)?$/i;
const DIGITS = /^\d+(?:,\d{3})*(?:\.\d+)?$|^\d+\.\d+$/;
const NUMERIC_ORDINAL = /^(\d+)(st|nd|rd|th)$/i;
/** Words before "one" that make it a pronoun ("no one", "the one"). */
const PRONOUN_ONE = new Set(['no', 'any', 'every', 'each', 'the', 'this', 'that', 'which', 'someone', 'little']);

const startsWithDigit = (text: string): boolean => {
  const code = text.charCodeAt(0);
  return code >= 0x30 && code <= 0x39;
};

function digitValue(text: string): number {
  return Number(text.replace(/,/g, ''));
}

/** The first two '-'-separated parts of a word, as `word.split('-')` gives them, without splitting every token. */
function firstTwoParts(word: string): [string, string | undefined] {
  const dash = word.indexOf('-');
  if (dash < 0) return [word, undefined];
  const next = word.indexOf('-', dash + 1);
  return [word.slice(0, dash), word.slice(dash + 1, next < 0 ? undefined : next)];
}

/**
 * Value of a word number starting at tokens[i] ("twenty-three", "two hundred thousand"); null when none. `first` is
 * tokens[i] lowercased, which the caller has.
 */
function wordNumber(tokens: readonly Token[], i: number, first: string): { value: number; last: number } | null {
  // Every word number opens with a unit or a tens word; most tokens are neither, and are let go before any work.
  if (!UNITS.has(first) && !TENS.has(firstTwoParts(first)[0])) return null;
  let total = 0;
  let current = 0;
  let last = -1;
  const unitOrTens = (word: string | undefined): boolean => word !== undefined && (UNITS.has(word) || TENS.has(firstTwoParts(word)[0]));
  for (let j = i; j < tokens.length; j++) {
    const word = j === i ? first : tokens[j].text.toLowerCase();
    const [tensWord, unitWord] = firstTwoParts(word);
    const unit = UNITS.get(word);
    const tens = TENS.get(tensWord);
    const scale = SCALES.get(word);
    if (current === 0 && unit !== undefined) current = unit;
    else if (current === 0 && tens !== undefined && (unitWord === undefined || UNITS.has(unitWord))) current = tens + (unitWord ? UNITS.get(unitWord) ?? 0 : 0);
    else if (current % 100 === 0 && current > 0 && current < 1000 && (unit !== undefined || TENS.has(word))) current += unit ?? TENS.get(word) ?? 0;
    else if (word === 'hundred' && current > 0 && current < 100) current *= 100;
    else if ((word === 'thousand' || word === 'million' || word === 'billion' || word === 'trillion') && current > 0 && scale !== undefined) {
      total += current * scale;
      current = 0;
    } else if (word === 'and' && current >= 100 && unitOrTens(tokens[j + 1]?.text.toLowerCase())) continue;
    else break;
    last = j;
  }
  return last < 0 ? null : { value: total + current, last };
}

/** Scale word after a number ("million", "-billion", "bn"); returns the factor and the last token used. */
function scaleAfter(tokens: readonly Token[], j: number, text: string, allowShort: boolean): { factor: number; last: number } {
  let k = j + 1;
  if (tokens[k]?.text === '-' && tokens[k].start === tokens[j].end) k++;
  const word = tokens[k]?.text.toLowerCase();
  const glued = tokens[k] !== undefined && tokens[k].start === tokens[k - 1].end;
  const factor = word === undefined ? undefined : SCALES.get(word);
  if (word === undefined || factor === undefined) return { factor: 1, last: j };
  if ((word === 'm' || word === 'b' || word === 'k' || word === 'bn' || word === 'mln') && !(allowShort && (glued || word === 'bn' || word === 'mln'))) return { factor: 1, last: j };
  if (word === 'hundred' && /^\d/.test(text)) return { factor: 100, last: k };
  return { factor, last: k };
}

/** Whether the span overlaps any of the spans (sorted by start; dates do not nest far). */
function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  const i = firstAtOrAfter(spans, span.end) - 1;
  for (let k = i; k >= 0 && k > i - 4; k--) if (spans[k].start < span.end && span.start < spans[k].end) return true;
  return false;
}

/** Finds numbers (digits and words), money with currency, percentages and ordinals outside date expressions. */
export function findQuantities(text: string, tokens: Token[], unsortedDates: DateMention[]): QuantityMention[] {
  const found: QuantityMention[] = [];
  const dates = inTextOrder(unsortedDates);
  const push = (first: number, last: number, kind: QuantityKind, value: number | null, currency?: string): void => {
    const span = { start: tokens[first].start, end: tokens[last].end };
    if (overlapsAny(span, dates)) return;
    // One object literal, the optional field set after: spreading into it was a tenth of the analysis of `$1,` repeated.
    const mention: QuantityMention = { start: span.start, end: span.end, text: text.slice(span.start, span.end), kind, value };
    if (currency) mention.currency = currency;
    found.push(mention);
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const lower = token.text.toLowerCase();
    // The expressions only where they can match (a glued currency's first letter, a digit): most tokens are words.
    const firstCode = token.text.charCodeAt(0) | 0x20;
    const glued = firstCode === 0x65 || firstCode === 0x75 ? GLUED_MONEY.exec(token.text) : null;
    const ordinal = startsWithDigit(token.text) ? NUMERIC_ORDINAL.exec(token.text) : null;
    let first = i;
    let last: number;
    let value: number | null;
    let currency: string | undefined;
    if (glued) {
      const factor = glued[3] ? SCALES.get(glued[3].toLowerCase()) ?? 1 : 1;
      const after = scaleAfter(tokens, i, token.text, false);
      currency = glued[1].toLowerCase().startsWith('u') ? 'USD' : 'EUR';
      push(i, after.last, 'money', digitValue(glued[2]) * factor * after.factor, currency);
      i = after.last;
      continue;
    }
    if (ordinal) {
      push(i, i, 'ordinal', Number(ordinal[1]));
      continue;
    }
    const ordinalWord = ORDINAL_WORDS.get(lower);
    if (ordinalWord !== undefined) {
      push(i, i, 'ordinal', ordinalWord);
      continue;
    }
    if (VAGUE_QUANTITIES.has(lower) && (tokens[i + 1]?.text.toLowerCase() === 'of' || (VAGUE_DETERMINERS.has(lower) && /^\p{Ll}/u.test(tokens[i + 1]?.text ?? '')))) {
      push(i, i, 'number', null);
      continue;
    }
    const symbol = SYMBOL_CURRENCY.get(token.text);
    if (symbol !== undefined && DIGITS.test(tokens[i + 1]?.text ?? '') && tokens[i + 1].start === token.end) {
      currency = symbol;
      first = i;
      i += 1;
    } else if (SYMBOL_CURRENCY.has(tokens[i + 1]?.text ?? '') && tokens[i + 1].start === token.end && /^(?:US|A|C|HK|NZ|S)$/.test(token.text) && DIGITS.test(tokens[i + 2]?.text ?? '')) {
      currency = token.text === 'US' ? 'USD' : `${token.text}D`;
      first = i;
      i += 2;
    }
    const current = tokens[i];
    if (startsWithDigit(current.text) && DIGITS.test(current.text)) {
      const scale = scaleAfter(tokens, i, current.text, true);
      value = digitValue(current.text) * scale.factor;
      last = scale.last;
    } else if (lower === 'a' && (tokens[i + 1]?.text.toLowerCase() === 'dozen' || (SCALES.has(tokens[i + 1]?.text.toLowerCase() ?? '') && /^[a-z]{3,}$/.test(tokens[i + 1].text)))) {
      const next = tokens[i + 1].text.toLowerCase();
      // "half a dozen" is six, "half a million" half a million.
      const half = tokens[i - 1]?.text.toLowerCase() === 'half';
      if (half) first = i - 1;
      let amount = (next === 'dozen' ? 12 : SCALES.get(next) ?? 1) * (half ? 0.5 : 1);
      last = i + 1;
      // "a hundred billion": a larger scale word multiplies.
      for (let scale = SCALES.get(tokens[last + 1]?.text.toLowerCase() ?? ''); scale !== undefined && scale > amount && /^(?:thousand|million|billion|trillion)$/i.test(tokens[last + 1].text); scale = SCALES.get(tokens[last + 1]?.text.toLowerCase() ?? '')) {
        amount *= scale;
        last += 1;
      }
      value = amount;
    } else if (lower === 'dozen' && !(tokens[i - 1]?.text.toLowerCase() === 'a')) {
      value = 12;
      last = i;
    } else if (lower === 'half-dozen') {
      value = 6;
      last = i;
    } else {
      if (lower === 'one' && PRONOUN_ONE.has(tokens[i - 1]?.text.toLowerCase() ?? '')) continue;
      const words = wordNumber(tokens, i, lower);
      if (!words) continue;
      value = words.value;
      last = words.last;
    }
    // "two dozen", "3 dozen": dozens counted.
    if (!currency && tokens[last + 1]?.text.toLowerCase() === 'dozen' && Number.isInteger(value) && value > 1 && value < 100) {
      value *= 12;
      last += 1;
    }
    const after = tokens[last + 1]?.text.toLowerCase();
    if (after === '%' || after === 'percent' || after === 'pct') {
      push(first, last + 1, 'percent', value);
    } else if (after === 'per' && tokens[last + 2]?.text.toLowerCase() === 'cent') {
      push(first, last + 2, 'percent', value);
    } else if (!currency && after !== undefined && WORD_CURRENCY.has(after)) {
      push(first, last + 1, 'money', value, WORD_CURRENCY.get(after));
      last += 1;
    } else {
      push(first, last, currency ? 'money' : 'number', value, currency);
    }
    i = last;
  }
  return found;
}
