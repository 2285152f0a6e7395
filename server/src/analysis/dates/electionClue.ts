// A year from the political calendar when the article names no year: "the upcoming presidential elections"
// while Joe Biden is President can only be the 2024 election, so the article dates from before November 2024.

interface Presidency {
  name: RegExp;
  /** Inauguration years: [first, end) per term. */
  terms: Array<[number, number]>;
}

const PRESIDENCIES: Presidency[] = [
  { name: /\bPresident\s+(?:Bill\s+)?Clinton\b/g, terms: [[1993, 2001]] },
  { name: /\bPresident\s+(?:George\s+W\.\s+)?Bush\b/g, terms: [[1989, 1993], [2001, 2009]] },
  { name: /\bPresident\s+(?:Barack\s+)?Obama\b/g, terms: [[2009, 2017]] },
  { name: /\bPresident\s+(?:Donald\s+(?:J\.\s+)?)?Trump\b/g, terms: [[2017, 2021], [2025, 2029]] },
  { name: /\bPresident\s+(?:Joe\s+)?Biden\b/g, terms: [[2021, 2025]] },
];
const UPCOMING_ELECTION = /\b(?:upcoming|coming|forthcoming|approaching|next)\s+(?:(?:American|U\.S\.|US|United States)\s+)?presidential\s+elections?\b/i;

export interface ElectionClue {
  year: number;
  /** The election is still ahead, so the article predates its month (November). */
  latestMonth: number;
  derivation: string;
}

/** The US presidential election year the article looks ahead to, when the sitting president makes it unique. */
export function electionYearClue(text: string): ElectionClue | null {
  if (!UPCOMING_ELECTION.test(text)) return null;
  const sitting = PRESIDENCIES.flatMap((p) => {
    const named = [...text.matchAll(p.name)].find((m) => !/\b(?:former|ex-|late)\s*$/i.test(text.slice(Math.max(0, m.index - 10), m.index)));
    return named ? [{ president: p, who: named[0] }] : [];
  });
  if (sitting.length !== 1) return null;
  const [{ president, who }] = sitting;
  const years = president.terms.flatMap(([first, end]) => Array.from({ length: end - first }, (_, i) => first + i).filter((y) => y % 4 === 0));
  if (years.length !== 1) return null;
  return {
    year: years[0],
    latestMonth: 10,
    derivation: `inferred: "upcoming presidential elections" while ${who} is in office can only be the ${years[0]} election`,
  };
}
