// Claims whose owner or noun the sentence leaves out: an age told of "she" is the age of the person the article is
// most about, a number "there were" counts what the sentence's event is, and a date after "since" dates the point
// a figure is measured against, not the figure.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { Corpus } from '../../server/src/analysis/corpus';

const MODEL = 'Pin-up model Mara Quill has died in Ohio at 85. Quill posed for thousands of photos in the 1950s. {sentence} Quill later taught music in Dayton, friends of Quill said.';

function ages(text: string): string[][] {
  return analyze(text).claims.filter((c) => c.kind === 'age').map((c) => [c.subject, c.text]);
}

test("an age told of 'she' in a sentence that names no one is the age of the person the article is most about", () => {
  assert.deepEqual(ages(MODEL.replace('{sentence}', 'She abruptly walked away from her career at the age of 35.')), [['Mara Quill', '35']]);
  assert.deepEqual(ages(MODEL.replace('{sentence}', 'And she said that, at 34, her days as a model were nearly over.')), [['Mara Quill', '34']]);
});

test('an age is no one\'s when the sentence tells of no "he" or "she", or when no person is named more often than another', () => {
  assert.deepEqual(ages(MODEL.replace('{sentence}', 'The studio closed its doors at the age of 35.')), []);
  assert.deepEqual(ages('Ann Roe met Bo Lind in Ohio. She left at the age of 35.'), []);
});

test('two articles giving her age told of "she" differently conflict, filed under her', () => {
  const corpus = new Corpus();
  corpus.set('a.txt', MODEL.replace('{sentence}', 'She abruptly walked away from her career at the age of 35.'));
  corpus.set('b.txt', MODEL.replace('{sentence}', 'She abruptly walked away from her career at the age of 39.'));
  const found = corpus.conflicts.all().filter((c) => c.attribute === 'age');
  assert.deepEqual(found.map((c) => [c.kind, c.a.claim.text, c.b.claim.text].sort()), [['35', '39', 'contradiction']]);
});

const PROTEST = 'Tens of thousands marched in Athens on Wednesday against the austerity plan of the government. Police put the march at 30,000 people. But witnesses said there were more than 50,000, easily the biggest protest since the prime minister took office last October.';

test('"there were more than 50,000" in a sentence about a protest estimates the crowd, and the date after "since" is not its period', () => {
  const crowd = analyze(PROTEST).claims.filter((c) => c.kind === 'people-count').map((c) => [c.attribute, c.text]);
  assert.deepEqual(crowd, [['crowd size', '30,000 people'], ['crowd size', 'more than 50,000']]);
});

test('a bare number "there were" in a sentence of no event of people counts nothing', () => {
  const claims = analyze('The firm opened new offices in Leeds on Monday. There were 40 in all, the company said.').claims;
  assert.deepEqual(claims.filter((c) => c.kind === 'people-count'), []);
});
