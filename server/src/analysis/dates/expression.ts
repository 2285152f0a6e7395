// What a date expression says, before it is resolved against the article's date.

export type Shift = 'last' | 'this' | 'next' | 'plain';
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';
export type DurationUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';

export type DateExpression =
  /** Parts written out: "Thursday, May 2, 2024", "Nov. 30", "October 2011", "2007". */
  | { type: 'calendar'; year?: number; month?: number; day?: number; weekday?: number }
  /** "on Wednesday", "last Friday", "next Monday". */
  | { type: 'weekday'; weekday: number; shift: Shift }
  /** A month without a year: "in September", "The November meeting", "last May". */
  | { type: 'month'; month: number; shift: Shift }
  /** Counted from the article's date: "yesterday" (-1 day), "last month" (-1 month), "80 years ago" (-80 years). */
  | { type: 'offset'; unit: 'day' | 'week' | 'weekend' | 'month' | 'year' | 'decade'; amount: number }
  | { type: 'season'; season: Season; shift: Shift; year?: number }
  /** "the 1950s": the first year of the decade. */
  | { type: 'decade'; start: number }
  /** "the 21st century": its ordinal. */
  | { type: 'century'; ordinal: number }
  /** "07:37 a.m. UTC"; offset in minutes when a zone is named. */
  | { type: 'time'; hour: number; minute: number; offset?: number; zone?: string }
  /** "three-day", "90-day", "for several months" (amount null). */
  | { type: 'duration'; amount: number | null; unit: DurationUnit }
  /** "every Tuesday", "annually". */
  | { type: 'set' }
  /** A real time reference that cannot be placed: "in recent weeks", "a day after". */
  | { type: 'vague'; reason: string }
  | { type: 'range'; from: DateExpression; to: DateExpression };

/** A date expression found in the text. */
export interface FoundExpression {
  start: number;
  end: number;
  expression: DateExpression;
}
