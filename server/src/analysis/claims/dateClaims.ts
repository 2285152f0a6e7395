// Claims about when an event happened: a date or weekday tied to the event word before it ("checked into rehab on Friday").
import type { Claim, DateMention } from '../types';
import { within } from './spans';
import { EVENT_WORDS, FATAL_WORDS, FUNCTION_WORDS, monthNamed, MONTHS, REPORTING_WORDS, weekdayNamed, WEEKDAYS } from '../language/en';
import { edgeOfDay, isClockReading, timeOfDay } from './kinds/eventTime';
import { END_STEP, listedTimeStep, stepOfEventWord, timeStep } from './timeStep';
import type { DateValue, TimeValue } from './kinds/kind';
import { verbBeforePlace, VERB_BEFORE_PLACE_RULE } from './placePhraseDate';
import { contextOf, isPastForm, qualifiesNoun, tokenAt, type Analysis, type SentenceContext } from './context';

/** Events whose date is worth checking; reporting and vague verbs are left out. */
const DATED_EVENTS = new Set(['death', 'arrest', 'earthquake', 'shooting', 'fire', 'signing', 'check-in', 'release', 'conviction', 'sentence', 'escape', 'launch', 'attack', 'hijacking', 'dismissal', 'hiring', 'appointment', 'call', 'knockout', 'win', 'disappearance', 'proposal', 'retirement', 'birth', 'testimony']);

/** A date as a value: the ISO date with the weekday and month it implies, and the weekday the text names. */
function structured(date: string | undefined, weekday: string | undefined, month: string | undefined): DateValue {
  const value: DateValue = { kind: 'date', named: weekday !== undefined };
  if (date) value.date = date;
  if (weekday) value.weekday = WEEKDAYS.indexOf(weekday);
  else if (date?.length === 10) value.weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  if (date && date.length >= 7) value.month = Number(date.slice(5, 7));
  else if (month) value.month = MONTHS.indexOf(month) + 1;
  return value;
}

/** "Last year", "next year": one whole year from the article's, as definite as a day named by its offset. */
const WHOLE_YEAR_BEFORE_OR_AFTER = /^(?:last|next) year$/;

/**
 * The date text as a comparable value: the resolved date, else the weekday or the month it names. A relative
 * date keeps its resolved value only when the article has a date of its own, and only when it names
 * a day, a month or the year before or after: "later this year" is too vague to check.
 */
export function dateValue(date: DateMention, referenceStated: boolean): DateValue | undefined {
  const lower = date.text.toLowerCase();
  const weekday = weekdayNamed(lower);
  const month = monthNamed(lower);
  if (date.relative && !month && date.granularity !== 'day' && date.granularity !== 'time' && !WHOLE_YEAR_BEFORE_OR_AFTER.test(lower)) return undefined;
  if (date.value && /^\d{4}(-\d\d){0,2}$/.test(date.value) && (referenceStated || !date.relative)) {
    const value = structured(date.value, weekday && date.value.length === 10 ? weekday : undefined, undefined);
    if (date.relative) value.relative = true;
    // "June 20" names its month and day; the year is the nearest one before the article's date.
    return month && !/\b\d{4}\b|['’]\d\d\b/.test(lower) ? { ...value, yearGuessed: true } : value;
  }
  if (weekday && !/\b(?:last|next|this)\b/.test(lower)) return structured(undefined, weekday, undefined);
  if (month && !/\d/.test(lower)) return structured(undefined, undefined, month);
  // "November 19" in an article without a date of its own: no year, still a day of a month.
  const day = month && !/\d{3}|['’]\d/.test(lower) ? /\b([12]?\d|3[01])(?:st|nd|rd|th)?\b/.exec(lower) : null;
  if (month && day) return { ...structured(undefined, weekday, month), dayOfMonth: Number(day[1]) };
  return undefined;
}

/** Fewer lower-case words than this make a line a timestamp ("Posted on May 2, 2013, 1:32 PM EDT"), not a sentence. */
const SENTENCE_WORDS = 3;

/** A timestamp line is short: the search for its ends looks no further, so a long line costs nothing per date. */
const TIMESTAMP_REACH = 200;

/** Whether the line around an offset is a publication timestamp: a date and a time, hardly a word of a sentence. */
function timestampLine(text: string, offset: number): boolean {
  const from = Math.max(0, offset - TIMESTAMP_REACH);
  const window = text.slice(from, offset + TIMESTAMP_REACH);
  const at = offset - from;
  const start = window.lastIndexOf('\n', at);
  const end = window.indexOf('\n', at);
  if ((start < 0 && from > 0) || (end < 0 && offset + TIMESTAMP_REACH < text.length)) return false;
  const line = window.slice(start + 1, end < 0 ? window.length : end);
  return (line.match(/(?<![\p{L}])\p{Ll}{3,}/gu) ?? []).length < SENTENCE_WORDS;
}

/** Words after which a date bounds or precedes the event rather than dating it ("since 1991", "until Friday"). */
const NOT_THE_EVENT_DATE = new Set(['since', 'until', 'till', 'before', 'after', 'by', 'from', 'through', 'between']);
/** Words before a clock time that place it roughly rather than bound the event ("shortly after 2 a.m."). */
const APPROXIMATE_TIME = new Set(['after', 'before']);
/** Nouns before an event word that make it something else ("heart attack", "fire truck" is caught by case). */
const NOT_AN_EVENT = new Set(['heart', 'panic', 'asthma', 'anxiety']);

/** An event word as written in lower case: "Catching Fire" is a title, not a fire. */
function eventWordAt(context: SentenceContext, k: number): string | undefined {
  const token = context.tokens[k];
  if (!token || (/^\p{Lu}/u.test(token.text) && !token.sentenceStart)) return undefined;
  // The sentence's lower-cased words, made once: this runs at up to a dozen tokens around every date.
  const before = context.lower[k - 1] ?? '';
  if (NOT_AN_EVENT.has(before)) return undefined;
  // "the fatal shooting", "a deadly attack": the event is a death.
  const written = EVENT_WORDS.get(context.lower[k]);
  const event = written !== undefined && FATAL_WORDS.has(before) ? 'death' : written;
  // "a fashion line called Mantra", "a ship named Salahuddin": naming, not a call or an appointment.
  if (/^(?:called|named)$/i.test(token.text) && /^\p{Lu}/u.test(context.tokens[k + 1]?.text ?? '')) return undefined;
  // "checked out of the Betty Ford Center on Thursday" is the opposite of a check-in.
  if (event === 'check-in' && /^(?:out|off)$/i.test(context.tokens[k + 1]?.text ?? '')) return undefined;
  return event && DATED_EVENTS.has(event) ? event : undefined;
}

/** Words between a date and a later event word that put the event in another clause ("Saturday if the fire"). */
const CLAUSE_BREAK = /^(?:if|when|whether|after|before|as|because|that|which|while|since|;)$/i;
/**
 * Between an earlier event word and the date, a comma or an auxiliary hands the date to another verb: "a bar
 * stabbing was on suicide watch Monday", "poisoning two of them, starts trial Monday".
 */
const VERB_OR_BREAK = /^(?:,|;|:|was|were|is|are|has|have|had|will|would|be|been|being|starts|begins|opens|resumes)$/i;
/** A preposition after the date starts a phrase of another verb ("grieving Saturday over the loss of their coach"). */
const PREPOSITION = /^(?:with|of|for|to|in|at|on|over|about|from|by)$/i;

/** A comma of an age written after a name ("the fatal stabbing of Tom Reyes, 17, on Saturday"): no clause break. */
function inAgeAppositive(context: SentenceContext, k: number): boolean {
  const text = (i: number): string => context.tokens[i]?.text ?? '';
  if (text(k) !== ',') return false;
  return (/^\d{1,3}$/.test(text(k - 1)) && text(k - 2) === ',') || (/^\d{1,3}$/.test(text(k + 1)) && text(k + 2) === ',');
}

/**
 * The event word nearest before the date in its sentence (within eight tokens), or just after it in the same
 * clause, with its position. A possessive date dates the noun it qualifies ("Friday night's fire", "Sunday's game").
 */
function eventNear(context: SentenceContext, first: number, last: number): { event: string; at: number; verb?: true } | undefined {
  const possessive = /^(?:'s|’s|'|’)$/.test(context.tokens[last + 1]?.text ?? '') || /['’]s?$/.test(context.tokens[last].text);
  let sameClause = true;
  let beforeOpen = !possessive;
  for (let d = 1; d <= 8; d++) {
    beforeOpen &&= !(d > 1 && VERB_OR_BREAK.test(context.tokens[first - d + 1]?.text ?? '') && !inAgeAppositive(context, first - d + 1));
    const before = beforeOpen ? eventWordAt(context, first - d) : undefined;
    if (before) return { event: before, at: first - d };
    sameClause &&= !CLAUSE_BREAK.test(context.tokens[last + d]?.text ?? '') && !(d > 1 && PREPOSITION.test(context.tokens[last + d - 1]?.text ?? ''));
    const after = sameClause && d <= 3 ? eventWordAt(context, last + d) : undefined;
    if (after) return { event: after, at: last + d };
  }
  return undefined;
}

/** A past-tense verb as written: regular ("indicted", "approved") or one of the irregular ones; reporting verbs say who told, not what happened. */
function pastVerbAt(context: SentenceContext, k: number): string | undefined {
  const word = context.tokens[k]?.text;
  if (!word || !/^\p{Ll}+$/u.test(word) || REPORTING_WORDS.has(word)) return undefined;
  return !qualifiesNoun(context, k) && isPastForm(word) ? word : undefined;
}

const COORDINATOR = /^(?:and|but|or)$/i;

/** Words a sentence may open with before its date ("Then, on November 18,", "Later, in 2006,"): no clause of their own. */
const OPENING_LEAD = /^(?:,|then|later|earlier|and|but|so|also|on|in|at|by|early|late)$/i;

/** The rule of a date or time in a sentence's opening run of times, past the run's other times to its clause. */
const OPENING_TIMES_RULE = 'date/opening-run-of-times';

/** "around", "a.m.", a zone: what a clock time of the opening may have around its mention. */
const CLOCK_WORD = /^(?:around|about|approximately|roughly|shortly|just|[ap]\.?m\.?|GMT|UTC|local|time|hrs|hours|[ECMP][SD]T|IST|CET)$/i;

/**
 * The tokens of the sentence's opening run of times ("Early Friday morning, around 1:30 a.m., the actress checked
 * in"): lead words, the tokens of date mentions and the words around their clock times, up to the comma that closes the run. -1: none.
 */
function openingTimesEnd(context: SentenceContext, dates: readonly DateMention[]): number {
  const own = within(dates, context.span);
  const inDates = (k: number): boolean => own.some((d) => d.start <= context.tokens[k].start && context.tokens[k].end <= d.end);
  let end = -1;
  for (let k = 0; k < context.tokens.length; k++) {
    const text = context.tokens[k].text;
    if (text === ',') end = k;
    else if (!OPENING_LEAD.test(text) && !CLOCK_WORD.test(text) && !inDates(k)) break;
  }
  return end;
}

/** The clock time of a sentence's opening run of times ("Early Friday morning, around 1:30 a.m.,"): the time of its day. */
function openingClock(analysis: Analysis, context: SentenceContext, openingEnd: number): TimeValue | undefined {
  if (openingEnd < 0) return undefined;
  for (const date of within(analysis.dates, { start: context.span.start, end: context.tokens[openingEnd].start })) {
    const time = date.kind === 'time' ? timeOfDay(date, analysis.text.slice(date.end, date.end + 12)) : undefined;
    if (time && !time.part) return time;
  }
  return undefined;
}

/** Whether a date stands in the sentence's opening phrase: only lead words and commas before it. */
function opensSentence(context: SentenceContext, first: number): boolean {
  for (let k = 0; k < first; k++) if (!OPENING_LEAD.test(context.tokens[k].text)) return false;
  return true;
}

/** How many words from a date its clause's verb may stand. */
const VERB_WINDOW = 8;

/**
 * The verb of the date's clause when no event word is near ("Kendal residents in 2007 approved a loan", "In 1969, he
 * was indicted"): the nearest past-tense verb within the clause, before the date or after it; a sentence-opening
 * date reaches across its comma. Two articles' dates of one verb are dates of one event.
 */
function verbOfClause(context: SentenceContext, first: number, last: number): { event: string; at: number; verb: true } | undefined {
  const opening = opensSentence(context, first);
  let beforeOpen = true;
  let afterOpen = true;
  for (let d = 1; d <= VERB_WINDOW; d++) {
    const after = context.tokens[last + d]?.text ?? '';
    // "a draft choice in 1978 and played for 11 seasons": a verb after "and" is the next predicate's, undated.
    afterOpen &&= !(CLAUSE_BREAK.test(after) || COORDINATOR.test(after) || (after === ',' && !opening) || after === '.');
    const verbAfter = afterOpen ? pastVerbAt(context, last + d) : undefined;
    if (verbAfter) return { event: verbAfter, at: last + d, verb: true };
    const before = context.tokens[first - d]?.text ?? '';
    beforeOpen &&= !(CLAUSE_BREAK.test(before) || before === ',');
    const verbBefore = beforeOpen ? pastVerbAt(context, first - d) : undefined;
    if (verbBefore) return { event: verbBefore, at: first - d, verb: true };
  }
  return undefined;
}

/** How many tokens a clause's subject may take after an opening date ("a 41-year-old Dutch climber" is nine). */
const SUBJECT_REACH = 10;

/**
 * The event of a clause a date opens ("On Friday, 41-year-old Peter Lindqvist died", "Yesterday, a climber died"): the
 * clause's first past-tense verb past the comma, when it is an event word; any other verb first ("On Wednesday, two
 * guards on duty that night were arrested") leaves the date unread.
 */
function openingClauseEvent(context: SentenceContext, first: number, last: number, openingEnd: number): { event: string; at: number; rule?: string } | undefined {
  // In an opening run of times the clause starts past its last one: "Early Friday morning, around 1:30 a.m., the
  // actress checked in" (a rule of its own); else right after the date's comma.
  const lead = opensSentence(context, first) && context.tokens[last + 1]?.text === ',';
  if (!lead && !(first < openingEnd)) return undefined;
  const comma = first < openingEnd ? openingEnd : last + 1;
  const rule = lead && comma === last + 1 ? undefined : OPENING_TIMES_RULE;
  for (let k = comma + 1; k <= comma + SUBJECT_REACH; k++) {
    const word = context.tokens[k]?.text ?? '.';
    if (CLAUSE_BREAK.test(word) || word === ',' || word === '.') return undefined;
    if (pastVerbAt(context, k) === undefined) continue;
    const event = eventWordAt(context, k);
    return event === undefined ? undefined : { event, at: k, ...(rule ? { rule } : {}) };
  }
  return undefined;
}

/** The rule of a date tied to its clause's verb and that verb's object ("in 2007 approved a $2 million loan"). */
export const VERB_AND_OBJECT_RULE = 'date/verb-and-object';

/** Words between a verb and its object's noun: determiners, figures and their units. */
const BEFORE_OBJECT_NOUN = /^(?:a|an|the|its|their|his|her|our|this|that|these|those|million|billion|thousand|hundred|[$€£]|\d[\d.,]*)$/i;

/** Bounds the search on a run of figures (a sentence of numbers costs no more per date); "a $3 million" is four tokens. */
const OBJECT_REACH = 8;

/**
 * The lower-case noun a verb acts on ("approved a $3 million bond": "bond"): the first word after it past determiners
 * and figures; none for a named object ("hosted the Oscars"), a preposition ("returned to prison") or a passive verb.
 */
function objectNounAfter(context: SentenceContext, at: number): string | undefined {
  for (let k = at + 1; k < Math.min(context.tokens.length, at + 1 + OBJECT_REACH); k++) {
    const word = context.tokens[k].text;
    if (BEFORE_OBJECT_NOUN.test(word)) continue;
    return /^\p{Ll}{3,}$/u.test(word) && !FUNCTION_WORDS.has(word) ? word : undefined;
  }
  return undefined;
}

/** The people named or referred to ("she checked in") within 60 characters of the event word: whose check-in, firing or call the date is about. */
function participants(context: SentenceContext, at: number): number[] {
  const token = context.tokens[at];
  const near = new Set<number>();
  for (const m of within(context.owners, { start: token.start - 200, end: token.end + 200 })) {
    if (m.type !== 'person') continue;
    const distance = m.end <= token.start ? token.start - m.end : m.start - token.end;
    if (distance >= 0 && distance <= 60) near.add(m.chain);
  }
  return [...near];
}

export function dateClaims(analysis: Analysis, contexts: readonly SentenceContext[]): Claim[] {
  const claims: Claim[] = [];
  const referenceStated = analysis.referenceDate !== null;
  // A sentence's opening run is read once for all its dates: a sentence of dates would read it once per date.
  const openingEnds = new Map<SentenceContext, number>();
  for (const date of analysis.dates) {
    if (date.kind !== 'date' && date.kind !== 'time') continue;
    const context = contextOf(contexts, date);
    const after = analysis.text.slice(date.end, date.end + 12);
    const value = date.kind === 'date' && !isClockReading(date, after) ? dateValue(date, referenceStated) : undefined;
    const textBefore = analysis.text.slice(Math.max(0, date.start - 12), date.start);
    const time = timeOfDay(date, after, textBefore);
    if (!context || (value === undefined && time === undefined)) continue;
    const first = tokenAt(context, date.start);
    const last = tokenAt(context, date.end - 1);
    let openingEnd = openingEnds.get(context);
    if (openingEnd === undefined) openingEnds.set(context, (openingEnd = openingTimesEnd(context, analysis.dates)));
    // "just after 1:50 a.m." is about when; "after Friday" bounds the event; "extinguished by 7:35 a.m." is when it ended.
    const bound = context.tokens[first - 1]?.text.toLowerCase() ?? '';
    const clock = time !== undefined && time.from === time.to && !value;
    if (NOT_THE_EVENT_DATE.has(bound) && !(clock && (APPROXIMATE_TIME.has(bound) || (bound === 'by' && timeStep(context, first, last) === END_STEP)))) continue;
    // "convicted of the August 8, 2006 armed robbery": a date between "the" and a lower-case word dates that noun.
    const attributive = /^the$/i.test(context.tokens[first - 1]?.text ?? '') && /^\p{Ll}/u.test(context.tokens[last + 1]?.text ?? '');
    if (attributive && !eventWordAt(context, last + 1)) continue;
    // A clock time with no event word near it is the time of the step its clause names ("Gunfire was reported at
    // about 2:30 p.m.", "at 9:12am police were called": the event itself; "surrendered at 6 p.m.": the arrest).
    // A part of the day ("Tuesday afternoon") only by a step word of its clause ("the bodies were found"): it gives no date.
    const stepped = time === undefined || timestampLine(analysis.text, date.start) ? undefined : clock ? timeStep(context, first, last) : listedTimeStep(context, first, last);
    const afterPlace = verbBeforePlace(context, first, (k) => eventWordAt(context, k));
    const near = eventNear(context, first, last)
      ?? (afterPlace !== undefined ? { event: eventWordAt(context, afterPlace) as string, at: afterPlace, rule: VERB_BEFORE_PLACE_RULE } : undefined)
      ?? openingClauseEvent(context, first, last, openingEnd)
      ?? (stepped !== undefined ? { event: stepped, at: -1, onlyTime: true } : undefined)
      // Only years and months: a weekday with no event word is as often a later step of the story (a hearing, an update).
      ?? (value && !time && !value.named && !timestampLine(analysis.text, date.start) ? verbOfClause(context, first, last) : undefined);
    if (!near) continue;
    const who = near.at < 0 ? [] : participants(context, near.at);
    const claim = {
      start: date.start,
      end: date.end,
      text: date.text,
      slot: near.event,
      subject: near.event,
      // Other people in the sentence are not part of this event; its organizations and places still are.
      subjectChains: who.length > 0 ? [...who, ...context.chains.filter((c) => analysis.chains[c]?.type !== 'person')] : context.chains,
      triggers: context.triggers,
      ...(context.hedge ? { hedge: context.hedge } : {}),
      ...(context.attribution ? { attribution: context.attribution } : {}),
      sentence: context.span,
    };
    // Two clauses of one verb and one object noun date one event whoever they name ("Kendal residents in 2007 approved a
    // $2 million loan", "Residents in 2006 approved a $2 million loan"); without an object they need a shared participant.
    // "married two weeks ago": a date right after the verb is no object of it.
    const rule = 'rule' in near ? near.rule : undefined;
    const object = 'verb' in near && near.verb && near.at + 1 !== first ? objectNounAfter(context, near.at) : undefined;
    if (value && object) claims.push({ ...claim, slot: `${near.event} ${object}`, subject: `${near.event} ${object}`, rule: VERB_AND_OBJECT_RULE, kind: 'event-date', attribute: `date of ${near.event} ${object}`, value });
    else if (value && !('onlyTime' in near)) {
      // "Thursday night" against "early Friday morning": the part of the day tells how far apart the two days are.
      // The opening's clock time is the time of its day: "Early Friday morning, around 1:30 a.m.".
      const part = (first < openingEnd ? openingClock(analysis, context, openingEnd) : undefined) ?? (time?.part ? time : undefined)
        ?? (value.named ? edgeOfDay(date, textBefore) : undefined);
      const dated = part ? { ...value, partOfDay: { from: part.from, to: part.to } } : value;
      claims.push({ ...claim, rule: rule ?? ('verb' in near && near.verb ? 'date/verb-of-clause' : 'date/event-word-near-date'), kind: 'event-date', attribute: `date of ${near.event}`, value: dated });
    }
    if (time) {
      // Times are compared by the step of the story they time: "the blaze" and "broke out" time one event.
      const timed = near.at < 0 ? near.event : stepOfEventWord(context, near.at, near.event);
      claims.push({ ...claim, slot: timed, subject: timed, rule: rule ?? (near.at < 0 ? 'date/clock-time-of-clause' : 'date/event-word-near-time'), kind: 'event-time', attribute: `time of ${timed}`, value: time });
    }
  }
  return claims;
}
