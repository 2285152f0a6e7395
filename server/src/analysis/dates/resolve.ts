// Resolves one date expression against the article's date. News convention: an expression without a year or
// with a weekday means the most recent such day or month on or before the article's date, unless the sentence
// speaks of the future, when it means the next one on or after it.
import type { DateGranularity, DateKind } from '../types';
import { type DayDate, MONTH_NAMES, WEEKDAY_NAMES, addDays, addMonths, compareDays, isoDay, isoMonth, longDay, usDaylightTime, weekdayOf } from './calendar';
import type { DateExpression, DurationUnit, Season, Shift } from './expression';
import { US_GENERIC_ZONES } from './lexicon';
import type { Tense } from './tense';

/** The article's date as far as it is known. */
export interface Anchor {
  year: number;
  month?: number;
  day?: number;
  /** When only the year is known: the latest month the article's date can fall in. */
  latestMonth?: number;
  /** "the dateline, Thursday, May 2, 2024". */
  description: string;
}

export interface ResolutionContext {
  anchor: Anchor | null;
  /** Full days the article names, to place a weekday when the anchor has no day ("on Friday" + "September 19"). */
  namedDays: NamedDays;
}

/**
 * The full days an article names, kept as the latest on each weekday, overall and per year: what placing a weekday
 * asks, in constant time (filtering and sorting them all per weekday is quadratic in a text full of dates).
 */
export class NamedDays {
  private readonly latest = new Map<string, DayDate>();

  constructor(days: readonly DayDate[] = []) {
    for (const day of days) {
      const weekday = weekdayOf(day);
      for (const key of [`${weekday}`, `${weekday} ${day.year}`]) {
        const kept = this.latest.get(key);
        if (!kept || compareDays(day, kept) > 0) this.latest.set(key, day);
      }
    }
  }

  /** The latest named day on the weekday, in the given year if one is given. */
  latestOn(weekday: number, year: number | undefined): DayDate | undefined {
    return this.latest.get(year === undefined ? `${weekday}` : `${weekday} ${year}`);
  }
}

export interface Resolution {
  kind: DateKind;
  value: string | null;
  granularity: DateGranularity;
  derivation: string;
  relative: boolean;
}

const resolved = (value: string, granularity: DateGranularity, derivation: string, relative: boolean, kind: DateKind = 'date'): Resolution =>
  ({ kind, value, granularity, derivation, relative });
const unresolved = (granularity: DateGranularity, derivation: string, kind: DateKind = 'date'): Resolution =>
  ({ kind, value: null, granularity, derivation, relative: true });

const dayOf = (a: Anchor): DayDate | null => (a.month !== undefined && a.day !== undefined ? { year: a.year, month: a.month, day: a.day } : null);
const whyNoDay = (a: Anchor | null): string =>
  a ? `the article's date is known only to the year (${a.year})` : "the article gives no date of its own";
const backward = (shift: Shift, tense: Tense): boolean => shift === 'last' || (shift !== 'next' && tense !== 'future');

function resolveWeekday(weekday: number, shift: Shift, tense: Tense, ctx: ResolutionContext): Resolution {
  const name = WEEKDAY_NAMES[weekday];
  const anchor = ctx.anchor;
  const today = anchor && dayOf(anchor);
  if (today) {
    const back = backward(shift, tense);
    const strict = shift === 'last' || shift === 'next';
    const diff = (weekday - weekdayOf(today) + 7) % 7;
    const step = back ? -((7 - diff) % 7 || (strict ? 7 : 0)) : diff || (strict ? 7 : 0);
    const day = addDays(today, step);
    const which = back ? (strict ? 'before' : 'on or before') : strict ? 'after' : 'on or after';
    return resolved(isoDay(day), 'day', `the ${step === 0 ? 'same day as' : `${name} ${which}`} ${anchor.description}`, true);
  }
  // Without the article's day, a weekday can still be the one full date the article names that falls on it.
  const latest = ctx.namedDays.latestOn(weekday, anchor?.year);
  if (latest) return resolved(isoDay(latest), 'day', `the ${name} the article names, ${longDay(latest)}; ${whyNoDay(anchor)}`, true);
  return unresolved('day', `which ${name} is unknown: ${whyNoDay(anchor)}`);
}

/** Year of a month (and day) written without one. */
function yearFor(month: number, day: number | undefined, shift: Shift, tense: Tense, anchor: Anchor): { year: number; how: string } {
  const back = backward(shift, tense);
  if (anchor.month === undefined) {
    const afterLatest = anchor.latestMonth !== undefined && month > anchor.latestMonth;
    if (back && afterLatest) return { year: anchor.year - 1, how: `the last ${MONTH_NAMES[month - 1]} before ${anchor.description}` };
    return { year: anchor.year, how: `in the year of ${anchor.description}` };
  }
  const here = { year: anchor.year, month, day: day ?? 1 };
  const ref = { year: anchor.year, month: anchor.month, day: day === undefined ? 1 : anchor.day ?? 1 };
  const cmp = compareDays(here, ref);
  const strict = shift === 'last' || shift === 'next';
  let year = anchor.year;
  if (back && (cmp > 0 || (strict && cmp === 0))) year -= 1;
  if (!back && (cmp < 0 || (strict && cmp === 0))) year += 1;
  return { year, how: `the ${back ? 'last' : 'next'} ${MONTH_NAMES[month - 1]}${day ? ` ${day}` : ''} ${back ? 'on or before' : 'on or after'} ${anchor.description}` };
}

function resolveCalendar(e: Extract<DateExpression, { type: 'calendar' }>, tense: Tense, ctx: ResolutionContext): Resolution {
  const { year, month, day } = e;
  const granularity: DateGranularity = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const format = (y: number): string => (day !== undefined && month !== undefined ? isoDay({ year: y, month, day }) : month !== undefined ? isoMonth(y, month) : String(y));
  if (year !== undefined) return resolved(format(year), granularity, 'written in full', false);
  if (month === undefined) return unresolved(granularity, 'no year given');
  if (!ctx.anchor) return unresolved(granularity, `no year given and ${whyNoDay(null)}`);
  const { year: y, how } = yearFor(month, day, 'plain', tense, ctx.anchor);
  if (day === undefined || e.weekday === undefined || weekdayOf({ year: y, month, day }) === e.weekday) return resolved(format(y), granularity, how, true);
  // "Saturday, Jan. 15" in an article of January 5 is the coming one when only that year's January 15 is a Saturday:
  // the weekday written with it says which year, within what the tense allows (a past tense keeps it from the future).
  const others = tense === 'past' ? [y - 1] : tense === 'future' ? [y + 1] : [y + 1, y - 1];
  const fits = others.find((other) => weekdayOf({ year: other, month, day }) === e.weekday);
  if (fits === undefined) return resolved(format(y), granularity, how, true);
  return resolved(format(fits), granularity, `the ${MONTH_NAMES[month - 1]} ${day} nearest ${ctx.anchor.description} that is a ${WEEKDAY_NAMES[e.weekday]}`, true);
}

const SEASON_MONTHS: Record<Season, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], winter: [12, 2] };

function seasonValue(season: Season, year: number): string {
  const [first, last] = SEASON_MONTHS[season];
  return `${isoMonth(year, first)}/${isoMonth(last < first ? year + 1 : year, last)}`;
}

function resolveOffset(e: Extract<DateExpression, { type: 'offset' }>, tense: Tense, ctx: ResolutionContext): Resolution {
  const anchor = ctx.anchor;
  const granularity: DateGranularity = e.unit === 'month' ? 'month' : e.unit === 'year' ? 'year' : e.unit === 'decade' ? 'decade' : 'day';
  if (!anchor) return unresolved(granularity, whyNoDay(null));
  const rel = `relative to ${anchor.description}`;
  if (e.unit === 'year') return resolved(String(anchor.year + e.amount), 'year', rel, true);
  if (e.unit === 'decade') return resolved(`${String(Math.floor(anchor.year / 10) + e.amount).padStart(3, '0')}x`, 'decade', rel, true);
  if (e.unit === 'month') {
    if (anchor.month === undefined) return unresolved('month', whyNoDay(anchor));
    const [y, m] = addMonths(anchor.year, anchor.month, e.amount);
    return resolved(isoMonth(y, m), 'month', rel, true);
  }
  const today = dayOf(anchor);
  if (!today) return unresolved('day', whyNoDay(anchor));
  if (e.unit === 'day') return resolved(isoDay(addDays(today, e.amount)), 'day', rel, true);
  if (e.unit === 'week') {
    const monday = addDays(today, -((weekdayOf(today) + 6) % 7) + 7 * e.amount);
    return resolved(`${isoDay(monday)}/${isoDay(addDays(monday, 6))}`, 'day', rel, true);
  }
  // The weekend: the most recent Saturday-Sunday on or before the date, or the next one for the future.
  const back = e.amount < 0 || (e.amount === 0 && tense !== 'future');
  const saturday = back ? addDays(today, -((weekdayOf(today) + 1) % 7)) : addDays(today, (6 - weekdayOf(today) + 7) % 7 + (e.amount > 0 ? 7 : 0));
  return resolved(`${isoDay(saturday)}/${isoDay(addDays(saturday, 1))}`, 'day', rel, true);
}

function resolveSeason(e: Extract<DateExpression, { type: 'season' }>, tense: Tense, ctx: ResolutionContext): Resolution {
  if (e.year !== undefined) return resolved(seasonValue(e.season, e.year), 'month', 'written in full', false);
  const anchor = ctx.anchor;
  if (!anchor) return unresolved('month', whyNoDay(null));
  if (anchor.month === undefined && e.shift === 'this') return resolved(seasonValue(e.season, anchor.year), 'month', `relative to ${anchor.description}`, true);
  if (anchor.month === undefined) return unresolved('month', whyNoDay(anchor));
  const [first] = SEASON_MONTHS[e.season];
  // The most recent start of the season on or before the anchor month, and whether that season is still running.
  const startedYear = first <= anchor.month ? anchor.year : anchor.year - 1;
  const ongoing = (anchor.year - startedYear) * 12 + anchor.month - first < 3;
  const thisYear = e.season === 'winter' && anchor.month <= 2 ? anchor.year - 1 : anchor.year;
  const year =
    e.shift === 'this' ? thisYear
    : e.shift === 'last' ? startedYear - (ongoing ? 1 : 0)
    : e.shift === 'next' || tense === 'future' ? startedYear + 1
    : startedYear;
  return resolved(seasonValue(e.season, year), 'month', `relative to ${anchor.description}`, true);
}

const DURATION_CODES: Record<DurationUnit, string> = {
  second: 'TS', minute: 'TM', hour: 'TH', day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'DE', century: 'CE',
};
const DURATION_GRANULARITY: Record<DurationUnit, DateGranularity> = {
  second: 'time', minute: 'time', hour: 'time', day: 'day', week: 'day', month: 'month', year: 'year', decade: 'decade', century: 'century',
};

function durationValue(amount: number, unit: DurationUnit): string {
  if (unit === 'decade') return `P${amount * 10}Y`;
  if (unit === 'century') return `P${amount * 100}Y`;
  const code = DURATION_CODES[unit];
  return code.startsWith('T') ? `PT${amount}${code.slice(1)}` : `P${amount}${code}`;
}

/**
 * A time's offset on a day: "ET" is EDT in July and EST in January. Without a day (or for any other zone) the offset
 * read with the zone stands (daylight time for the generic US zones).
 */
export function zoneOffsetOn(e: Extract<DateExpression, { type: 'time' }>, day: DayDate | null | undefined): number | undefined {
  const standard = e.zone === undefined ? undefined : US_GENERIC_ZONES[e.zone.toLowerCase()];
  if (standard === undefined || !day) return e.offset;
  return standard + (usDaylightTime(day) ? 60 : 0);
}

/** "T07:37Z", "T03:37-04:00", "T09:00" (no zone). */
export function timeValue(hour: number, minute: number, offset: number | undefined): string {
  const hm = `T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  if (offset === undefined) return hm;
  if (offset === 0) return `${hm}Z`;
  const abs = Math.abs(offset);
  return `${hm}${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** What the expression means given the article's date (as far as known) and the tense around it. */
export function resolveExpression(e: DateExpression, tense: Tense, ctx: ResolutionContext): Resolution {
  switch (e.type) {
    case 'calendar':
      return resolveCalendar(e, tense, ctx);
    case 'weekday':
      return resolveWeekday(e.weekday, e.shift, tense, ctx);
    case 'month': {
      if (!ctx.anchor) return unresolved('month', `no year given and ${whyNoDay(null)}`);
      const { year, how } = yearFor(e.month, undefined, e.shift, tense, ctx.anchor);
      return resolved(isoMonth(year, e.month), 'month', how, true);
    }
    case 'offset':
      return resolveOffset(e, tense, ctx);
    case 'season':
      return resolveSeason(e, tense, ctx);
    case 'decade':
      return resolved(`${String(e.start / 10)}x`, 'decade', 'written in full', false);
    case 'century':
      return resolved(`${String(e.ordinal - 1).padStart(2, '0')}xx`, 'century', 'written in full', false);
    case 'time':
      return resolved(timeValue(e.hour, e.minute, zoneOffsetOn(e, ctx.anchor && dayOf(ctx.anchor))), 'time', e.zone ? `time of day, ${e.zone}` : 'time of day, no time zone given', false, 'time');
    case 'duration':
      return e.amount === null
        ? { kind: 'duration', value: null, granularity: DURATION_GRANULARITY[e.unit], derivation: `an unstated number of ${e.unit}s`, relative: false }
        : resolved(durationValue(e.amount, e.unit), DURATION_GRANULARITY[e.unit], 'a length of time', false, 'duration');
    case 'set':
      return { kind: 'set', value: null, granularity: 'day', derivation: 'a recurring time', relative: false };
    case 'vague':
      return unresolved('day', e.reason);
    case 'range': {
      const fill = (a: DateExpression, b: DateExpression): DateExpression =>
        a.type === 'calendar' && a.year === undefined && b.type === 'calendar' && b.year !== undefined ? { ...a, year: b.year } : a;
      const from = resolveExpression(fill(e.from, e.to), tense, ctx);
      const to = resolveExpression(fill(e.to, e.from), tense, ctx);
      const value = from.value !== null && to.value !== null ? `${from.value}/${to.value}` : null;
      return { kind: 'range', value, granularity: from.granularity, derivation: value ? from.derivation : to.value ? from.derivation : to.derivation, relative: from.relative || to.relative };
    }
  }
}
