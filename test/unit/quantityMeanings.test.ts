// Counts compared across a story's articles by what they mean, as multi-file fixtures through the Corpus: a person's
// record is that person's whoever else the sentence names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Corpus } from '../../server/src/analysis/corpus';

/** One story: articles that differ in the sentence given for each. */
function story(template: string, sentences: string[]): Corpus {
  const corpus = new Corpus();
  sentences.forEach((s, i) => corpus.set(`${String.fromCharCode(97 + i)}.txt`, template.replace('{sentence}', s)));
  assert.equal(new Set(sentences.map((_, i) => corpus.storyOf(`${String.fromCharCode(97 + i)}.txt`)?.id)).size, 1, 'one story');
  return corpus;
}

const BOUT = 'Former champion Tomas Varga won a ten-round decision in Leeds on Saturday night, his second fight since his return. {sentence} Varga said he would fight again in the spring, and his trainer praised his stamina in the late rounds.';

test("a fighter's record is his whoever else the sentence names: '(38-2, 25 KOs)' against '(40-2, 25 KOs) beat Orrin Blake' contradicts", () => {
  const corpus = story(BOUT, ['Varga (38-2, 25 KOs) had trained in Spain since March.', 'Varga (40-2, 25 KOs) beat Orrin Blake on points.']);
  const records = corpus.conflicts.all().filter((c) => c.attribute === 'win-loss record');
  assert.deepEqual(records.map((c) => [c.kind, c.rule, c.a.claim.text, c.b.claim.text]), [['contradiction', 'quantity/win-loss-record → compare/records', '38-2', '40-2']]);
});

test('career knockouts are compared for their owner alone: 25 KOs against 27 KOs when the other sentence names an opponent', () => {
  const corpus = story(BOUT, ['Varga (38-2, 25 KOs) had trained in Spain since March.', 'Varga (38-2, 27 KOs) beat Orrin Blake on points.']);
  const knockouts = corpus.conflicts.all().filter((c) => c.attribute === 'knockouts');
  assert.deepEqual(knockouts.map((c) => [c.kind, c.a.claim.text, c.b.claim.text]), [['contradiction', '25 KOs', '27 KOs']]);
});

test('the same record for two fighters in two articles is no conflict', () => {
  const corpus = story(BOUT, ['Varga (38-2, 25 KOs) had trained in Spain since March.', 'Orrin Blake (40-2, 25 KOs) had trained in Spain since March.']);
  assert.deepEqual(corpus.conflicts.all().filter((c) => c.attribute === 'win-loss record'), []);
});
