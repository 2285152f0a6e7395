// A story's title as a person would write it: the event word its headlines share most, its main place and a short
// main name, and the month it happened ("Earthquake, Mindanao, July 2013"). Only each member's heaviest keys count, so a
// title costs the same per member however long its articles are.
import { MONTH_NAMES } from '../dates/calendar';
import { capitalise } from '../capitalise';
import { type ArticleFeatures, type RANKED_FAMILIES, idf, rankedEntries } from './features';

type RankedFamily = (typeof RANKED_FAMILIES)[number];

/** Summed weights of a family's heaviest keys over the members, each scaled by the share of members that have it. */
function shared(members: readonly ArticleFeatures[], family: RankedFamily): Array<[string, number]> {
  const totals = new Map<string, { weight: number; count: number }>();
  for (const m of members) {
    for (const [key, w] of rankedEntries(m.heaviest[family])) {
      const t = totals.get(key) ?? { weight: 0, count: 0 };
      t.weight += w;
      t.count++;
      totals.set(key, t);
    }
  }
  return [...totals]
    .map(([key, t]): [string, number] => [key, (t.weight * t.count) / members.length])
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
}

/**
 * The family's most distinctive name word over the members ("mindanao" from "Mindanao", "Northern Mindanao", "Mindanao island"),
 * shown as the shortest name holding it.
 */
function mainName(members: readonly ArticleFeatures[], family: RankedFamily): string | undefined {
  const scores = new Map<string, number>();
  for (const m of members) {
    const best = new Map<string, number>();
    for (const [key, w] of rankedEntries(m.heaviest[family])) for (const word of key.split(' ')) best.set(word, Math.max(best.get(word) ?? 0, w));
    for (const [word, w] of best) scores.set(word, (scores.get(word) ?? 0) + w * idf(word));
  }
  const word = [...scores].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0];
  if (word === undefined) return undefined;
  const forms = members.flatMap((m) => [...rankedEntries(m.heaviest[family])].filter(([key]) => key.split(' ').includes(word)).map(([key]) => m.written.get(key) ?? key));
  return forms.sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
}

/** The word most headlines of the members use, then the most shared over the texts, that is no name. */
function eventWord(members: readonly ArticleFeatures[], nameWords: ReadonlySet<string>): string | undefined {
  const ranked = shared(members, 'words').filter(([word]) => !nameWords.has(word));
  const inHeadlines = (word: string) => members.filter((m) => m.headline.has(word)).length;
  let best: [string, number] | undefined;
  for (const [word] of ranked) {
    const count = inHeadlines(word);
    if (count > (best?.[1] ?? 0)) best = [word, count];
  }
  return best?.[0] ?? ranked[0]?.[0];
}

/** Names longer than this (agencies, full titles) make a title hard to read. */
const MAX_NAME_WORDS = 2;

/** The most common stated month of the members, earliest on a tie: "July 2013". */
function storyMonth(members: readonly ArticleFeatures[]): string | undefined {
  const counts = new Map<string, number>();
  for (const m of members) if (m.statedDate && m.statedDate.length >= 7) counts.set(m.statedDate.slice(0, 7), (counts.get(m.statedDate.slice(0, 7)) ?? 0) + 1);
  const best = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0];
  return best && `${MONTH_NAMES[Number(best[0].slice(5, 7)) - 1]} ${best[0].slice(0, 4)}`;
}

export function storyTitle(members: readonly ArticleFeatures[], fallback: string): string {
  const nameWords = new Set(members.flatMap((m) => [...m.vectors.names.keys(), ...m.vectors.places.keys()].flatMap((key) => key.split(' '))));
  const event = eventWord(members, nameWords);
  const name = mainName(members, 'names');
  const parts = [
    event && capitalise(event),
    mainName(members, 'places'),
    name && name.split(/\s+/).length <= MAX_NAME_WORDS ? name : undefined,
    storyMonth(members),
  ].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(', ') : fallback;
}
