import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordClusters } from '../../server/src/analysis/ner/clusters';
import { builtInNameList } from '../../server/src/analysis/ner/placeNames';
import { loadModel, tagTokens } from '../../server/src/analysis/ner/tagger';
import type { LabelledDocument } from '../../server/src/analysis/ner/training/conll';
import { PerceptronTrainer, serializeRows } from '../../server/src/analysis/ner/training/perceptron';
import { WeightAverage } from '../../server/src/analysis/ner/training/weightAverage';
import { tokenize } from '../../server/src/analysis/tokenize';

const LABELS = ['O', 'B-person', 'I-person', 'B-place', 'I-place'];

const sentence = (text: string, labels: string[]): LabelledDocument => ({ sentences: [{ words: text.split(' '), labels }] });

const DOCUMENTS: LabelledDocument[] = [
  sentence('Maria Lopez flew to Lisbon .', ['B-person', 'I-person', 'O', 'O', 'B-place', 'O']),
  sentence('John Smith lives in Oslo .', ['B-person', 'I-person', 'O', 'O', 'B-place', 'O']),
  sentence('In Madrid , Anna Berg spoke .', ['O', 'B-place', 'O', 'B-person', 'I-person', 'O']),
];

/** A trainer after three epochs over the documents in the given order. */
function trained(order: number[]): PerceptronTrainer {
  const trainer = new PerceptronTrainer(LABELS, wordClusters(), builtInNameList());
  for (let epoch = 0; epoch < 3; epoch++) for (const i of order) trainer.train(DOCUMENTS[i]);
  return trainer;
}

test('an ensemble of one model is that model, byte for byte', () => {
  const trainer = trained([0, 1, 2]);
  const average = new WeightAverage();
  average.add(trainer.averagedRows(0.5));
  assert.equal(JSON.stringify(serializeRows(LABELS, average.mean(), 0.5)), JSON.stringify(trainer.serialize(0.5)));
});

test('the averaged model holds the mean of its members\' weights, a key one member lacks counting as zeros', () => {
  const average = new WeightAverage();
  average.add(new Map([[7, Float64Array.from([2, -4])], [9, Float64Array.from([6, 0])]]));
  average.add(new Map([[7, Float64Array.from([4, 0])]]));
  assert.deepEqual(
    [...average.mean()].map(([key, row]) => [key, Array.from(row)]),
    [[7, [3, -2]], [9, [3, 0]]],
  );
});

test('members trained in other orders average into one model that tags as they agree', () => {
  const average = new WeightAverage();
  for (const order of [[0, 1, 2], [2, 0, 1], [1, 2, 0]]) average.add(trained(order).averagedRows(0));
  const model = loadModel(serializeRows(LABELS, average.mean(), 0));
  const tokens = tokenize('Maria Lopez flew to Oslo .');
  const spans = tagTokens(tokens, model).map((s) => `${tokens.slice(s.start, s.end).map((t) => t.text).join(' ')}/${s.type}`);
  assert.deepEqual(spans, ['Maria Lopez/person', 'Oslo/place']);
});
