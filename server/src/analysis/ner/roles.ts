// Titles and roles around a person's name: "Secretary of State Antony Blinken", "Liu Pengyu, a spokesperson for ...".
// They stay outside the name's span and are kept as the mention's role.
import type { Token } from '../tokenize';
import { CITIES, COUNTRIES, NATIONALITIES, TITLE_HEADS, TITLE_MODIFIERS, US_STATES, WORLD_REGIONS } from './lexicon';

const HEADS_LOWER = new Set([...TITLE_HEADS].map((w) => w.toLowerCase()));
const ROLE_PREFIXES = new Set([...NATIONALITIES, ...[...COUNTRIES, ...WORLD_REGIONS, ...CITIES, ...US_STATES].filter((c) => !c.includes(' '))]);
const MAX_APPOSITIVE_TOKENS = 10;

/** True for a capitalised title word ("President", "Foreign", "Sen.") that may start a person span by mistake. */
export function isTitleWord(word: string): boolean {
  return TITLE_HEADS.has(word) || TITLE_MODIFIERS.has(word);
}

/** True for a word that is itself a title or role noun, in any case ("President", "spokesperson"). */
export function isTitleHead(word: string): boolean {
  return HEADS_LOWER.has(word.toLowerCase());
}

/**
 * The role written right before token `nameStart` ("Chinese President", "Secretary of State", "TikTok spokesperson"
 * is not taken: only title words and a leading nationality). Returns the index of the role's first token.
 */
export function roleBefore(tokens: readonly Token[], nameStart: number): number | undefined {
  let first: number | undefined;
  let hasHead = false;
  for (let i = nameStart - 1; i >= 0 && tokens[i].sentence === tokens[nameStart].sentence; i--) {
    const word = tokens[i].text;
    if (TITLE_HEADS.has(word) || (!hasHead && first === undefined && HEADS_LOWER.has(word) && /^[a-z]/.test(word))) {
      hasHead = true;
      first = i;
      if (/^[a-z]/.test(word)) break;
    } else if (TITLE_MODIFIERS.has(word)) {
      first = i;
    } else if (word === 'of' && first !== undefined && i > 0 && isTitleWord(tokens[i - 1].text)) {
      continue;
    } else if (ROLE_PREFIXES.has(word) && first !== undefined) {
      first = i;
      break;
    } else {
      break;
    }
  }
  return hasHead ? first : undefined;
}

/**
 * An appositive role after a name: "Liu Pengyu, a spokesperson for the Chinese Embassy," gives
 * "spokesperson for the Chinese Embassy". Returns the role's token range (article dropped), if any.
 */
export function appositiveAfter(tokens: readonly Token[], nameEnd: number): { start: number; end: number } | undefined {
  const comma = tokens[nameEnd];
  const article = tokens[nameEnd + 1];
  if (comma?.text !== ',' || !article || !/^(?:a|an|the)$/i.test(article.text)) return undefined;
  const start = nameEnd + 2;
  for (let i = start; i < tokens.length && i < start + MAX_APPOSITIVE_TOKENS; i++) {
    if (tokens[i].sentence !== comma.sentence) return undefined;
    if (/^[,.;:)]$/.test(tokens[i].text)) {
      const hasHead = tokens.slice(start, i).some((t) => isTitleHead(t.text));
      return hasHead && i > start ? { start, end: i } : undefined;
    }
  }
  return undefined;
}
