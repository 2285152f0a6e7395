// Where two articles' claims stop short of a conflict (ConflictIndex.stageOf, the eval's report of missed labels),
// through the Corpus with an invented story.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Corpus } from '../../server/src/analysis/corpus';

const REPORT = 'A fire swept through the Brennholt paper mill in the town of Ostervik on Monday, officials said. Police said {figure} in the fire. The Brennholt mill in Ostervik was gutted by the fire, and the town shut its schools.';

function stageOfFigures(first: string, second: string): string {
  const corpus = new Corpus();
  corpus.set('a.txt', REPORT.replace('{figure}', first));
  corpus.set('b.txt', REPORT.replace('{figure}', second));
  assert.equal(corpus.storyOf('a.txt')?.id, corpus.storyOf('b.txt')?.id, 'one story');
  const claimsOf = (uri: string, words: string) => (corpus.get(uri)?.analysis.claims ?? []).filter((c) => words.includes(c.text));
  return corpus.conflicts.stageOf('a.txt', claimsOf('a.txt', first), 'b.txt', claimsOf('b.txt', second)).stage;
}

test('two counts of one slot that differ are shown; that agree are judged alike; of two verbs are different slots', () => {
  assert.equal(stageOfFigures('12 people were injured', '15 people were injured'), 'shown');
  assert.equal(stageOfFigures('12 people were injured', '12 people were injured'), 'one slot, values agree or not comparable');
  assert.equal(stageOfFigures('12 people were injured', '15 people were arrested'), 'different slots');
});

test('articles of two stories are not in one story', () => {
  const corpus = new Corpus();
  corpus.set('a.txt', REPORT.replace('{figure}', '12 people were injured'));
  corpus.set('b.txt', 'The Velmar city council approved a new budget for its harbour district on Thursday after a long debate about parking.');
  assert.equal(corpus.conflicts.stageOf('a.txt', [], 'b.txt', []).stage, 'not in one story');
});
