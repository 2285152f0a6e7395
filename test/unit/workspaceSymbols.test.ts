// Go to Symbol in Workspace: entities found by name, alias, or role and name; bounded answers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { workspaceSymbols } from '../../server/src/analysis/features/symbols';
import { BEIJING, CALL } from '../util/featureArticles';
import { fixture, NOT_CANCELLED } from '../util/fixture';


test('"President Xi" finds Xi Jinping, labelled with what matched so the editor keeps it', () => {
  const fx = fixture({ 'beijing.txt': BEIJING, 'call.txt': CALL });
  const found = workspaceSymbols(fx.corpus, 'President Xi', NOT_CANCELLED);
  const xi = found.find((s) => s.containerName?.startsWith('Xi Jinping'));
  assert.ok(xi, `no Xi Jinping in ${JSON.stringify(found.map((s) => [s.name, s.containerName]))}`);
  assert.match(xi.name, /President Xi Jinping/);
  assert.equal(xi.location.uri, 'file:///fixture/beijing.txt');
  assert.deepEqual(workspaceSymbols(fx.corpus, 'Blinken', NOT_CANCELLED).map((s) => s.name), ['Antony Blinken']);
  assert.deepEqual(workspaceSymbols(fx.corpus, 'President Xi', { isCancellationRequested: true }), []);
});

test('a query matching many entities answers a bounded list, the most used entities first', () => {
  const files: Record<string, string> = { 'cursor.txt': '$$Joe Biden spoke.\n' };
  // 130 articles naming 5 people each: 651 people in all, every article also naming Joe Biden.
  for (let i = 0; i < 130; i++) {
    const names = Array.from({ length: 5 }, (_, k) => `Mary ${String.fromCharCode(65 + (i % 26))}${'abcdefghij'[Math.floor(i / 26)]}${'klmnopqrst'[k]}son`);
    files[`a${i}.txt`] = `${names.join(' met ')} in Paris.\nJoe Biden said ${names[0]} and ${names[1]} agreed.\n`;
  }
  const fx = fixture(files);
  const all = workspaceSymbols(fx.corpus, '', NOT_CANCELLED);
  assert.equal(all.length, 500);
  assert.equal(all[0].name, 'Joe Biden');
  assert.ok(workspaceSymbols(fx.corpus, 'mary', NOT_CANCELLED).length <= 500);
});
