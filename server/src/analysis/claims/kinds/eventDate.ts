// The day, month or year an event happened ("checked into rehab on Friday", "died on December 8, 2008").
import { MORNING_START, NIGHT_START } from '../../dates/lexicon';
import { DAY_MINUTES, SAME_MOMENT_MINUTES } from './eventTime';
import type { DateValue } from './kind';
import { INCOMPARABLE, type KindModule, type ValueRelation } from './kind';

/** A day written out with its year ("June 27, 1973"), not a weekday, a guessed year or "yesterday". */
function writtenDay(x: DateValue): boolean {
  return !x.named && !x.yearGuessed && !x.relative;
}

/** The day of the month a date names: written without a year, or its full date's. */
function dayOfMonth(x: DateValue): number | undefined {
  return x.dayOfMonth ?? (x.date?.length === 10 ? Number(x.date.slice(8)) : undefined);
}

/** A day named without a part of the day. */
const WHOLE_DAY = { from: 0, to: DAY_MINUTES };

/**
 * Two named weekdays a day apart told of one night: "Thursday night" and "early Friday morning" meet, and the small
 * hours of the later day ("Friday, around 1:30 a.m.") belong to the earlier day's night, so "Thursday" or "Thursday
 * night" against them differ as a discrepancy. A day without a part of the day is the whole day; two whole days
 * are two days.
 */
function nightAcrossDays(x: DateValue, y: DateValue): boolean {
  if ((!x.partOfDay && !y.partOfDay) || x.weekday === undefined || y.weekday === undefined) return false;
  const [early, late] = (x.weekday + 1) % 7 === y.weekday ? [x, y] : (y.weekday + 1) % 7 === x.weekday ? [y, x] : [];
  if (!early || !late) return false;
  const [before, after] = [early.partOfDay ?? WHOLE_DAY, late.partOfDay ?? WHOLE_DAY];
  const meet = after.from + DAY_MINUTES - before.to <= SAME_MOMENT_MINUTES && after.to + DAY_MINUTES >= before.from;
  return meet || (after.to <= MORNING_START && before.to >= NIGHT_START);
}

function compareDates(x: DateValue, y: DateValue): ValueRelation {
  // A weekday is what the article wrote; the date behind it depends on a reference date that may be off.
  if (x.weekday !== undefined && y.weekday !== undefined && x.named && y.named) return x.weekday === y.weekday ? 'same' : 'contradiction';
  if (x.date && y.date) {
    // A year or a month against a day names two events more often than one (a death "today", the first deaths
    // "since 1991"; a quake "in February", this week's quake "on Sunday"); a day written out in full with its year
    // ("On June 27, 1973") is the month's own event ("in July 1973").
    if (x.date.length !== y.date.length && (Math.min(x.date.length, y.date.length) === 4 || !writtenDay(x.date.length === 10 ? x : y))) return 'incomparable';
    const common = Math.min(x.date.length, y.date.length);
    // A guessed year is compared by month and day: "June 20" in a 2005 and a 2007 article may be one day.
    const from = (x.yearGuessed || y.yearGuessed) && common === 10 ? 5 : 0;
    if (x.date.slice(from, common) !== y.date.slice(from, common)) return 'contradiction';
    return x.date.length === y.date.length ? 'same' : 'incomparable';
  }
  // A day of a month without its year ("November 19" in an undated article) against another day: by month and day.
  const [dayX, dayY] = [dayOfMonth(x), dayOfMonth(y)];
  if ((x.dayOfMonth !== undefined || y.dayOfMonth !== undefined) && dayX !== undefined && dayY !== undefined) {
    return x.month === y.month && dayX === dayY ? 'same' : 'contradiction';
  }
  if (x.weekday !== undefined && y.weekday !== undefined) return x.weekday === y.weekday ? 'same' : 'contradiction';
  if (x.month !== undefined && y.month !== undefined && dayX === undefined && dayY === undefined && (x.date === undefined || x.date.length <= 7) && (y.date === undefined || y.date.length <= 7)) {
    return x.month === y.month ? 'same' : 'contradiction';
  }
  return 'incomparable';
}

export const eventDate: KindModule = {
  kind: 'event-date',
  label: 'date of an event',
  scope: 'event',
  matching: 'dated',
  cumulative: () => false,
  compare: (a, b) => {
    if (a.value.kind !== 'date' || b.value.kind !== 'date') return INCOMPARABLE;
    return a.value.named && b.value.named && nightAcrossDays(a.value, b.value) ? { relation: 'discrepancy', rule: 'night-across-days' } : { relation: compareDates(a.value, b.value), rule: 'dates' };
  },
};
