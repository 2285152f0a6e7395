// Look-alikes: "May" the modal, "March" the verb, "Sunday Times", "Friday's Session", "2000 people".

// Module constants: the bundler writes a \p{…} literal as `new RegExp(…)`, which inside a function is built per call.
const WORD_BEFORE = /([\p{L}'’-]+)[\s,]*$/u;
const WORD_AFTER = /^[\s]*([\p{L}\d'’-]+)/u;
const CAPITALIZED = /^\p{Lu}/u;
const POSSESSIVE_BEFORE_NAME = /^['’]s[ \t]+\p{Lu}\p{Ll}/u;
const CAPITALIZED_WORD_AFTER = /^[ \t]+(\p{Lu}[\p{L}]*)/u;
const LETTERS = /\p{L}+/gu;
const wordBefore = (text: string, start: number): string => WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? '';
const wordAfter = (text: string, end: number): string => WORD_AFTER.exec(text.slice(end, end + 30))?.[1] ?? '';
const isCapitalized = (word: string): boolean => CAPITALIZED.test(word);

// Feasts and events named after a weekday; they are not "the most recent Friday".
const WEEKDAY_NAME_PREFIXES = new Set(['good', 'black', 'ash', 'holy', 'maundy', 'super', 'cyber', 'easter', 'palm', 'bloody', 'shrove', 'giving']);
// Capitalised words that may follow a weekday without making it part of a name ("Monday August 3", "Friday AM").
const DATE_WORDS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Morning|Afternoon|Evening|Night|AM|PM|ET|GMT|UTC|EST|EDT)$/;

/** Characters either side of a weekday name within which its line is read for title case. */
const TITLE_WINDOW = 500;

/** False for a weekday that is part of a name: "Sunday Times", "Friday's Session", "Good Friday"; "Friday's session" is a date. */
export function isWeekdayNameUse(text: string, start: number, end: number): boolean {
  const before = wordBefore(text, start);
  if (WEEKDAY_NAME_PREFIXES.has(before.toLowerCase()) && isCapitalized(before)) return false;
  // "Friday's Session" is a name; "Sunday's AFC game" (an acronym follows) is a date.
  if (POSSESSIVE_BEFORE_NAME.test(text.slice(end, end + 5))) return false;
  if (/^(?:on|last|next|this|since|by|until|from|early|late|before|after)$/i.test(before)) return true;
  const after = CAPITALIZED_WORD_AFTER.exec(text.slice(end, end + 30))?.[1];
  if (after === undefined || DATE_WORDS.test(after)) return true;
  // A capitalised word after it on a line written in title case ("Sunday Morning Quake Kills 5") says nothing.
  // The line around the name, at most TITLE_WINDOW characters either side (a whole long line per weekday is quadratic).
  const from = Math.max(0, start - TITLE_WINDOW);
  const lineStart = from + text.slice(from, start).lastIndexOf('\n') + 1;
  const to = Math.min(text.length, end + TITLE_WINDOW);
  const lineEnd = text.slice(end, to).indexOf('\n');
  const line = text.slice(lineStart, lineEnd < 0 ? to : end + lineEnd);
  const words = line.match(LETTERS) ?? [];
  const titleCase = words.length > 2 && words.filter(isCapitalized).length / words.length > 0.7;
  return titleCase;
}

// A bare month is a date after these words ("in May", "since March", "the November meeting").
const MONTH_CONTEXT = new Set([
  'in', 'since', 'until', 'till', 'by', 'during', 'through', 'throughout', 'of', 'from', 'to', 'before', 'after', 'around',
  'between', 'early', 'late', 'mid', 'last', 'next', 'this', 'and', 'or', 'for', 'on', 'that',
]);
// Month names that are also common words or names: "May" (modal, Theresa May), "March" (verb, noun), "June", "April", "August".
const AMBIGUOUS_MONTHS = new Set(['May', 'March', 'June', 'April', 'August']);

/** True when a month name without day or year is used as a month. */
export function isMonthNameUse(text: string, start: number, end: number): boolean {
  const month = text.slice(start, end);
  const after = wordAfter(text, end);
  const possessive = /^['’]s\b/.test(text.slice(end, end + 3));
  if ((possessive && AMBIGUOUS_MONTHS.has(month)) || (!possessive && isCapitalized(after) && !/^\d/.test(after))) return false;
  const before = wordBefore(text, start);
  // "February's show", "Microsoft's September".
  if (possessive || /['’]s$/.test(before)) return true;
  if (MONTH_CONTEXT.has(before.toLowerCase())) return !(AMBIGUOUS_MONTHS.has(month) && /^(?:to|and|or|that)$/i.test(before));
  // "The November meeting": a determiner, the month, then a lowercase noun.
  return /^the$/i.test(before) && !AMBIGUOUS_MONTHS.has(month) && /^[a-z]/.test(after);
}

// Words that make a four-digit number a count or an amount, not a year.
const COUNT_WORDS = /^(?:people|persons|men|women|children|troops|soldiers|workers|residents|homes|houses|buildings|votes|dollars|euros|pounds|yuan|feet|foot|meters|metres|miles|kilometers|kilometres|km|kg|tons|tonnes|acres|hectares|points|units|cars|jobs|students|cases|deaths|calories|rpm|mph|cc|hp|mm|cm|m)$/i;

/** True when a four-digit number reads as a year. */
export function isYearUse(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 2);
  if (/[$€£¥#\d.,]\s?$/.test(before) && !/^\s/.test(before.slice(-1))) return false;
  if (/^[.,]\d|^%|^\d/.test(after)) return false;
  if (/^\s*(?:percent|per cent)\b/i.test(text.slice(end, end + 10))) return false;
  const next = wordAfter(text, end);
  if (COUNT_WORDS.test(next)) return false;
  return !/^(?:No|number|Room|Flight|Route|Highway|Interstate|Article|Section|Rule|Resolution)\.?$/i.test(wordBefore(text, start));
}
