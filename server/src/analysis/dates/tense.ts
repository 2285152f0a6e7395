// Whether the words around a date speak of the past or the future: "on Friday" in "said on Friday" is past,
// in "will meet on Friday" future. The nearest tense marker in the same sentence decides.
import { firstAtOrAfter, firstWhere } from '../spanIndex';
import type { Span } from '../types';

export type Tense = 'past' | 'future' | 'unknown';

const FUTURE = /\b(?:will|shall|won't|going to|(?:is|are) (?:set|scheduled|expected|due|slated|poised) to|plans? to|upcoming|next)\b|'ll\b/gi;
const PAST = /\b(?:was|were|had|did|said|told|met|began|came|went|took|made|gave|left|won|lost|held|saw|spoke|fell|struck|shot|hit|ago|[a-z]{2,}ed)\b/gi;

const FUTURE_AUXILIARY = /\b(?:will|shall|to)\s+(?:[a-z]+\s+){0,2}$|'ll\s+$/;
// Words ending in -ed that are not past tense.
const NOT_PAST = /^(?:united|hundred|indeed|need|speed|seed|proceed|succeed|exceed|feed|breed|shed|red|bed|wed)$/i;

/** How far either side of an offset a sentence is looked for: a run-on text without sentence ends costs a window. */
const MAX_SENTENCE_CHARS = 1000;

/**
 * The tense of dates in one text. The sentence ends and the tense markers are found once, in one pass each, and each
 * date looks them up by binary search: scanning the sentence around every date is quadratic in a text full of dates.
 * No marker contains a sentence end, so the markers of a sentence are those the whole-text scan finds inside it.
 */
export class TenseIndex {
  /** Offsets of . ! ? and line breaks: a sentence starts after one. */
  private readonly starts: number[] = [];
  /** Offsets of ! ? line breaks and of periods before a space or the text's end: a sentence ends at one. */
  private readonly ends: number[] = [];
  private readonly markers: ReadonlyArray<{ tense: 'future' | 'past'; spans: Span[] }>;

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '!' || c === '?' || c === '\n') {
        this.starts.push(i);
        this.ends.push(i);
      } else if (c === '.') {
        this.starts.push(i);
        if (i + 1 >= text.length || /\s/.test(text[i + 1])) this.ends.push(i);
      }
    }
    this.markers = [
      { tense: 'future', spans: markerSpans(text, FUTURE, () => true) },
      { tense: 'past', spans: markerSpans(text, PAST, (word) => !NOT_PAST.test(word)) },
    ];
  }

  /** The span of the sentence (or line) around an offset, at most MAX_SENTENCE_CHARS either side. */
  sentenceAround(offset: number): Span {
    const before = firstWhere(0, this.starts.length, (i) => this.starts[i] >= offset) - 1;
    const start = Math.max(before >= 0 ? this.starts[before] + 1 : 0, offset - MAX_SENTENCE_CHARS);
    const after = firstWhere(0, this.ends.length, (i) => this.ends[i] >= offset);
    const end = Math.min(after < this.ends.length ? this.ends[after] : this.text.length, offset + MAX_SENTENCE_CHARS);
    return { start, end };
  }

  /** The tense of the marker nearest to the span [start, end) within its sentence (of equals, the first: future before past). */
  tenseAt(start: number, end: number): Tense {
    const sentence = this.sentenceAround(start);
    let best: { distance: number; tense: Tense } = { distance: Infinity, tense: 'unknown' };
    for (const { tense, spans } of this.markers) {
      const nearest = nearestMarker(spans, sentence, start, end);
      if (!nearest || nearest.distance >= best.distance) continue;
      // A participle after "will be" or "to be" is future: "will be signed".
      const at = nearest.span.start;
      const governed = tense === 'past' && FUTURE_AUXILIARY.test(this.text.slice(Math.max(sentence.start, at - 25), at));
      best = { distance: nearest.distance, tense: governed ? 'future' : tense };
    }
    return best.tense;
  }
}

function markerSpans(text: string, pattern: RegExp, keep: (word: string) => boolean): Span[] {
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) if (keep(m[0])) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/**
 * The marker inside the sentence nearest to [start, end), the first of equally near ones. Markers do not overlap, so
 * among those starting before `end` the distance falls with position (the first touching the span is at 0), and among
 * the others it grows: the nearest is one of two.
 */
function nearestMarker(spans: readonly Span[], sentence: Span, start: number, end: number): { span: Span; distance: number } | undefined {
  const low = firstAtOrAfter(spans, sentence.start);
  let high = firstAtOrAfter(spans, sentence.end);
  while (high > low && spans[high - 1].end > sentence.end) high--;
  const split = Math.min(Math.max(firstAtOrAfter(spans, end), low), high);
  let before: { span: Span; distance: number } | undefined;
  if (split > low) {
    const touching = firstWhere(low, split, (i) => spans[i].end >= start);
    before = touching < split ? { span: spans[touching], distance: 0 } : { span: spans[split - 1], distance: start - spans[split - 1].end };
  }
  const after = split < high ? { span: spans[split], distance: spans[split].start - end } : undefined;
  return before && (!after || before.distance <= after.distance) ? before : after;
}
