import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeEntities } from '../../server/src/analysis/ner/recognize';
import { tokenize } from '../../server/src/analysis/tokenize';

const summary = (text: string): string[] => recognizeEntities(text, tokenize(text)).map((m) => `${m.text}/${m.type}`);

test('the names listed right after the kind of place they are are places', () => {
  assert.deepEqual(summary('The hardest-hit villages were Karim Abad and Hassan Kola.'), ['Karim Abad/place', 'Hassan Kola/place']);
});

test('a kind of place inside a name, or away from the names, makes no list', () => {
  assert.deepEqual(summary('Scorers : Faroe Islands - Jan Allan Mueller ( 60th minute )'), ['Faroe Islands/place', 'Jan Allan Mueller/person']);
  assert.deepEqual(summary('The villages were flooded, and Karim Abad said so.'), ['Karim Abad/person']);
});

test('a name ending in a word for a kind of place, or starting with one before "of", is a place', () => {
  assert.deepEqual(summary('The tourist Island of Dorvan lies in the Persian Gulf.'), ['Island of Dorvan/place', 'Persian Gulf/place']);
  assert.deepEqual(summary('Traffic stopped on the Sheikh Khalid Road.'), ['Khalid Road/place']);
});
