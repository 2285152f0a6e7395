// Claims of the role a person holds: the title the recognizer read beside the name (Mention.role: "Interior
// Secretary Dirk Kempthorne", "DiLeo, the team's assistant general manager,"), a title of lower-case or short
// words right before the name that it leaves (“general manager Theo Epstein”, "COO Larry Lucchino"), and the role
// someone is given ("named Hugh Jackman as the host", "Cheeks was named head coach").
import {
  CHIEF_OFFICER_WORDS, CHIEF_OFFICERS, ROLE_ABBREVIATIONS, ROLE_COMPLEMENT_WORDS, ROLE_HEADS, ROLE_STAND_IN_WORDS, ROLE_TIME_WORDS, SUBORDINATE_RANKS, SUPERIOR_RANKS,
} from '../language/enRoles';
import type { Claim, Mention } from '../types';
import type { Analysis, SentenceContext } from './context';
import { claimFromPhrase, type FoundPhrase } from './phraseClaims';

const CHIEF_OFFICER_PHRASE = new RegExp(`\\b(?:${[...CHIEF_OFFICERS.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');

/** A word of a role as its tables know it: lower case, an abbreviation written out, a possessive left as it is. */
function roleWord(word: string): string {
  const lower = word.toLowerCase();
  return ROLE_ABBREVIATIONS.get(lower) ?? lower.replace(/\.$/, '');
}

const isQualifier = (w: string): boolean => ROLE_TIME_WORDS.has(w) || SUBORDINATE_RANKS.has(w) || SUPERIOR_RANKS.has(w);

/**
 * The roles a written title names, each as its time words, ranks and head ("former Sixers player and assistant
 * coach" → "former assistant coach"): a stand-in's word is dropped (the interim coach is the coach), words naming
 * whose role it is are left out, and a time word before the first of several roles holds for all of them.
 */
export function rolesOf(written: string): string[] {
  const spelled = written.toLowerCase().replace(CHIEF_OFFICER_PHRASE, (m) => CHIEF_OFFICERS.get(m) ?? m).replace(/\b(ex|co|vice)-/g, '$1 ').replace(/-elect\b/g, ' elect');
  const roles: string[] = [];
  let time: string[] = [];
  for (const part of spelled.split(/\s*(?:\band\b|&|\/|,|;)\s*/)) {
    const words: string[] = [];
    for (const word of part.split(/\s+/).filter(Boolean).map(roleWord)) {
      if (ROLE_COMPLEMENT_WORDS.has(word)) break;
      words.push(word);
    }
    const ownTime = words.filter((w) => ROLE_TIME_WORDS.has(w));
    if (ownTime.length > 0) time = ownTime;
    let h = words.length - 1;
    while (h >= 0 && !ROLE_HEADS.has(words[h])) h--;
    if (h < 0) continue;
    const qualifiers = words.slice(0, h).filter((w) => isQualifier(w) && !ROLE_TIME_WORDS.has(w) && !ROLE_STAND_IN_WORDS.has(w));
    roles.push([...time, ...qualifiers, words[h]].join(' '));
  }
  return roles;
}

/** How many words before a name a title is looked for: "Albany County assistant district attorney" is five. */
const TITLE_WORDS = 5;

const isRoleWord = (w: string): boolean => ROLE_HEADS.has(w) || isQualifier(w) || ROLE_STAND_IN_WORDS.has(w) || CHIEF_OFFICER_WORDS.has(w);

/**
 * A title right before the name, the word next to the name a head ("majority owner John W. Henry", "COO Larry
 * Lucchino"): its start, or undefined. It runs over the words the role tables know, and back to a rank or time word
 * further on over the words that say what the role is of ("assistant district attorney", "deputy campaign manager").
 */
function titleBefore(text: string, from: number, nameStart: number): number | undefined {
  // Walked back a character at a time: a regex over the window would be tried at every one of its offsets, for
  // every name of the article.
  const run: Array<{ at: number; word: string }> = [];
  let end = nameStart;
  while (run.length < TITLE_WORDS) {
    let wordEnd = end;
    while (wordEnd > from && /\s/.test(text[wordEnd - 1])) wordEnd--;
    let start = wordEnd;
    while (start > from && ROLE_WORD_CHARACTER.test(text[start - 1])) start--;
    if (wordEnd === end || start === wordEnd) break;
    const word = roleWord(text.slice(start, wordEnd).replace(/^(?:ex|co|vice)-/i, ''));
    if (run.length === 0 && !ROLE_HEADS.has(word)) return undefined;
    run.push({ at: start, word });
    if (start > from && !/\s/.test(text[start - 1])) break;
    end = start;
  }
  if (run.length === 0) return undefined;
  let known = 0;
  while (known + 1 < run.length && isRoleWord(run[known + 1].word)) known++;
  let qualified = known;
  for (let i = known + 1; i < run.length; i++) if (isQualifier(run[i].word) || ROLE_STAND_IN_WORDS.has(run[i].word)) qualified = i;
  return run[qualified].at;
}

/** A character of a word a title is written with ("Sgt.", "ex-president", "team’s"). */
const ROLE_WORD_CHARACTER = /[\p{L}.'’-]/u;

/** Words that start no appositive role: a reporting verb or a clause ("Smith, said coach Jones"). */
const NOT_APPOSITIVE = /^(?:and|or|but|who|which|whose|said|says|told|added|is|was|has|had|not)\b/i;
/** An appositive after the name: ", director of", ", the team's assistant general manager,", ", a navy spokesman". */
const APPOSITIVE = /^,\s+(?:(?:the|a|an|his|her|its|their)\s+)?((?:[\p{L}'’.-]+\s+){0,5}?[\p{L}'’.-]+)(?=\s*(?:[,;.]|$)|\s+(?:of|for|at|with|in|since)\b)/u;

/** The appositive role after a name, when its last word is a head: its text and end. */
function appositiveAfter(text: string, nameEnd: number, to: number): { role: string; end: number } | undefined {
  if (text[nameEnd] !== ',') return undefined;
  const m = APPOSITIVE.exec(text.slice(nameEnd, to));
  if (!m || NOT_APPOSITIVE.test(m[1])) return undefined;
  const last = roleWord(m[1].split(/\s+/).at(-1) ?? '');
  return ROLE_HEADS.has(last) ? { role: m[1], end: nameEnd + m[0].length } : undefined;
}

/** How far before a name the verb that gives it a role is looked for ("has been appointed  "). */
const NAMED_WORD_REACH = 16;
const NAMED_BEFORE = /\b(?:named|appointed|hired|promoted|elected|tapped|installed)\s+$/;
const NAMED_AFTER = /^,?\s+(?:(?:was|is|has been|had been|will be|would be|were)\s+)?(?:named|appointed|hired as|promoted to|elected|installed as)\s+/;
/** The role given after the name: "as the host of the Oscars", "the team's new head coach". */
const GIVEN_ROLE = /^(?:as\s+)?(?:(?:the|a|an|its|their|his|her)\s+)?((?:[\p{L}.'’-]+\s+){0,4}?[\p{L}.'’-]+)(?=\s*(?:[,.;:]|$|\s+(?:of|for|at|on|in|to|and|with|by|after|replacing|who|since)\b))/u;

/** How far around a name a role is read. */
const WINDOW = 120;

function found(rule: string, start: number, end: number, mention: Mention, role: string): FoundPhrase {
  return { rule, kind: 'person-role', slot: 'role', start, end, attribute: 'role', subject: mention.text, value: { kind: 'name', value: role }, owner: mention };
}

/** The roles given to one person mention in its sentence. */
function mentionRoles(text: string, context: SentenceContext, mention: Mention): FoundPhrase[] {
  const from = Math.max(context.span.start, mention.start - WINDOW);
  const to = Math.min(context.span.end, mention.end + WINDOW);
  // The recognizer's role, before the name or after it: the longer of it and the title read here.
  // Looked for within the window only, so that an article of many names stays linear.
  const role = mention.role ?? '';
  const near = role ? text.slice(from, mention.start).lastIndexOf(role) : -1;
  const before = near >= 0 && /^\s*$/.test(text.slice(from + near + role.length, mention.start)) ? from + near : -1;
  const title = titleBefore(text, from, mention.start);
  const start = before >= 0 && (title === undefined || before < title) ? before : title;
  if (start !== undefined) return rolesOf(text.slice(start, mention.start)).map((role) => found('title-before-name', start, mention.end, mention, role));
  const written = role ? text.slice(mention.end, to).indexOf(role) : -1;
  const appositive = written >= 0 ? { role, end: mention.end + written + role.length } : appositiveAfter(text, mention.end, to);
  if (appositive) return rolesOf(appositive.role).map((role) => found('appositive', mention.start, appositive.end, mention, role));
  return namedAs(text, from, to, mention);
}

/** "named Hugh Jackman as the host", "Cheeks was named head coach": the role given to the person. */
function namedAs(text: string, from: number, to: number, mention: Mention): FoundPhrase[] {
  const after = text.slice(mention.end, to);
  const passive = NAMED_AFTER.exec(after);
  // Given actively, the role follows "as": "named Jackman host" is no way to write it.
  const active = passive ? undefined : NAMED_BEFORE.test(text.slice(Math.max(from, mention.start - NAMED_WORD_REACH), mention.start)) ? /^\s+(?=as\s)/.exec(after) : undefined;
  const lead = passive ?? active;
  if (!lead) return [];
  const given = GIVEN_ROLE.exec(after.slice(lead[0].length));
  if (!given) return [];
  const end = mention.end + lead[0].length + given[0].length;
  return rolesOf(given[1]).map((role) => found('named-as', mention.start, end, mention, role));
}

export function roleClaims(analysis: Analysis, contexts: readonly SentenceContext[]): Claim[] {
  const claims: Claim[] = [];
  for (const context of contexts) {
    for (const mention of context.mentions) {
      if (mention.type !== 'person') continue;
      for (const f of mentionRoles(analysis.text, context, mention)) claims.push(claimFromPhrase(analysis, context, f, 'role', mention.chain));
    }
  }
  return claims;
}
