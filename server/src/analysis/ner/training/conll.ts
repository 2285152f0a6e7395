// The CoNLL-2003 English NER data (../shared/corpus/conll2003, Reuters news with gold tags), parsed into documents of
// labelled sentences in this project's types.
//
// PER → person, ORG → organization, LOC → place. MISC holds several of our types and is split by the name's own
// words: a nationality or people ("German", "Serbs", "South African") → group, a name ending in an event word
// ("World Cup", "U.S. Open") → event, in a law word → law, anything else → other (kept, so that the tagger learns
// these are names but not people, organisations or places).
import { tokenize } from '../../tokenize';
import type { EntityType } from '../../types';
import { EVENT_SUFFIXES, LAW_SUFFIXES, NATIONALITIES } from '../lexicon';
import type { LabelledSentence } from './gmb';
import type { TypedSpan } from './score';

export interface LabelledDocument {
  sentences: LabelledSentence[];
}

const CONLL_TYPES: ReadonlyMap<string, EntityType> = new Map([
  ['PER', 'person'],
  ['ORG', 'organization'],
  ['LOC', 'place'],
]);

const GROUP_WORDS = new Set(NATIONALITIES.map((w) => w.toLowerCase()));
/** Shapes of nationality and people words not in the list ("Chechen", "Kurdish", "Iraqis", "Moslems"). */
const PEOPLE_WORD = /^\p{Lu}[\p{L}-]*(?:an|ans|ish|ese|i|is|ch|en|ens|em|ems|ew|ews|b|bs|k|ks)$/u;

/** Our type for a MISC name, from its words. */
export function miscType(words: readonly string[]): EntityType {
  const last = words[words.length - 1];
  const titled = last.charAt(0) + last.slice(1).toLowerCase();
  if (LAW_SUFFIXES.has(last) || LAW_SUFFIXES.has(titled)) return 'law';
  if (EVENT_SUFFIXES.has(last) || EVENT_SUFFIXES.has(titled)) return 'event';
  if (words.length <= 2 && (GROUP_WORDS.has(last.toLowerCase()) || (PEOPLE_WORD.test(titled) && !/\d/.test(last)))) return 'group';
  return 'other';
}

/** Parses a CoNLL file (`TOKEN TAG` lines, blank line between sentences, `-DOCSTART-` between documents). */
export function parseConll(text: string): LabelledDocument[] {
  const docs: LabelledDocument[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const endSentence = (): void => {
    if (words.length === 0) return;
    if (docs.length === 0) docs.push({ sentences: [] });
    docs[docs.length - 1].sentences.push({ words, labels: ourLabels(words, tags) });
    words = [];
    tags = [];
  };
  for (const line of text.split(/\r?\n/)) {
    const fields = line.trim().split(/\s+/);
    if (fields[0] === '') {
      endSentence();
    } else if (fields[0] === '-DOCSTART-') {
      endSentence();
      docs.push({ sentences: [] });
    } else {
      words.push(fields[0]);
      tags.push(fields[fields.length - 1]);
    }
  }
  endSentence();
  return docs.filter((d) => d.sentences.length > 0);
}

/** IOB2 CoNLL tags to our BIO labels ("B-person"). */
function ourLabels(words: readonly string[], tags: readonly string[]): string[] {
  const labels = tags.map(() => 'O');
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === 'O') continue;
    const tag = tags[i].slice(2);
    let end = i + 1;
    while (end < tags.length && tags[end] === 'I-' + tag) end++;
    const type = CONLL_TYPES.get(tag) ?? miscType(words.slice(i, end));
    for (let k = i; k < end; k++) labels[k] = (k === i ? 'B-' : 'I-') + type;
    i = end - 1;
  }
  return labels;
}

/**
 * A document as a user would have it: words joined by spaces, one sentence a line; its gold spans as character
 * offsets.
 */
export function documentText(doc: LabelledDocument): { text: string; gold: TypedSpan[] } {
  const gold: TypedSpan[] = [];
  let text = '';
  for (const sentence of doc.sentences) {
    sentence.words.forEach((word, i) => {
      if (i > 0) text += ' ';
      const label = sentence.labels[i];
      if (label?.startsWith('B-')) gold.push({ start: text.length, end: text.length + word.length, type: label.slice(2) as EntityType });
      else if (label?.startsWith('I-')) gold[gold.length - 1].end = text.length + word.length;
      text += word;
    });
    text += '\n';
  }
  return { text, gold };
}

/**
 * The document as our tokeniser splits it (dates and scores in pieces, sentences at full stops), with the gold
 * labels carried over, so that training sees the tokens the tagger will see.
 */
export function retokenize(doc: LabelledDocument): LabelledDocument {
  const { text, gold } = documentText(doc);
  const tokens = tokenize(text);
  const sentences: LabelledSentence[] = [];
  let span = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (i === 0 || token.sentence !== tokens[i - 1].sentence) sentences.push({ words: [], labels: [] });
    while (span < gold.length && gold[span].end <= token.start) span++;
    const inside = span < gold.length && gold[span].start <= token.start && token.end <= gold[span].end;
    const first = inside && (i === 0 || tokens[i - 1].end <= gold[span].start);
    const sentence = sentences[sentences.length - 1];
    sentence.words.push(token.text);
    sentence.labels.push(inside ? (first ? 'B-' : 'I-') + gold[span].type : 'O');
  }
  return { sentences };
}
