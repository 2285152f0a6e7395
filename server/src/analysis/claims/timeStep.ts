// Which step of the story a time of day is given for: the event itself, the arrest, the arrival, the end. Two
// articles' times are compared only when they time one step ("the fire broke out at 9.25pm", "the blaze started
// about 9.31pm"), never the call and the surrender of one story.
import { REPORTING_WORDS, TIME_STEPS } from '../language/en';
import { isPastForm, qualifiesNoun, type SentenceContext } from './context';

/** How many words from a time its clause's word of what happened may stand. */
const STEP_WINDOW = 12;

/** Words that end the time's clause: what lies beyond says what happened at another moment. */
const CLAUSE_END = /^(?:if|whether|after|before|as|because|that|which|while|since|until|and|but|;|\.|\(|\))$/i;

/** The step of an ending ("extinguished by 7:35 a.m."), whose "by" gives its time rather than bounding it. */
export const END_STEP = 'end';

/** The steps the language data names: a word of one of them beats any other verb of the clause. */
const LISTED_STEPS: ReadonlySet<string> = new Set(TIME_STEPS.values());

/** Words before a time that say roughly when: part of the time, not the end of its clause. */
const TIME_LEAD = /^(?:at|about|around|approximately|roughly|shortly|just|soon|right|sometime|after|before|past)$/i;

/** After a time, "when" opens the clause it times; before one, another clause. */
const WHEN = /^when$/i;

/** A time in the sentence's opening phrase ("Shortly before 5 p.m. Friday, police received a call") times the clause after its comma. */
const OPENING_TOKENS = 3;

/** Forms of "be" before a verb in -ing ("was driving"), which is then the clause's verb. */
const BE = /^(?:was|were|is|are|been|\p{L}+['’]re)$/iu;
/** Adverbs between a form of "be" and its verb in -ing. */
const ADVERB_AFTER_BE = /^(?:all|still|now|also|just|already|reportedly|allegedly)$/i;

/** The step a word names, or the word itself when it is a past verb the steps do not list; 'reporting' for a verb of saying. */
function stepOfWord(context: SentenceContext, k: number): string | undefined {
  const token = context.tokens[k];
  if (!token || !/^\p{L}+$/u.test(token.text) || (/^\p{Lu}/u.test(token.text) && !token.sentenceStart)) return undefined;
  const word = token.text.toLowerCase();
  const step = TIME_STEPS.get(word);
  if (step) return step;
  if (REPORTING_WORDS.has(word)) return 'reporting';
  if (qualifiesNoun(context, k)) return undefined;
  if (isPastForm(word)) return word;
  // "was driving", "We're all learning": an adverb may stand between.
  const be = (j: number): boolean => BE.test(context.tokens[j]?.text ?? '');
  return /^\p{Ll}{3,}ing$/u.test(word) && (be(k - 1) || (be(k - 2) && ADVERB_AFTER_BE.test(context.tokens[k - 1]?.text ?? ''))) ? word : undefined;
}

/** The step an event word near a time names ("the blaze", "was arrested"), else the event it is a word of. */
export function stepOfEventWord(context: SentenceContext, k: number, event: string): string {
  return TIME_STEPS.get(context.tokens[k]?.text.toLowerCase() ?? '') ?? event;
}

/**
 * The step a time at tokens first..last of its sentence is given for, when no event word is near: the words of its
 * clause within a few tokens either way. A listed step word wins over another verb; a verb of saying times the
 * saying ("she said around 5:15 p.m.") and closes that side. `nearestOnly`: the nearest verb or step word decides.
 */
export function timeStep(context: SentenceContext, first: number, last: number, nearestOnly = false): string | undefined {
  // "shortly after 3 p.m.", "just before midnight": words that place the time are part of it.
  while (first > 0 && TIME_LEAD.test(context.tokens[first - 1].text)) first--;
  const opening = first <= OPENING_TOKENS;
  let verb: string | undefined;
  const open = [true, true];
  const pastComma = [false, false];
  for (let d = 1; d <= STEP_WINDOW; d++) {
    for (const side of [0, 1]) {
      if (!open[side]) continue;
      const k = side === 0 ? last + d : first - d;
      const text = context.tokens[k]?.text ?? '';
      if (!text || CLAUSE_END.test(text) || (side === 1 && WHEN.test(text))) {
        open[side] = false;
        continue;
      }
      // Past a comma only a step word still counts ("Police were called to a house in Whitby, North Yorkshire, at
      // 9.12am"): the comma may close an apposition or start another clause, whose plain verbs say nothing of the time.
      // "was heading north just after 1:50 a.m. when officers stopped him": a time before "when" is the time of what
      // the when-clause tells.
      if ((text === ',' && !(opening && k > last)) || (side === 0 && WHEN.test(text))) pastComma[side] = true;
      const step = stepOfWord(context, k);
      if (pastComma[side] && !(step !== undefined && LISTED_STEPS.has(step))) continue;
      if (step === 'reporting') {
        open[side] = false;
      } else if (step !== undefined && (LISTED_STEPS.has(step) || nearestOnly)) return step;
      else verb ??= step;
    }
  }
  return verb;
}

/**
 * The step of a time's clause only when a step word is its nearest verb: a plain verb says too little of a part
 * of the day ("Residents were learning this morning of the deaths" times the learning, not the deaths).
 */
export function listedTimeStep(context: SentenceContext, first: number, last: number): string | undefined {
  const step = timeStep(context, first, last, true);
  return step !== undefined && LISTED_STEPS.has(step) ? step : undefined;
}
