// Numbers, money, percentages and ordinals in an article, for highlighting and for claims.
import { overlapIndex } from './spanIndex';
import type { Token } from './tokenize';
import type { DateMention, QuantityKind, QuantityMention } from './types';

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mln: 1e6, bn: 1e9, m: 1e6, b: 1e9, k: 1e3,
};
const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
  twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100,
};
/** Vague plurals ("dozens of"): a quantity without one value; claims turn them into ranges. */
export const VAGUE_QUANTITIES: Record<string, { low: number; high: number }> = {
  dozens: { low: 24, high: 99 },
  scores: { low: 40, high: 99 },
  hundreds: { low: 200, high: 999 },
  thousands: { low: 2000, high: 9999 },
  millions: { low: 2e6, high: 999e6 },
  billions: { low: 2e9, high: 999e9 },
};
const SYMBOL_CURRENCY: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
const WORD_CURRENCY: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP', yen: 'JPY',
  yuan: 'CNY', renminbi: 'CNY', rupees: 'INR', rupee: 'INR',
};
/** "euro110", "e75m", "US$5": currency glued to the number in one token. */
const GLUED_MONEY = /^(euro|eur|e|us\$|usd)(\d+(?:[.,]\d+)*)(m|bn|b|k)?$/i;
const DIGITS = /^\d+(?:,\d{3})*(?:\.\d+)?$|^\d+\.\d+$/;
const NUMERIC_ORDINAL = /^(\d+)(st|nd|rd|th)$/i;
/** Words before "one" that make it a pronoun ("no one", "the one"). */
const PRONOUN_ONE = new Set(['no', 'any', 'every', 'each', 'the', 'this', 'that', 'which', 'someone', 'little']);

function digitValue(text: string): number {
  return Number(text.replace(/,/g, ''));
}

/** Value of a word number starting at tokens[i] ("twenty-three", "two hundred thousand"); null when none. */
function wordNumber(tokens: readonly Token[], i: number): { value: number; last: number } | null {
  let total = 0;
  let current = 0;
  let last = -1;
  for (let j = i; j < tokens.length; j++) {
    const word = tokens[j].text.toLowerCase();
    const [tensWord, unitWord] = word.split('-');
    if (current === 0 && word in UNITS) current = UNITS[word];
    else if (current === 0 && tensWord in TENS && (unitWord === undefined || unitWord in UNITS)) current = TENS[tensWord] + (unitWord ? UNITS[unitWord] : 0);
    else if (current % 100 === 0 && current > 0 && current < 1000 && (word in UNITS || word in TENS)) current += UNITS[word] ?? TENS[word];
    else if (word === 'hundred' && current > 0 && current < 100) current *= 100;
    else if ((word === 'thousand' || word === 'million' || word === 'billion' || word === 'trillion') && current > 0) {
      total += current * SCALES[word];
      current = 0;
    } else if (word === 'and' && current >= 100 && j + 1 < tokens.length && (tokens[j + 1].text.toLowerCase() in UNITS || tokens[j + 1].text.toLowerCase().split('-')[0] in TENS)) continue;
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
  if (word === undefined || !(word in SCALES)) return { factor: 1, last: j };
  if ((word === 'm' || word === 'b' || word === 'k' || word === 'bn' || word === 'mln') && !(allowShort && (glued || word === 'bn' || word === 'mln'))) return { factor: 1, last: j };
  if (word === 'hundred' && /^\d/.test(text)) return { factor: 100, last: k };
  return { factor: SCALES[word], last: k };
}


/** Finds numbers (digits and words), money with currency, percentages and ordinals outside date expressions. */
export function findQuantities(text: string, tokens: Token[], dates: DateMention[]): QuantityMention[] {
  const found: QuantityMention[] = [];
  const overlapsDate = overlapIndex(dates);
  const push = (first: number, last: number, kind: QuantityKind, value: number | null, currency?: string): void => {
    const span = { start: tokens[first].start, end: tokens[last].end };
    if (overlapsDate(span)) return;
    found.push({ ...span, text: text.slice(span.start, span.end), kind, value, ...(currency ? { currency } : {}) });
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const lower = token.text.toLowerCase();
    const glued = GLUED_MONEY.exec(token.text);
    const ordinal = NUMERIC_ORDINAL.exec(token.text);
    let first = i;
    let last: number;
    let value: number | null;
    let currency: string | undefined;
    if (glued) {
      const factor = glued[3] ? SCALES[glued[3].toLowerCase()] : 1;
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
    if (lower in ORDINAL_WORDS) {
      push(i, i, 'ordinal', ORDINAL_WORDS[lower]);
      continue;
    }
    if (lower in VAGUE_QUANTITIES && tokens[i + 1]?.text.toLowerCase() === 'of') {
      push(i, i, 'number', null);
      continue;
    }
    if (token.text in SYMBOL_CURRENCY && DIGITS.test(tokens[i + 1]?.text ?? '') && tokens[i + 1].start === token.end) {
      currency = SYMBOL_CURRENCY[token.text];
      first = i;
      i += 1;
    } else if (tokens[i + 1]?.text in SYMBOL_CURRENCY && tokens[i + 1].start === token.end && /^(?:US|A|C|HK|NZ|S)$/.test(token.text) && DIGITS.test(tokens[i + 2]?.text ?? '')) {
      currency = token.text === 'US' ? 'USD' : `${token.text}D`;
      first = i;
      i += 2;
    }
    const current = tokens[i];
    if (DIGITS.test(current.text)) {
      const scale = scaleAfter(tokens, i, current.text, true);
      value = digitValue(current.text) * scale.factor;
      last = scale.last;
    } else if (lower === 'a' && (tokens[i + 1]?.text.toLowerCase() === 'dozen' || tokens[i + 1]?.text.toLowerCase() in SCALES && /^[a-z]{3,}$/.test(tokens[i + 1].text))) {
      const next = tokens[i + 1].text.toLowerCase();
      value = next === 'dozen' ? 12 : SCALES[next];
      last = i + 1;
      // "a hundred billion": a larger scale word multiplies.
      for (let scale = tokens[last + 1]?.text.toLowerCase(); scale !== undefined && /^(?:thousand|million|billion|trillion)$/.test(scale) && SCALES[scale] > value; scale = tokens[last + 1]?.text.toLowerCase()) {
        value *= SCALES[scale];
        last += 1;
      }
    } else if (lower === 'dozen' && !(tokens[i - 1]?.text.toLowerCase() === 'a')) {
      value = 12;
      last = i;
    } else {
      if (lower === 'one' && PRONOUN_ONE.has(tokens[i - 1]?.text.toLowerCase() ?? '')) continue;
      const words = wordNumber(tokens, i);
      if (!words) continue;
      value = words.value;
      last = words.last;
    }
    const after = tokens[last + 1]?.text.toLowerCase();
    if (after === '%' || after === 'percent' || after === 'pct') {
      push(first, last + 1, 'percent', value);
    } else if (after === 'per' && tokens[last + 2]?.text.toLowerCase() === 'cent') {
      push(first, last + 2, 'percent', value);
    } else if (!currency && after !== undefined && after in WORD_CURRENCY) {
      push(first, last + 1, 'money', value, WORD_CURRENCY[after]);
      last += 1;
    } else {
      push(first, last, currency ? 'money' : 'number', value, currency);
    }
    i = last;
  }
  return found;
}
