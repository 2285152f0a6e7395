// Sports teams named after their cities: in an article about sport, a place that plays as a side in a game ("the
// last two games against Portland and Carolina", "Denver's playoff loss", "Portland signed CB Tom Reyes")
// is the team, an organisation, and so is the same name wherever the article writes it, except after a word of place
// ("his third season in Portland"; CoNLL-2003 writes the host after "at" a place: "at Chicago"). Countries and
// world regions keep their type (national sides are places in CoNLL-2003).
import type { Token } from '../tokenize';
import { OPPONENT_BEFORE, SPORTS_WORDS, TEAM_NOUNS, TEAM_VERBS } from './lexicon';
import { isCountryOrRegion } from './placeNames';
import { retypedPlaces } from './retypedPlaces';
import { spanName, type TokenSpan } from './tokenSpan';

/** The fewest sports words (SPORTS_WORDS, counted as often as written) that make an article about sport. */
const MIN_SPORTS_WORDS = 2;

const isPossessive = (word: string): boolean => /^['’]s?$/.test(word);

/** True when the article writes at least MIN_SPORTS_WORDS sports words. */
function isSportsArticle(tokens: readonly Token[]): boolean {
  let count = 0;
  for (const token of tokens) if (SPORTS_WORDS.has(token.text.toLowerCase()) && ++count >= MIN_SPORTS_WORDS) return true;
  return false;
}

/** True when the words around a span show it playing as a team. */
function playsAsTeam(tokens: readonly Token[], span: TokenSpan): boolean {
  const before = tokens[span.start - 1]?.text.toLowerCase();
  if (before !== undefined && OPPONENT_BEFORE.has(before)) return true;
  const after = tokens[span.end]?.text;
  if (after === undefined) return false;
  if (TEAM_VERBS.has(after)) return true;
  if (!isPossessive(after)) return false;
  // A possessive, then up to two words in lower case or ordinals before the team's noun: "'s 21st head coach".
  for (let i = span.end + 1; i <= span.end + 3 && i < tokens.length; i++) {
    const word = tokens[i].text;
    if (TEAM_NOUNS.has(word)) return true;
    if (!/^(?:\p{Ll}[\p{Ll}-]*|\d+(?:st|nd|rd|th)?)$/u.test(word)) return false;
  }
  return false;
}

/** The spans with the places that play as teams in a sports article typed as organisations (spans sorted). */
export function teamNames(tokens: readonly Token[], spans: readonly TokenSpan[]): TokenSpan[] {
  if (!spans.some((s) => s.type === 'place') || !isSportsArticle(tokens)) return [...spans];
  const nameOf = (s: TokenSpan): string => spanName(tokens, s);
  const teams = new Set<string>();
  spans.forEach((span, k) => {
    if (span.type !== 'place' || span.fixed || isCountryOrRegion(nameOf(span))) return;
    // A side's list carries over: "against Portland and Carolina".
    const previous = spans[k - 1];
    const listed = previous !== undefined && teams.has(nameOf(previous)) && /^(?:and|,)$/.test(tokens[span.start - 1]?.text ?? '') && previous.end === span.start - 1;
    if (listed || playsAsTeam(tokens, span)) teams.add(nameOf(span));
  });
  return retypedPlaces(tokens, spans, teams, 'organization');
}
