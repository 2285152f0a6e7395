// A person's title as news writes it: before the name ("Assistant District Attorney David Rossi", "team general
// manager A.J. Smith") or in an appositive after it ("Dave Marcus, security research and communications director at
// McAfee Labs"). The title ends with an office noun (language/en TITLE_NOUNS); its other words and its
// organization's say which office it is.
import { FUNCTION_WORDS, RANK_WORDS, REPORTING_WORDS, TITLE_ABBREVIATIONS, TITLE_NOUNS, TITLE_OF_ANOTHER_TIME } from '../language/en';
import type { Mention } from '../types';
import type { TitleValue } from './kinds/kind';
import type { Analysis, SentenceContext } from './context';
import type { FoundPhrase } from './phraseClaims';

/** How many words a title may take before its office noun ("Albany County Assistant District Attorney" is five). */
const TITLE_WORDS = 6;
/** How far before a name a title is looked for: six words and their spaces. */
const TITLE_REACH = 80;

const WORD = /^[\p{L}][\p{L}.'’&-]*$/u;
const office = (word: string): string | undefined => TITLE_NOUNS.get(word.toLowerCase().replace(/\.$/, ''));
const OFFICES = [...TITLE_NOUNS.keys()].filter((w) => w.length > 4).join('|');
/** ", an inspector with the Alaska State Fire Marshal's Office": up to six words, the office noun, its organization. */
const APPOSITIVE = new RegExp(`^,\\s+(?:(?:a|an|the)\\s+)?((?:[\\p{L}&'’-]+\\s+){0,${TITLE_WORDS}}?)(${OFFICES})\\b(?:\\s+(?:of|with|at|for)\\s+((?:the\\s+)?[A-Z][\\p{L}&'’.-]*(?:\\s+(?:[A-Z][\\p{L}&'’.-]*|of|and))*))?`, 'iu');

/** The title's words as a value, when the last is an office noun: its offices, the rank words, and the other content words. */
function titleValue(words: readonly string[], organization: string): TitleValue | undefined {
  const lower = words.flatMap((w) => {
    const word = w.toLowerCase().replace(/\.$/, '');
    return TITLE_ABBREVIATIONS.get(word)?.split(' ') ?? [word];
  });
  if (lower.some((w) => w.split('-').some((part) => TITLE_OF_ANOTHER_TIME.has(part)))) return undefined;
  if (!office(lower.at(-1) ?? '')) return undefined;
  const content = [...lower, ...organization.toLowerCase().split(/\s+/)]
    .map((w) => w.replace(/['’]s$/, '').replace(/[.,]$/, ''))
    .filter((w) => w && !FUNCTION_WORDS.has(w) && !RANK_WORDS.has(w))
    .map((w) => office(w) ?? w);
  const offices = [...new Set(lower.map(office).filter((o): o is string => o !== undefined))];
  return { kind: 'title', offices, ranks: [...new Set(lower.filter((w) => RANK_WORDS.has(w)))].sort(), words: [...new Set(content)] };
}

/** Where the office words the tagger took into a name end ("Marshall John Bond": 1), or -1 for a name of office words alone. */
function nameStart(mention: Mention): number {
  return mention.text.split(/\s+/).findIndex((w) => !office(w) && !RANK_WORDS.has(w.toLowerCase()));
}

/**
 * The words before a name that end with an office noun: capitalised ones ("Albany County District Attorney"), or
 * lower-case ones when the office is lower case ("team general manager"), back to a word of another kind.
 */
function titleBefore(analysis: Analysis, context: SentenceContext, mention: Mention): { start: number; words: string[] } | undefined {
  const before = analysis.text.slice(Math.max(context.span.start, mention.start - TITLE_REACH), mention.start);
  // The tagger may take an office for a first name ("Marshall John Bond").
  const inName = mention.text.split(/\s+/).slice(0, nameStart(mention));
  const tokens = before === '' || /\s$/.test(before) ? before.split(/\s+/).filter(Boolean) : [];
  const words = [...tokens, ...inName];
  const head = words.at(-1);
  if (!head || !WORD.test(head) || !office(head)) return undefined;
  const capital = /^\p{Lu}/u.test(head);
  let first = words.length - 1;
  while (first > 0 && words.length - first < TITLE_WORDS) {
    const w = words[first - 1];
    const lower = w.toLowerCase();
    if (!WORD.test(w) || REPORTING_WORDS.has(lower) || (FUNCTION_WORDS.has(lower) && lower !== 'and')) break;
    if (capital !== /^\p{Lu}/u.test(w) && !RANK_WORDS.has(lower)) break;
    first--;
  }
  if (words[first]?.toLowerCase() === 'and') first++;
  // "former District Attorney": the title of another time than the story's.
  if (TITLE_OF_ANOTHER_TIME.has(words[first - 1]?.toLowerCase() ?? '')) return undefined;
  const fromBefore = Math.max(0, tokens.length - first);
  const reach = fromBefore === 0 ? '' : new RegExp(`(?:\\S+\\s+){${fromBefore}}$`).exec(before)?.[0] ?? '';
  return { start: mention.start - reach.length, words: words.slice(first) };
}

export function personTitles(analysis: Analysis, context: SentenceContext, skip: (m: Mention) => boolean): FoundPhrase[] {
  const found: FoundPhrase[] = [];
  for (const mention of context.mentions) {
    if (mention.type !== 'person' || skip(mention)) continue;
    const lead = nameStart(mention);
    if (lead < 0) continue;
    const name = mention.text.split(/\s+/).slice(lead).join(' ');
    const before = titleBefore(analysis, context, mention);
    const value = before && titleValue(before.words, '');
    if (before && value) {
      found.push({ rule: 'title-before-name', kind: 'person-title', slot: 'title', start: before.start, end: mention.end, attribute: 'title', subject: name, value, owner: mention });
      continue;
    }
    const m = APPOSITIVE.exec(analysis.text.slice(mention.end, Math.min(context.span.end, mention.end + TITLE_REACH * 2)));
    if (!m || m[1].split(/\s+/).some((w) => REPORTING_WORDS.has(w.toLowerCase()) || (FUNCTION_WORDS.has(w.toLowerCase()) && w.toLowerCase() !== 'and'))) continue;
    const words = [...m[1].split(/\s+/).filter(Boolean), m[2]];
    const after = titleValue(words, m[3] ?? '');
    if (after) found.push({ rule: 'appositive-title', kind: 'person-title', slot: 'title', start: mention.start, end: mention.end + m[0].length - (m[0].endsWith('.') ? 1 : 0), attribute: 'title', subject: name, value: after, owner: mention });
  }
  return found;
}
