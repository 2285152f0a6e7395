// The frame a figure sits in: the verb of its clause ("12 people were injured", "police arrested 15", "killing at
// least 10"), read from token shapes alone, so that counts of one noun under two verbs stay two slots.
import type { Token } from '../tokenize';
import { FUNCTION_WORDS, IRREGULAR_PAST, QUALIFIER_PHRASES, REPORTING_WORDS, VERB_AUXILIARIES } from '../language/en';

export interface VerbFrame {
  /** The verb's stem, for comparing frames ("injured", "injuring" → "injur"). */
  stem: string;
  /** The verb as written, for a reader. */
  text: string;
}

/** Words that end a clause: a verb beyond them is another clause's. */
const CLAUSE_END = /^(?:[,;:()—–"“”]|and|but|while|whereas|which|who|that|after|before|when|as)$/i;
/** Single words of the qualifiers before a number ("at least", "some", "an estimated"), skipped on the way back to a verb. */
const QUALIFIER_WORDS: ReadonlySet<string> = new Set(Object.values(QUALIFIER_PHRASES).flatMap((phrases) => phrases.flatMap((p) => p.split(' '))));
/** How many tokens a frame's verb may lie from the figure, each way. */
const REACH = 4;

/** The stem two inflections of a verb share: "injured", "injuring", "injures", "injure" → "injur". */
export function verbStem(word: string): string {
  const w = word.toLowerCase();
  const bare = w.length > 5 ? w.replace(/(?:ing|ed|es|s)$/, '') : w.replace(/(?:ed|s)$/, '');
  return bare.length > 3 ? bare.replace(/e$/, '') : bare;
}

/** A word shaped like a verb: a participle or gerund ("injured", "firing"), or an irregular past. */
function verbLike(word: string): boolean {
  const w = word.toLowerCase();
  if (FUNCTION_WORDS.has(w) || REPORTING_WORDS.has(w)) return false;
  return IRREGULAR_PAST.has(w) || /^\p{Ll}{2,}(?:ed|ing)$/u.test(w);
}

/**
 * The verb of a figure's clause: first after the counted phrase, auxiliaries skipped ("were later injured"), then
 * before the figure, its qualifier and article skipped ("arrested at least 15", "stole some $2 million").
 */
export function verbFrame(tokens: readonly Token[], first: number, last: number): VerbFrame | undefined {
  const frame = (k: number): VerbFrame => ({ stem: verbStem(tokens[k].text), text: tokens[k].text.toLowerCase() });
  for (let k = last + 1; k < tokens.length && k <= last + REACH; k++) {
    const w = tokens[k].text.toLowerCase();
    if (verbLike(w)) return frame(k);
    if (!VERB_AUXILIARIES.has(w)) break;
  }
  for (let k = first - 1; k >= 0 && k >= first - REACH; k--) {
    const w = tokens[k].text.toLowerCase();
    if (CLAUSE_END.test(w)) break;
    if (verbLike(w)) return frame(k);
    if (!QUALIFIER_WORDS.has(w) && !/^(?:a|an|the|of|by|to|nearly|almost|only|just)$/.test(w)) break;
  }
  return undefined;
}
