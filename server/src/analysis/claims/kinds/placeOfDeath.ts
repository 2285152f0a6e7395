// The kind of place a named person died in ("Felt died Thursday at his home in Santa Rosa", "died at a hospice near
// his home"), filed under that person.
import { INCOMPARABLE, type KindModule, type ValueRelation } from './kind';

/** Kinds of place that cannot be one: a home is no hospital, a death at the scene is none on the way to hospital. */
const EXCLUSIVE: ReadonlySet<string> = new Set(['home', 'scene']);

/** Two kinds of place of one death: the same agree; a home or the scene against another contradicts; a hospital and a prison may be one (a prison hospital). */
export function compareVenues(x: string, y: string): ValueRelation {
  if (x === y) return 'same';
  return EXCLUSIVE.has(x) || EXCLUSIVE.has(y) ? 'contradiction' : 'incomparable';
}

export const placeOfDeath: KindModule = {
  kind: 'place-of-death',
  label: 'place a person died in',
  scope: 'entity',
  matching: 'owner',
  cumulative: () => false,
  compare: (a, b) => (a.value.kind === 'name' && b.value.kind === 'name' ? { relation: compareVenues(a.value.value, b.value.value), rule: 'venues' } : INCOMPARABLE),
};
