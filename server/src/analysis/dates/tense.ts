// Whether the words around a date speak of the past or the future: "on Friday" in "said on Friday" is past,
// in "will meet on Friday" future. The nearest tense marker in the same sentence decides.

export type Tense = 'past' | 'future' | 'unknown';

const FUTURE = /\b(?:will|shall|won't|going to|(?:is|are) (?:set|scheduled|expected|due|slated|poised) to|plans? to|upcoming|next)\b|'ll\b/gi;
const PAST = /\b(?:was|were|had|did|said|told|met|began|came|went|took|made|gave|left|won|lost|held|saw|spoke|fell|struck|shot|hit|ago|[a-z]{2,}ed)\b/gi;

const FUTURE_AUXILIARY = /\b(?:will|shall|to)\s+(?:[a-z]+\s+){0,2}$|'ll\s+$/;
// Words ending in -ed that are not past tense.
const NOT_PAST = /^(?:united|hundred|indeed|need|speed|seed|proceed|succeed|exceed|feed|breed|shed|red|bed|wed)$/i;

/** How far either side of an offset a sentence is looked for: a run-on text without sentence ends costs a window. */
const MAX_SENTENCE_CHARS = 1000;

/** The span of the sentence (or line) around an offset, at most MAX_SENTENCE_CHARS either side. */
export function sentenceAround(text: string, offset: number): { start: number; end: number } {
  let start = offset;
  const low = Math.max(0, offset - MAX_SENTENCE_CHARS);
  while (start > low && !/[.!?\n]/.test(text[start - 1])) start--;
  let end = offset;
  const high = Math.min(text.length, offset + MAX_SENTENCE_CHARS);
  while (end < high && !/[!?\n]/.test(text[end]) && !(text[end] === '.' && /\s/.test(text[end + 1] ?? ' '))) end++;
  return { start, end };
}

/** The tense of the marker nearest to the span [start, end) within its sentence. */
export function tenseAt(text: string, start: number, end: number): Tense {
  const sentence = sentenceAround(text, start);
  const words = text.slice(sentence.start, sentence.end);
  let best: { distance: number; tense: Tense } = { distance: Infinity, tense: 'unknown' };
  for (const [re, tense] of [[FUTURE, 'future'], [PAST, 'past']] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(words); m; m = re.exec(words)) {
      if (tense === 'past' && NOT_PAST.test(m[0])) continue;
      const at = sentence.start + m.index;
      const distance = at >= end ? at - end : Math.max(0, start - (at + m[0].length));
      // A participle after "will be" or "to be" is future: "will be signed".
      const governed = tense === 'past' && FUTURE_AUXILIARY.test(text.slice(Math.max(sentence.start, at - 25), at));
      if (distance < best.distance) best = { distance, tense: governed ? 'future' : tense };
    }
  }
  return best.tense;
}
