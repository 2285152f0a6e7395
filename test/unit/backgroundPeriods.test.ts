// Claims about an earlier event the story recalls: kept apart from the story's own event, compared with each other.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Corpus } from '../../server/src/analysis/corpus';

const HEADER = 'Quake hits Peru\nNovember 28, 2005\n\n';
const TODAY = 'A strong earthquake struck the port of Chimbote in northern Peru on Sunday, leaving at least 13 people dead.';

function tollsOf(corpus: Corpus, file: string): string[] {
  return (corpus.get(file)?.analysis.claims ?? []).filter((c) => c.attribute.startsWith('death toll')).map((c) => `${c.text} | ${c.attribute}`);
}

test('a sentence going on about an earlier event is about that event', () => {
  const corpus = new Corpus();
  corpus.set('a.txt', `${HEADER}${TODAY}\n\nThe previous big quake in northern Peru came in February, when a temblor shook Trujillo. It killed 612 people and left thousands homeless.`);
  assert.deepEqual(tollsOf(corpus, 'a.txt'), ['at least 13 people | death toll', '612 people | death toll (february)']);
});

test('of two earlier events in one sentence, a figure is dated by the nearest', () => {
  const corpus = new Corpus();
  corpus.set('b.txt', `${HEADER}${TODAY}\n\nA quake left more than 27,000 dead around Huaraz in 1970, and 600 died in and near Trujillo in February.`);
  assert.deepEqual(tollsOf(corpus, 'b.txt'), ['at least 13 people | death toll', 'more than 27,000 | death toll (1970)', '600 | death toll (february)']);
});

test("an earlier event's toll is compared with the same event's in another article, never with the story's own", () => {
  const corpus = new Corpus();
  corpus.set('a.txt', `${HEADER}${TODAY}\n\nThe previous big quake in northern Peru came in February, when a temblor shook Trujillo. It killed 612 people and left thousands homeless.`);
  corpus.set('b.txt', `${HEADER}${TODAY}\n\nA quake left more than 27,000 dead around Huaraz in 1970, and 600 died in and near Trujillo in February.`);
  const conflicts = corpus.conflicts.all().map((c) => `${c.attribute}: ${c.a.claim.text} vs ${c.b.claim.text}`);
  assert.deepEqual(conflicts, ['death toll (february): 612 people vs 600']);
});

test('in an undated article, "this year" is the period it is written in; "earlier this year" is an earlier one', () => {
  const corpus = new Corpus();
  corpus.set('c.txt', 'The county crews have fought no larger blaze this year, and as many as 40 firefighters came to put it out.');
  corpus.set('d.txt', 'Earlier this year, a fire at the school drew as many as 40 firefighters.');
  const attributes = (file: string): string[] => (corpus.get(file)?.analysis.claims ?? []).filter((c) => c.text.includes('40')).map((c) => c.attribute);
  assert.deepEqual(attributes('c.txt'), ['count: firefighter']);
  assert.deepEqual(attributes('d.txt'), ['count: firefighter (earlier this year)']);
});

test('an earlier event dated in other words in another article is the same earlier event; two named months are two', () => {
  const recalled = (period: string): Corpus => {
    const corpus = new Corpus();
    corpus.set('a.txt', `${TODAY}\n\nThe previous big quake in northern Peru came in February, when a temblor shook Trujillo. It killed 612 people and left thousands homeless.`);
    corpus.set('b.txt', `${TODAY}\n\n${period}, a temblor shook Trujillo in northern Peru. It killed 500 people and left thousands homeless.`);
    return corpus;
  };
  const earlier = recalled('Earlier this year');
  assert.deepEqual(tollsOf(earlier, 'b.txt'), ['at least 13 people | death toll', '500 people | death toll (earlier this year)']);
  assert.deepEqual(earlier.conflicts.all().map((c) => `${c.kind}: ${c.a.claim.text} vs ${c.b.claim.text}`), ['contradiction: 612 people vs 500 people']);
  const march = recalled('In March');
  assert.deepEqual(tollsOf(march, 'b.txt'), ['at least 13 people | death toll', '500 people | death toll (march)']);
  assert.deepEqual(march.conflicts.all(), []);
});

/** The conflicts of a story of articles, in words. */
function conflictsOf(articles: Record<string, string>): string[] {
  const corpus = new Corpus();
  for (const [file, text] of Object.entries(articles)) corpus.set(file, text);
  return corpus.conflicts.all().map((c) => `${c.kind}: ${c.a.claim.text} vs ${c.b.claim.text}`);
}

const HEARING = 'The town council of Ellerby heard residents on the new parking plan for the harbour district on Tuesday.';

test("an undated article's figure given only with a month may be the story's own, which another leaves undated", () => {
  assert.deepEqual(
    conflictsOf({
      'a.txt': `${HEARING}\n\nThe council received nearly 4,000 letters about the parking plan.`,
      'b.txt': `${HEARING}\n\nIn March, clerks sorted through 5,200 letters about the parking plan.`,
    }),
    ['contradiction: nearly 4,000 letters vs 5,200 letters'],
  );
});

test("a dated article's earlier month is an earlier event's, never the story's own, even against an undated article", () => {
  assert.deepEqual(
    conflictsOf({
      'a.txt': `${HEARING}\n\nThe council received nearly 4,000 letters about the parking plan.`,
      'b.txt': `Parking plan heard\nNovember 12, 2019\n\n${HEARING}\n\nIn March, clerks sorted through 5,200 letters about the parking plan.`,
    }),
    [],
  );
});

test('an article that gives a figure for an earlier month and one for none tells the two events apart', () => {
  assert.deepEqual(
    conflictsOf({
      'a.txt': `${HEARING}\n\nThe council received 2,100 letters about the parking plan. In March, it had received 900 letters about the parking plan.`,
      'b.txt': `${HEARING}\n\nIn March, clerks sorted through 2,000 letters about the parking plan.`,
    }),
    ['contradiction: 900 letters vs 2,000 letters'],
  );
});

/** A recapture told the week it happened, and again by a later article that dates it by its month. */
const CAPTURE = 'Marshals captured escaped inmate Dale Corrigan at a truck stop outside Pellston on Monday, ending a weeklong manhunt.';
const RECALLED = (when: string): string => `Corrigan, who was recaptured ${when} after eleven days on the run, pleaded guilty to an escape charge.`;

test("a later article's earlier month that is the month another article is dated in tells that article's own event", () => {
  const story = (when: string): string[] =>
    conflictsOf({
      'a.txt': `Fugitive caught\nDecember 15, 2008\n\n${CAPTURE}`,
      'b.txt': `Fugitive pleads guilty\nJanuary 20, 2009\n\n${RECALLED(when)}`,
    });
  // "last month" in January is December: the capture the December article reports.
  assert.deepEqual(story('last month'), ['contradiction: weeklong vs eleven days']);
  // Another month is an earlier event of its own.
  assert.deepEqual(story('in October'), []);
});
