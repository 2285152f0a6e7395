// What surrounds a claim in its sentence: hedges, attribution, event words and the entities named there.
import type { Token } from '../tokenize';
import type { DocumentAnalysis, Mention, Reference, Span } from '../types';
import { COMMON_SOURCES, EVENT_WORDS, HEDGE_PATTERN, IRREGULAR_PAST, REPORTING_PATTERN } from '../language/en';
import { firstAtOrAfter, inTextOrder, within } from './spans';

export type Analysis = Omit<DocumentAnalysis, 'claims'>;

/** Tokens of one sentence plus the chains it mentions: the unit every claim extractor works on. */
export interface SentenceContext {
  index: number;
  span: Span;
  tokens: Token[];
  /** Each token's text lower-cased, made once: claims read windows of them around each figure. */
  lower: string[];
  chains: number[];
  /** The named mentions inside the sentence, in text order. */
  mentions: Mention[];
  /**
   * Who a figure or an event of the sentence may belong to: its named mentions and, standing for the chain they were
   * linked to (identity/references.ts), its pronouns and descriptions ("He was sentenced to 14 years"), in text order.
   * Only what looks for one owner reads them: the chains a sentence names (above) are what it is about, and a
   * pronoun's chain among them would file a deal or split an event by people its sentence leaves unnamed.
   */
  owners: readonly Mention[];
  triggers: string[];
  hedge?: string;
  attribution?: string;
}

export function sentenceContexts(analysis: Analysis, tokens: readonly Token[]): SentenceContext[] {
  const contexts: SentenceContext[] = [];
  for (const token of tokens) {
    let context = contexts.at(-1);
    if (!context || context.index !== token.sentence) {
      context = { index: token.sentence, span: { start: token.start, end: token.end }, tokens: [], lower: [], chains: [], mentions: [], owners: [], triggers: [] };
      contexts.push(context);
    }
    context.tokens.push(token);
    context.span.end = token.end;
  }
  const mentions = inTextOrder(analysis.mentions);
  for (const context of contexts) {
    const text = analysis.text.slice(context.span.start, context.span.end);
    context.lower = context.tokens.map((t) => t.text.toLowerCase());
    context.mentions = within(mentions, context.span);
    context.chains = [...new Set(context.mentions.map((m) => m.chain))];
    const referred = within(analysis.references, context.span);
    context.owners = referred.length === 0 ? context.mentions : inTextOrder([...context.mentions, ...referred.map((r) => standIn(analysis, r))]);
    context.triggers = eventWordsOf(context.lower);
    const hedge = HEDGE_PATTERN.exec(text);
    if (hedge) context.hedge = hedge[0];
    const reporting = REPORTING_PATTERN.exec(text);
    if (reporting) context.attribution = attributionNear(analysis, context, reporting.index + context.span.start) ?? reporting[0];
  }
  return contexts;
}

/** A reference as a mention of the chain it stands for, named as the chain is, at the reference's own place. */
function standIn(analysis: Analysis, reference: Reference): Mention {
  return { start: reference.start, end: reference.end, text: analysis.chains[reference.chain]?.name ?? reference.text, type: reference.type, chain: reference.chain };
}

/** The event words among a sentence's lower-cased words, each once in the order first written; one pass, no copies. */
function eventWordsOf(lower: readonly string[]): string[] {
  const words = new Set<string>();
  for (const word of lower) if (EVENT_WORDS.has(word)) words.add(word);
  return [...words];
}

/** The sentence containing a span (contexts in text order). */
export function contextOf(contexts: readonly SentenceContext[], span: Span): SentenceContext | undefined {
  let low = 0;
  let high = contexts.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const c = contexts[mid];
    if (span.start < c.span.start) high = mid - 1;
    else if (span.start >= c.span.end) low = mid + 1;
    else return span.end <= c.span.end ? c : undefined;
  }
  return undefined;
}

/** How many mentions back a search for an owner may look: an owner is named close by, and a run-on sentence stays linear. */
const OWNER_LOOKBACK = 12;

/** The last of the owners ending at or before the offset that passes the test, looking back OWNER_LOOKBACK of them. */
function lastBefore(owners: readonly Mention[], offset: number, test: (m: Mention) => boolean): Mention | undefined {
  const from = firstAtOrAfter(owners, offset) - 1;
  for (let i = from; i >= 0 && i > from - OWNER_LOOKBACK; i--) {
    const m = owners[i];
    if (m.end <= offset && test(m)) return m;
  }
  return undefined;
}

/** The last mention in the sentence ending at or before the offset that passes the test (the nearest owner named before). */
export function mentionBefore(context: SentenceContext, offset: number, test: (m: Mention) => boolean): Mention | undefined {
  return lastBefore(context.mentions, offset, test);
}

/**
 * As mentionBefore, a pronoun or description standing for a chain counting as a mention of it: for what belongs to
 * one person whoever the sentence names ("He was sentenced to 14 years"). Ages, records and tallies keep to names:
 * their patterns read the words between the owner and the figure, and "she believed that, at 34" tells an age
 * only of the person the article is most about.
 */
export function ownerBefore(context: SentenceContext, offset: number, test: (m: Mention) => boolean): Mention | undefined {
  return lastBefore(context.owners, offset, test);
}

const COMMON_SOURCE_BEFORE = new RegExp(`\\b(${COMMON_SOURCES.join('|')})\\s*$`, 'i');

/** The named person or organization closest to a reporting verb ("police said", "according to Reuters"). */
function attributionNear(analysis: Analysis, context: SentenceContext, offset: number): string | undefined {
  let best: { distance: number; text: string } | undefined;
  for (const mention of within(context.mentions, { start: offset - 200, end: offset + 240 })) {
    if (mention.type !== 'person' && mention.type !== 'organization') continue;
    const distance = Math.min(Math.abs(mention.end - offset), Math.abs(mention.start - offset));
    if (distance < 40 && (!best || distance < best.distance)) best = { distance, text: analysis.chains[mention.chain]?.name ?? mention.text };
  }
  if (best) return best.text;
  const before = analysis.text.slice(Math.max(context.span.start, offset - 25), offset);
  const common = COMMON_SOURCE_BEFORE.exec(before);
  return common?.[1];
}

const matchesBySentence = new WeakMap<RegExp, WeakMap<SentenceContext, boolean>>();

/** Whether the sentence's text matches the pattern, tested once per sentence and pattern however many claims ask. */
export function sentenceMatches(analysis: Analysis, context: SentenceContext, pattern: RegExp): boolean {
  let bySentence = matchesBySentence.get(pattern);
  if (!bySentence) matchesBySentence.set(pattern, (bySentence = new WeakMap()));
  let found = bySentence.get(context);
  if (found === undefined) {
    found = pattern.test(analysis.text.slice(context.span.start, context.span.end));
    bySentence.set(context, found);
  }
  return found;
}

/** Lower-cased token texts of a sentence between two token positions (clamped). */
export function words(context: SentenceContext, from: number, to: number): string[] {
  return context.lower.slice(Math.max(0, from), Math.max(0, Math.min(context.lower.length, to)));
}

/** A lower-case word in the past tense: regular ("indicted", "approved") or one of the irregular ones. */
export function isPastForm(word: string): boolean {
  return /^\p{Ll}{3,}ed$/u.test(word) || IRREGULAR_PAST.has(word);
}

/** "the injured man", "an armed robber": a participle right after a determiner qualifies a noun; it is no verb. */
export function qualifiesNoun(context: SentenceContext, k: number): boolean {
  return /^(?:the|a|an|his|her|their|its)$/i.test(context.tokens[k - 1]?.text ?? '');
}

/** Position in the sentence's tokens of the first token at or after an offset. */
export function tokenAt(context: SentenceContext, offset: number): number {
  const tokens = context.tokens;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid].end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Crude singular form for grouping nouns ("boats" → "boat", "crewmen" → "crewman"). */
/** Nouns spelt alike in the singular and the plural. */
const INVARIANT_NOUNS = new Set(['species', 'series', 'news', 'aircraft', 'sheep', 'deer', 'fish', 'offspring']);

export function singular(word: string): string {
  const w = word.toLowerCase();
  if (INVARIANT_NOUNS.has(w)) return w;
  if (w.endsWith('men')) return `${w.slice(0, -3)}man`;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(w)) return w;
  if (/(ches|shes|xes|sses)$/.test(w)) return w.slice(0, -2);
  return w.endsWith('s') ? w.slice(0, -1) : w;
}
