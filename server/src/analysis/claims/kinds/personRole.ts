// The role or title a person holds ("COO Larry Lucchino", "DiLeo, the team's assistant general manager"), filed under
// that person. Two roles contradict only when they cannot both be that person's at once: ranks of one role (the vice
// president is not the president) or two of a company's chief officers. Roles of other heads are often held together
// (a coach and a former player, a chairman and a representative), and a role of another time (former, interim) is
// no dispute of the present one.
import { CHIEF_OFFICER_LETTERS, ROLE_TIME_WORDS, SUBORDINATE_RANKS, SUPERIOR_RANKS, UNIFORMED_RANKS } from '../../language/enRoles';
import { INCOMPARABLE, type Comparison, type KindModule } from './kind';
import type { Claim } from '../../types';

/** A role as written in a claim's value ("former assistant coach"): its time words, the ranks below it, its head noun. */
export interface RoleParts {
  time: string[];
  subordinate: string[];
  head: string;
  /** Whether a rank is written: "head coach", "vice president", not the bare "coach". */
  ranked: boolean;
}

/** Reads a role value back into its parts: the head is the last word, the words before it qualify it. */
export function roleParts(value: string): RoleParts {
  const words = value.split(' ');
  const head = words[words.length - 1];
  const qualifiers = words.slice(0, -1);
  // A uniformed rank's modifiers name another post ("Deputy Sgt."), not a rank below it.
  const subordinate = UNIFORMED_RANKS.has(head) ? [] : qualifiers.filter((w) => SUBORDINATE_RANKS.has(w));
  const ranked = qualifiers.some((w) => SUBORDINATE_RANKS.has(w) || SUPERIOR_RANKS.has(w));
  return { time: qualifiers.filter((w) => ROLE_TIME_WORDS.has(w)), subordinate, head, ranked };
}

const sameWords = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((w) => b.includes(w));

export function compareRoles(a: Claim, b: Claim): Comparison {
  if (a.value.kind !== 'name' || b.value.kind !== 'name') return INCOMPARABLE;
  const [x, y] = [roleParts(a.value.value), roleParts(b.value.value)];
  // A role of another time ("former president") is compatible with any: people change roles.
  if (!sameWords(x.time, y.time)) return { relation: 'incomparable', rule: 'roles' };
  if (x.head !== y.head) {
    const officers = CHIEF_OFFICER_LETTERS.has(x.head) && CHIEF_OFFICER_LETTERS.has(y.head);
    return officers ? { relation: 'contradiction', rule: 'roles' } : { relation: 'incomparable', rule: 'roles' };
  }
  if (sameWords(x.subordinate, y.subordinate)) return { relation: 'same', rule: 'roles' };
  // A title written short may leave its rank out ("manager" for a deputy manager): the bare head against a ranked one
  // differs compatibly; two ranks written out ("assistant coach", "head coach") cannot both hold.
  return { relation: x.ranked && y.ranked ? 'contradiction' : 'discrepancy', rule: 'roles' };
}

export const personRole: KindModule = {
  kind: 'person-role',
  label: 'role of a person',
  scope: 'entity',
  matching: 'owner',
  sharedAcrossEvents: true,
  cumulative: () => false,
  compare: compareRoles,
};
