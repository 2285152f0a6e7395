// The town a named facility is in ("the Betty Ford Center in Rancho Mirage, Calif."), filed under the facility.
import { COUNTRIES, US_STATES, WORLD_REGIONS } from '../../ner/lexicon';
import { INCOMPARABLE, type KindModule, type PlaceValue } from './kind';

/** Last words of names of places that stay put: a clinic's town is a fact, a company's or a team's is not. */
export const FACILITY = /\b(?:Center|Centre|Clinic|Hospital|Hotel|College|University|School|Prison|Jail|Penitentiary|Airport|Stadium|Arena|Museum|Courthouse|Institute|Academy|Church|Cathedral|Mosque|Temple|Casino|Resort|Mall|Plant|Refinery|Palace)$/;

/** Words many facilities' names share: "Betty Ford Treatment Center" and "Promises Treatment Center" are two places. */
const GENERIC_FACILITY_WORDS = /^(?:the|of|and|for|at|treatment|rehab|rehabilitation|recovery|medical|health|care|state|national|international|regional|general|community|memorial|county|city|university|high|main|central|new|old|north|south|east|west|st|saint|[A-Z]{1,3})$/i;

/**
 * What a facility is known by across articles whatever else its name says: the last distinctive word of its name
 * ("Betty Ford Center" and "Betty Ford Treatment Center" are "ford"), with its own kind left out.
 */
export function facilityKey(name: string): string | undefined {
  const words = name.split(/\s+/).filter((w) => !FACILITY.test(w) && !GENERIC_FACILITY_WORDS.test(w));
  return words.at(-1)?.toLowerCase();
}

/** States and countries, lower case without dots ("calif"): a facility's region, not its town. */
const REGIONS = new Set([...US_STATES, ...COUNTRIES, ...WORLD_REGIONS].map((r) => r.toLowerCase().replace(/\./g, '')));

/** "Rancho Mirage, Calif." as a place: its town and its regions. */
export function placeValue(written: string): PlaceValue {
  const parts = written.toLowerCase().replace(/\./g, '').split(', ');
  return { kind: 'place', parts, ...(REGIONS.has(parts[0]) ? {} : { town: parts[0] }), regions: parts.filter((p) => REGIONS.has(p)) };
}

/**
 * Two places given for one facility ("Malibu, California", "Los Angeles, California"): two towns, or two regions
 * where one names no town, differ as a discrepancy (a town and the city next to it are both said of one place,
 * and nothing here tells which contains which); a town against a bare region ("Nashville", "Tennessee") is
 * incomparable. "Calif." and "California" are one region.
 */
export function comparePlaces(x: PlaceValue, y: PlaceValue): 'same' | 'discrepancy' | 'incomparable' {
  if (x.parts.join(', ') === y.parts.join(', ')) return 'same';
  if (x.town && y.town) return x.town === y.town ? 'same' : 'discrepancy';
  if (x.regions.length === 0 || y.regions.length === 0) return 'incomparable';
  const sameRegion = x.regions.some((r) => y.regions.some((q) => q.startsWith(r) || r.startsWith(q)));
  return sameRegion ? 'same' : x.town || y.town ? 'incomparable' : 'discrepancy';
}

export const facilityLocation: KindModule = {
  kind: 'facility-location',
  label: 'place of a facility',
  scope: 'entity',
  matching: 'owner',
  cumulative: () => false,
  ownerKey: (claim) => `facility:${facilityKey(claim.subject)}`,
  compare: (a, b) => (a.value.kind === 'place' && b.value.kind === 'place' ? { relation: comparePlaces(a.value, b.value), rule: 'places' } : INCOMPARABLE),
};
