// The timeline of the workspace: one lane per story (title, size, date range, conflicts), the largest stories only.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Corpus } from '../../server/src/analysis/corpus';
import { timeline } from '../../server/src/analysis/features/timeline';
import { fixture } from '../util/fixture';

const QUAKE = {
  'first.txt': 'Jakarta, January 5, 2013\nA magnitude 5.9 earthquake struck Bengkulu province on Saturday, killing six people and injuring 40, officials said.\n',
  'second.txt': 'January 6, 2013\nThe earthquake that struck Bengkulu on Saturday killed 11 people and injured dozens, officials said.$$\n',
};
const ELECTION = 'Paris, March 3, 2020\nVoters in Lyon chose a new mayor on Sunday, the city council said on March 1, 2020.\n';

describe('timeline of the workspace', () => {
  it('draws a lane per story, in date order, with its size, date range, conflicts and the days its articles mention', () => {
    const { corpus } = fixture({ ...QUAKE, 'election.txt': ELECTION });
    const quake = corpus.storyOf('file:///fixture/first.txt')!;
    const election = corpus.storyOf('file:///fixture/election.txt')!;
    assert.notEqual(quake.id, election.id);
    const data = timeline(corpus, { workspace: true })!;
    assert.deepEqual(data.lanes.map((l) => [l.label, l.story?.id, l.story?.articles, l.date, l.story?.end, l.conflicts]), [
      [quake.title, quake.id, 2, '2013-01-05', '2013-01-06', 1],
      [election.title, election.id, 1, '2020-03-03', '2020-03-03', 0],
    ]);
    assert.equal(data.moreLanes, 0);
    // Both quake articles say "Saturday": one mark for the day, counting both.
    const saturday = data.events.find((e) => e.lane === 0 && e.day === '2013-01-05')!;
    assert.ok(saturday.mentions >= 2, JSON.stringify(data.events));
    assert.equal(new Set(data.events.filter((e) => e.lane === 0).map((e) => e.day)).size, data.events.filter((e) => e.lane === 0).length);
    assert.ok(data.events.some((e) => e.lane === 1 && e.day === '2020-03-01'));
    // The quake's conflict lies within its own lane.
    assert.equal(data.conflicts.length, 1);
    assert.deepEqual([data.conflicts[0].a.lane, data.conflicts[0].b.lane], [0, 0]);
  });

  it('keeps the 40 largest stories and says how many more there are', () => {
    const corpus = new Corpus();
    // 44 one-article stories (split off as the user would, so the story grouping cannot merge them) and the quake's two.
    const alone = new Set<string>();
    for (let i = 0; i < 44; i++) {
      const uri = `file:///w/${String(i).padStart(2, '0')}.txt`;
      corpus.set(uri, `Harbour, ${1960 + i}-03-1${i % 10}\nThe harbour of town number ${i} reopened on ${1960 + i}-03-1${i % 10}, the port authority said.\n`);
      alone.add(uri);
    }
    corpus.setStoryDecisions({ with: new Map(), alone });
    for (const [name, text] of Object.entries(QUAKE)) corpus.set(`file:///w/${name}`, text.replace('$$', ''));
    const stories = corpus.stories().length;
    assert.ok(stories > 41, `only ${stories} stories`);
    const data = timeline(corpus, { workspace: true })!;
    assert.equal(data.lanes.length, 40);
    assert.equal(data.moreLanes, stories - 40);
    assert.ok(data.lanes.some((l) => l.story?.articles === 2), 'the two-article quake story is among the largest');
    const starts = data.lanes.map((l) => l.date ?? '9999');
    assert.deepEqual(starts, [...starts].sort(), 'lanes in date order');
  });

  it('answers null for an empty workspace', () => {
    assert.equal(timeline(new Corpus(), { workspace: true }), null);
  });

  it('reports the article lanes a story timeline leaves out', () => {
    const corpus = new Corpus();
    for (let i = 0; i < 3; i++) corpus.set(`file:///w/${i}.txt`, `January ${5 + i}, 2013\nThe earthquake that struck Bengkulu on Saturday killed six people, officials said.\n`);
    const data = timeline(corpus, { uri: 'file:///w/0.txt' })!;
    assert.equal(data.lanes.length + data.moreLanes, corpus.storyOf('file:///w/0.txt')!.documents.length);
    assert.ok(data.lanes.every((l) => l.uri && !l.story));
  });
});
