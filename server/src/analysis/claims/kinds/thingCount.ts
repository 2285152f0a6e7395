// Counts of things: ships, weapons, boats, villages ("seven AK-47s", "at least 17 of the hijacked ships").
import { compareFigures } from './figures';
import { growingSlots, type KindModule } from './kind';
import type { Claim } from '../../types';
import { synonymName } from '../../language/nounMeanings';

/** Things counted up as they come in ("has since received 300,000 comments"), by the slot's name of their sense. */
const GROWING_NOUNS = ['comment'];
/** Built on first use: naming the senses parses the WordNet table, which start-up need not pay. */
let growing: ((claim: Claim) => boolean) | undefined;

export const thingCount: KindModule = {
  kind: 'thing-count',
  label: 'count of things',
  scope: 'event',
  matching: 'things',
  cumulative: (claim) => (growing ??= growingSlots(new Set(GROWING_NOUNS.map(synonymName))))(claim),
  // Things a few times apart are different sets ("two merchant vessels", "about a dozen ships").
  compare: (a, b) => compareFigures(a, b, 3),
};
