import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Corpus } from '../../server/src/analysis/corpus';

const conflictsOf = (corpus: Corpus): string[][] => corpus.conflicts.all().map((c) => [c.a.claim.text, c.b.claim.text, c.kind]);

const QESHM = 'An earthquake struck Qeshm island, Iran on Sunday. Officials said 10 people were killed on Qeshm island when houses collapsed. Rescuers searched Qeshm island for survivors.';
const IRAN = 'A strong earthquake hit Iran on Sunday. Officials said 30 people were killed in Iran when houses collapsed. Rescuers searched the rubble for survivors.';

test('a toll placed at a place and one placed at the country it lies in ("Qeshm island, Iran") are compared', () => {
  const corpus = new Corpus();
  corpus.set('qeshm.txt', QESHM);
  corpus.set('iran.txt', IRAN);
  assert.equal(corpus.storyOf('qeshm.txt')?.id, corpus.storyOf('iran.txt')?.id);
  assert.deepEqual(conflictsOf(corpus), [['30 people', '10 people', 'contradiction']]);
});

test('without an article saying which place lies in which, tolls of two places stay apart', () => {
  const corpus = new Corpus();
  corpus.set('qeshm.txt', QESHM.replace('Qeshm island, Iran', 'Qeshm island'));
  corpus.set('iran.txt', IRAN);
  assert.deepEqual(conflictsOf(corpus), []);
});

test('what an article says lies in what goes with it: removed, its pair no longer joins the others', () => {
  const corpus = new Corpus();
  corpus.set('qeshm.txt', QESHM.replace('Qeshm island, Iran', 'Qeshm island'));
  corpus.set('iran.txt', IRAN);
  corpus.set('map.txt', 'An earthquake struck Qeshm island, Iran on Sunday. Rescuers searched Qeshm island for survivors when houses collapsed.');
  assert.deepEqual(conflictsOf(corpus), [['30 people', '10 people', 'contradiction']]);
  corpus.remove('map.txt');
  assert.deepEqual(conflictsOf(corpus), []);
});

test('a pair stated in an article of another story counts too: containment is the corpus\'s', () => {
  const corpus = new Corpus();
  corpus.set('qeshm.txt', QESHM.replace('Qeshm island, Iran', 'Qeshm island'));
  corpus.set('iran.txt', IRAN);
  corpus.set('travel.txt', 'The free-trade zone of Qeshm island, Iran drew record investment in 2019, the Central Bank reported. Investors from Dubai and Oman signed contracts worth $2 billion for new factories and ports.');
  assert.notEqual(corpus.storyOf('travel.txt')?.id, corpus.storyOf('iran.txt')?.id);
  assert.deepEqual(conflictsOf(corpus), [['30 people', '10 people', 'contradiction']]);
});

test('a town given for a person and the borough it lies in do not conflict; two boroughs still do', () => {
  const story = (place: string): string => `A fire destroyed a house in Queens on Monday. John Miller, 45, of ${place}, was injured in the fire. Firefighters from Queens put out the fire.`;
  const nested = new Corpus();
  nested.set('a.txt', story('South Ozone Park, Queens'));
  nested.set('b.txt', story('Queens'));
  assert.deepEqual(conflictsOf(nested).filter(([a]) => a.includes('Miller')), []);
  const apart = new Corpus();
  apart.set('a.txt', story('Brooklyn'));
  apart.set('b.txt', story('Queens'));
  assert.equal(conflictsOf(apart).filter(([a]) => a.includes('Miller')).length, 1);
});
