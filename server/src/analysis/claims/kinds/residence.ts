// The town a named person lives in ("Kevin Marsh, 29, of Springfield"), filed under the person.
import { comparePlaces } from './facilityLocation';
import { INCOMPARABLE, type KindModule } from './kind';

export const residence: KindModule = {
  kind: 'residence',
  label: 'place a person lives in',
  scope: 'entity',
  matching: 'owner',
  cumulative: () => false,
  // Filed by the name as written, not the entity id: "Kevin Marsh" and "Kevin Allen Marsh" are one man
  // whether or not identity linked them; the first initial keeps a family's members apart.
  ownerKey: (claim) => {
    const words = claim.subject.toLowerCase().split(/\s+/);
    return `person:${words[0]?.[0] ?? ''} ${words.at(-1) ?? ''}`;
  },
  // A person lives in one town: two towns contradict (a facility's two towns may be a town and the city around it).
  compare: (a, b) => {
    if (a.value.kind !== 'place' || b.value.kind !== 'place') return INCOMPARABLE;
    const relation = comparePlaces(a.value, b.value);
    return { relation: relation === 'discrepancy' ? 'contradiction' : relation, rule: 'places' };
  },
};
