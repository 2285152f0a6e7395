// What every claim kind declares: what the claim is about (an event or an entity), how two of its values relate,
// whether its figure grows as news comes in, and how claims of two articles are matched to one event.
import type { Claim, ValueInterval } from '../../types';
import type { Hedge } from '../intervals';
import type { VerbFrame } from '../quantityFrame';

/** Every kind of claim the extractors make; each has one module in this folder, registered in registry.ts. */
export type ClaimKind =
  | 'people-count'
  | 'thing-count'
  | 'money'
  | 'percentage'
  | 'magnitude'
  | 'age'
  | 'win-loss-record'
  | 'knockouts'
  | 'player-statistic'
  | 'event-date'
  | 'event-time'
  | 'duration'
  | 'contract-length'
  | 'prison-term'
  | 'time-served'
  | 'residence'
  | 'street-block'
  | 'manner-of-death'
  | 'medical-cause'
  | 'bearing'
  | 'distance'
  | 'distance-from-place'
  | 'person-role'
  | 'work-year'
  | 'facility-location'
  | 'event-place'
  | 'name-spelling'
  | 'figure'
  | 'measure'
  | 'repetition';

/** A date as the text gives it: an ISO date of day, month or year precision, and the weekday or month it names. */
export interface DateValue {
  kind: 'date';
  /** "2008-12-06", "2008-12" or "2008". */
  date?: string;
  /** 0 = Sunday: the weekday the text names, else the one of a full date. */
  weekday?: number;
  /** True when the text names the weekday ("on Friday"), not only the date. */
  named: boolean;
  /** 1-12: the month the text names or the date's. */
  month?: number;
  /** 1-31: the day of the month the text names where nothing gives its year ("November 19" in an undated article). */
  dayOfMonth?: number;
  /** The year is the resolver's guess, not written ("the June 20 shooting"): two articles' guesses may differ. */
  yearGuessed?: true;
  /** The date is told relative to the article's ("yesterday", "last week"), not written out. */
  relative?: true;
  /** The part of the day the mention names with its day ("Thursday night", "early Friday morning"), in minutes. */
  partOfDay?: { from: number; to: number };
}

/** A time of day as minutes after midnight: a clock time is one minute, a part of day a span ("night" runs past midnight: to > 1440). */
export interface TimeValue {
  kind: 'time';
  from: number;
  to: number;
  /** A part of the day the text names ("Tuesday morning", "late Sunday night"), not a clock reading. */
  part?: true;
}

/** A place as town and regions (states, countries), lower case without dots: "Rancho Mirage, Calif." → town "rancho mirage", regions ["calif"]. */
export interface PlaceValue {
  kind: 'place';
  /** The parts as written, lower case without dots. */
  parts: string[];
  town?: string;
  regions: string[];
}

/** A claim's value: never a string to be parsed again. */
/** What a figure counts and the verb of its clause ("12 people were injured": head "people", verb stem "injur"). */
export interface FigureFrame {
  /** The counted noun, singular ("person" for "people"); absent for sums, shares and bare numbers. */
  head?: string;
  verb?: VerbFrame;
}

export type ClaimValue =
  | { kind: 'interval'; interval: ValueInterval; unit?: string; /** Counts part of a group ("17 of the hijacked ships"). */ partOfGroup?: boolean; /** The unit as written, where the value was converted ("ft" for metres). */ written?: string; frame?: FigureFrame; /** How the words before it hedge the figure ("at least", "about", a range). */ hedge?: Hedge; /** The same sum in another currency, written beside it ('£5m ($8m)'). */ converted?: { interval: ValueInterval; unit: string } }
  | DateValue
  | { kind: 'record'; wins: number; losses: number }
  | TimeValue
  | PlaceValue
  | { kind: 'name'; value: string };

export type ValueRelation = 'same' | 'discrepancy' | 'contradiction' | 'incomparable';

/** A relation and the comparison rule that decided it, for provenance. */
export interface Comparison {
  relation: ValueRelation;
  rule: string;
}

export const INCOMPARABLE: Comparison = { relation: 'incomparable', rule: 'none' };

/**
 * How two articles' claims of a kind are taken to be about one event (see conflicts/entries.ts sameEvent):
 * - 'owner': about the entity that owns them (a title, a facility's town), whoever else the sentences name;
 * - 'deal': a party's offer, matched by the organization named before it;
 * - 'things': counted things, matched also by what their sentences say was done to them;
 * - 'dated': dates, which need a shared participant;
 * - 'default': participants and places that do not clash.
 */
export type EventMatching = 'owner' | 'deal' | 'things' | 'dated' | 'default';

export interface KindModule {
  kind: ClaimKind;
  /** What the kind measures, for a reader ("count of people", "date of an event"). */
  label: string;
  /** An entity's attribute is keyed by that entity; an event's by its attribute alone. */
  scope: 'event' | 'entity';
  /** Whether the figure grows as news comes in, so a later article's different figure is an update. */
  cumulative(claim: Claim): boolean;
  matching: EventMatching;
  /** The entity an entity claim is filed under, when it is not the claim's first chain (a facility by its name). */
  ownerKey?(claim: Claim): string | undefined;
  /**
   * The same value is stated in reports of many events (a person's title: "President Obama" in two stories of a
   * topic), so two articles agreeing on it is no sign that they report one event.
   */
  sharedAcrossEvents?: true;
  /** Values that change with time (ages) are compared only between articles dated within so many days. */
  stableForDays?: number;
  compare(a: Claim, b: Claim): Comparison;
}

/** A kind whose figures in these slots grow as news comes in; a figure of an earlier event (with a period) is settled. */
export function growingSlots(slots: ReadonlySet<string>): (claim: Claim) => boolean {
  return (claim) => claim.period === undefined && slots.has(claim.slot);
}
