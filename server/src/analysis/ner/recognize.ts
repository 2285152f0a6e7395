// Named entities in one article: the tagger's spans, law/event patterns, repeats of names found elsewhere in the
// article, user gazetteer entries on top, then the span conventions.
//
// Span conventions: titles and roles are outside a person's span and kept in `role` ("President" in "President Xi
// Jinping"; "spokesperson for the Chinese Embassy" after "Liu Pengyu, a ..."), and a name right after a title is a
// person; a possessive 's that ends a span is outside ("People's Daily" keeps its own); "the" is outside except when
// it is part of a built-in or user-given name ("The New York Times", "The Hill"); two names joined by "and" are two
// mentions when one of them is a built-in name or both are shaped like people's full names; a nationality before an
// organisation word is part of the organisation ("Chinese Embassy"). Numbers, possessives after a person's name and
// "and" between people are kept out of names by the decoder (decode.ts).
import type { Token } from '../tokenize';
import type { RecognizedMention } from '../types';
import type { Gazetteer } from './gazetteer';
import { isKnownName, knownNames, splitAtAnd } from './knownNames';
import { EVENT_SUFFIXES, FAMILY_NAMES_FIRST, GIVEN_NAMES, LAW_SUFFIXES, ORG_SUFFIXES, PLACE_HEADS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon';
import { documentNames } from './documentNames';
import { patternNames } from './patternNames';
import { personNames } from './personNames';
import { placeLists } from './placeLists';
import { placeWords } from './placeWords';
import { appositiveAfter, isTitleWord, roleBefore } from './roles';
import { tagTokens } from './tagger';
import { teamNames } from './teamNames';
import type { TokenSpan } from './tokenSpan';
import { userNames } from './userNames';
import { overlapIndex } from '../spanIndex';

export function recognizeEntities(text: string, tokens: Token[], gazetteer?: Gazetteer): RecognizedMention[] {
  const tagged = tagTokens(tokens)
    .map((s) => (s.end - s.start > 1 && isPossessive(tokens[s.end - 1].text) ? { ...s, end: s.end - 1 } : s))
    .flatMap((s) => splitAtAnd(tokens, s.start, s.end).map(([start, end]) => ({ ...s, start, end })))
    .flatMap((s) => splitPeople(tokens, s))
    .map((s) => dropTitleTail(tokens, s));
  // Types the article or the sentence says outright: teams named after cities, people, listed villages, names ending
  // in a kind of place.
  const retyped = placeWords(tokens, placeLists(tokens, personNames(tokens, teamNames(tokens, tagged))));
  const withPatterns = overlay(joinNationalityOrganizations(tokens, retyped), patternNames(tokens));
  let spans = overlay(withPatterns, documentNames(tokens, withPatterns));
  if (gazetteer && gazetteer.entries.length > 0) spans = overlay(spans, userSpans(tokens, gazetteer));
  const mentions: RecognizedMention[] = [];
  for (const span of spans) {
    const mention = applyConventions(text, tokens, span);
    if (mention) mentions.push(mention);
  }
  return mentions;
}

/**
 * "Kelli Kuehne and Tiger Woods": two full names of two or three capitalised words each, joined by "and", are two
 * people, whatever type the tagger gave the whole (firms named after people are one or two words a side: "Procter
 * and Gamble", "Marks and Spencer").
 */
function splitPeople(tokens: readonly Token[], span: TokenSpan): TokenSpan[] {
  if (span.fixed) return [span];
  for (let i = span.start + 2; i <= span.end - 3; i++) {
    if (tokens[i].text !== 'and') continue;
    const sides: Array<[number, number]> = [[span.start, i], [i + 1, span.end]];
    if (sides.every(([start, end]) => end - start >= 2 && end - start <= 3 && looksLikePersonName(tokens, start, end))) {
      return sides.map(([start, end]) => ({ start, end, type: 'person' }));
    }
  }
  return [span];
}

/**
 * A nationality right before an organisation word is part of the organisation's name: "Chinese Embassy",
 * "Russian Foreign Ministry" (the tagger, taught by GMB, often splits them).
 */
function joinNationalityOrganizations(tokens: readonly Token[], spans: TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    const next = spans[k + 1];
    const after = tokens[span.end];
    if (span.type === 'group' && next?.start === span.end && next.type === 'organization' && ORG_SUFFIXES.has(tokens[next.end - 1].text)) {
      out.push({ start: span.start, end: next.end, type: 'organization' });
      k++;
    } else if (span.type === 'group' && after && next?.start !== span.end && ORG_SUFFIXES.has(after.text) && /^\p{Lu}/u.test(after.text)) {
      out.push({ start: span.start, end: span.end + 1, type: 'organization' });
    } else {
      out.push(span);
    }
  }
  return out;
}

/**
 * Title words at the end of a span belong to the title that follows: "Shanghai Party" before "Secretary Chen Jining"
 * is the place Shanghai, and "Party Secretary" is Chen's role.
 */
function dropTitleTail(tokens: readonly Token[], span: TokenSpan): TokenSpan {
  const next = tokens[span.end];
  if (span.type === 'person' || !next || !TITLE_HEADS.has(next.text)) return span;
  let end = span.end;
  while (end - span.start > 1 && TITLE_MODIFIERS.has(tokens[end - 1].text)) end--;
  if (end === span.end) return span;
  const known = knownNames().matchAt(tokens, span.start);
  return { start: span.start, end, type: known?.length === end - span.start ? known.value : span.type };
}

const isPossessive = (word: string): boolean => /^['’]s$/i.test(word);

/** `over` wins: its spans replace any span of `under` they overlap. */
function overlay(under: readonly TokenSpan[], over: readonly TokenSpan[]): TokenSpan[] {
  if (over.length === 0) return [...under];
  const overlapsOver = overlapIndex(over);
  const kept = under.filter((s) => !overlapsOver(s));
  return [...kept, ...over].sort((a, b) => a.start - b.start);
}

function userSpans(tokens: readonly Token[], gazetteer: Gazetteer): TokenSpan[] {
  const index = userNames(gazetteer);
  const spans: TokenSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const match = index.matchAt(tokens, i);
    if (!match) continue;
    spans.push({ start: i, end: i + match.length, type: match.value, fixed: true });
    i += match.length - 1;
  }
  return spans;
}

/** The mention for a span after the conventions; undefined when nothing of the span is left. */
function applyConventions(text: string, tokens: readonly Token[], span: TokenSpan): RecognizedMention | undefined {
  const { end } = span;
  let { start } = span;
  let type = startsWithPersonName(tokens, span) ? 'person' : span.type;
  if (!span.fixed && /^the$/i.test(tokens[start].text) && !isKnownName(tokens, start, end)) start++;
  let roleStart: number | undefined;
  if (!span.fixed && !isKnownName(tokens, start, end)) {
    // Leading title words are a role, not part of the name: "President Xi", "State Antony Blinken" after "Secretary of".
    let nameStart = start;
    while (end - nameStart > 1 && isTitleWord(tokens[nameStart].text)) nameStart++;
    roleStart = roleBefore(tokens, nameStart);
    if (roleStart !== undefined && roleStart <= start && (type === 'person' || looksLikePersonName(tokens, nameStart, end))) {
      start = nameStart;
      type = 'person';
    } else {
      roleStart = undefined;
    }
  }
  if (start >= end || !/[\p{L}\d]/u.test(tokens[start].text)) return undefined;
  const mention: RecognizedMention = { start: tokens[start].start, end: tokens[end - 1].end, text: '', type };
  mention.text = text.slice(mention.start, mention.end);
  if (type === 'person') {
    if (roleStart !== undefined) mention.role = text.slice(tokens[roleStart].start, tokens[start - 1].end);
    const appositive = roleStart === undefined ? appositiveAfter(tokens, end) : undefined;
    if (appositive) mention.role = text.slice(tokens[appositive.start].start, tokens[appositive.end - 1].end);
  }
  return mention;
}

/** A two- or three-word name that starts with a given or family name ("Pan Deng") is a person whatever the tagger said. */
function startsWithPersonName(tokens: readonly Token[], span: TokenSpan): boolean {
  const first = tokens[span.start].text;
  return (
    !span.fixed &&
    span.end - span.start >= 2 &&
    span.end - span.start <= 3 &&
    (GIVEN_NAMES.has(first) || FAMILY_NAMES_FIRST.has(first)) &&
    looksLikePersonName(tokens, span.start, span.end) &&
    !isKnownName(tokens, span.start, span.end)
  );
}

/**
 * Capitalised words only, none of them an organisation, law, event or place word ("Antony Blinken", not "Resistance
 * Army", nor "Khalid Road" after "Sheikh").
 */
function looksLikePersonName(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const word = tokens[i].text;
    if (!/^\p{Lu}/u.test(word) || ORG_SUFFIXES.has(word) || LAW_SUFFIXES.has(word) || EVENT_SUFFIXES.has(word) || PLACE_HEADS.has(word)) return false;
  }
  return true;
}
