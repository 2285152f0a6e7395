// The frame a figure sits in: the verb of its clause ("12 people were injured", "police arrested 15", "killing at
// least 10"), read from token shapes alone, so that counts of one noun under two verbs stay two slots.
import type { Token } from '../tokenize';
import { FUNCTION_WORDS, IRREGULAR_BASE, IRREGULAR_PAST, NUMBER_TENS, NUMBER_UNITS, QUALIFIER_PHRASES, REPORTING_WORDS, VERB_AUXILIARIES } from '../language/en';

/** The verb of a figure's clause, or the word it attaches to ("home to 200,000 people"). */
export interface VerbFrame {
  /** The verb's stem, for comparing frames ("injured", "injuring" → "injur"). */
  stem: string;
  /** The verb as written, for a reader. */
  text: string;
}

/** Words that end a clause: a verb beyond them is another clause's. */
const CLAUSE_END = /^(?:[,;:()—–"“”]|and|but|while|whereas|which|who|that|after|before|when|as)$/i;
/** Single words of the qualifiers before a number ("at least", "some", "an estimated"), skipped on the way back to a verb. */
export const QUALIFIER_WORDS: ReadonlySet<string> = new Set(Object.values(QUALIFIER_PHRASES).flatMap((phrases) => phrases.flatMap((p) => p.split(' '))));
/** How many tokens a frame's verb may lie from the figure, each way. */
const REACH = 4;

/**
 * The stem two inflections of a verb share: "injured", "injuring", "injures", "injure" → "injur"; "made", "making" →
 * "mak"; a consonant doubled before the ending is one ("hitting", "hit" → "hit"; "stabbed", "stab" → "stab").
 */
export function verbStem(word: string): string {
  const w = IRREGULAR_BASE.get(word.toLowerCase()) ?? word.toLowerCase();
  const bare = w.length > 5 ? w.replace(/(?:ing|ed|es|s)$/, '') : w.replace(/(?:ed|s)$/, '');
  return (bare.length > 3 ? bare.replace(/e$/, '') : bare).replace(/([bdgkmnprt])\1$/, '$1');
}

/** A word shaped like a verb: a participle or gerund ("injured", "firing"), or an irregular past. */
function verbLike(word: string): boolean {
  const w = word.toLowerCase();
  if (FUNCTION_WORDS.has(w) || REPORTING_WORDS.has(w)) return false;
  return IRREGULAR_PAST.has(w) || /^\p{Ll}{2,}(?:ed|ing)$/u.test(w);
}

/** Prepositions and particles between a figure and the word it attaches to ("home to", "made off with", "an area of"). */
const LINKS = /^(?:to|of|with|at|for|by|in|on|from|off|out|up|away|is|was|are|were|be|been|put|a|an|the|its|their|his|her|nearly|almost|only|just)$/i;
/** A content word a figure may attach to: lower case letters, not a closed-class word. */
const CONTENT = /^\p{Ll}{3,}$/u;

/**
 * The verb of a figure's clause: first after the counted phrase, auxiliaries and adverbs skipped ("had been badly
 * hit"), then before the figure, its qualifier and links skipped ("arrested at least 15", "made off with $102
 * million"). Without a verb, the word the figure attaches to through a preposition or "is" ("home to 200,000
 * people", "an area of about 6.3 acres", "the loss is an estimated $3 million").
 */
export function verbFrame(tokens: readonly Token[], first: number, last: number): VerbFrame | undefined {
  const frame = (k: number): VerbFrame => ({ stem: verbStem(tokens[k].text), text: tokens[k].text.toLowerCase() });
  for (let k = last + 1; k < tokens.length && k <= last + REACH; k++) {
    const w = tokens[k].text.toLowerCase();
    if (verbLike(w)) return frame(k);
    if (!VERB_AUXILIARIES.has(w) && !/^\p{Ll}{3,}ly$/u.test(w)) break;
  }
  let linked = false;
  for (let k = first - 1; k >= 0 && k >= first - REACH - 1; k--) {
    const w = tokens[k].text.toLowerCase();
    if (CLAUSE_END.test(w)) break;
    if (verbLike(w)) return frame(k);
    if (LINKS.test(w)) {
      linked ||= !/^(?:a|an|the|its|their|his|her|nearly|almost|only|just)$/.test(w);
      continue;
    }
    if (QUALIFIER_WORDS.has(w)) continue;
    // "three out of four lines": another number is no word the figure attaches to.
    const number = NUMBER_UNITS.has(w) || NUMBER_TENS.has(w);
    return linked && CONTENT.test(tokens[k].text) && !FUNCTION_WORDS.has(w) && !number ? frame(k) : undefined;
  }
  return undefined;
}
