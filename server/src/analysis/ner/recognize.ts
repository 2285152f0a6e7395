// Named entities in one article: the tagger's spans, user gazetteer entries on top, then the span conventions.
//
// Span conventions: titles and roles are outside a person's span and kept in `role` ("President" in "President Xi
// Jinping"; "spokesperson for the Chinese Embassy" after "Liu Pengyu, a ..."); possessive 's is outside; "the" is
// outside except when it is part of a known or user-given name ("The New York Times", "The Hill").
import type { Token } from '../tokenize';
import type { RecognizedMention } from '../types';

import type { Gazetteer } from './gazetteer';
import { knownNames } from './knownNames';
import { appositiveAfter, isTitleWord, roleBefore } from './roles';
import type { TokenSpan } from './tokenSpan';
import { tagTokens } from './tagger';
import { userNames } from './userNames';

export function recognizeEntities(text: string, tokens: Token[], gazetteer?: Gazetteer): RecognizedMention[] {
  const tagged = tagTokens(tokens);
  const spans = gazetteer && gazetteer.entries.length > 0 ? overlayUserNames(tokens, tagged, gazetteer) : tagged;
  const mentions: RecognizedMention[] = [];
  for (const span of spans) {
    const mention = toMention(text, tokens, span);
    if (mention) mentions.push(mention);
  }
  return mentions;
}

/** User entries win: their matches replace any tagged span they overlap. */
function overlayUserNames(tokens: readonly Token[], tagged: TokenSpan[], gazetteer: Gazetteer): TokenSpan[] {
  const index = userNames(gazetteer);
  const user: TokenSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const match = index.matchAt(tokens, i);
    if (!match) continue;
    user.push({ start: i, end: i + match.length, type: match.value, fixed: true });
    i += match.length - 1;
  }
  const kept = tagged.filter((s) => !user.some((u) => u.start < s.end && s.start < u.end));
  return [...kept, ...user].sort((a, b) => a.start - b.start);
}

function toMention(text: string, tokens: readonly Token[], span: TokenSpan): RecognizedMention | undefined {
  let { start, end } = span;
  if (tokens[end - 1].text.length === 2 && /^['’]s$/i.test(tokens[end - 1].text)) end--;
  if (!span.fixed && /^the$/i.test(tokens[start].text) && !startsKnownName(tokens, start, end)) start++;
  let role: string | undefined;
  if (span.type === 'person') {
    let roleStart: number | undefined;
    while (end - start > 1 && isTitleWord(tokens[start].text)) {
      roleStart ??= start;
      start++;
    }
    roleStart = roleBefore(tokens, roleStart ?? start) ?? roleStart;
    if (roleStart !== undefined) role = text.slice(tokens[roleStart].start, tokens[start - 1].end);
    const appositive = role === undefined ? appositiveAfter(tokens, end) : undefined;
    if (appositive) role = text.slice(tokens[appositive.start].start, tokens[appositive.end - 1].end);
  }
  if (start >= end || !/[\p{L}\d]/u.test(tokens[start].text)) return undefined;
  const mention: RecognizedMention = { start: tokens[start].start, end: tokens[end - 1].end, text: '', type: span.type };
  mention.text = text.slice(mention.start, mention.end);
  if (role !== undefined) mention.role = role;
  return mention;
}

/** "The" belongs to the name when the whole span is a built-in name that starts with it ("The Hill"). */
function startsKnownName(tokens: readonly Token[], start: number, end: number): boolean {
  const match = knownNames().matchAt(tokens, start);
  return match !== undefined && match.length === end - start;
}
