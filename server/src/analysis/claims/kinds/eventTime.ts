// The time of day an event happened ("the call came in at 4:10 a.m.", "the fire started about 9.25pm", "Friday night").
import { MORNING_START, NIGHT_START, PART_OF_DAY_SPANS } from '../../dates/lexicon';
import type { DateMention } from '../../types';
import { INCOMPARABLE, type KindModule, type TimeValue, type ValueRelation } from './kind';

export const DAY_MINUTES = 1440;

/** Parts of the day a text names, as spans of minutes (dates/lexicon.ts). */
const PARTS_OF_DAY: Array<[RegExp, readonly [number, number]]> = [
  [/\bmidnight\b/, PART_OF_DAY_SPANS.midnight],
  [/\bnoon\b|\bmidday\b/, PART_OF_DAY_SPANS.noon],
  [/\bmorning\b/, PART_OF_DAY_SPANS.morning],
  [/\bafternoon\b/, PART_OF_DAY_SPANS.afternoon],
  [/\bevening\b/, PART_OF_DAY_SPANS.evening],
  [/\bnight\b|\btonight\b/, PART_OF_DAY_SPANS.night],
];

/** A 24-hour clock reading the date recognizer took for a year ("2045 GMT", "1100 hrs IST"). */
const CLOCK_WITH_ZONE = /^\s*(?:GMT|UTC|hrs|hours|IST|EST|EDT|PST|PDT|CET|local time)\b/;

/** Whether a date mention is a 24-hour clock reading ("2045 GMT"), not the year it looks like. */
export function isClockReading(date: DateMention, textAfter: string): boolean {
  return /^([01]\d|2[0-3])([0-5]\d)$/.test(date.text) && CLOCK_WITH_ZONE.test(textAfter);
}

/** "early" or "late" before a part of the day ("late Sunday night", "early Friday morning"): its first or last half. */
function narrowed(from: number, to: number, lead: string): TimeValue {
  const half = (to - from) / 2;
  // The weekday may stand between: "early Friday morning".
  if (/\bearly\s+(?:\p{L}+\s+)?$/iu.test(lead)) return { kind: 'time', from, to: from + half, part: true };
  if (/\blate\s+(?:\p{L}+\s+)?$/iu.test(lead)) return { kind: 'time', from: to - half, to, part: true };
  return { kind: 'time', from, to, part: true };
}

/**
 * The time of day a date mention names: a clock time (its resolved "T20:40"), a 24-hour reading followed by a zone
 * ("2045 GMT"), or a part of the day ("Thursday night", "late Sunday night").
 */
export function timeOfDay(date: DateMention, textAfter: string, textBefore = ''): TimeValue | undefined {
  const clock = /T(\d\d):(\d\d)/.exec(date.value ?? '');
  if (date.kind === 'time' && clock) {
    const minute = Number(clock[1]) * 60 + Number(clock[2]);
    return { kind: 'time', from: minute, to: minute };
  }
  if (isClockReading(date, textAfter)) {
    const minute = Number(date.text.slice(0, 2)) * 60 + Number(date.text.slice(2));
    return { kind: 'time', from: minute, to: minute };
  }
  const lower = date.text.toLowerCase();
  const part = PARTS_OF_DAY.find(([pattern]) => pattern.test(lower));
  // "early" may be the mention's own first word or stand before it ("early Friday morning").
  return part && narrowed(part[1][0], part[1][1], `${textBefore} ${lower.slice(0, lower.search(part[0]))}`);
}

/**
 * The part of the day "early" or "late" gives a day named without one: "early Sunday" is its small hours, before the
 * morning starts; "late Saturday" its night before midnight.
 */
export function edgeOfDay(date: DateMention, textBefore: string): TimeValue | undefined {
  const lead = `${textBefore} ${date.text}`.toLowerCase();
  if (/\bearly\s+(?:on\s+)?\p{L}+$/u.test(lead)) return { kind: 'time', from: 0, to: MORNING_START, part: true };
  if (/\blate\s+(?:on\s+)?\p{L}+$/u.test(lead)) return { kind: 'time', from: NIGHT_START, to: DAY_MINUTES, part: true };
  return undefined;
}

/** Minutes between two spans of the day, the shorter way round the clock (0 when they overlap). */
function minutesApart(a: TimeValue, b: TimeValue): number {
  let best = Infinity;
  for (const shift of [-DAY_MINUTES, 0, DAY_MINUTES]) {
    const [from, to] = [b.from + shift, b.to + shift];
    best = Math.min(best, to < a.from ? a.from - to : from > a.to ? from - a.to : 0);
  }
  return best;
}

/**
 * Times of one event further apart than this are taken to be two moments of the story (the call and the arrival,
 * the fire and its end) rather than two reports of one; fit on topics 1-12, where times labelled as differing
 * reports of one moment lie at most an hour apart.
 */
export const SAME_MOMENT_MINUTES = 60;

/** A time on the hour is a rounded one: "7 p.m." and "7:01 p.m." are one time. */
const ROUNDING_MINUTES = 5;

/** Whether a clock time lies inside a part of the day, not on its edge: "noon" is neither "morning" nor "afternoon". */
function strictlyInside(part: TimeValue, point: TimeValue): boolean {
  return [-DAY_MINUTES, 0, DAY_MINUTES].some((shift) => point.from + shift > part.from && point.from + shift < part.to);
}

function compareTimes(a: TimeValue, b: TimeValue): ValueRelation {
  const apart = minutesApart(a, b);
  // A clock time is compatible with the part of the day it lies inside, not one it only touches ("noon",
  // "morning"); compatible is not confirmed: "Friday night" leaves "9.25pm" and "9.31pm" still two reports.
  if (a.part !== b.part) {
    const [part, point] = a.part ? [a, b] : [b, a];
    return strictlyInside(part, point) ? 'incomparable' : apart <= SAME_MOMENT_MINUTES ? 'discrepancy' : 'incomparable';
  }
  const onTheHour = (t: TimeValue): boolean => t.from === t.to && t.from % 60 === 0;
  if ((onTheHour(a) || onTheHour(b)) && apart <= ROUNDING_MINUTES) return 'same';
  if (apart === 0) return a.from === a.to && b.from === b.to && a.from !== b.from ? 'discrepancy' : 'same';
  return apart <= SAME_MOMENT_MINUTES ? 'discrepancy' : 'incomparable';
}

export const eventTime: KindModule = {
  kind: 'event-time',
  label: 'time of day of an event',
  scope: 'event',
  matching: 'default',
  cumulative: () => false,
  compare: (a, b) => (a.value.kind === 'time' && b.value.kind === 'time' ? { relation: compareTimes(a.value, b.value), rule: 'times' } : INCOMPARABLE),
};
