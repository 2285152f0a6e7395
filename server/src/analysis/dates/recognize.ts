// Finds date and time expressions with a small grammar of regular expressions, one rule per form.
// Candidates may overlap; the longest wins, then adjacent dates joined by "to"/"-" become ranges.
import { isValidDay } from './calendar';
import type { DateExpression, DurationUnit, FoundExpression, Season, Shift } from './expression';
import { AFTER_NOON_AFTER, GAME_CLOCK_AFTER_RE, PART_OF_DAY_SPANS, MONTH_RE, NUMBER_WORD_RE, WEEKDAY_RE, ZONE_RE, monthNumber, numberValue, weekdayNumber, zoneOffset } from './lexicon';
import { isMonthNameUse, isWeekdayNameUse, isYearUse } from './notADate';

interface Rule {
  pattern: RegExp;
  /**
   * What any text in which this rule writes an expression contains, tested once before the pattern's scan: cheaper
   * to look for (a literal, or one that starts at a digit), it spares most articles most rules' scans.
   */
  needs?: RegExp;
  /** The expression the match writes, or null when the context says it is not a date. */
  build: (m: RegExpExecArray, text: string) => DateExpression | null;
}

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:1[6-9]|20)\\d{2})';
const shiftOf = (word: string | undefined): Shift => {
  const w = word?.toLowerCase();
  if (w === 'last' || w === 'past' || w === 'previous') return 'last';
  if (w === 'next' || w === 'coming') return 'next';
  return w === 'this' ? 'this' : 'plain';
};
const twoDigitYear = (y: string): number => (y.length === 4 ? Number(y) : Number(y) + (Number(y) < 50 ? 2000 : 1900));

function calendar(year: number | undefined, month: number | undefined, day: number | undefined, weekday?: number): DateExpression | null {
  if (month !== undefined && day !== undefined && !isValidDay(year ?? 2000, month, day)) return null;
  return { type: 'calendar', year, month, day, weekday };
}

const DURATION_UNITS: Record<string, DurationUnit> = {
  second: 'second', minute: 'minute', hour: 'hour', day: 'day', week: 'week', month: 'month', year: 'year', decade: 'decade', century: 'century', centurie: 'century',
};
const durationUnit = (word: string): DurationUnit => DURATION_UNITS[word.toLowerCase().replace(/s$/, '')];

/**
 * Whether a part of the day fits a 12-hour reading only after noon: "6:41 ... night" is 18:41 (6:41 a.m. is morning),
 * "2:30 ... night" may be either (the night runs past midnight) and stays as written.
 */
function onlyAfterNoon(minutes: number, [from, to]: readonly [number, number]): boolean {
  const within = (m: number): boolean => m >= from && m <= to;
  return within(minutes + 12 * 60) && !within(minutes) && !within(minutes + 24 * 60);
}

const RULES: Rule[] = [
  // "Thursday, May 2, 2024", "Nov. 30, 2009", "August 04 2011", "May 1-3"
  {
    pattern: new RegExp(`\\b(?:(${WEEKDAY_RE}),?\\s+(?:the\\s+)?)?(${MONTH_RE})\\s+${DAY}(?:\\s*[-–]\\s*(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+${YEAR})?(?![\\d:])`, 'g'),
    build: (m) => {
      const year = m[5] ? Number(m[5]) : undefined;
      const month = monthNumber(m[2]);
      const from = calendar(year, month, Number(m[3]), m[1] ? weekdayNumber(m[1]) : undefined);
      if (!from || !m[4]) return from;
      const to = calendar(year, month, Number(m[4]));
      return to && Number(m[4]) > Number(m[3]) ? { type: 'range', from, to } : null;
    },
  },
  // "Saturday 8 October 2011", "14 June 2013", "10 nov 11"
  {
    pattern: new RegExp(`\\b(?:(${WEEKDAY_RE}),?\\s+(?:the\\s+)?)?${DAY}\\s+(?:of\\s+)?(${MONTH_RE})(?:,?\\s+(\\d{4}|\\d{2})(?![\\d:]))?\\b`, 'gi'),
    needs: new RegExp(`\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}`, 'i'),
    build: (m) => {
      const capitalized = /^[A-Z]/.test(m[3]);
      if (!capitalized && (!m[4] || m[3].length > 4)) return null;
      return calendar(m[4] ? twoDigitYear(m[4]) : undefined, monthNumber(m[3]), Number(m[2]), m[1] ? weekdayNumber(m[1]) : undefined);
    },
  },
  // "October 2011", "Feb. 1979"
  {
    pattern: new RegExp(`\\b(${MONTH_RE}),?\\s+(?:of\\s+)?${YEAR}\\b`, 'g'),
    needs: new RegExp(YEAR),
    build: (m) => calendar(Number(m[2]), monthNumber(m[1]), undefined),
  },
  // "05/02/2013" (month first, as US papers write it, unless that cannot be), "2013-05-02"
  {
    pattern: /\b(\d{1,2})\s*([/.])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})\b(?![./]\d)/g,
    build: (m) => {
      const [a, b, year] = [Number(m[1]), Number(m[3]), twoDigitYear(m[4])];
      const monthFirst = m[2] === '/' ? a <= 12 : b > 12;
      return monthFirst ? calendar(year, a, b) : calendar(year, b, a);
    },
  },
  {
    pattern: new RegExp(`\\b${YEAR}-(\\d{2})-(\\d{2})\\b`, 'g'),
    build: (m) => calendar(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  // "on Wednesday", "last Friday", "Saturday morning", "Monday's"
  {
    pattern: new RegExp(`\\b(?:(last|next|this|past|coming)\\s+)?(${WEEKDAY_RE})(?:['’]s)?(?:\\s+(?:morning|afternoon|evening|night))?\\b`, 'g'),
    needs: new RegExp(WEEKDAY_RE),
    build: (m, text) => {
      const weekdayStart = m.index + m[0].indexOf(m[2]);
      if (!isWeekdayNameUse(text, weekdayStart, weekdayStart + m[2].length)) return null;
      return { type: 'weekday', weekday: weekdayNumber(m[2]) ?? 0, shift: shiftOf(m[1]) };
    },
  },
  // "in September", "The November meeting", "last May", "early March"
  {
    pattern: /\b(?:(last|next|this|early|late|mid)[\s-]+)?(January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
    needs: /January|February|March|April|May|June|July|August|September|October|November|December/,
    build: (m, text) => {
      const monthStart = m.index + m[0].indexOf(m[2]);
      if (!m[1] && !isMonthNameUse(text, monthStart, monthStart + m[2].length)) return null;
      return { type: 'month', month: monthNumber(m[2]) ?? 1, shift: shiftOf(m[1]) };
    },
  },
  // "in 2007", "Summit 2025", "the 2007 season", "mid-2000"
  {
    pattern: new RegExp(`\\b(?:(?:early|late|mid)[\\s-]+)?${YEAR}\\b`, 'g'),
    needs: new RegExp(YEAR),
    build: (m, text) => {
      const yearStart = m.index + m[0].length - 4;
      return isYearUse(text, yearStart, yearStart + 4) ? calendar(Number(m[1]), undefined, undefined) : null;
    },
  },
  // "2010-2011", "2010-11"
  {
    pattern: new RegExp(`\\b${YEAR}\\s*[-–]\\s*(\\d{4}|\\d{2})\\b(?![-–]\\d)`, 'g'),
    build: (m) => {
      const from = Number(m[1]);
      const to = m[2].length === 4 ? Number(m[2]) : Math.floor(from / 100) * 100 + Number(m[2]);
      return to > from && to - from < 50 ? { type: 'range', from: { type: 'calendar', year: from }, to: { type: 'calendar', year: to } } : null;
    },
  },
  // "the 1950s", "the early 1990s", "the '90s"
  {
    pattern: /\b(?:(?:early|mid|late)[\s-]+)?((?:1[6-9]|20)\d0)['’]?s\b|(?<![\w])['’](\d0)s\b/g,
    needs: /0['’]?s/,
    build: (m) => ({ type: 'decade', start: m[1] ? Number(m[1]) : 1900 + Number(m[2]) + (Number(m[2]) < 30 ? 100 : 0) }),
  },
  // "the 21st century", "the twentieth century"
  {
    pattern: /\b(?:(\d{1,2})(?:st|nd|rd|th)|(nineteenth|twentieth|twenty-first))[\s-]+century\b/gi,
    needs: /century/i,
    build: (m) => ({ type: 'century', ordinal: m[1] ? Number(m[1]) : { nineteenth: 19, twentieth: 20, 'twenty-first': 21 }[m[2].toLowerCase()] ?? 21 }),
  },
  // "today", "yesterday's", "tonight", "tomorrow"
  {
    pattern: /\b(today|tonight|yesterday|tomorrow)(?:['’]s)?\b/gi,
    build: (m) => ({ type: 'offset', unit: 'day', amount: { yesterday: -1, tomorrow: 1 }[m[1].toLowerCase()] ?? 0 }),
  },
  // "this morning", "last night", "yesterday afternoon"
  {
    pattern: /\b(this|last|yesterday|tomorrow)\s+(morning|afternoon|evening|night)\b/gi,
    build: (m) => {
      const w = m[1].toLowerCase();
      const amount = w === 'yesterday' || (w === 'last' && m[2].toLowerCase() === 'night') ? -1 : w === 'tomorrow' ? 1 : 0;
      return w === 'last' && m[2].toLowerCase() !== 'night' ? null : { type: 'offset', unit: 'day', amount };
    },
  },
  // "last month", "this year", "earlier this week", "next year", "the weekend"
  {
    pattern: /\b(?:(?:earlier|later)\s+)?(this|last|next|coming)\s+(week|weekend|month|year|decade)\b|\b(?:over|at|during)\s+the\s+(weekend)\b/gi,
    build: (m) => {
      const unit = (m[2] ?? m[3]).toLowerCase() as 'week' | 'weekend' | 'month' | 'year' | 'decade';
      const shift = shiftOf(m[1]);
      return { type: 'offset', unit, amount: shift === 'last' ? -1 : shift === 'next' ? 1 : 0 };
    },
  },
  // "last summer", "spring 2010", "this winter"
  {
    pattern: new RegExp(`\\b(?:(last|this|next|early|late)\\s+)?(spring|summer|autumn|fall|winter)(?:\\s+(?:of\\s+)?${YEAR})?\\b`, 'gi'),
    needs: /spring|summer|autumn|fall|winter/i,
    build: (m) => {
      if (!m[1] && !m[3]) return null;
      const word = m[2].toLowerCase();
      const season = (word === 'fall' ? 'autumn' : word) as Season;
      return { type: 'season', season, shift: shiftOf(m[1]), year: m[3] ? Number(m[3]) : undefined };
    },
  },
  // "80 years ago", "three days earlier", "a day after"
  {
    pattern: new RegExp(`\\b(${NUMBER_WORD_RE})\\s+(days?|weeks?|months?|years?|decades?)\\s+(ago|earlier|before|later|after|from now)\\b`, 'gi'),
    needs: /(?:day|week|month|year|decade)s?\s+(?:ago|earlier|before|later|after|from now)/i,
    build: (m) => {
      const amount = numberValue(m[1]);
      const unit = durationUnit(m[2]);
      const from = m[3].toLowerCase();
      if (amount === undefined || unit === undefined) return null;
      if (from !== 'ago' && from !== 'from now') return { type: 'vague', reason: `${m[0]}: counted from another event, not from the article's date` };
      const sign = from === 'ago' ? -1 : 1;
      if (unit === 'week') return { type: 'offset', unit: 'day', amount: sign * 7 * amount };
      if (unit === 'decade') return { type: 'offset', unit: 'year', amount: sign * 10 * amount };
      return { type: 'offset', unit: unit as 'day' | 'month' | 'year', amount: sign * amount };
    },
  },
  // "in recent weeks", "the day before", "the following day", "this season"
  {
    pattern: /\b(?:in\s+)?recent\s+(?:days|weeks|months|years)\b|\bthe\s+(?:day|week|month|year|night)\s+(?:before|after)\b|\b(?:this|last|next)\s+season\b|\b(?:that|the\s+same|the\s+previous|the\s+following)\s+(?:day|night|morning|afternoon|evening|week|month|year|season|decade)\b|\bearlier\s+in\s+the\s+(?:day|week|month|year)\b|\bin\s+the\s+(?:days|weeks|months)\s+(?:before|after|since|leading\s+up\s+to)\b/gi,
    build: (m) => ({ type: 'vague', reason: `${m[0]}: not a fixed date` }),
  },
  // "07:37 a.m. UTC", "4:49 pm", "9 a.m."; "8: 39am" (a space after the colon, common in wire copy)
  {
    pattern: new RegExp(`\\b(\\d{1,2})(?:(?::\\s?|\\.)(\\d{2}))?\\s*(a\\.m\\.?|p\\.m\\.?|am\\b|pm\\b|AM\\b|PM\\b)(?:\\s*\\(?(${ZONE_RE})\\b\\)?)?`, 'g'),
    build: (m) => {
      const hour12 = Number(m[1]);
      if (hour12 < 1 || hour12 > 12) return null;
      const pm = m[3].toLowerCase().startsWith('p');
      const hour = (hour12 % 12) + (pm ? 12 : 0);
      return { type: 'time', hour, minute: m[2] ? Number(m[2]) : 0, zone: m[4], offset: m[4] ? zoneOffset(m[4]) : undefined };
    },
  },
  // "13:45 GMT", "at 09:30", "At 09:30, police..."; not "about 3:30 p.m.", which is longer than the "3:30 p.m." read above and would win as 03:30,
  // nor a game clock ("at 2:56 of the third round").
  {
    pattern: new RegExp(`\\b(?:([Aa]t|[Aa]round|[Aa]bout|[Bb]y|[Uu]ntil|[Ff]rom|[Bb]efore|[Aa]fter)\\s+)?([01]?\\d|2[0-3]):([0-5]\\d)(?![\\d:])(?!\\s*[aApP]\\.?[mM]\\b)(?!${GAME_CLOCK_AFTER_RE})(?:\\s*(?:hours|hrs))?(?:\\s*\\(?(${ZONE_RE})\\b\\)?)?`, 'g'),
    needs: /:[0-5]\d/,
    build: (m, text) => {
      if (!m[1] && !m[4]) return null;
      const [hour, minute] = [Number(m[2]), Number(m[3])];
      // A leading zero ("09:30") or a zone is a 24-hour clock; else "at 6:41 last night" is 18:41.
      const part = m[2].startsWith('0') || m[4] ? undefined : AFTER_NOON_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40))?.slice(1).find(Boolean);
      const afterNoon = hour >= 1 && hour <= 11 && part !== undefined && onlyAfterNoon(hour * 60 + minute, PART_OF_DAY_SPANS[part.toLowerCase() as keyof typeof PART_OF_DAY_SPANS]);
      return { type: 'time', hour: afterNoon ? hour + 12 : hour, minute, zone: m[4], offset: m[4] ? zoneOffset(m[4]) : undefined };
    },
  },
  // "about 1100 hrs IST", "at 2045 GMT": four digits are a time with a zone after them, or with "hrs"/"hours" after
  // and "at", "about", "around" or "by" before ("after 1100 hours of talks", "worked 1100 hours" are lengths).
  {
    pattern: new RegExp(`\\b(?:(at|around|about|by)\\s+)?([01]\\d|2[0-3])([0-5]\\d)(?!\\d)\\s*(?:(hours|hrs)\\b)?(?:\\s*\\(?(${ZONE_RE})\\b\\)?)?`, 'g'),
    needs: new RegExp(`\\d\\s*(?:hours|hrs|\\(?${ZONE_RE})`),
    build: (m) => ((m[1] && m[4]) || m[5] ? { type: 'time', hour: Number(m[2]), minute: Number(m[3]), zone: m[5], offset: m[5] ? zoneOffset(m[5]) : undefined } : null),
  },
  {
    pattern: /\b(noon|midday|midnight)\b/gi,
    build: (m) => ({ type: 'time', hour: m[1].toLowerCase() === 'midnight' ? 0 : 12, minute: 0 }),
  },
  // "three-day", "90-day", "two weeks", "a decade-long"
  {
    pattern: new RegExp(`\\b(${NUMBER_WORD_RE})[-\\s](seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries)(?:[-\\s]long)?\\b(?![-\\s]old)`, 'gi'),
    build: (m) => {
      const amount = numberValue(m[1]);
      return amount === undefined ? null : { type: 'duration', amount, unit: durationUnit(m[2]) };
    },
  },
  // "a weeklong manhunt", "a yearlong investigation": one unit, written as one word.
  {
    pattern: /\b(hour|day|week|month|year|decade)long\b/gi,
    needs: /long/i,
    build: (m) => ({ type: 'duration', amount: 1, unit: durationUnit(m[1]) }),
  },
  // "for several months", "for years", "a few weeks"
  {
    pattern: /\b(?:(?:several|many|a\s+few|few|some)\s+(days|weeks|months|years|decades)|for\s+(hours|days|weeks|months|years|decades|centuries))\b/gi,
    build: (m) => ({ type: 'duration', amount: null, unit: durationUnit(m[1] ?? m[2]) }),
  },
  // "every Tuesday", "each year", "twice a week"
  {
    pattern: new RegExp(`\\b(?:every|each)\\s+(?:day|week|month|year|morning|night|weekend|${WEEKDAY_RE})\\b|\\b(?:once|twice|${NUMBER_WORD_RE}\\s+times)\\s+(?:a|per|each)\\s+(?:day|week|month|year)\\b`, 'gi'),
    needs: /every|each|once|twice|times/i,
    build: () => ({ type: 'set' }),
  },
];

// Joins two dates into a range: "from September 2010 to January 2011", "between 1990 and 1995", "Monday-Friday".
const RANGE_JOIN = /^\s*(?:-|–|—|to|until|till|through|thru|and)\s*$/i;
const RANGEABLE = new Set(['calendar', 'month', 'weekday', 'decade']);

function joinRanges(text: string, found: FoundExpression[]): FoundExpression[] {
  const joined: FoundExpression[] = [];
  for (const next of found) {
    const prev = joined[joined.length - 1];
    const gap = prev ? text.slice(prev.end, next.start) : '';
    const bothRangeable = prev && RANGEABLE.has(prev.expression.type) && RANGEABLE.has(next.expression.type);
    const needsBetween = /and/i.test(gap);
    if (prev && bothRangeable && RANGE_JOIN.test(gap) && (!needsBetween || /\bbetween\s+$/i.test(text.slice(Math.max(0, prev.start - 9), prev.start)))) {
      joined[joined.length - 1] = { start: prev.start, end: next.end, expression: { type: 'range', from: prev.expression, to: next.expression } };
    } else {
      joined.push(next);
    }
  }
  return joined;
}

/** Every date and time expression in the text, in order, without overlaps. */
export function recognizeDates(text: string): FoundExpression[] {
  const candidates: FoundExpression[] = [];
  for (const rule of RULES) {
    if (rule.needs && !rule.needs.test(text)) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const expression = rule.build(m, text);
      if (expression) candidates.push({ start: m.index, end: m.index + m[0].length, expression });
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Longest first, each kept unless it overlaps one kept before: the characters the kept cover are marked, so a
  // candidate reads only its own characters (inserting into a sorted list moved half of it per date: quadratic on
  // texts full of dates). The kept are disjoint, so sorting them by start gives the text order.
  const covered = new Uint8Array(text.length);
  const chosen: FoundExpression[] = [];
  for (const c of candidates) {
    if (covered.subarray(c.start, c.end).includes(1)) continue;
    covered.fill(1, c.start, c.end);
    chosen.push(c);
  }
  chosen.sort((a, b) => a.start - b.start);
  return joinRanges(text, chosen);
}
