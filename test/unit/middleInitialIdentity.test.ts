// A person written with and without a middle initial across articles is one entity, with the same id whatever order
// the articles came in: neither a tie in chain counts nor a majority for one form may swap the two names' ids, and a
// third form linking them must not leave them apart.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Corpus } from '../../server/src/analysis/corpus';

const plain = 'Harlan Voss opened the new library in Brindleford on Monday. Voss said the town had waited a decade for it.';
const initialled = 'Harlan T. Voss cut the ribbon at the Brindleford library on Monday. Voss said the building cost less than planned.';
const initialledAgain = 'The library that Harlan T. Voss opened in Brindleford lent 400 books in its first week, Voss said on Friday.';

/** The entity id of each article's Harlan chain, and every person id, after adding the articles in that order. */
function idsAfter(articles: ReadonlyArray<[string, string]>): { byArticle: Record<string, string | undefined>; people: string[] } {
  const corpus = new Corpus();
  for (const [uri, text] of articles) corpus.set(uri, text);
  const byArticle: Record<string, string | undefined> = {};
  for (const [uri] of articles) {
    const chains = corpus.get(uri)?.analysis.chains ?? [];
    const chain = chains.findIndex((c) => c.name.startsWith('Harlan'));
    assert.ok(chain >= 0, `a Harlan chain in ${uri}: ${chains.map((c) => c.name).join(', ')}`);
    byArticle[uri] = corpus.entities.entityOf(uri, chain);
  }
  return { byArticle, people: corpus.entities.ids('person') };
}

/** Every chain of Harlan Voss has one id, and the ids are the same in every order the articles are added. */
function assertOneIdInEveryOrder(articles: Array<[string, string]>): void {
  const orders = articles.length === 2 ? [articles, [...articles].reverse()] : [articles, [...articles].reverse(), [articles[1], articles[0], articles[2]]];
  const results = orders.map(idsAfter);
  for (const result of results) assert.equal(new Set(Object.values(result.byArticle)).size, 1, JSON.stringify(result.byArticle));
  for (const result of results.slice(1)) assert.deepEqual(result, results[0]);
  assert.equal(results[0].byArticle['plain.txt'], 'person:harlan voss');
}

test('a name and its middle-initial form written equally often are one person, with one id in either order', () => {
  assertOneIdInEveryOrder([['plain.txt', plain], ['initialled.txt', initialled]]);
});

test('a middle-initial form written more often than the plain name joins it too, in any order', () => {
  assertOneIdInEveryOrder([['plain.txt', plain], ['initialled.txt', initialled], ['again.txt', initialledAgain]]);
});

test('a short given name, the full one with a middle name and the short one with its initial are one person', () => {
  const told = (name: string, day: string) => `${name} chaired the harbour board meeting in Kelsmouth on ${day}. Quillan said fees would rise.`;
  const articles: Array<[string, string]> = [
    ['short.txt', told('Theo Quillan', 'Monday')],
    ['full-1.txt', told('Theodore Rask Quillan', 'Tuesday')],
    ['full-2.txt', told('Theodore Rask Quillan', 'Wednesday')],
    ['initial-1.txt', told('Theo R. Quillan', 'Thursday')],
    ['initial-2.txt', told('Theo R. Quillan', 'Friday')],
    ['initial-3.txt', told('Theo R. Quillan', 'Saturday')],
  ];
  const idsIn = (order: Array<[string, string]>): string[] => {
    const corpus = new Corpus();
    for (const [uri, text] of order) corpus.set(uri, text);
    return ['short.txt', 'full-1.txt', 'initial-1.txt'].map((uri) => {
      const chains = corpus.get(uri)?.analysis.chains ?? [];
      const chain = chains.findIndex((c) => c.name.startsWith('Theo'));
      assert.ok(chain >= 0, `a Theo chain in ${uri}: ${chains.map((c) => c.name).join(', ')}`);
      return corpus.entities.entityOf(uri, chain) as string;
    });
  };
  const forward = idsIn(articles);
  assert.equal(new Set(forward).size, 1, forward.join(', '));
  assert.deepEqual(idsIn([...articles].reverse()), forward);
});
