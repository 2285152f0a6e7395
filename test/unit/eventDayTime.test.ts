// When an event happened, read through analyze() and compared through the corpus: a date past the place phrase of its
// verb, a sentence's opening run of times, and two weekdays a day apart told of one night.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { Corpus } from '../../server/src/analysis/corpus';

const datesOf = (text: string): Array<[string, string, string, string]> =>
  analyze(text).claims.filter((c) => c.kind === 'event-date').map((c) => [c.rule, c.slot, c.text, c.value.kind === 'date' ? JSON.stringify(c.value.partOfDay ?? null) : '']);

test('a date after the place phrase of its verb dates that verb, past an abbreviation and its comma', () => {
  const text = 'Singer Mara Quill checked into the Halden Recovery Center in Port Avery, Ore., on Tuesday night, her manager told reporters.';
  assert.deepEqual(datesOf(text), [['date/verb-before-place', 'check-in', 'Tuesday night', JSON.stringify({ from: 18 * 60, to: 30 * 60 })]]);
  // The place phrase must open right after the verb: here the date is of nothing the sentence names as an event.
  assert.deepEqual(datesOf('Mara Quill met Jon Dray in Port Avery, Ore., on Tuesday night, her manager told reporters.'), []);
});

test('a sentence opening with two times reaches past both to its clause, and its clock time is the time of its day', () => {
  const text = 'Early Wednesday morning, around 2:15 a.m., the 31-year-old singer checked into the Halden Recovery Center in Port Avery.';
  assert.deepEqual(datesOf(text), [['date/opening-run-of-times', 'check-in', 'Wednesday morning', JSON.stringify({ from: 135, to: 135 })]]);
});

/** The date conflicts of a story told by undated articles that differ in when the singer checked in: [relation, rule, a, b]. */
function dayConflicts(sentences: string[]): string[][] {
  const story = (sentence: string): string =>
    `${sentence}, her manager Tom Brell said. ` +
    'Quill, who was ordered into treatment by a judge in Port Avery last month, is expected to stay for 90 days, Brell said.';
  const corpus = new Corpus();
  sentences.forEach((sentence, i) => corpus.set(`${i}.txt`, story(sentence)));
  assert.equal(new Set(sentences.map((_, i) => corpus.storyOf(`${i}.txt`)?.id)).size, 1, 'one story');
  return corpus.conflicts.all().filter((c) => c.attribute.startsWith('date of')).map((c) => [c.kind, c.rule.split(' → ')[1], c.a.claim.text, c.b.claim.text].map(String)).sort();
}

const checkedIn = (day: string): string => `Singer Mara Quill checked into the Halden Recovery Center ${day}`;

test('a night and the small hours after it are one night told by two days: a discrepancy, not a contradiction', () => {
  assert.deepEqual(dayConflicts([checkedIn('on Tuesday night'), checkedIn('early Wednesday morning')]), [['discrepancy', 'compare/night-across-days', 'Tuesday night', 'Wednesday morning']]);
  // A whole day against the clock time of the next day's small hours.
  const [first] = dayConflicts([checkedIn('on Tuesday'), 'Early Wednesday, around 1 a.m., singer Mara Quill checked into the Halden Recovery Center']);
  assert.deepEqual(first?.slice(0, 2), ['discrepancy', 'compare/night-across-days']);
});

test('"early" or "late" before a bare weekday gives its small hours or its late night', () => {
  assert.deepEqual(dayConflicts([checkedIn('on Tuesday'), checkedIn('early Wednesday')]), [['discrepancy', 'compare/night-across-days', 'Tuesday', 'Wednesday']]);
  assert.deepEqual(dayConflicts([checkedIn('late Tuesday'), checkedIn('early Wednesday')]).map(([kind, rule]) => [kind, rule]), [['discrepancy', 'compare/night-across-days']]);
  assert.deepEqual(dayConflicts([checkedIn('on Tuesday morning'), checkedIn('early Wednesday')]).map(([kind, rule]) => [kind, rule]), [['contradiction', 'compare/dates']]);
});

test('two whole days, a morning and the next morning, and days two apart still contradict', () => {
  const relations = (days: string[]): string[][] => dayConflicts(days.map(checkedIn)).map(([kind, rule]) => [kind, rule]);
  assert.deepEqual(relations(['on Tuesday', 'on Wednesday']), [['contradiction', 'compare/dates']]);
  assert.deepEqual(relations(['on Tuesday morning', 'on Wednesday morning']), [['contradiction', 'compare/dates']]);
  assert.deepEqual(relations(['on Monday night', 'early Wednesday morning']), [['contradiction', 'compare/dates']]);
});
