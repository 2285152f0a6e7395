// Businesses the tagger took for people: a name the article writes as a business ("cable operator Seacom", "Interoute,
// the internet networks company", "Comelf 's six-month output") is an organisation wherever the article
// types it a person, unless the article also writes it as a person ("Mr. Mweb", "Mweb, who", "Mweb said he").
import type { Token } from '../tokenize';
import { COMPANY_NOUNS, COMPANY_POSSESSIONS } from './lexicon';
import { isTitleWord } from './roles';
import type { TokenSpan } from './tokenSpan';

/** Words of an appositive read for its noun ("the internet networks company"), at most. */
const APPOSITIVE_WORDS = 5;

const PREPOSITIONS = new Set(['in', 'of', 'at', 'for', 'with', 'from', 'on', 'to', 'by', 'as']);

const isPossessive = (word: string): boolean => /^['’]s?$/.test(word);

/** True when the words around a span write it as a business. */
function writtenAsCompany(tokens: readonly Token[], span: TokenSpan): boolean {
  // The noun just before: "cable operator Seacom" (not across a comma: "People magazine, Jack Ketsoyan, ...").
  if (COMPANY_NOUNS.has(tokens[span.start - 1]?.text ?? '')) return true;
  const after = tokens[span.end]?.text;
  if (after === undefined) return false;
  if (isPossessive(after)) return COMPANY_POSSESSIONS.has(tokens[span.end + 1]?.text ?? '');
  if (after !== ',') return false;
  const next = tokens[span.end + 1]?.text;
  if (next !== 'the' && next !== 'a' && next !== 'an') return false;
  // An appositive in lower case whose head is a business noun: ", the internet networks company", ", a provider in
  // India" (not ", a partner in the firm", ", the magazine's founder": the head ends the words in lower case).
  for (let i = span.end + 2; i < span.end + 2 + APPOSITIVE_WORDS && i < tokens.length; i++) {
    const word = tokens[i].text;
    const next = tokens[i + 1]?.text ?? '.';
    if (COMPANY_NOUNS.has(word)) return PREPOSITIONS.has(next) || /^[^\p{L}\d'’]/u.test(next);
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || PREPOSITIONS.has(word)) return false;
  }
  return false;
}

/** True when the words around a span write it as a person ("Mr. Mweb", "Mweb, who", "Mweb said he"). */
function writtenAsPerson(tokens: readonly Token[], span: TokenSpan): boolean {
  const title = tokens[span.start - 1]?.text ?? '';
  if (isTitleWord(title) || isTitleWord(title + '.')) return true;
  const after = tokens[span.end]?.text;
  const next = tokens[span.end + 1]?.text;
  return (after === ',' && next === 'who') || ((after === 'said' || after === 'says') && (next === 'he' || next === 'she'));
}

/** The spans with the people the article writes as businesses typed as organisations (spans sorted). */
export function companyNames(tokens: readonly Token[], spans: readonly TokenSpan[]): TokenSpan[] {
  const nameOf = (s: TokenSpan): string =>
    tokens
      .slice(s.start, s.end)
      .map((t) => t.text.toLowerCase())
      .join(' ');
  const companies = new Set<string>();
  const people = new Set<string>();
  for (const span of spans) {
    if (span.type !== 'person' || span.fixed) continue;
    if (writtenAsPerson(tokens, span)) people.add(nameOf(span));
    else if (writtenAsCompany(tokens, span)) companies.add(nameOf(span));
  }
  if (companies.size === 0) return [...spans];
  return spans.map((span) => {
    const name = span.type === 'person' && !span.fixed ? nameOf(span) : '';
    return companies.has(name) && !people.has(name) ? { ...span, type: 'organization' } : span;
  });
}
