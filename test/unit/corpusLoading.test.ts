// A request while a pass adds many articles (Corpus.loading) reads an entity from the groups resolved so far, and
// one after the pass from all of them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Corpus } from '../../server/src/analysis/corpus';
import { entitiesOfType, entityTypes } from '../../server/src/analysis/features/entityTree';

const A = 'file:///w/a.txt';
const B = 'file:///w/b.txt';

function documentsOfFirstMention(corpus: Corpus, uri: string, name: string): string[] {
  const article = corpus.get(uri)!;
  const found = corpus.mentionAt(article, article.document.getText().indexOf(name));
  assert.ok(found, `a mention at "${name}"`);
  return [...corpus.entityOfMention(article, found.mention)!.documents.keys()].sort();
}

test('while loading, an entity is read from the groups resolved so far; once loaded, from every group', () => {
  const corpus = new Corpus();
  corpus.loading = true;
  corpus.set(A, 'BEIJING (Reuters) - Chinese President Xi Jinping met European leaders on Tuesday in Beijing.');
  assert.deepEqual(documentsOfFirstMention(corpus, A, 'Xi Jinping'), [A]);
  corpus.set(B, 'SHANGHAI (AP) - Xi said on Wednesday that trade talks with Europe would go on.');
  // B's "Xi" is not resolved by a request about A while articles are coming in.
  assert.deepEqual(documentsOfFirstMention(corpus, A, 'Xi Jinping'), [A]);
  corpus.loading = false;
  assert.deepEqual(documentsOfFirstMention(corpus, A, 'Xi Jinping'), [A, B]);
  // Asked about B itself, its own group is resolved even while loading.
  corpus.loading = true;
  assert.deepEqual(documentsOfFirstMention(corpus, B, 'Xi'), [A, B]);
});

test('while loading, the Entities view lists the groups resolved so far; once loaded, every group', () => {
  const corpus = new Corpus();
  corpus.loading = true;
  corpus.set(A, 'BEIJING (Reuters) - Chinese President Xi Jinping met European leaders on Tuesday in Beijing.');
  const people = (): Array<[string, number]> => entitiesOfType(corpus, {}, 'person', 10).entities.map((e) => [e.name, e.articles]);
  const personCount = (): number | undefined => entityTypes(corpus, {}).find((t) => t.type === 'person')?.count;
  // Nothing is resolved for the view; a hover resolves its own entity's group.
  assert.deepEqual(people(), []);
  assert.deepEqual(documentsOfFirstMention(corpus, A, 'Xi Jinping'), [A]);
  assert.deepEqual(people(), [['Xi Jinping', 1]]);
  corpus.set(B, 'SHANGHAI (AP) - Xi said on Wednesday that trade talks with Europe would go on. Premier Li Qiang agreed.');
  // B's groups ("Xi", "Li Qiang") are not resolved by the view while articles are coming in.
  assert.deepEqual(people(), [['Xi Jinping', 1]]);
  assert.equal(personCount(), 1);
  corpus.loading = false;
  assert.deepEqual(people(), [['Xi Jinping', 2], ['Li Qiang', 1]]);
  assert.equal(personCount(), 2);
});
