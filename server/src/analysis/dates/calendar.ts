// Proleptic Gregorian calendar arithmetic on plain numbers (months 1-12), in UTC so no time zone shifts a day.
import { MONTH_NAMES, WEEKDAY_NAMES } from '../language/en';

export { MONTH_NAMES, WEEKDAY_NAMES };

export interface DayDate {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const isoMonth = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`;
export const isoDay = (d: DayDate): string => `${isoMonth(d.year, d.month)}-${pad(d.day)}`;

/** Whether an ISO date value names a day ("2013-07-02"), not a month, a year or a time. */
export const isIsoDay = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value);

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(d: DayDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

/** The day of the month of a month's n-th given weekday (n = -1: the last). */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  if (n > 0) return 1 + ((weekday - weekdayOf({ year, month, day: 1 }) + 7) % 7) + 7 * (n - 1);
  const last = daysInMonth(year, month);
  return last - ((weekdayOf({ year, month, day: last }) - weekday + 7) % 7);
}

/**
 * Whether US daylight saving time is in force on the day: from the second Sunday of March to the first Sunday of
 * November since 2007, from the first Sunday of April to the last Sunday of October before (a day's granularity:
 * the change at 2 a.m. is not told apart).
 */
export function usDaylightTime(d: DayDate): boolean {
  const [startMonth, startWeek, endMonth, endWeek] = d.year >= 2007 ? [3, 2, 11, 1] : [4, 1, 10, -1];
  const start = { year: d.year, month: startMonth, day: nthWeekday(d.year, startMonth, 0, startWeek) };
  const end = { year: d.year, month: endMonth, day: nthWeekday(d.year, endMonth, 0, endWeek) };
  return compareDays(d, start) >= 0 && compareDays(d, end) < 0;
}

export function addDays(d: DayDate, days: number): DayDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** The month `months` away from year/month, as [year, month]. */
export function addMonths(year: number, month: number, months: number): [number, number] {
  const index = year * 12 + (month - 1) + months;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/** Negative when a is before b. */
export function compareDays(a: DayDate, b: DayDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** "2024-05-02" → {2024, 5, 2}; "2024-05" or "2024" → the parts given. */
export function parseIsoDate(value: string): { year: number; month?: number; day?: number } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : undefined;
  const day = m[3] ? Number(m[3]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (month !== undefined && day !== undefined && !isValidDay(year, month, day)) return null;
  return { year, month, day };
}

/** "Thursday, May 2, 2024". */
export function longDay(d: DayDate): string {
  return `${WEEKDAY_NAMES[weekdayOf(d)]}, ${MONTH_NAMES[d.month - 1]} ${d.day}, ${d.year}`;
}
