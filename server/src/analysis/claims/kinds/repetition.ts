// How many times something happened, by its verb ("arrested four times"), and which day of a running event a
// report is from ("the seventh straight day of protests"): the day grows as news comes in.
import { compareFigures } from './figures';
import { growingSlots, type KindModule } from './kind';

/** The slot of an ordinal day, week or night of a running event ("the seventh straight day"). */
export const RUNNING_SLOTS: ReadonlySet<string> = new Set(['day', 'night', 'week']);

export const repetition: KindModule = {
  kind: 'repetition',
  label: 'count of times',
  scope: 'event',
  matching: 'default',
  cumulative: growingSlots(RUNNING_SLOTS),
  compare: (a, b) => compareFigures(a, b, 10),
};
