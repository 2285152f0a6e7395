import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeEntities } from '../../server/src/analysis/ner/recognize';
import { tokenize } from '../../server/src/analysis/tokenize';

const summary = (text: string): string[] => recognizeEntities(text, tokenize(text)).map((m) => `${m.text}/${m.type}`);

test('in sports news a city that plays as a side is a team, and a city after a word of place stays a place', () => {
  const text =
    'The linebacker will miss the last two games of the season against Denver and Atlanta with a sprained ankle. ' +
    'He finished his second season in Houston with 80 tackles. The coach said the playoffs were out of reach.';
  assert.deepEqual(summary(text), ['Denver/organization', 'Atlanta/organization', 'Houston/place']);
});

test("a team's name is a team wherever the sports article writes it, but after a word of place", () => {
  const text = 'Cleveland signed the rookie quarterback on Monday. The coach said Cleveland have enough depth for the playoffs. The rookie grew up in Cleveland.';
  assert.deepEqual(summary(text), ['Cleveland/organization', 'Cleveland/organization', 'Cleveland/place']);
});

test('outside sports news, and for countries, a side is still a place', () => {
  assert.deepEqual(summary('The mayor flew from Denver to Atlanta on Monday. Protests against Denver grew.'), ['Denver/place', 'Atlanta/place', 'Denver/place']);
  const national = "The coach said the team would play against Australia in the final, and the playoffs start in May.";
  assert.deepEqual(summary(national), ['Australia/place']);
});
