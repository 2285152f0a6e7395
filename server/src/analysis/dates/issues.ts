// Date-consistency findings within one article: a weekday that disagrees with its date, and a date after the
// article's own date in a sentence written in the past tense.
import type { DateIssue } from '../types';
import { MONTH_NAMES, WEEKDAY_NAMES, parseIsoDate, weekdayOf } from './calendar';
import type { FoundExpression } from './expression';
import type { Anchor, Resolution } from './resolve';
import type { Tense } from './tense';

export interface ResolvedExpression extends FoundExpression {
  resolution: Resolution;
  tense: Tense;
}

/** Positive when the value lies after the anchor, compared at the finer granularity both have. */
function compareToAnchor(value: string, anchor: Anchor): number {
  const v = parseIsoDate(value);
  if (!v) return 0;
  if (v.year !== anchor.year || v.month === undefined || anchor.month === undefined) return v.year - anchor.year;
  if (v.month !== anchor.month || v.day === undefined || anchor.day === undefined) return v.month - anchor.month;
  return v.day - anchor.day;
}

export function findDateIssues(text: string, dates: readonly ResolvedExpression[], anchor: Anchor | null): DateIssue[] {
  const issues: DateIssue[] = [];
  for (const d of dates) {
    const { expression: e, resolution: r } = d;
    const written = text.slice(d.start, d.end);
    const day = r.value ? parseIsoDate(r.value) : null;
    if (e.type === 'calendar' && e.weekday !== undefined && day?.month !== undefined && day.day !== undefined) {
      const actual = weekdayOf({ year: day.year, month: day.month, day: day.day });
      if (actual !== e.weekday) {
        const message = `"${written}": ${MONTH_NAMES[day.month - 1]} ${day.day}, ${day.year} was a ${WEEKDAY_NAMES[actual]}, not a ${WEEKDAY_NAMES[e.weekday]}`;
        issues.push({ start: d.start, end: d.end, code: 'weekday-mismatch', message });
      }
    }
    if (anchor && !r.relative && r.kind === 'date' && r.value && d.tense === 'past' && compareToAnchor(r.value, anchor) > 0) {
      const message = `"${written}" is after ${anchor.description}, yet the sentence speaks of it in the past tense`;
      issues.push({ start: d.start, end: d.end, code: 'future-in-past-tense', message });
    }
  }
  return issues;
}
