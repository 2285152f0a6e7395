// Resolved date values in words, for hovers and inlay hints: "Wednesday, May 1, 2024", "April 2024", "the 1950s".
import { MONTH_NAMES, longDay, parseIsoDate } from './calendar';

const DURATION_UNITS: Record<string, string> = { Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour', S: 'second' };
const ordinal = (n: number): string => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;

function formatTime(time: string): string {
  const m = /^(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})?$/.exec(time);
  if (!m) return time;
  const hour = Number(m[1]);
  const clock = `${hour % 12 === 0 ? 12 : hour % 12}:${m[2]} ${hour < 12 ? 'a.m.' : 'p.m.'}`;
  return m[3] === undefined ? clock : m[3] === 'Z' ? `${clock} UTC` : `${clock} (UTC${m[3]})`;
}

function formatDuration(value: string): string | null {
  const m = /^PT?(\d+(?:\.\d+)?)([YMWDHS])$/.exec(value);
  if (!m) return null;
  const unit = value.startsWith('PT') && m[2] === 'M' ? 'minute' : DURATION_UNITS[m[2]];
  return `${m[1]} ${unit}${m[1] === '1' ? '' : 's'}`;
}

function formatDate(value: string): string {
  const decade = /^(\d{3})x$/.exec(value);
  if (decade) return `the ${decade[1]}0s`;
  const century = /^(\d{2})xx$/.exec(value);
  if (century) return `the ${ordinal(Number(century[1]) + 1)} century`;
  const [date, time] = value.split('T');
  if (date === '') return formatTime(time);
  const d = parseIsoDate(date);
  if (!d) return value;
  const written = d.month === undefined ? String(d.year) : d.day === undefined ? `${MONTH_NAMES[d.month - 1]} ${d.year}` : longDay({ year: d.year, month: d.month, day: d.day });
  return time === undefined ? written : `${written}, ${formatTime(time)}`;
}

/** A DateMention value in words; values it does not know come back unchanged. */
export function formatDateValue(value: string): string {
  const duration = formatDuration(value);
  if (duration) return duration;
  return value.split('/').map(formatDate).join(' – ');
}
