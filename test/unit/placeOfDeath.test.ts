// Where a named person died, through the corpus as the editor runs it: two articles of one story (string fixtures,
// real analysis: tagger, stories, identity).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Corpus } from '../../server/src/analysis/corpus';

const OBITUARY = 'W. Mark Felt, the FBI official who was Deep Throat in the Watergate scandal, has died aged 95. {} in Santa Rosa, California, his family said. Felt revealed his role in 2005.';

function deathPlaceConflicts(values: [string, string]): string[] {
  const corpus = new Corpus();
  values.forEach((value, i) => corpus.set(`file:///fixture/${i}.txt`, OBITUARY.replace('{}', value)));
  assert.equal(new Set([0, 1].map((i) => corpus.storyOf(`file:///fixture/${i}.txt`)?.id)).size, 1, 'one story');
  return corpus.conflicts.all().filter((c) => c.a.claim.kind === 'place-of-death').map((c) => `${c.a.claim.text} | ${c.b.claim.text}: ${c.kind}`);
}

test('a home against a hospice, past a day, a time or a cause of death, contradicts', () => {
  assert.deepEqual(deathPlaceConflicts(['Felt died at 12:45 p.m. Thursday at his home', "Felt died yesterday from Alzheimer's disease at a hospice near his home"]), [
    "died at 12:45 p.m. Thursday at his home | died yesterday from Alzheimer's disease at a hospice: contradiction",
  ]);
});

test('one kind of place in other words agrees, and a hospital and a prison may be one place', () => {
  assert.deepEqual(deathPlaceConflicts(['Felt died Thursday at a hospital', 'Felt died at a hospice']), []);
  assert.deepEqual(deathPlaceConflicts(['Felt died Thursday at the federal prison hospital', 'Felt died at the prison']), []);
});

test('a place after another clause is not where the person died', () => {
  assert.deepEqual(deathPlaceConflicts(['Felt died Thursday at his home', 'Felt died and his daughter was injured in a hospital']), []);
});
