// The GMB training data (ner_dataset.csv from ../shared/corpus/gmb), parsed and cleaned into this project's types.
//
// Cleaning, because the tags are silver: time expressions are dropped (dates/ handles them); titles ("Mr.",
// "President", "Prime Minister") are cut from the front of person spans, and a span left empty is dropped; geo →
// place; gpe → place when it is a known country or city, else group (nationality words); org → place when it is a
// known place and no known organisation ("West Bank", "Tehran"), geo → organization for known organisations ("U.N.");
// eve → event, art → work, nat → other, and any of these ending in "Act", "Law", "Treaty"... → law. Spans joined by
// "and" are split where one side is a known name ("India and Pakistan"). Last, a name written the same way at least
// MAJORITY_MIN_COUNT times takes its majority type when MAJORITY_SHARE of uses agree (a person's surname in a full
// name votes for the surname alone being a person).
import type { EntityType } from '../../types';
import { CITIES, COUNTRIES, LAW_SUFFIXES, NATIONALITIES, ORGANIZATIONS, NEWS_OUTLETS, US_STATES, WORLD_REGIONS } from '../lexicon';
import { splitAtAnd } from '../knownNames';
import { isTitleHead, isTitleWord } from '../roles';

export interface LabelledSentence {
  words: string[];
  /** BIO labels ("B-person"); null where the label is unknown (partial annotation). */
  labels: Array<string | null>;
}

interface RawSpan {
  start: number;
  end: number;
  type: EntityType | null;
}

const PLACES = new Set([...COUNTRIES, ...WORLD_REGIONS, ...CITIES, ...US_STATES]);
const ORGS = new Set([...ORGANIZATIONS, ...NEWS_OUTLETS]);
const GROUPS = new Set(NATIONALITIES);
const MAJORITY_MIN_COUNT = 4;
const MAJORITY_SHARE = 0.6;

/** Sentence number → held out for evaluation: blocks of 1000 consecutive sentences, every tenth block (index 9, 19, ...). */
export const isHeldOutGmbSentence = (index: number): boolean => Math.floor(index / 1000) % 10 === 9;

/** Parses the CSV (`Sentence #,Word,POS,Tag`, a sentence starts where the first column is filled). */
export function parseGmbCsv(csv: string): Array<{ words: string[]; tags: string[] }> {
  const sentences: Array<{ words: string[]; tags: string[] }> = [];
  const lines = csv.split(/\r?\n/);
  for (let n = 1; n < lines.length; n++) {
    const fields = splitCsvLine(lines[n]);
    if (fields.length < 4) continue;
    if (fields[0] !== '' || sentences.length === 0) sentences.push({ words: [], tags: [] });
    const sentence = sentences[sentences.length - 1];
    sentence.words.push(fields[1]);
    sentence.tags.push(fields[3]);
  }
  return sentences;
}

/** Fields of one CSV line; quoted fields may hold commas and doubled quotes. */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  const field = /("(?:[^"]|"")*"|[^,]*)(?:,|$)/g;
  for (let m = field.exec(line); m && m.index < line.length; m = field.exec(line)) {
    const raw = m[1];
    fields.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    if (m[0].length === 0) field.lastIndex++;
  }
  return fields;
}

/** Cleans all sentences together (the majority vote looks across the corpus). */
export function cleanGmb(sentences: ReadonlyArray<{ words: string[]; tags: string[] }>): LabelledSentence[] {
  const spansPerSentence = sentences.map((s) => {
    const items = s.words.map((text) => ({ text }));
    const parts = rawSpans(s.tags).flatMap((span) => splitAtAnd(items, span.start, span.end).map(([start, end]) => ({ start, end, tag: span.tag })));
    return parts.map((span) => cleanSpan(s.words, span));
  });
  const votes = new Map<string, Map<EntityType, number>>();
  const vote = (text: string, type: EntityType): void => {
    const counts = votes.get(text) ?? new Map<EntityType, number>();
    counts.set(type, (counts.get(type) ?? 0) + 1);
    votes.set(text, counts);
  };
  sentences.forEach((s, n) => {
    for (const span of spansPerSentence[n]) {
      if (!span.type) continue;
      vote(s.words.slice(span.start, span.end).join(' '), span.type);
      // A person's surname alone names the person ("Mahmoud Ahmadinejad" ... "Ahmadinejad").
      if (span.type === 'person' && span.end - span.start > 1) vote(s.words[span.end - 1], 'person');
    }
  });
  return sentences.map((s, n) => {
    const labels: string[] = s.words.map(() => 'O');
    for (const span of spansPerSentence[n]) {
      const type = span.type && majorityType(votes.get(s.words.slice(span.start, span.end).join(' ')), span.type);
      if (!type) continue;
      for (let i = span.start; i < span.end; i++) labels[i] = (i === span.start ? 'B-' : 'I-') + type;
    }
    return { words: s.words, labels };
  });
}

function rawSpans(tags: readonly string[]): Array<{ start: number; end: number; tag: string }> {
  const spans: Array<{ start: number; end: number; tag: string }> = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === 'O' || !/^[BI]-/.test(tags[i])) continue;
    const tag = tags[i].slice(2);
    let end = i + 1;
    while (end < tags.length && tags[end] === 'I-' + tag) end++;
    spans.push({ start: i, end, tag });
    i = end - 1;
  }
  return spans;
}

function cleanSpan(words: readonly string[], span: { start: number; end: number; tag: string }): RawSpan {
  let { start } = span;
  const { end } = span;
  const text = (from: number): string => words.slice(from, end).join(' ');
  switch (span.tag) {
    case 'per': {
      while (start < end && (isTitleWord(words[start]) || isTitleHead(words[start]) || /^[a-z]/.test(words[start]))) start++;
      if (start === end) return { start, end, type: null };
      return { start, end, type: GROUPS.has(text(start)) ? 'group' : 'person' };
    }
    case 'geo':
      return { start, end, type: ORGS.has(text(start)) && !PLACES.has(text(start)) ? 'organization' : 'place' };
    case 'gpe':
      return { start, end, type: PLACES.has(text(start)) ? 'place' : 'group' };
    case 'org':
      return { start, end, type: PLACES.has(text(start)) && !ORGS.has(text(start)) ? 'place' : 'organization' };
    case 'eve':
    case 'art':
    case 'nat': {
      const type: EntityType = LAW_SUFFIXES.has(words[end - 1]) ? 'law' : span.tag === 'eve' ? 'event' : span.tag === 'art' ? 'work' : 'other';
      return { start, end, type };
    }
    default:
      return { start, end, type: null };
  }
}

function majorityType(counts: Map<EntityType, number> | undefined, own: EntityType): EntityType {
  if (!counts) return own;
  let total = 0;
  let best = own;
  for (const [type, count] of counts) {
    total += count;
    if (count > (counts.get(best) ?? 0)) best = type;
  }
  return total >= MAJORITY_MIN_COUNT && (counts.get(best) ?? 0) >= MAJORITY_SHARE * total ? best : own;
}
