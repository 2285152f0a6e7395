import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { ConflictIndex } from '../../server/src/analysis/conflicts/conflictIndex';
import { StoryIndex } from '../../server/src/analysis/stories/storyIndex';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'stories');
const fixture = (name: string) => analyze(fs.readFileSync(path.join(FIXTURES, name), 'utf8'), { path: name });

test('two articles are directly linked by their own score: two reports of one quake, not a quake and a rehab stay', () => {
  const index = new StoryIndex();
  for (const name of ['aceh-quake-ap.txt', 'aceh-quake-guardian.txt', 'reid-rehab-people.txt']) index.setDocument(name, fixture(name));
  assert.equal(index.directlyLinked('aceh-quake-ap.txt', 'aceh-quake-guardian.txt'), true);
  assert.equal(index.directlyLinked('aceh-quake-guardian.txt', 'aceh-quake-ap.txt'), true);
  assert.equal(index.directlyLinked('aceh-quake-ap.txt', 'reid-rehab-people.txt'), false);
  assert.equal(index.directlyLinked('aceh-quake-ap.txt', 'missing.txt'), false);
});

test('claims of two articles of one story are compared only where the context finds the two comparable', () => {
  const riot = (injured: string) => analyze(`Rioters set fire to a bank in Athens on Wednesday. Athens police said ${injured} were injured in the riots.`);
  const docs = { a: riot('12 people'), b: riot('18 people'), c: riot('40 people') };
  const pairs = (comparable?: (a: string, b: string) => boolean): string[] => {
    const index = new ConflictIndex({ entityOf: (doc, chain) => docs[doc as keyof typeof docs]?.chains[chain]?.name, storyOf: () => Object.keys(docs), comparable });
    for (const [id, analysis] of Object.entries(docs)) index.setDocument(id, analysis);
    return index.all().map((c) => [c.a.docId, c.b.docId].sort().join('-')).sort();
  };
  assert.deepEqual(pairs(), ['a-b', 'a-c', 'b-c']);
  assert.deepEqual(pairs((x, y) => x !== 'c' && y !== 'c'), ['a-b']);
});
