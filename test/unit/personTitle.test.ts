// A person's title through the corpus as the editor runs it: two articles of one story that name one person with a
// title before the name or in an appositive after it (string fixtures, real analysis: tagger, stories, identity).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Corpus } from '../../server/src/analysis/corpus';

const FIRE = 'A fire destroyed the old creamery building in Palmer, Alaska, on Tuesday night. {} surveyed the scene on Wednesday to help determine the cause of the fire. Firefighters from Palmer and Wasilla fought the blaze for six hours.';
const TRIAL = 'The murder trial of Jermayne Timmons opened in Albany on Tuesday. {} told the jury that Timmons fired the shot that killed Kathina Thomas, 10. The defense said Timmons was not at the corner.';

function titleConflicts(text: string, values: [string, string]): string[] {
  const corpus = new Corpus();
  values.forEach((value, i) => corpus.set(`file:///fixture/${i}.txt`, text.replace('{}', value)));
  assert.equal(new Set([0, 1].map((i) => corpus.storyOf(`file:///fixture/${i}.txt`)?.id)).size, 1, 'one story');
  return corpus.conflicts.all().filter((c) => c.a.claim.kind === 'person-title').map((c) => `${c.a.claim.text} | ${c.b.claim.text}: ${c.kind}`);
}

test('another office named with the same organization contradicts: marshal against an inspector of the marshal\'s office', () => {
  assert.deepEqual(titleConflicts(FIRE, ['State Fire Marshal John Bond', "John Bond, an inspector with the Alaska State Fire Marshal's Office,"]), [
    "State Fire Marshal John Bond | John Bond, an inspector with the Alaska State Fire Marshal's Office: contradiction",
  ]);
});

test('another rank of one office contradicts, whatever form of the first name', () => {
  assert.deepEqual(titleConflicts(TRIAL, ['Albany County District Attorney David Rossi', 'Assistant District Attorney Dave Rossi']), [
    'Albany County District Attorney David Rossi | Assistant District Attorney Dave Rossi: contradiction',
  ]);
});

test('one office in both, written short or beside another office, agrees', () => {
  assert.deepEqual(titleConflicts(TRIAL, ['Gov. David Rossi', 'Alaska Governor David Rossi']), []);
  assert.deepEqual(titleConflicts(TRIAL, ['David Rossi, senior vice president and general manager for HP Services,', 'David Rossi, senior VP,']), []);
});

test('titles that share no word are two roles one person may hold, and a former title is another time', () => {
  assert.deepEqual(titleConflicts(TRIAL, ['Prosecutor David Rossi', 'Assistant District Attorney David Rossi']), []);
  assert.deepEqual(titleConflicts(TRIAL, ['former District Attorney David Rossi', 'Assistant District Attorney David Rossi']), []);
});
