// Claims about when an event happened: a date or weekday tied to the event word before it ("checked into rehab on Friday").
import type { Claim, DateMention } from '../types';
import { EVENT_WORDS, tokenAt, type Analysis, type SentenceContext } from './context';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Events whose date is worth checking; reporting and vague verbs are left out. */
const DATED_EVENTS = new Set(['death', 'arrest', 'earthquake', 'shooting', 'fire', 'signing', 'check-in', 'release', 'conviction', 'sentence', 'escape', 'launch', 'attack', 'hijacking', 'dismissal', 'hiring', 'appointment', 'call', 'knockout', 'win']);

/** The date text as a comparable value: the resolved date, else "weekday:friday" or "month:december". */
export function dateValue(date: DateMention): string | undefined {
  const lower = date.text.toLowerCase();
  const weekday = WEEKDAYS.find((d) => lower.includes(d));
  const month = MONTHS.find((m) => new RegExp(`\\b${m}\\b`).test(lower));
  if (date.value && /^\d{4}(-\d\d){0,2}$/.test(date.value)) return weekday && date.value.length === 10 ? `${date.value}|weekday:${weekday}` : date.value;
  if (weekday && !/\b(?:last|next|this)\b/.test(lower)) return `weekday:${weekday}`;
  if (month && !/\d/.test(lower)) return `month:${month}`;
  return undefined;
}

/** The event word nearest before the date in its sentence (within eight tokens), or just after it. */
function eventBefore(context: SentenceContext, first: number): string | undefined {
  for (let d = 1; d <= 8; d++) {
    const before = EVENT_WORDS[context.tokens[first - d]?.text.toLowerCase() ?? ''];
    if (before && DATED_EVENTS.has(before)) return before;
    if (d <= 3) {
      const after = EVENT_WORDS[context.tokens[first + d]?.text.toLowerCase() ?? ''];
      if (after && DATED_EVENTS.has(after)) return after;
    }
  }
  return undefined;
}

export function dateClaims(analysis: Analysis, contexts: readonly SentenceContext[]): Claim[] {
  const claims: Claim[] = [];
  for (const date of analysis.dates) {
    if (date.kind !== 'date') continue;
    const context = contexts.find((c) => c && c.span.start <= date.start && date.end <= c.span.end);
    const value = dateValue(date);
    if (!context || value === undefined) continue;
    const event = eventBefore(context, tokenAt(context, date.start));
    if (!event) continue;
    claims.push({
      start: date.start,
      end: date.end,
      text: date.text,
      attribute: `date of ${event}`,
      subject: event,
      subjectChains: context.chains,
      triggers: context.triggers,
      value: { kind: 'date', value },
      ...(context.hedge ? { hedge: context.hedge } : {}),
      ...(context.attribution ? { attribution: context.attribution } : {}),
      sentence: context.span,
    });
  }
  return claims;
}
