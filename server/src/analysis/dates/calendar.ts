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
