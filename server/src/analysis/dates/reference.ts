// The article's own date when something states it: the user's override, a "Published:" line, a dateline near the
// top, or a date in the source URL or the file path. Captions and background dates are long lines and never count.
import type { ReferenceDate, ReferenceDateSource, Span } from '../types';
import { type DayDate, MONTH_NAMES, isValidDay, isoDay, isoMonth, longDay, parseIsoDate } from './calendar';
import type { FoundExpression } from './expression';
import type { Anchor } from './resolve';

export interface ReferenceChoice {
  reference: ReferenceDate;
  anchor: Anchor;
}

const PUBLISHED_LINE = /^\W*(?:first\s+)?(?:published|posted|updated|last\s+updated|date|dated|released)\b/i;
// Lines near the top where a dateline may stand.
const DATELINE_LINES = 8;
// Words a dateline line may hold beside its date: "on", a time, a city, an agency.
const MAX_DATELINE_WORDS = 3;

function fullDay(e: FoundExpression): DayDate | null {
  const x = e.expression;
  return x.type === 'calendar' && x.year !== undefined && x.month !== undefined && x.day !== undefined ? { year: x.year, month: x.month, day: x.day } : null;
}

export function referenceChoice(day: { year: number; month?: number; day?: number }, source: ReferenceDateSource, label: string, span?: Span): ReferenceChoice {
  const full = day.month !== undefined && day.day !== undefined ? { year: day.year, month: day.month, day: day.day } : null;
  const value = full ? isoDay(full) : day.month !== undefined ? isoMonth(day.year, day.month) : String(day.year);
  const written = full ? longDay(full) : day.month !== undefined ? `${MONTH_NAMES[day.month - 1]} ${day.year}` : String(day.year);
  return {
    reference: { value, source, span, derivation: `${label}: ${written}` },
    anchor: { year: day.year, month: day.month, day: day.day, description: `${label}, ${written}` },
  };
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ start, end: start + part.length, text: part });
    start += part.length + 1;
  }
  return lines;
}

/** A date in a URL or path: /2024/05/02/, 2024-05-02, 20240502. */
export function dateInUrl(url: string): DayDate | null {
  const m = /(?<!\d)((?:19|20)\d{2})[-_/.]?(\d{2})[-_/.]?(\d{2})(?!\d)/.exec(url) ?? /(?<!\d)((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})\//.exec(url);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDay(year, month, day) ? { year, month, day } : null;
}

/** The expressions of each line, in one pass over lines and expressions (both in text order). */
function expressionsByLine(lines: readonly Line[], found: readonly FoundExpression[]): FoundExpression[][] {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const byLine: FoundExpression[][] = lines.map(() => []);
  let i = 0;
  lines.forEach((line, n) => {
    while (i < sorted.length && sorted[i].start < line.start) i++;
    for (let k = i; k < sorted.length && sorted[k].start <= line.end; k++) if (sorted[k].end <= line.end) byLine[n].push(sorted[k]);
  });
  return byLine;
}

/** A line's text without its date expressions and parenthesised asides, built in one pass. */
function textBesideDates(line: Line, dates: readonly FoundExpression[]): string {
  let rest = '';
  let at = line.start;
  for (const d of dates) {
    if (d.start < at) continue;
    rest += line.text.slice(at - line.start, d.start - line.start);
    at = d.end;
  }
  rest += line.text.slice(at - line.start);
  return rest.replace(/\([^()]*\)/g, ' ');
}

/** The reference date stated by the override, the text or the path, or null when none is. */
export function statedReference(text: string, found: readonly FoundExpression[], override?: string, path?: string): ReferenceChoice | null {
  const set = override ? parseIsoDate(override.trim()) : null;
  if (set) return referenceChoice(set, 'override', 'the date set for this article');
  const lines = linesOf(text);
  const byLine = expressionsByLine(lines, found);
  for (let n = 0; n < lines.length; n++) {
    if (!PUBLISHED_LINE.test(lines[n].text)) continue;
    const date = byLine[n].find((f) => fullDay(f));
    if (date) return referenceChoice(fullDay(date)!, 'published-line', 'the published line', { start: date.start, end: date.end });
  }
  let nonBlank = 0;
  for (let n = 0; n < lines.length && nonBlank < DATELINE_LINES; n++) {
    const line = lines[n];
    if (!line.text.trim()) continue;
    nonBlank++;
    const dates = byLine[n];
    const date = dates.find((f) => fullDay(f));
    if (!date) continue;
    const words = textBesideDates(line, dates).match(/\p{L}[\p{L}'’.-]*/gu) ?? [];
    const agencyDateline = /^[\p{Lu} .'’-]{3,},\s*$/u.test(line.text.slice(0, date.start - line.start));
    if (words.length <= MAX_DATELINE_WORDS || agencyDateline) return referenceChoice(fullDay(date)!, 'dateline', 'the dateline', { start: date.start, end: date.end });
  }
  for (const line of lines) {
    const url = /https?:\/\/\S+/.exec(line.text);
    const day = url && dateInUrl(url[0]);
    if (url && day) return referenceChoice(day, 'url', 'the date in the source URL', { start: line.start + url.index, end: line.start + url.index + url[0].length });
  }
  const fromPath = path ? dateInUrl(path) : null;
  return fromPath ? referenceChoice(fromPath, 'url', 'the date in the file path') : null;
}
