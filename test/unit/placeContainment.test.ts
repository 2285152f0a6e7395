import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Corpus } from '../../server/src/analysis/corpus';

const conflictsOf = (corpus: Corpus): string[][] => corpus.conflicts.all().map((c) => [c.a.claim.text, c.b.claim.text, c.kind]);

const SAKHALIN = 'An earthquake struck Sakhalin island, Russia on Sunday. Officials said 10 people were killed on Sakhalin island when houses collapsed. Rescuers searched Sakhalin island for survivors.';
const RUSSIA = 'A strong earthquake hit Russia on Sunday. Officials said 30 people were killed in Russia when houses collapsed. Rescuers searched the rubble for survivors.';

test('a toll placed at a place and one placed at the country it lies in ("Sakhalin island, Russia") are compared', () => {
  const corpus = new Corpus();
  corpus.set('sakhalin.txt', SAKHALIN);
  corpus.set('russia.txt', RUSSIA);
  assert.equal(corpus.storyOf('sakhalin.txt')?.id, corpus.storyOf('russia.txt')?.id);
  assert.deepEqual(conflictsOf(corpus), [['30 people', '10 people', 'contradiction']]);
});

test('without an article saying which place lies in which, tolls of two places stay apart', () => {
  const corpus = new Corpus();
  corpus.set('sakhalin.txt', SAKHALIN.replace('Sakhalin island, Russia', 'Sakhalin island'));
  corpus.set('russia.txt', RUSSIA);
  assert.deepEqual(conflictsOf(corpus), []);
});

test('what an article says lies in what goes with it: removed, its pair no longer joins the others', () => {
  const corpus = new Corpus();
  corpus.set('sakhalin.txt', SAKHALIN.replace('Sakhalin island, Russia', 'Sakhalin island'));
  corpus.set('russia.txt', RUSSIA);
  corpus.set('map.txt', 'An earthquake struck Sakhalin island, Russia on Sunday. Rescuers searched Sakhalin island for survivors when houses collapsed.');
  assert.deepEqual(conflictsOf(corpus), [['30 people', '10 people', 'contradiction']]);
  corpus.remove('map.txt');
  assert.deepEqual(conflictsOf(corpus), []);
});

test('a pair stated in an article of another story counts too: containment is the corpus\'s', () => {
  const corpus = new Corpus();
  corpus.set('sakhalin.txt', SAKHALIN.replace('Sakhalin island, Russia', 'Sakhalin island'));
  corpus.set('russia.txt', RUSSIA);
  corpus.set('travel.txt', 'The free-trade zone of Sakhalin island, Russia drew record investment in 2019, the Central Bank reported. Investors from Dubai and Oman signed contracts worth $2 billion for new factories and ports.');
  assert.notEqual(corpus.storyOf('travel.txt')?.id, corpus.storyOf('russia.txt')?.id);
  assert.deepEqual(conflictsOf(corpus), [['30 people', '10 people', 'contradiction']]);
});

test('a town given for a person and the borough it lies in do not conflict; two boroughs still do', () => {
  const story = (place: string): string => `A fire destroyed a house in Queens on Monday. John Miller, 45, of ${place}, was injured in the fire. Firefighters from Queens put out the fire.`;
  const nested = new Corpus();
  nested.set('a.txt', story('Jackson Heights, Queens'));
  nested.set('b.txt', story('Queens'));
  assert.deepEqual(conflictsOf(nested).filter(([a]) => a.includes('Miller')), []);
  const apart = new Corpus();
  apart.set('a.txt', story('Brooklyn'));
  apart.set('b.txt', story('Queens'));
  assert.equal(conflictsOf(apart).filter(([a]) => a.includes('Miller')).length, 1);
});
