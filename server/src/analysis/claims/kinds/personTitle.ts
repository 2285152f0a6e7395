// A person's title, written before the name ("Assistant District Attorney David Rossi") or in an appositive after it
// ("John Bond, an inspector with the Alaska State Fire Marshal's Office"), filed under that person.
import { writtenNameKey } from './residence';
import { INCOMPARABLE, type KindModule, type TitleValue, type ValueRelation } from './kind';

/**
 * Two titles of one person: a shared office of one rank agrees ("president" and "president and general manager");
 * no shared office, or another rank, contradicts when the titles share a word (the office or its organization:
 * "District Attorney", "Fire Marshal"). Titles that share none name two roles a person may hold at once ("Gov.
 * Sarah Palin", "vice presidential candidate Sarah Palin").
 */
export function compareTitles(x: TitleValue, y: TitleValue): ValueRelation {
  if (x.offices.some((o) => y.offices.includes(o)) && x.ranks.join(' ') === y.ranks.join(' ')) return 'same';
  return x.words.some((w) => y.words.includes(w)) ? 'contradiction' : 'incomparable';
}

export const personTitle: KindModule = {
  kind: 'person-title',
  label: 'office a person holds',
  scope: 'entity',
  matching: 'owner',
  cumulative: () => false,
  // Filed by the name as written, as residences are: "Dave Rossi" and "David Rossi" are one man whether or not
  // identity linked them.
  ownerKey: (claim) => writtenNameKey(claim.subject),
  compare: (a, b) => (a.value.kind === 'title' && b.value.kind === 'title' ? { relation: compareTitles(a.value, b.value), rule: 'titles' } : INCOMPARABLE),
};
