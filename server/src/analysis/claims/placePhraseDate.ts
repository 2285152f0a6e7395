// A date after the place phrase of its clause's verb ("checked into the Betty Ford Clinic in Rancho Mirage, Calif.,
// on Thursday night", "was arrested in Tacoma, Washington, on Friday"): the phrase stands between the verb and the
// date it dates, too long for a date's nearest event word to reach past it.
import type { SentenceContext } from './context';

/** The rule of a date tied to the verb before its place phrase. */
export const VERB_BEFORE_PLACE_RULE = 'date/verb-before-place';

/** Prepositions that open a place phrase right after its verb. */
const PLACE_PREPOSITION = /^(?:in|into|at|to|near|outside)$/i;
/** Words of a place phrase besides its names: those prepositions, determiners, the commas around a region and an abbreviation's period. */
const PHRASE_WORD = new RegExp(`${PLACE_PREPOSITION.source}|^(?:the|a|an|,|\\.)$`, 'i');
/** Words between the place phrase and the date ("…, Calif., on Thursday night"). */
const DATE_LEAD = /^(?:on|at|early|late|,)$/i;
/** How many tokens the place phrase may take: "into the Betty Ford Clinic in Rancho Mirage, Calif.," is eleven. */
const PHRASE_REACH = 14;

/**
 * The position of the verb whose place phrase of names ends right before the date at token `first`, when `eventAt`
 * takes it for an event. The phrase opens right after the verb: "met Obama in Chicago on Friday" dates no meeting here.
 */
export function verbBeforePlace(context: SentenceContext, first: number, eventAt: (k: number) => string | undefined): number | undefined {
  const tokens = context.tokens;
  let k = first - 1;
  while (k >= 0 && DATE_LEAD.test(tokens[k].text)) k--;
  const named = (i: number): boolean => context.mentions.some((m) => m.start <= tokens[i].start && tokens[i].end <= m.end);
  let names = 0;
  for (; k >= 0 && first - k <= PHRASE_REACH; k--) {
    if (named(k)) names++;
    else if (!PHRASE_WORD.test(tokens[k].text)) break;
  }
  if (names === 0 || k < 0 || !PLACE_PREPOSITION.test(tokens[k + 1]?.text ?? '')) return undefined;
  return eventAt(k) !== undefined ? k : undefined;
}
