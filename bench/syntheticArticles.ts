// The articles of the benches' generated workspaces: the 982 ECB+ articles, then copies of them that tell other
// stories. A copy renames every name and swaps the topical words for others, the same way across all the articles of
// that copy: each copy of an ECB+ story stays one story, with its own claims and disagreements, and copies do not
// join each other's stories (names renamed alone left the other words the same: every copy joined the story of its
// original, where each renamed name is a spelling variant of the original, so stories and their conflicts grew
// with the number of copies, as no real corpus of distinct stories does).

/** Words written in at least this share of the articles are general words ("people", "killed", "said"): kept as they are. */
const GENERAL_SHARE = 0.05;
/** Lower-case words of at least this length are swapped; shorter ones are function words. */
const MIN_SWAPPED_LENGTH = 4;
const LOWER_WORD = /(?<![\p{L}\p{M}])\p{Ll}[\p{Ll}\p{M}]*(?![\p{L}\p{M}])/gu;

interface Copies {
  /** Lower-case words rarer than GENERAL_SHARE, sorted. */
  topical: string[];
  /** Copy → its word swaps. */
  swaps: Map<number, Map<string, string>>;
}

const copiesOf = new WeakMap<readonly string[], Copies>();

/** The i-th article: the real one for i below the number of texts, else a copy (see above). */
export function articleText(texts: readonly string[], i: number): string {
  const copy = Math.floor(i / texts.length);
  const text = texts[i % texts.length];
  if (copy === 0) return text;
  const suffix = copy.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)));
  // A name: a capitalised word written mid-sentence and never in lower case in the article; renamed wherever it is.
  const lower = new Set(text.match(LOWER_WORD) ?? []);
  const names = new Set((text.match(/(?<=[a-z,] )[A-Z][a-z]{2,}/g) ?? []).filter((w) => !lower.has(w.toLowerCase()) && !CALENDAR_WORD.test(w)));
  const swaps = swapsOf(texts, copy);
  return text
    .replace(/(?<![A-Za-z])[A-Z][a-z]{2,}(?![a-z])/g, (word) => (names.has(word) ? `${word}${suffix}` : word))
    .replace(LOWER_WORD, (word) => swaps.get(word) ?? word)
    // Another story happens on other days: every year moves by the copy's number (weekdays then disagree with dates, as in many real articles).
    .replace(/(?<![\d.,])(19|20)\d\d(?![\d,]|\.\d)/g, (year) => String(Number(year) + copy))
    // And with other figures: every number of two or three digits (not a time, a decimal or a part of a larger one) grows by it.
    .replace(/(?<![\d.,:])\d{2,3}(?![\d:]|[.,]\d)/g, (n) => String(Number(n) + copy));
}

/** Days and months keep their names: they are what dates are read from. */
const CALENDAR_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** One copy's swaps: the topical words shuffled among themselves, by a generator seeded with the copy's number. */
function swapsOf(texts: readonly string[], copy: number): Map<string, string> {
  let copies = copiesOf.get(texts);
  if (!copies) copiesOf.set(texts, (copies = { topical: topicalWords(texts), swaps: new Map() }));
  let swaps = copies.swaps.get(copy);
  if (!swaps) {
    const shuffled = [...copies.topical];
    let state = copy * 2654435761;
    for (let j = shuffled.length - 1; j > 0; j--) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      const k = state % (j + 1);
      [shuffled[j], shuffled[k]] = [shuffled[k], shuffled[j]];
    }
    swaps = new Map(copies.topical.map((word, j) => [word, shuffled[j]]));
    copies.swaps.set(copy, swaps);
  }
  return swaps;
}

function topicalWords(texts: readonly string[]): string[] {
  const articles = new Map<string, number>();
  for (const text of texts) for (const word of new Set(text.match(LOWER_WORD) ?? [])) articles.set(word, (articles.get(word) ?? 0) + 1);
  return [...articles].filter(([word, n]) => word.length >= MIN_SWAPPED_LENGTH && n < GENERAL_SHARE * texts.length).map(([word]) => word).sort();
}
