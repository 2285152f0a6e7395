// One name, one type per article: where the tagger's own scores barely favour a mention's type, the type that the
// summed scores of the name's occurrences favour across the article wins ("Jordan" tagged a place once with a thin
// margin and a person three times with wide ones is a person). A shorter form that is the last word(s) of exactly one
// longer name ("Whitfield" after "Tyler Whitfield") counts as that name; two different names keep their own types.
import type { EntityType } from '../types';
import { tokenConstraints } from './decode';
import type { TokenSpan } from './tokenSpan';

/**
 * A mention whose own type leads the other types by less than this (int8 weight units, summed over its tokens) takes
 * its name's type. Fit on the CoNLL-2003 development split over 0, 30, 100, 300 and 1000: the largest below the first
 * that lowered its person, organization or place F1 or ECB+ 1-35 type accuracy (100 lowered place; see README).
 */
export const WEAK_MARGIN = 30;

export interface ScoredMention extends TokenSpan {
  /** The mention's words, lower-cased. */
  words: string[];
  /** The mention's original words (for the span rules a new type must keep). */
  text: readonly string[];
  /** Per type (typesOf order): the emission scores of B-type at the first token and I-type at the rest. */
  typeScores: Float64Array;
}

const typesByLabels = new WeakMap<readonly string[], { types: EntityType[]; begin: number[]; inside: number[] }>();

/** The entity types of a label set and, per type, the indexes of its B- and I- labels. */
function typesOf(labels: readonly string[]): { types: EntityType[]; begin: number[]; inside: number[] } {
  let found = typesByLabels.get(labels);
  if (!found) {
    const types = labels.filter((l) => l.startsWith('B-')).map((l) => l.slice(2) as EntityType);
    found = { types, begin: types.map((t) => labels.indexOf('B-' + t)), inside: types.map((t) => labels.indexOf('I-' + t)) };
    typesByLabels.set(labels, found);
  }
  return found;
}

/**
 * The mention for a tagged span of one sentence, with its type scores read from the sentence's emission scores
 * (`emissions[i * width + label]` for the sentence's token i; `offset` is the sentence's first token in the text).
 */
export function scoreMention(span: TokenSpan, words: readonly string[], offset: number, emissions: Float64Array, labels: readonly string[]): ScoredMention {
  const { types, begin, inside } = typesOf(labels);
  const width = labels.length;
  const typeScores = new Float64Array(types.length);
  for (let k = 0; k < types.length; k++) {
    let total = emissions[(span.start - offset) * width + begin[k]];
    for (let i = span.start - offset + 1; i < span.end - offset; i++) total += emissions[i * width + inside[k]];
    typeScores[k] = total;
  }
  const text = words.slice(span.start - offset, span.end - offset);
  // The span's fields written out: a spread reads them by name, a cost at every mention.
  return { start: span.start, end: span.end, type: span.type, text, words: text.map((w) => w.toLowerCase()), typeScores };
}

/** The form each mention's name counts under: its own, or the one longer name it is the last word(s) of. */
function nameForms(mentions: readonly ScoredMention[], written: readonly string[]): Map<string, string> {
  const longerBySuffix = new Map<string, Set<string>>();
  const forms = new Set<string>();
  for (let i = 0; i < mentions.length; i++) {
    const { words } = mentions[i];
    const form = written[i];
    if (forms.has(form)) continue;
    forms.add(form);
    for (let k = 1; k < words.length; k++) {
      const suffix = words.slice(k).join(' ');
      const longer = longerBySuffix.get(suffix) ?? new Set<string>();
      longer.add(form);
      longerBySuffix.set(suffix, longer);
    }
  }
  const nameOf = new Map<string, string>();
  for (const form of forms) {
    const longer = [...(longerBySuffix.get(form) ?? [])];
    const longest = longer.reduce((a, b) => (b.length > a.length ? b : a), form);
    // Every longer name holding this form must be the longest one or end it ("Whitfield" < "Tyler Whitfield" <
    // "Coach Tyler Whitfield"); "Bush" in "George Bush" and "Laura Bush" stays its own name.
    nameOf.set(form, longer.every((l) => longest.endsWith(' ' + l) || l === longest) ? longest : form);
  }
  return nameOf;
}

/** The spans with weakly typed mentions given their name's type across the article (mentions in text order). */
export function consistentTypes(mentions: readonly ScoredMention[], labels: readonly string[]): TokenSpan[] {
  const { types, begin } = typesOf(labels);
  const margin = (m: ScoredMention, k: number): number => {
    let rival = -Infinity;
    for (let j = 0; j < types.length; j++) if (j !== k && m.typeScores[j] > rival) rival = m.typeScores[j];
    return m.typeScores[k] - rival;
  };
  // Each mention's lower-cased words joined, built once (nameForms and both passes below read it).
  const written = mentions.map((m) => m.words.join(' '));
  const nameOf = nameForms(mentions, written);
  // Per name, the sum of its mentions' scores, each taken relative to the mention's best type.
  const sums = new Map<string, Float64Array>();
  const counts = new Map<string, number>();
  mentions.forEach((m, i) => {
    const name = nameOf.get(written[i]) ?? '';
    const sum = sums.get(name) ?? new Float64Array(types.length);
    let top = -Infinity;
    for (let k = 0; k < types.length; k++) if (m.typeScores[k] > top) top = m.typeScores[k];
    for (let k = 0; k < types.length; k++) sum[k] += m.typeScores[k] - top;
    sums.set(name, sum);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  });
  return mentions.map((m, i) => {
    const span: TokenSpan = { start: m.start, end: m.end, type: m.type };
    const name = nameOf.get(written[i]) ?? '';
    const own = types.indexOf(m.type);
    if ((counts.get(name) ?? 0) < 2 || margin(m, own) >= WEAK_MARGIN) return span;
    const sum = sums.get(name) ?? new Float64Array(types.length);
    let best = own;
    for (let k = 0; k < types.length; k++) if (sum[k] > sum[best]) best = k;
    if (best === own) return span;
    // The new type must keep the span rules (a number is in no person's name); I-type follows from B-type.
    const allowed = tokenConstraints(m.text, labels);
    const inside = labels.indexOf('I-' + types[best]);
    const keeps = allowed.every((row, i) => row[i === 0 ? begin[best] : inside]);
    return keeps ? { ...span, type: types[best] } : span;
  });
}
