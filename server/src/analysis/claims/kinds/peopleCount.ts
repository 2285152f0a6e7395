// Counts of people an event affected: the dead, injured, missing, arrested, rescued, evacuated, and crowds.
import { compareFigures } from './figures';
import { growingSlots, type KindModule } from './kind';

/** Tolls and tallies grow as news comes in; a crowd is estimated once. A toll of an earlier event ("In February, …") is settled when recalled. */
const GROWING = new Set(['death toll', 'injured', 'missing', 'arrested', 'rescued', 'evacuated']);

export const CROWD = 'crowd size';

export const peopleCount: KindModule = {
  kind: 'people-count',
  label: 'count of people',
  scope: 'event',
  matching: 'default',
  cumulative: growingSlots(GROWING),
  // Estimates of a crowd differ tenfold between police and organisers, and that is what a reader wants flagged;
  // other tolls more than ten times apart count different groups ("at least two" at a truck, "70" nationwide).
  compare: (a, b) => compareFigures(a, b, a.slot === CROWD ? Infinity : 10),
};
