// The dates pipeline: find expressions, choose the article's date, resolve each expression against it, check.
import type { DateIssue, DateMention, ReferenceDate } from '../types';
import { isIsoDay } from './calendar';
import { inferReference, undatedReason } from './inferYear';
import { type ResolvedExpression, findDateIssues } from './issues';
import { recognizeDates } from './recognize';
import { statedReference } from './reference';
import { NamedDays, type Resolution, resolveExpression, timeValue, zoneOffsetOn } from './resolve';
import { TenseIndex } from './tense';

export interface FindDatesOptions {
  /** The article's date set by the user, ISO "YYYY-MM-DD" (or "YYYY-MM", "YYYY"); it wins over the text. */
  override?: string;
  /** The file's path or URI, which sometimes carries the publication date. */
  path?: string;
}

export interface DateFindings {
  referenceDate: ReferenceDate | null;
  /** Why there is no reference date, when there is none. */
  undatedReason?: string;
  dates: DateMention[];
  dateIssues: DateIssue[];
}

// Between a date and its time of day: "June 13, 2013 4:59 PM", "Thursday at 9 a.m.", "09:14 a.m. UTC (5:14 a.m. EDT)".
const DATE_TIME_GAP = /^[\s,.(]*(?:at\s+|about\s+|around\s+)?$/i;

/** A time of day next to a day takes that day: "2013-06-13T16:59-04:00". */
function attachDays(text: string, found: readonly ResolvedExpression[]): void {
  for (let i = 1; i < found.length; i++) {
    const time = found[i].resolution;
    const prev = found[i - 1];
    const day = prev.resolution.value?.split('T')[0];
    if (time.kind !== 'time' || !time.value?.startsWith('T') || !day || !isIsoDay(day)) continue;
    if (!DATE_TIME_GAP.test(text.slice(prev.end, found[i].start))) continue;
    // The day may lie in the other half of the year from the article's date: "ET" then reads the other way.
    const e = found[i].expression;
    const [year, month, date] = day.split('-').map(Number);
    const clock = e.type === 'time' ? timeValue(e.hour, e.minute, zoneOffsetOn(e, { year, month, day: date })) : time.value;
    found[i].resolution = { ...time, value: `${day}${clock}`, derivation: `${time.derivation}, on ${day}`, relative: prev.resolution.relative };
  }
}

const NO_NAMED_DAYS = new NamedDays();

/** Every date and time expression in the article, resolved against its date, with the article's date itself. */
export function findDates(text: string, options: FindDatesOptions = {}): DateFindings {
  const found = recognizeDates(text);
  // The tense markers are read only when there is a date to read them for (texts without dates are the long odd ones).
  const tenseIndex = found.length > 0 ? new TenseIndex(text) : undefined;
  const tenses = found.map((f) => tenseIndex!.tenseAt(f.start, f.end));
  const choice = statedReference(text, found, options.override, options.path) ?? inferReference(text, found, tenses);
  const anchor = choice?.anchor ?? null;
  // Weekdays go last: without the article's day they may still match a full date the article names.
  const firstPass: Array<Resolution | null> = found.map((f, i) => (f.expression.type === 'weekday' ? null : resolveExpression(f.expression, tenses[i], { anchor, namedDays: NO_NAMED_DAYS })));
  const namedDays = new NamedDays(
    firstPass.flatMap((r) => {
      const parts = r?.value && isIsoDay(r.value) ? r.value.split('-').map(Number) : null;
      return parts ? [{ year: parts[0], month: parts[1], day: parts[2] }] : [];
    }),
  );
  // The fields written out, not spread: a spread copies by reading each object's keys, the dearer part of this step
  // on a text full of dates.
  const resolved: ResolvedExpression[] = found.map((f, i) => ({
    start: f.start,
    end: f.end,
    expression: f.expression,
    tense: tenses[i],
    resolution: firstPass[i] ?? resolveExpression(f.expression, tenses[i], { anchor, namedDays }),
  }));
  attachDays(text, resolved);
  const span = choice?.reference.span;
  const dates: DateMention[] = resolved.map((d) => ({
    start: d.start,
    end: d.end,
    text: text.slice(d.start, d.end),
    kind: d.resolution.kind,
    value: d.resolution.value,
    granularity: d.resolution.granularity,
    derivation: span && span.start === d.start && span.end === d.end ? `the article's own date (${choice.reference.source})` : d.resolution.derivation,
    relative: d.resolution.relative,
  }));
  const dateIssues = findDateIssues(text, resolved, anchor);
  // An inferred year reads the article's own dates ("September 19" with "on Friday") but does not date the article:
  // it stays undated, and says in which year its dates were read.
  if (choice && choice.reference.source !== 'inferred') return { referenceDate: choice.reference, dates, dateIssues };
  return { referenceDate: null, undatedReason: undatedReason(found, text, tenses, choice?.reference), dates, dateIssues };
}
