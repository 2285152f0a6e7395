// Why a conflict was flagged, in words a reader follows: the kind of claim, the rules that read each side, how the
// values were compared ("count of people, read by quantity/people-by-event-word, compared as figures").
import { kindOf } from '../claims/kinds/registry';
import type { Conflict } from './conflictIndex';

/** The comparison rules (the kind modules' `rule`) in words. */
const COMPARED_AS: ReadonlyMap<string, string> = new Map(Object.entries({
  intervals: 'figures, with their “at least”, “about” and rounding',
  'part-to-total': 'a part of a group against its total',
  'distances in two units': 'distances written in two units, a conversion apart',
  conversions: 'sums through the conversion into another currency that one of them gives',
  dates: 'dates and weekdays',
  times: 'times of day',
  names: 'names',
  places: 'towns and regions',
  roles: 'roles of one person, a rank below another or two chief officers',
  records: 'win-loss records over about as many games',
  causes: 'causes of death',
  spelling: 'spellings of one name',
  'scored-intervals': 'figures, with their “at least”, “about” and rounding',
}));

export function explanation(conflict: Conflict): string {
  const label = kindOf(conflict.a.claim).label;
  const rules = [...new Set([conflict.a.claim.rule, conflict.b.claim.rule])].join(' and ');
  const compared = `${label}, read by ${rules}, compared as ${COMPARED_AS.get(conflict.comparedBy) ?? conflict.comparedBy}`;
  // A general figure is taken to measure the other side's slot by a score: say what weighed for it.
  const slot = conflict.slotScore;
  return slot ? `${compared}; taken as one slot by score ${slot.score.toFixed(2)}${slot.reasons.length > 0 ? ` (${slot.reasons.join(', ')})` : ''}` : compared;
}
