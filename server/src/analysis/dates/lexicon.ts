// Words of date expressions: month and weekday names, number words, time zones.

const MONTH_WORDS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const WEEKDAY_WORDS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
/** Offsets from UTC in minutes. */
const ZONE_OFFSETS: Record<string, number> = {
  utc: 0, gmt: 0, z: 0, bst: 60, cet: 60, cest: 120, eet: 120, eest: 180, msk: 180, ist: 330, cst: -360, cdt: -300,
  est: -300, edt: -240, mst: -420, mdt: -360, pst: -480, pdt: -420, hkt: 480, sgt: 480, jst: 540, kst: 540,
  aest: 600, aedt: 660,
};

/** Standard offsets of the US zones written without "S" or "D" ("4:30 p.m. ET"); daylight time is an hour on. */
export const US_GENERIC_ZONES: Readonly<Record<string, number>> = { et: -300, ct: -360, pt: -480 };

// Regex sources, longest alternatives first so "Sept." wins over "Sep".
export const MONTH_RE = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
export const WEEKDAY_RE = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
export const NUMBER_WORD_RE = `(?:\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine))`;
export const ZONE_RE = `(?:${[...Object.keys(ZONE_OFFSETS).filter((z) => z !== 'z'), ...Object.keys(US_GENERIC_ZONES)].map((z) => z.toUpperCase()).join('|')})`;

/**
 * What follows a game clock rather than a time of day: "at 2:56 of the third round", "1:45 into the second half",
 * "4:12 left", "with 3:20 remaining". Read as a lookahead after "M:SS", so those are no clock times.
 */
export const GAME_CLOCK_AFTER_RE = '\\s+(?:(?:of|into)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:round|period|quarter|half|inning|set|overtime|extra\\s+time)s?\\b|(?:left|remaining|to\\s+(?:go|play))(?![\\w-]))';

/** Where the morning starts and the night starts: the hours between belong to the night before. */
export const MORNING_START = 5 * 60;
export const NIGHT_START = 18 * 60;

/** The parts of the day a text names, as spans of minutes: what a reader takes each to cover ("night" runs past midnight). */
export const PART_OF_DAY_SPANS = {
  midnight: [23 * 60 + 30, 24 * 60 + 30],
  noon: [11 * 60 + 30, 12 * 60 + 30],
  morning: [MORNING_START, 12 * 60],
  afternoon: [12 * 60, NIGHT_START],
  evening: [17 * 60, 22 * 60],
  night: [NIGHT_START, 30 * 60],
} as const satisfies Record<string, readonly [number, number]>;

/**
 * What after a bare "H:MM" may put it after noon: "at 6:41 last night", "about 3:30 Tuesday afternoon", "at 8:40 at
 * night". Read on the text right after the clock reading; which hours it moves is the part's span (recognize.ts).
 */
export const AFTER_NOON_AFTER = new RegExp(`^,?\\s+(?:(?:last|tomorrow)\\s+(night)|to(night)|(?:at|in\\s+the)\\s+(afternoon|evening|night)|(?:on\\s+)?(?:the\\s+)?(?:${WEEKDAY_RE}\\s+)?(afternoon|evening|night))\\b`, 'i');

export const monthNumber = (word: string): number | undefined => MONTH_WORDS[word.toLowerCase().replace(/\.$/, '')];
export const weekdayNumber = (word: string): number | undefined => WEEKDAY_WORDS[word.toLowerCase().replace(/'s$/, '')];

/** "three" → 3, "twenty-one" → 21, "90" → 90. */
export function numberValue(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  const [tens, ones] = w.split('-');
  if (ones !== undefined) return (NUMBER_WORDS[tens] ?? NaN) + (NUMBER_WORDS[ones] ?? NaN) || undefined;
  return NUMBER_WORDS[w];
}

/** Offset in minutes for a zone abbreviation; the US "ET"/"PT"/"CT" are taken as daylight time until a day says otherwise (resolve.ts zoneOffsetOn). */
export function zoneOffset(zone: string): number | undefined {
  const z = zone.toLowerCase();
  const standard = US_GENERIC_ZONES[z];
  return standard === undefined ? ZONE_OFFSETS[z] : standard + 60;
}
