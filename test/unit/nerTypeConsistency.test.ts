import { test } from 'node:test';
import assert from 'node:assert/strict';
import serialized from '../../server/src/analysis/ner/model.json';
import { consistentTypes, scoreMention, WEAK_MARGIN, type ScoredMention } from '../../server/src/analysis/ner/typeConsistency';
import type { EntityType } from '../../server/src/analysis/types';

const labels = serialized.labels;
const width = labels.length;

/**
 * A one-sentence mention of `words` at token `start`, whose emission scores give `scores[type]` to B-type at its
 * first token (0 to every other label), scored the way the tagger scores it.
 */
function mention(words: string[], start: number, type: EntityType, scores: Partial<Record<EntityType, number>>): ScoredMention {
  const emissions = new Float64Array(words.length * width);
  for (const [t, value] of Object.entries(scores)) emissions[labels.indexOf('B-' + t)] = value;
  return scoreMention({ start, end: start + words.length, type }, words, start, emissions, labels);
}

const typesOf = (mentions: ScoredMention[]): string[] => consistentTypes(mentions, labels).map((s) => `${s.start}:${s.type}`);

test("a name's weakly typed occurrence takes the type its confident occurrences favour across the article", () => {
  const confident = WEAK_MARGIN + 500;
  const thin = WEAK_MARGIN - 1;
  const mentions = [
    mention(['Tyler', 'Whitfield'], 0, 'person', { person: confident }),
    mention(['Whitfield'], 10, 'person', { person: confident }),
    // Here the tagger leaned to a place by less than the weak margin.
    mention(['Whitfield'], 20, 'place', { place: 100 + thin, person: 100 }),
  ];
  assert.deepEqual(typesOf(mentions), ['0:person', '10:person', '20:person']);
  // The same occurrence with a wide margin keeps its own type.
  mentions[2] = mention(['Whitfield'], 20, 'place', { place: 100 + confident * 3, person: 100 });
  assert.deepEqual(typesOf(mentions), ['0:person', '10:person', '20:place']);
});

test('two different names keep their own types, and so does a short form shared by two longer names', () => {
  const thin = WEAK_MARGIN - 1;
  const mentions = [
    mention(['Jordan'], 0, 'person', { person: 900 }),
    mention(['Jordan', 'Valley'], 5, 'place', { place: 50 + thin, person: 50 }),
    mention(['George', 'Bush'], 10, 'person', { person: 900 }),
    mention(['Bush', 'Foundation'], 15, 'organization', { organization: 900 }),
    mention(['Laura', 'Bush'], 20, 'organization', { organization: 900 }),
    // "Bush" ends both "George Bush" and "Laura Bush": it is not counted as either.
    mention(['Bush'], 25, 'place', { place: 10 + thin, person: 10 }),
  ];
  assert.deepEqual(typesOf(mentions), ['0:person', '5:place', '10:person', '15:organization', '20:organization', '25:place']);
});

test('a new type must keep the span rules: a number is in no person name', () => {
  const thin = WEAK_MARGIN - 1;
  // Scores alone favour a person for "Apollo 11" here; the decoder's rules forbid a person across a number.
  const mentions = [
    mention(['Apollo', '11'], 0, 'person', { person: 900 }),
    mention(['Apollo', '11'], 5, 'person', { person: 900 }),
    mention(['Apollo', '11'], 14, 'event', { event: 20 + thin, person: 20 }),
  ];
  assert.deepEqual(typesOf(mentions), ['0:person', '5:person', '14:event']);
});
