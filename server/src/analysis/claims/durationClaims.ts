// Claims about how long something lasted or how long ago it happened: deliberations, hospital stays, contract
// lengths, prison terms ("sentenced to 20 years"), time on the run, time since a heart attack or the event a sentence
// names ("killed by officers two weeks ago").
import { findQuantities } from '../quantities';
import { tokenize } from '../tokenize';
import type { Claim, DateMention, ValueInterval } from '../types';
import type { ClaimKind } from './kinds/kind';
import { contextOf, ownerBefore, tokenAt, words, type Analysis, type SentenceContext } from './context';
import { qualify } from './intervals';
import { ASK_VERBS, DEMAND_VERBS, EVENT_WORDS, POSSIBILITY_MODALS, WISH_VERBS } from '../language/en';
import { within } from './spans';

const PRISON_TERM = 'prison term';
const TIME_SERVED = 'time served';
const CONTRACT_LENGTH = 'contract length';

/** The kind of claim a length of time makes, by what it measures. */
function kindOfLength(topic: string): ClaimKind {
  if (topic === PRISON_TERM) return 'prison-term';
  if (topic === TIME_SERVED) return 'time-served';
  return topic === CONTRACT_LENGTH ? 'contract-length' : 'duration';
}

/**
 * Clock time (hours) and calendar time (days) are kept apart: "30 hours of deliberation" and "four days" of it are
 * both true of one trial, so only lengths in the same kind of unit are compared.
 */
const UNIT_SIZES: ReadonlyMap<string, { measure: 'hours' | 'days'; size: number }> = new Map(Object.entries({
  second: { measure: 'hours', size: 1 / 3600 }, minute: { measure: 'hours', size: 1 / 60 }, hour: { measure: 'hours', size: 1 },
  day: { measure: 'days', size: 1 }, week: { measure: 'days', size: 7 }, fortnight: { measure: 'days', size: 14 },
  month: { measure: 'days', size: 30.44 }, year: { measure: 'days', size: 365.25 }, decade: { measure: 'days', size: 3652.5 },
} as const));
const ISO_UNITS: ReadonlyMap<string, string> = new Map(Object.entries({ Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour', S: 'second' }));

/** Words (lower case) that say what a length of time measures, and how many words away they may stand. */
const LASTING_TOPICS: Array<[RegExp, string, number]> = [
  [/^deliberat/, 'deliberation', 6],
  [/^(?:hospital|hospitalised|hospitalized)$/, 'hospital stay', 6],
  [/^(?:deal|contract|extension|offer|pact)s?$/, CONTRACT_LENGTH, 3],
  [/^(?:manhunt|fugitive)$/, 'time at large', 4],
  [/^(?:siege|standoff|stand-off|captivity)$/, 'captivity', 4],
  [/^(?:strike|walkout|lockout)$/, 'strike', 3],
];
/** Earlier events a "nine days earlier" or "a week after" measures from. */
const SINCE_TOPICS: Array<[RegExp, string, number]> = [[/^(?:heart|stroke|surgery|operation|collapsed|diagnosed)$/, 'time since illness', 6]];
/** Words that make a length of time hypothetical or a maximum ("faces up to 20 years", "could get life"). */
const NOT_STATED: ReadonlySet<string> = new Set(['face', 'faces', 'facing', 'maximum', 'if', 'unless', ...POSSIBILITY_MODALS, ...DEMAND_VERBS, ...ASK_VERBS, ...WISH_VERBS]);
/**
 * How many words before a length of time and after it such a word reaches ("faces up to 20 years", "20 years if
 * convicted"): a word of another clause far off ("... employees ever facing termination") leaves the length stated.
 */
const NOT_STATED_BEFORE = 12;
const NOT_STATED_AFTER = 4;

/** Whether words near a length of time make it hypothetical or a maximum. */
function notStated(context: SentenceContext, first: number, last: number): boolean {
  const near = words(context, first - NOT_STATED_BEFORE, last + 1 + NOT_STATED_AFTER);
  return near.some((w, i) => NOT_STATED.has(w) || (w === 'up' && near[i + 1] === 'to'));
}
const AGO = /^(?:ago|earlier|before|after|later|prior)$/;

/** A duration's count and unit ("P3W" → 3 week), or the same read from "nine days earlier". */
function lengthOf(date: DateMention): { count: number; unit: string } | undefined {
  const iso = /^P(T)?(\d+(?:\.\d+)?)([YMWDHS])$/.exec(date.value ?? '');
  if (date.kind === 'duration' && iso) {
    const unit = iso[1] && iso[3] === 'M' ? 'minute' : ISO_UNITS.get(iso[3]);
    return unit === undefined ? undefined : { count: Number(iso[2]), unit };
  }
  const relative = /^(.+?)\s+(minute|hour|day|week|fortnight|month|year|decade)s?\s+(?:ago|earlier|before|after|later)$/i.exec(date.text);
  if (date.kind !== 'date' || !relative) return undefined;
  const unit = relative[2].toLowerCase();
  const quantity = /^an?$/i.test(relative[1]) ? 1 : findQuantities(relative[1], tokenize(relative[1]), [])[0]?.value;
  return typeof quantity === 'number' ? { count: quantity, unit } : undefined;
}

/** Words right before a length of time that make it how long something lasted ("lasted 30 seconds", "for three hours"). */
const LASTING = /^(?:for|lasted|lasting|lasts)$/i;
/** How far from "for" or "lasted" the event word may stand ("the tremor lasted 30 seconds", "sensing a tremor for one minute"). */
const EVENT_REACH = 5;

/**
 * How long an event lasted, by the event word near "for" or "lasted" before the length: "the tremor lasted 30
 * seconds" is the earthquake's length, keyed by the event so that the quake and the rescue are not compared.
 */
function eventLasting(context: SentenceContext, first: number, last: number): string | undefined {
  let lead = first - 1;
  while (lead >= 0 && /^(?:about|around|almost|nearly|roughly|just|only|some|over|at|least|more|than|less|a|an)$/i.test(context.tokens[lead].text)) lead--;
  if (!LASTING.test(context.tokens[lead]?.text ?? '')) return undefined;
  const event = eventNear(context, lead, last);
  return event && `length of ${event}`;
}

/** The class of the nearest event word within EVENT_REACH tokens before `before` or after `after`. */
function eventNear(context: SentenceContext, before: number, after: number): string | undefined {
  for (let d = 1; d <= EVENT_REACH; d++) {
    for (const k of [before - d, after + d]) {
      const event = EVENT_WORDS.get(context.tokens[k]?.text.toLowerCase() ?? '');
      if (event) return event;
    }
  }
  return undefined;
}

/** Phrases right after a length of time that say what it measures ("eight days on the run", "nine days at large"). */
const LASTING_PHRASES: Array<[RegExp, string]> = [[/^(?:on the (?:run|lam)|at large)\b/, 'time at large']];

function topicAround(context: SentenceContext, first: number, last: number, topics: Array<[RegExp, string, number]>): string | undefined {
  for (const [pattern, topic, span] of topics) if (words(context, first - span, last + span + 1).some((w) => pattern.test(w))) return topic;
  return undefined;
}

function lastingPhraseAfter(context: SentenceContext, last: number): string | undefined {
  const after = words(context, last + 1, last + 4).join(' ');
  return LASTING_PHRASES.find(([pattern]) => pattern.test(after))?.[1];
}

/**
 * A prison term only as the sentence itself: "sentenced to 20 years", "a sentence of 485 years", "a 15-year prison
 * term", "20 years in prison"; "spent nine months in jail" is time served, not a sentence.
 */
function isPrisonTerm(context: SentenceContext, first: number, last: number): boolean {
  const before = words(context, first - 4, first).join(' ');
  const after = words(context, last + 1, last + 4).join(' ');
  if (/\b(?:sentenced to|sentence of|term of)(?: (?:at least|more than|nearly|about|almost))?$/.test(before)) return true;
  const sentenced = words(context, 0, context.tokens.length).some((w) => w.startsWith('sentenc'));
  return sentenced && /^(?:(?:prison|jail) )?(?:sentence|term)\b|^(?:in|behind) (?:prison|jail|bars)\b/.test(after);
}

/**
 * Time served as the object of its verb: "served seven months in a state prison", "after serving more than three
 * years", "spent nine months in jail". "Spent" takes a prison after it; "served" a length of time is served time.
 */
function isTimeServed(context: SentenceContext, first: number, last: number): boolean {
  const before = words(context, first - 3, first).join(' ');
  if (/\b(?:served|serving|serve|serves)(?: (?:at least|more than|nearly|about|almost|just|only))?$/.test(before)) return true;
  const after = words(context, last + 1, last + 4).join(' ');
  return /\b(?:spent|spending|spend|spends)(?: (?:at least|more than|nearly|about|almost|just|only))?$/.test(before) && /^(?:in|behind) (?:(?:a |federal |state )?(?:prison|jail|custody)|bars)\b/.test(after);
}

/** "(eight years, $160 million)", "a five-year, $80 million deal": a length next to a sum of money is the contract's. */
function besideMoney(analysis: Analysis, date: DateMention): boolean {
  return within(analysis.quantities, { start: date.end, end: date.end + 200 }).some((q) => q.kind === 'money' && q.start - date.end <= 4);
}

interface Draft {
  rule: string;
  date: DateMention;
  topic: string;
  interval: ValueInterval;
  unit: string;
  start: number;
  context: SentenceContext;
  /** The person a prison term is given to, named before it in the sentence. */
  person?: number;
}

function draftOf(analysis: Analysis, contexts: readonly SentenceContext[], date: DateMention): Draft | undefined {
  const length = lengthOf(date);
  const context = contextOf(contexts, date);
  if (!length || !context) return undefined;
  const after = analysis.text.slice(date.end, date.end + 8);
  // "a 36-year-old", "an 18-year-old civil war": ages, not lengths of time.
  if (/^-old\b|^ old\b/.test(after)) return undefined;
  const first = tokenAt(context, date.start);
  const last = tokenAt(context, date.end - 1);
  if (notStated(context, first, last)) return undefined;
  const since = date.kind === 'date' || AGO.test(context.tokens[last + 1]?.text.toLowerCase() ?? '');
  let [rule, topic] = since
    ? ['time-since', topicAround(context, first, last, SINCE_TOPICS)]
    : isPrisonTerm(context, first, last)
      ? ['prison-term', PRISON_TERM]
      : isTimeServed(context, first, last)
        ? ['time-served', TIME_SERVED]
        : besideMoney(analysis, date)
          ? ['beside-money', CONTRACT_LENGTH]
          : ['lasting-topic', topicAround(context, first, last, LASTING_TOPICS) ?? lastingPhraseAfter(context, last)];
  // "for 10 days after the call" counts from the call: only a plain length is how long an event lasted.
  const lasted = topic || since ? undefined : eventLasting(context, first, last);
  if (lasted) [rule, topic] = ['lasting-event', lasted];
  // "the teenager killed by officers two weeks ago": how long ago the event its sentence names happened.
  const ago = !topic && since ? eventNear(context, first - 1, last) : undefined;
  if (ago) [rule, topic] = ['time-since-event', `time since ${ago}`];
  if (!topic) return undefined;
  // A prison term belongs to one person: without a name ("He was sentenced to 14 years") it cannot be checked.
  // Time served is the story's person's when the sentence names none ("He served four months").
  const person = topic === PRISON_TERM || topic === TIME_SERVED ? ownerBefore(context, date.start, (m) => m.type === 'person')?.chain : undefined;
  if (topic === PRISON_TERM && person === undefined) return undefined;
  const qualifierStart = context.tokens[Math.max(0, first - 3)].start;
  const before = analysis.text.slice(qualifierStart, date.start).toLowerCase();
  const { interval, qualifier } = qualify(length.count, String(length.count), before);
  const start = qualifier ? qualifierStart + before.lastIndexOf(qualifier) : date.start;
  return { rule, date, topic, interval, unit: length.unit, start, context, ...(person === undefined ? {} : { person }) };
}

function unitSize(unit: string): { measure: 'hours' | 'days'; size: number } {
  return UNIT_SIZES.get(unit) ?? { measure: 'days', size: 1 };
}

function inDays(unit: string): number {
  const { measure, size } = unitSize(unit);
  return measure === 'hours' ? size / 24 : size;
}

/**
 * Per topic and sentence, the lengths in the finest unit written: "for 40 hours over four days" says 40 hours,
 * "after four days and more than 30 hours" says more than 30 hours; "the Orioles seven years, the Nationals eight
 * years" are two claims.
 */
export function durationClaims(analysis: Analysis, contexts: readonly SentenceContext[]): Claim[] {
  const drafts = analysis.dates.flatMap((date) => draftOf(analysis, contexts, date) ?? []);
  const finest = new Map<string, number>();
  const groupOf = (d: Draft): string => `${d.context.index}\u0000${d.topic}`;
  for (const d of drafts) finest.set(groupOf(d), Math.min(finest.get(groupOf(d)) ?? Infinity, inDays(d.unit)));
  return drafts.filter((d) => inDays(d.unit) === finest.get(groupOf(d))).map(({ rule, date, topic, interval, unit, start, context, person }) => {
    const { measure, size } = unitSize(unit);
    const scaled = (v: number): number => (Number.isFinite(v) ? v * size : v);
    return {
      start,
      end: date.end,
      text: analysis.text.slice(start, date.end),
      rule: `duration/${rule}`,
      kind: kindOfLength(topic),
      slot: topic,
      attribute: topic,
      subject: topic,
      subjectChains: person === undefined ? context.chains : [person, ...context.chains.filter((c) => c !== person)],
      triggers: context.triggers,
      value: { kind: 'interval', interval: { ...interval, low: scaled(interval.low), high: scaled(interval.high) }, unit: measure },
      ...(context.hedge ? { hedge: context.hedge } : {}),
      ...(context.attribution ? { attribution: context.attribution } : {}),
      sentence: context.span,
    };
  });
}
