import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeEntities } from '../../server/src/analysis/ner/recognize';
import { tokenize } from '../../server/src/analysis/tokenize';

const summary = (text: string): string[] => recognizeEntities(text, tokenize(text)).map((m) => `${m.text}/${m.type}`);

test('a name written with what only a person has is a person wherever the article writes it, but after a word of place', () => {
  const text = "Aurora's re-election campaign took money from donors, and Aurora's aides denied it. Aurora said the report was false, speaking in Aurora on Monday.";
  assert.deepEqual(summary(text), ['Aurora/person', 'Aurora/person', 'Aurora/person', 'Aurora/place']);
});

test("a country's or a town's possessions that are no person's keep it a place", () => {
  assert.deepEqual(summary("France's presidency of the council ends in June. Visitors to Aurora's museums rose."), ['France/place', 'Aurora/place']);
});
