import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { Corpus } from '../../server/src/analysis/corpus';
import { averageLink } from '../../server/src/analysis/stories/cluster';
import { parseStoryDecisions, storyDecisionFields } from '../../server/src/analysis/stories/decisions';
import { articleFeatures } from '../../server/src/analysis/stories/features';
import { INPUT_NAMES, STORY_MODEL, pairInputs, sameStoryScore } from '../../server/src/analysis/stories/similarity';
import { boundedParts } from '../../server/src/analysis/stories/groups';
import { MAX_PART, MAX_POSTING, StoryIndex } from '../../server/src/analysis/stories/storyIndex';

// Seven short articles: three on an invented July 2013 Mindanao earthquake, two on a May 2009 Los Angeles quake, two on
// Tara Reid's December 2008 rehab stay. The two quakes share the kind of event but not the place or the time.
const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'stories');
const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
const texts = new Map(files.map((f) => [f, fs.readFileSync(path.join(FIXTURES, f), 'utf8')]));
const EXPECTED = [
  ['aceh-quake-ap.txt', 'aceh-quake-guardian.txt', 'aceh-quake-reuters.txt'],
  ['california-quake-ap.txt', 'california-quake-latimes.txt'],
  ['reid-rehab-eonline.txt', 'reid-rehab-people.txt'],
];

function corpusOf(order: readonly string[]): Corpus {
  const corpus = new Corpus();
  for (const f of order) corpus.set(f, texts.get(f)!);
  return corpus;
}

const partition = (corpus: Corpus): string[][] => corpus.stories().map((s) => s.documents);

test('fixture articles fall into their three stories, each article in exactly one', () => {
  assert.equal(files.length, 7);
  const corpus = corpusOf(files);
  assert.deepEqual(partition(corpus), EXPECTED);
  for (const f of files) assert.ok(corpus.storyOf(f)!.documents.includes(f));
  assert.equal(corpus.storyOf('missing.txt'), undefined);
});

test('stories, ids and titles do not depend on the order articles are indexed', () => {
  const orders = [files, [...files].reverse(), [files[3], files[0], files[6], files[2], files[5], files[1], files[4]]];
  const results = orders.map((order) => JSON.stringify(corpusOf(order).stories()));
  assert.equal(results[1], results[0]);
  assert.equal(results[2], results[0]);
});

test('stories linked and clustered in slices between requests are those made at once, and the slices end', () => {
  const corpus = corpusOf(files);
  let slices = 0;
  while (corpus.settleStories(1)) slices++;
  // One article linked a slice, then at least one group clustered a slice.
  assert.ok(slices >= files.length, String(slices));
  assert.equal(corpus.settleStories(1), false);
  assert.equal(JSON.stringify(corpus.stories()), JSON.stringify(corpusOf(files).stories()));
  // An edit leaves work for the next slices again; settled, the stories are a fresh index's.
  corpus.set('aceh-quake-reuters.txt', texts.get('reid-rehab-people.txt')!.replace('Wednesday', 'Thursday'));
  assert.equal(corpus.settleStories(1), true);
  while (corpus.settleStories(1));
  const fresh = corpusOf(files.filter((f) => f !== 'aceh-quake-reuters.txt'));
  fresh.set('aceh-quake-reuters.txt', texts.get('reid-rehab-people.txt')!.replace('Wednesday', 'Thursday'));
  assert.equal(JSON.stringify(corpus.stories()), JSON.stringify(fresh.stories()));
});

test('an edit or a removal between two clustering slices, at any point of the clustering, ends in the stories of a fresh index', () => {
  const moved = texts.get('reid-rehab-people.txt')!.replace('Wednesday', 'Thursday');
  const fresh = corpusOf(files.filter((f) => f !== 'aceh-quake-reuters.txt'));
  const afterRemoval = JSON.stringify(fresh.stories());
  fresh.set('aceh-quake-reuters.txt', moved);
  const afterEdit = JSON.stringify(fresh.stories());
  let steps = 0;
  for (const settled = corpusOf(files); settled.settleStories(1); ) steps++;
  assert.ok(steps > files.length, String(steps));
  for (let before = files.length; before <= steps; before++) {
    for (const [change, expected] of [[(c: Corpus) => c.set('aceh-quake-reuters.txt', moved), afterEdit], [(c: Corpus) => c.remove('aceh-quake-reuters.txt'), afterRemoval]] as const) {
      const corpus = corpusOf(files);
      for (let i = 0; i < before; i++) corpus.settleStories(1);
      change(corpus);
      while (corpus.settleStories(1));
      assert.equal(JSON.stringify(corpus.stories()), expected, `changed after ${before} slices`);
    }
  }
});

test('a story has a title of event words and names, and the range of its articles dates', () => {
  const aceh = corpusOf(files).storyOf('aceh-quake-ap.txt')!;
  assert.match(aceh.title, /Malaybalay/);
  assert.match(aceh.title, /July 2013/);
  assert.doesNotMatch(aceh.title, /\.txt/);
  assert.equal(aceh.start, '2013-07-02');
  assert.equal(aceh.end, '2013-07-04');
});

test('a story read before an edit keeps the title of its members then; the story after it has the new one', () => {
  const corpus = corpusOf(files);
  const before = corpus.storyOf('aceh-quake-ap.txt')!;
  const edited = (f: string): string => texts.get(f)!.replaceAll('Malaybalay', 'Kibawe');
  for (const f of EXPECTED[0]) corpus.set(f, edited(f));
  const after = corpus.storyOf('aceh-quake-ap.txt')!;
  assert.deepEqual(after.documents, before.documents);
  // The title is made when first read, from the members as they were when the story was built.
  assert.match(before.title, /Malaybalay/);
  assert.doesNotMatch(after.title, /Malaybalay/);
  const fresh = new Corpus();
  for (const f of files) fresh.set(f, EXPECTED[0].includes(f) ? edited(f) : texts.get(f)!);
  assert.equal(after.title, fresh.storyOf('aceh-quake-ap.txt')!.title);
});

test('adding, editing and removing one article updates the stories as a fresh index would', () => {
  const corpus = corpusOf(files.filter((f) => f !== 'aceh-quake-reuters.txt'));
  corpus.set('aceh-quake-reuters.txt', texts.get('aceh-quake-reuters.txt')!);
  assert.deepEqual(partition(corpus), EXPECTED);
  // Rewritten as a rehab story, the article moves story.
  corpus.set('aceh-quake-reuters.txt', texts.get('reid-rehab-people.txt')!.replace('Wednesday', 'Thursday'));
  assert.deepEqual(corpus.storyOf('aceh-quake-reuters.txt')!.documents, ['aceh-quake-reuters.txt', 'reid-rehab-eonline.txt', 'reid-rehab-people.txt']);
  corpus.remove('aceh-quake-reuters.txt');
  const fresh = corpusOf(files.filter((f) => f !== 'aceh-quake-reuters.txt'));
  assert.deepEqual(corpus.stories(), fresh.stories());
});

test('average-link re-scores a merged cluster, and a tie goes to the smaller pair whatever the input order', () => {
  const linksOf = (pairs: Array<[string, string, number]>) => (id: string) =>
    new Map(pairs.flatMap(([a, b, score]) => (a === id ? [[b, score] as const] : b === id ? [[a, score] as const] : [])));
  // After a+b merge, c's average to them is 0.5 / 2: below 0.375 it stays apart, above 0.2 it joins.
  const chain = linksOf([['a', 'b', 0.9], ['b', 'c', 0.5]]);
  assert.deepEqual(averageLink(['c', 'b', 'a'], chain, 0.375), [['a', 'b'], ['c']]);
  assert.deepEqual(averageLink(['c', 'b', 'a'], chain, 0.2), [['a', 'b', 'c']]);
  // a+b and b+c tie; once a+b merge, c's average falls to 0.25.
  const tie = linksOf([['b', 'c', 0.5], ['a', 'b', 0.5]]);
  for (const order of [['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a'], ['b', 'd', 'a', 'c']]) {
    assert.deepEqual(averageLink(order, tie, 0.375), [['a', 'b'], ['c'], ['d']]);
  }
});

test('two tight groups stay apart when the links between them fall short of their cohesion, and a single article still joins', () => {
  const pairs: Array<[string, string, number]> = [['a', 'b', 0.9], ['c', 'd', 0.9], ['a', 'c', 0.5], ['a', 'd', 0.5], ['b', 'c', 0.5], ['b', 'd', 0.5], ['a', 'e', 0.5], ['b', 'e', 0.5]];
  const links = (id: string) => new Map(pairs.flatMap(([x, y, score]) => (x === id ? [[y, score] as const] : y === id ? [[x, score] as const] : [])));
  // Without the cohesion rule the two groups merge first (a tie at 0.5 goes to the smaller pair), leaving e out.
  assert.deepEqual(averageLink(['a', 'b', 'c', 'd', 'e'], links, 0.375, 0), [['a', 'b', 'c', 'd'], ['e']]);
  // a+b (0.9) and c+d (0.9) average 0.5 between them, under 0.6 x 0.9; e alone has no cohesion to fall short of.
  for (const order of [['a', 'b', 'c', 'd', 'e'], ['e', 'd', 'c', 'b', 'a']]) assert.deepEqual(averageLink(order, links, 0.375, 0.6), [['a', 'b', 'e'], ['c', 'd']]);
});

test('a key shared by too many articles finds no candidates, and crossing that bound either way equals a fresh index', () => {
  // Every article shares only its rare word (and its common ones); a threshold near 0 links every pair that is scored,
  // so the clusters show exactly which pairs were candidates.
  const model = { ...STORY_MODEL, threshold: 1e-9 };
  const letters = (n: number) => n.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)));
  const articles = Array.from({ length: MAX_POSTING + 1 }, (_, i) => [`a${String(i).padStart(3, '0')}`, analyze(`the zorblatt zorblatt appeared near qx${letters(i)}vv and qz${letters(i)}ww.`)] as const);
  const indexOf = (list: typeof articles) => {
    // Every link kept and core and every group one part, so that only the candidate bound shapes the clusters.
    const index = new StoryIndex(model, Infinity, Infinity, Infinity);
    for (const [id, analysis] of list) index.setDocument(id, analysis);
    return index;
  };
  const shape = (index: StoryIndex) => index.clusters().map((c) => c.members).sort((x, y) => (x[0] < y[0] ? -1 : 1));
  const all = indexOf(articles);
  assert.equal(all.clusters().length, MAX_POSTING + 1, 'one article too many: the shared key links no one');
  assert.deepEqual(shape(indexOf([...articles].reverse())), shape(all));
  all.removeDocument(articles[0][0]);
  assert.deepEqual(shape(all), [articles.slice(1).map(([id]) => id)], 'back at the bound: every pair is scored again');
  all.setDocument(articles[0][0], articles[0][1]);
  assert.deepEqual(shape(all), shape(indexOf(articles)));
  // Edited in place at the bound, then edited to drop the shared words: the others link again.
  all.setDocument(articles[1][0], articles[1][1]);
  assert.deepEqual(shape(all), shape(indexOf(articles)));
  const unrelated = analyze('Quarterly figures for the harbour authority were published.');
  all.setDocument(articles[0][0], unrelated);
  assert.deepEqual(shape(all), shape(indexOf([[articles[0][0], unrelated], ...articles.slice(1)])));
  const few = indexOf(articles.slice(0, MAX_POSTING));
  few.clusterOfArticle(articles[0][0]);
  few.setDocument(articles[MAX_POSTING][0], articles[MAX_POSTING][1]);
  assert.deepEqual(shape(few), shape(indexOf(articles)), 'links made below the bound are dropped when it is crossed');
});

test('with each article keeping only its best links, clusters still equal a fresh index in any order and after edits', () => {
  // One best link each: the three Mindanao articles keep at most one mutual pair, so the bound visibly shapes the result.
  const indexOf = (order: readonly string[]) => {
    const index = new StoryIndex(STORY_MODEL, 1);
    for (const f of order) index.setDocument(f, analyze(texts.get(f)!, { path: f }));
    return index;
  };
  const shape = (index: StoryIndex) => index.clusters().map((c) => c.members).sort((x, y) => (x[0] < y[0] ? -1 : 1));
  const fresh = shape(indexOf(files));
  assert.ok(fresh.length > EXPECTED.length, 'one best link each splits the three-article story');
  assert.ok(fresh.every((members) => members.length <= 2));
  assert.deepEqual(shape(indexOf([...files].reverse())), fresh);
  const edited = indexOf(files);
  edited.clusters();
  edited.removeDocument('aceh-quake-guardian.txt');
  edited.clusters();
  edited.setDocument('aceh-quake-guardian.txt', analyze(texts.get('aceh-quake-guardian.txt')!, { path: 'aceh-quake-guardian.txt' }));
  assert.deepEqual(shape(edited), fresh);
  const without = indexOf(files.filter((f) => f !== 'aceh-quake-ap.txt'));
  edited.removeDocument('aceh-quake-ap.txt');
  assert.deepEqual(shape(edited), shape(without));
});

test("an undated article that reports its story's event takes the event's day, says why, and keeps its own dates unresolved", () => {
  const corpus = corpusOf(files);
  // The Reuters report without its dateline: it still says the quake struck "on Tuesday", the day the story names.
  const undated = texts.get('aceh-quake-reuters.txt')!.replace('July 3, 2013', '');
  corpus.set('aceh-quake-reuters.txt', undated);
  assert.equal(corpus.get('aceh-quake-reuters.txt')!.analysis.referenceDate, null);
  assert.ok(corpus.storyOf('aceh-quake-reuters.txt')!.documents.includes('aceh-quake-ap.txt'));
  const date = corpus.storyDateOf('aceh-quake-reuters.txt')!;
  assert.equal(date.value, '2013-07-02');
  assert.match(date.reason, /^no date of its own; it reports the event by its weekday: its story “.*” happened on Tuesday, July 2, 2013/);
  assert.equal(corpus.get('aceh-quake-reuters.txt')!.analysis.dates.find((d) => d.text.includes('Tuesday'))?.value ?? null, null);
  // Dated articles keep their own date; an undated one that names no day of the story gets none.
  assert.equal(corpus.storyDateOf('aceh-quake-ap.txt'), undefined);
  corpus.set('aceh-quake-reuters.txt', undated.replace(/Tuesday|Wednesday/g, 'recently'));
  assert.ok(corpus.storyOf('aceh-quake-reuters.txt')!.documents.includes('aceh-quake-ap.txt'));
  assert.equal(corpus.storyDateOf('aceh-quake-reuters.txt'), undefined);
});

test('decisions move an article into another story or split it off alone', () => {
  const corpus = corpusOf(files);
  const { decisions, errors } = parseStoryDecisions(JSON.stringify({ with: { 'california-quake-ap.txt': 'aceh-quake-ap.txt' }, alone: ['reid-rehab-people.txt'] }));
  assert.deepEqual(errors, []);
  corpus.setStoryDecisions(decisions);
  assert.deepEqual(corpus.storyOf('aceh-quake-ap.txt')!.documents, ['aceh-quake-ap.txt', 'aceh-quake-guardian.txt', 'aceh-quake-reuters.txt', 'california-quake-ap.txt']);
  assert.deepEqual(corpus.storyOf('california-quake-latimes.txt')!.documents, ['california-quake-latimes.txt']);
  assert.deepEqual(corpus.storyOf('reid-rehab-people.txt')!.documents, ['reid-rehab-people.txt']);
  assert.deepEqual(partition(corpus).flat().sort(), files);
});

test('a broken stories.json gives no decisions and says what is wrong in the file', () => {
  assert.match(parseStoryDecisions('{ "with": ').errors[0], /^stories\.json is not valid JSON/);
  const wrong = parseStoryDecisions(JSON.stringify({ with: { 'a.txt': 3 }, alone: 'b.txt', extra: 1 }));
  assert.equal(wrong.decisions.with.size, 0);
  assert.equal(wrong.errors.length, 2, 'a key the parser does not know is kept, not an error');
  for (const e of wrong.errors) assert.match(e, /^stories\.json: /);
  const round = parseStoryDecisions(JSON.stringify(storyDecisionFields({ with: new Map([['b.txt', 'a.txt']]), alone: new Set(['c.txt']) })));
  assert.deepEqual([...round.decisions.with], [['b.txt', 'a.txt']]);
  assert.deepEqual([...round.decisions.alone], ['c.txt']);
});

test('an article is dated by its own dateline, never by a year in the background', () => {
  const dated = analyze('Tanker freed off Somalia\nJAKARTA (Reuters) July 3, 2013\nPirates released the tanker on Sunday. Attacks have plagued the coast since 1991.');
  assert.equal(dated.referenceDate?.value, '2013-07-03');
  assert.equal(dated.referenceDate?.source, 'dateline');
  assert.equal(dated.undatedReason, undefined);
  const undated = analyze('Pirates released the tanker on Sunday, the owners said. Attacks have plagued the coast since 1991, and the 2004 tsunami wrecked its ports.');
  assert.equal(undated.referenceDate, null);
  assert.match(undated.undatedReason!, /^no date: no dateline, published line or dated path/);
  assert.match(undated.undatedReason!, /1991, 2004/);
  // Without an article date, "on Sunday" stays unresolved rather than taking a background year.
  assert.equal(undated.dates.find((d) => d.text.includes('Sunday'))?.value ?? null, null);
});

test('with few kept and core links, every edit, removal and re-add leaves the clusters of a fresh index of the same set', () => {
  // Articles overlapping in a few of their words to varying degrees: many links of different scores, so that a few
  // kept links and core links each shape the groups and each edit moves links in and out of the rankings.
  const model = { ...STORY_MODEL, threshold: 1e-9 };
  const letters = (n: number) => n.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)));
  const textOf = (i: number) => `the zorblatt appeared near qx${letters(i % 4)}vv, qz${letters(i % 5)}ww and qy${letters(i % 3)}uu on the harbour.`;
  const ids = Array.from({ length: 24 }, (_, i) => `a${String(i).padStart(2, '0')}`);
  // The last two: groups cut into parts of at most four and five articles.
  for (const [maxLinks, coreLinks, maxPart] of [[2, 1, MAX_PART], [4, 2, MAX_PART], [8, 4, 4], [6, 3, 5]]) {
    const indexOf = (entries: ReadonlyArray<readonly [string, string]>, bound = maxPart) => {
      const index = new StoryIndex(model, maxLinks, coreLinks, bound);
      for (const [id, text] of entries) index.setDocument(id, analyze(text));
      return index;
    };
    const shape = (index: StoryIndex) => index.clusters().map((c) => c.members).sort((x, y) => (x[0] < y[0] ? -1 : 1));
    const current = new Map(ids.map((id, i) => [id, textOf(i)]));
    const edited = indexOf([...current]);
    assert.ok(shape(edited).length > 1 && shape(edited).length < ids.length, 'the bounds shape groups of several articles');
    if (maxPart < MAX_PART) {
      assert.ok(shape(edited).every((members) => members.length <= maxPart));
      assert.notDeepEqual(shape(edited), shape(indexOf([...current], Infinity)), 'the part bound shapes the clusters');
    }
    for (let step = 0; step < 12; step++) {
      const id = ids[(step * 7) % ids.length];
      if (step % 3 === 0) {
        edited.removeDocument(id);
        current.delete(id);
        assert.deepEqual(shape(edited), shape(indexOf([...current].reverse())), `after removing ${id}`);
      }
      current.set(id, textOf(step * 5 + 1));
      edited.setDocument(id, analyze(current.get(id)!));
      assert.deepEqual(shape(edited), shape(indexOf([...current].reverse())), `after editing ${id}`);
    }
    // Several edits and a removal before the next answer: the rankings they changed are all weighed at once.
    for (let step = 0; step < 5; step++) {
      const id = ids[(step * 5 + 3) % ids.length];
      current.set(id, textOf(step * 3 + 2));
      edited.setDocument(id, analyze(current.get(id)!));
    }
    edited.removeDocument(ids[1]);
    current.delete(ids[1]);
    assert.deepEqual(shape(edited), shape(indexOf([...current].reverse())), `after a batch of edits (${maxLinks} kept, ${coreLinks} core, parts of ${maxPart})`);
  }
});

test("an undated report of another event of the same place scores lower: its weekday and its numbers disagree", () => {
  const quake = (day: string, magnitude: string) =>
    `A ${magnitude} magnitude earthquake rattled a rural part of northern Klamath County on ${day} morning near Chiloquin, ` +
    `seismologists said. The ${magnitude} temblor was felt in Klamath Falls and Bly.\n`;
  const dated = articleFeatures(analyze(`Quake recorded in Klamath County\nThursday, March 14, 2013\n${quake('Thursday', '4.6')}`));
  const sameEvent = articleFeatures(analyze(quake('Thursday', '4.6')));
  const otherEvent = articleFeatures(analyze(quake('Sunday', '4.2')));
  const input = (name: string, other: typeof dated) => pairInputs(dated, other)[INPUT_NAMES.indexOf(name)];
  assert.equal(input('weekday shared', sameEvent), 1);
  assert.equal(input('weekdays differ', sameEvent), 0);
  assert.equal(input('weekdays differ', otherEvent), 1);
  assert.equal(input('main numbers missing', sameEvent), 0);
  assert.ok(input('main numbers missing', otherEvent) > 0);
  assert.ok(sameStoryScore(dated, otherEvent) < sameStoryScore(dated, sameEvent));
});

test('a group is cut into parts of bounded size at its weakest core links, whatever the order of its links', () => {
  // Two tight triples joined by one weak link, and a loose fourth article on the second triple.
  const links = [
    { a: 'a', b: 'b', score: 0.9 }, { a: 'b', b: 'c', score: 0.8 }, { a: 'a', b: 'c', score: 0.7 },
    { a: 'd', b: 'e', score: 0.9 }, { a: 'e', b: 'f', score: 0.8 }, { a: 'c', b: 'd', score: 0.2 }, { a: 'f', b: 'g', score: 0.3 },
  ];
  const ids = ['g', 'f', 'e', 'd', 'c', 'b', 'a'];
  assert.deepEqual(boundedParts(ids, links, Infinity), [['a', 'b', 'c', 'd', 'e', 'f', 'g']]);
  assert.deepEqual(boundedParts(ids, links, 4), [['a', 'b', 'c'], ['d', 'e', 'f', 'g']]);
  assert.deepEqual(boundedParts(ids, links, 3), [['a', 'b', 'c'], ['d', 'e', 'f'], ['g']]);
  assert.deepEqual(boundedParts([...ids].reverse(), [...links].reverse(), 3), boundedParts(ids, links, 3));
  // A tie goes to the link of the smaller ids.
  assert.deepEqual(boundedParts(['x', 'y', 'z'], [{ a: 'z', b: 'y', score: 0.5 }, { a: 'y', b: 'x', score: 0.5 }], 2), [['x', 'y'], ['z']]);
});
