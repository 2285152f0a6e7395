import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGazetteer } from '../../server/src/analysis/ner/gazetteer';
import { recognizeEntities } from '../../server/src/analysis/ner/recognize';
import { tokenize } from '../../server/src/analysis/tokenize';

test('parses names, types and aliases', () => {
  const { gazetteer, errors } = parseGazetteer('{"entities": [{"name": "New York Post", "type": "organization", "aliases": ["the Post", "NY Post"]}, {"name": "Liu Pengyu", "type": "person"}]}');
  assert.deepEqual(errors, []);
  assert.deepEqual(gazetteer.entries, [
    { name: 'New York Post', type: 'organization', aliases: ['the Post', 'NY Post'] },
    { name: 'Liu Pengyu', type: 'person', aliases: [] },
  ]);
});

test('a file that is not JSON gives an empty gazetteer and one clear message', () => {
  const { gazetteer, errors } = parseGazetteer('{"entities": [');
  assert.deepEqual(gazetteer.entries, []);
  assert.equal(errors.length, 1);
  assert.match(errors[0], /not valid JSON/);
});

test('bad entries are skipped with their JSON path; good ones are kept', () => {
  const { gazetteer, errors } = parseGazetteer(
    '{"entities": [{"name": "Acme", "type": "company"}, {"type": "person"}, {"name": "Bo", "type": "person", "aliases": ["B", 3]}, "x"]}',
  );
  assert.deepEqual(gazetteer.entries, [{ name: 'Bo', type: 'person', aliases: ['B'] }]);
  assert.deepEqual(errors, [
    'entities[0].type: "company" is not one of person, organization, place, event, law, work, group, other.',
    'entities[1].name: expected a non-empty string.',
    'entities[2].aliases[1]: expected a non-empty string.',
    'entities[3]: expected an object with "name" and "type".',
  ]);
  assert.match(parseGazetteer('[]').errors[0], /"entities" array/);
});

test('user entries win over the model, aliases included, "the" outside', () => {
  const text = 'Officials told the Post that Acme Widgets rejected the plan. The New York Post said so.';
  const { gazetteer } = parseGazetteer(
    '{"entities": [{"name": "New York Post", "type": "organization", "aliases": ["the Post"]}, {"name": "Acme Widgets", "type": "place"}]}',
  );
  const mentions = recognizeEntities(text, tokenize(text), gazetteer).map((m) => [m.text, m.type]);
  assert.deepEqual(mentions, [
    ['Post', 'organization'],
    ['Acme Widgets', 'place'],
    ['New York Post', 'organization'],
  ]);
});
