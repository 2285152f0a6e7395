// Where an event happened ("moved to Florida", "arrested in Tacoma, Washington"), keyed by the event or the verb.
import { comparePlaces, FACILITY } from './facilityLocation';
import { INCOMPARABLE, type KindModule, type PlaceValue } from './kind';

/** A place named as a building (lower case, as places are kept: "jamaica hospital"), not a town or a region. */
const BUILDING = new RegExp(FACILITY.source, 'i');

/** One town's name written whole at the start of the other's ("Mt Ardan", "Mt Ardan National Park"): a place inside the first. */
function namesWithin(x: PlaceValue, y: PlaceValue): boolean {
  const [p, q] = [x.parts[0], y.parts[0]];
  return p !== undefined && q !== undefined && (p.startsWith(`${q} `) || q.startsWith(`${p} `));
}

export const eventPlace: KindModule = {
  kind: 'event-place',
  label: 'place of an event',
  scope: 'event',
  matching: 'default',
  cumulative: () => false,
  // Two towns or two regions differ as a discrepancy: a town and the city around it are both said of one place.
  compare: (a, b) => {
    if (a.value.kind !== 'place' || b.value.kind !== 'place') return INCOMPARABLE;
    // "died at Saint Brennan Hospital" and "died in Tacoma" may both hold: a building is compared only with a building.
    if (BUILDING.test(a.value.parts[0] ?? '') !== BUILDING.test(b.value.parts[0] ?? '')) return INCOMPARABLE;
    return { relation: namesWithin(a.value, b.value) ? 'same' : comparePlaces(a.value, b.value), rule: 'places' };
  },
};
