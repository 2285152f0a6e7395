import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeEntities } from '../../server/src/analysis/ner/recognize';
import { tokenize } from '../../server/src/analysis/tokenize';

const summary = (text: string): string[] => recognizeEntities(text, tokenize(text)).map((m) => `${m.text}/${m.type}`);

test('a name the article writes as a business is an organisation wherever it is written', () => {
  // An appositive whose head is a business noun, with or without words after it.
  assert.deepEqual(summary('Both cables are down, said a spokesperson for Brannigan, the internet networks company. Brannigan expects repairs to take a week.'), [
    'Brannigan/organization',
    'Brannigan/organization',
  ]);
  assert.deepEqual(summary('Pembrook, a communications provider in India, reported the outage. Pembrook said traffic was rerouted.'), [
    'Pembrook/organization',
    'India/place',
    'Pembrook/organization',
  ]);
  // What only a business has, after the possessive.
  assert.deepEqual(summary("Oduya said on Friday its profits rose. Oduya's shares gained 4 percent."), ['Oduya/organization', 'Oduya/organization']);
});

test('a person described by a trade or a business noun further on stays a person', () => {
  assert.deepEqual(summary('Steinberg, a partner in the firm, told police he was shot. Steinberg was taken to hospital.'), ['Steinberg/person', 'Steinberg/person']);
  assert.deepEqual(summary("Brannigan, the magazine's founder, said the cover was his idea."), ['Brannigan/person']);
  // The article also writes the name as a person's.
  assert.deepEqual(summary("Oduya's shares gained 4 percent, and Mr. Oduya said he was pleased."), ['Oduya/person', 'Oduya/person']);
});
