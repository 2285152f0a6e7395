// What surrounds a claim in its sentence: hedges, attribution, event words and the entities named there.
import type { Token } from '../tokenize';
import type { DocumentAnalysis, Mention, Span } from '../types';

export type Analysis = Omit<DocumentAnalysis, 'claims'>;

/** Tokens of one sentence plus the chains it mentions: the unit every claim extractor works on. */
export interface SentenceContext {
  index: number;
  span: Span;
  tokens: Token[];
  chains: number[];
  triggers: string[];
  hedge?: string;
  attribution?: string;
}

const HEDGES = /\b(reportedly|allegedly|apparently|possibly|probably|could be|may have|might have|is believed|are believed|was believed|were believed|unconfirmed|rumou?red|is thought|was thought|were thought|estimated)\b/i;
const REPORTING_VERBS = /\b(said|says|told|reported|according to|announced|confirmed|claimed|stated|estimated)\b/i;

/** Event words whose presence identifies what a quantity or date is about. */
export const EVENT_WORDS: Record<string, string> = {
  killed: 'death', killing: 'death', dead: 'death', died: 'death', deaths: 'death', death: 'death', dies: 'death', fatalities: 'death', suffocated: 'death',
  injured: 'injury', injuring: 'injury', wounded: 'injury', wounding: 'injury', hurt: 'injury', injuries: 'injury',
  missing: 'missing',
  arrested: 'arrest', arrest: 'arrest', detained: 'arrest', captured: 'arrest', apprehended: 'arrest', custody: 'arrest', nabbed: 'arrest',
  rescued: 'rescue', evacuated: 'evacuation',
  marched: 'crowd', rallied: 'crowd', protesters: 'crowd', demonstrators: 'crowd', attended: 'crowd', streets: 'crowd', crowd: 'crowd', marchers: 'crowd', march: 'crowd', rally: 'crowd',
  earthquake: 'earthquake', quake: 'earthquake', tremor: 'earthquake', struck: 'strike', hit: 'strike', shot: 'shooting', shooting: 'shooting', fire: 'fire', blaze: 'fire',
  signed: 'signing', deal: 'deal', contract: 'deal', offer: 'deal', bailout: 'bailout', loan: 'loan', election: 'election', vote: 'vote', poll: 'vote',
  attack: 'attack', attacked: 'attack', hijacked: 'hijacking', fired: 'dismissal', sacked: 'dismissal', hired: 'hiring', named: 'appointment', appointed: 'appointment',
  checked: 'check-in', entered: 'check-in', admitted: 'check-in', rehab: 'check-in', released: 'release', convicted: 'conviction', sentenced: 'sentence',
  escaped: 'escape', launched: 'launch', disappeared: 'disappearance', vanished: 'disappearance', proposed: 'proposal', unveiled: 'proposal',
  retired: 'retirement', born: 'birth', testify: 'testimony', testified: 'testimony', won: 'win', defeated: 'win', knocked: 'knockout', call: 'call', called: 'call', spoke: 'call', talks: 'call',
};

export function sentenceContexts(analysis: Analysis, tokens: readonly Token[]): SentenceContext[] {
  const contexts: SentenceContext[] = [];
  for (const token of tokens) {
    let context = contexts[token.sentence];
    if (!context) {
      context = { index: token.sentence, span: { start: token.start, end: token.end }, tokens: [], chains: [], triggers: [] };
      contexts[token.sentence] = context;
    }
    context.tokens.push(token);
    context.span.end = token.end;
  }
  const mentions = analysis.mentions;
  let nextMention = 0;
  for (const context of contexts) {
    if (!context) continue;
    const text = analysis.text.slice(context.span.start, context.span.end);
    const chains = new Set<number>();
    // Mentions are in text order, so one pass over them serves all sentences (not every mention per sentence).
    while (nextMention < mentions.length && mentions[nextMention].start < context.span.start) nextMention++;
    for (let i = nextMention; i < mentions.length && mentions[i].start < context.span.end; i++) {
      if (mentions[i].end <= context.span.end) chains.add(mentions[i].chain);
    }
    context.chains = [...chains];
    context.triggers = [...new Set(context.tokens.map((t) => t.text.toLowerCase()).filter((w) => w in EVENT_WORDS))];
    const hedge = HEDGES.exec(text);
    if (hedge) context.hedge = hedge[0];
    const reporting = REPORTING_VERBS.exec(text);
    if (reporting) context.attribution = attributionNear(analysis, context, reporting.index + context.span.start) ?? reporting[0];
  }
  return contexts;
}

/** The named person or organization closest to a reporting verb ("police said", "according to Reuters"). */
function attributionNear(analysis: Analysis, context: SentenceContext, offset: number): string | undefined {
  let best: { distance: number; text: string } | undefined;
  for (const mention of mentionsIn(analysis, context.span)) {
    if (mention.type !== 'person' && mention.type !== 'organization') continue;
    const distance = Math.min(Math.abs(mention.end - offset), Math.abs(mention.start - offset));
    if (distance < 40 && (!best || distance < best.distance)) best = { distance, text: analysis.chains[mention.chain]?.name ?? mention.text };
  }
  if (best) return best.text;
  const before = analysis.text.slice(Math.max(context.span.start, offset - 25), offset);
  const common = /\b(police|officials|authorities|witnesses|sources|the ministry|the army|the navy|the government|rescuers)\s*$/i.exec(before);
  return common?.[1];
}

/** The mentions inside a span, by binary search over the text-ordered mentions (not a scan of all of them). */
export function mentionsIn(analysis: Pick<DocumentAnalysis, 'mentions'>, span: Span): Mention[] {
  const mentions = analysis.mentions;
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (mentions[mid].start < span.start) low = mid + 1;
    else high = mid;
  }
  const inside: Mention[] = [];
  for (let i = low; i < mentions.length && mentions[i].start < span.end; i++) if (mentions[i].end <= span.end) inside.push(mentions[i]);
  return inside;
}

/** The sentence that holds a span, by binary search (sentences are in text order and do not overlap). */
export function contextOf(contexts: readonly SentenceContext[], span: Span): SentenceContext | undefined {
  let low = 0;
  let high = contexts.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    let at = mid;
    while (at > low && !contexts[at]) at--;
    const context = contexts[at];
    if (!context || context.span.end < span.start) low = mid + 1;
    else if (context.span.start > span.start) high = at - 1;
    else return span.end <= context.span.end ? context : undefined;
  }
  return undefined;
}

/** Lower-cased token texts of a sentence between two token positions (clamped). */
export function words(context: SentenceContext, from: number, to: number): string[] {
  return context.tokens.slice(Math.max(0, from), Math.max(0, Math.min(context.tokens.length, to))).map((t) => t.text.toLowerCase());
}

/** Position in the sentence's tokens of the first token at or after an offset. */
export function tokenAt(context: SentenceContext, offset: number): number {
  const i = context.tokens.findIndex((t) => t.end > offset);
  return i < 0 ? context.tokens.length : i;
}

/** Crude singular form for grouping nouns ("boats" → "boat", "crewmen" → "crewman"). */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (w.endsWith('men')) return `${w.slice(0, -3)}man`;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(w)) return w;
  if (/(ches|shes|xes|sses)$/.test(w)) return w.slice(0, -2);
  return w.endsWith('s') ? w.slice(0, -1) : w;
}
