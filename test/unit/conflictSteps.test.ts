// A story's comparison made ahead in steps (ConflictIndex.compareSome, run by the server between requests after an
// article changed) gives the conflicts a comparison made at once gives, and leaves nothing for the next ask to compare.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Corpus } from '../../server/src/analysis/corpus';

const riot = (injured: string, officer: string) =>
  `Rioters set fire to a bank in Athens on Wednesday. Athens police said ${injured} were injured in the riots. ` +
  `Police spokesman ${officer} said the protest began after a teenager was shot. ${officer} said arrests would follow.`;
const ARTICLES: Array<[string, string]> = [
  ['file:///a.txt', riot('12 people', 'Panagiotis Stathopoulos')],
  ['file:///b.txt', riot('18 people', 'Panagiotis Stathopoulos')],
  ['file:///c.txt', riot('40 people', 'Panagiotis Stathopolous')],
];
const EDITED = riot('25 people', 'Panagiotis Stathopoulos');

const described = (corpus: Corpus, uri: string) => corpus.conflictsFor(uri).map((c) => `${c.a.docId} ${c.b.docId} ${c.message}`).sort();

function corpusOf(articles: Array<[string, string]>): Corpus {
  const corpus = new Corpus();
  for (const [uri, text] of articles) corpus.set(uri, text);
  return corpus;
}

test('an edited article compared in steps has the conflicts of one compared at once', () => {
  const stepped = corpusOf(ARTICLES);
  const atOnce = corpusOf(ARTICLES);
  assert.deepEqual(described(stepped, 'file:///a.txt'), described(atOnce, 'file:///a.txt'));
  for (const corpus of [stepped, atOnce]) corpus.set('file:///b.txt', EDITED);
  let steps = 0;
  while (stepped.conflicts.compareSome('file:///b.txt')) steps++;
  // Its claims indexed, then one step for each other article of its story.
  assert.ok(steps >= 3, `${steps} steps`);
  const found = described(stepped, 'file:///b.txt');
  assert.ok(found.some((c) => /25 people/.test(c) && /40 people/.test(c)), found.join('\n'));
  assert.deepEqual(found, described(atOnce, 'file:///b.txt'));
  assert.deepEqual(described(stepped, 'file:///c.txt'), described(atOnce, 'file:///c.txt'));
  assert.equal(stepped.conflicts.compareSome('file:///b.txt'), false, 'a story compared already has steps left');
  assert.equal(stepped.conflicts.compareSome('file:///missing.txt'), false);
});

test('after edits that keep, move or change its names, a story\'s spellings are those of a corpus made afresh', () => {
  const edited = corpusOf(ARTICLES);
  const spellings = (corpus: Corpus) => corpus.conflictsFor('file:///c.txt').filter((c) => c.attribute === 'name spelling');
  assert.equal(spellings(edited).length, 1, 'Stathopolous against Stathopoulos');
  const edits = [
    // A figure retyped after every name: the names read the same.
    riot('40 people', 'Panagiotis Stathopolous').replace('a teenager', 'a boy of 15'),
    // Lines added before the names: every name moves.
    `\n\n${riot('40 people', 'Panagiotis Stathopolous')}`,
    // The name spelled as the others spell it: no variant left.
    riot('40 people', 'Panagiotis Stathopoulos'),
  ];
  for (const text of edits) {
    edited.set('file:///c.txt', text);
    while (edited.conflicts.compareSome('file:///c.txt'));
    const fresh = corpusOf([...ARTICLES.slice(0, 2), ['file:///c.txt', text]]);
    assert.deepEqual(spellings(edited), spellings(fresh), text);
  }
  assert.equal(spellings(edited).length, 0);
});
