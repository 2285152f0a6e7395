// A request while a pass adds many articles (Corpus.loading) reads an entity from the groups resolved so far, and
// one after the pass from all of them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Corpus } from '../../server/src/analysis/corpus';

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
