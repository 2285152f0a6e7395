// Go to Symbol in Workspace: entities found by name, alias, or role and name; bounded answers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { workspaceSymbols } from '../../server/src/analysis/features/symbols';
import type { EntityRecord } from '../../server/src/analysis/identity/entityIndex';
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

test('follows edits: the answer is that of all the current entities, ranked by size, after articles come, change and go', () => {
  // Enough entities that an edit's few are ranked in place, not by sorting them all again.
  const files: Record<string, string> = { 'beijing.txt': BEIJING, 'call.txt': CALL };
  for (let i = 0; i < 40; i++) {
    const names = Array.from({ length: 4 }, (_, k) => `Mary ${String.fromCharCode(65 + (i % 26))}${'abcdefghij'[Math.floor(i / 26)]}${'klmnopqrst'[k]}son`);
    files[`m${i}.txt`] = `${names.join(' met ')} in Paris.\n${i % 3 === 0 ? 'Antony Blinken' : names[0]} said ${names[1]} agreed.\n`;
  }
  const fx = fixture(files);
  const bruteForce = (wanted: string): string[] => {
    const labels = (e: EntityRecord) => [e.name, ...e.aliases, ...e.roles.map((r) => `${r.role} ${e.name}`)];
    return [...fx.corpus.entities.all()]
      .filter((e) => labels(e).some((l) => isSubsequence(wanted, l.toLowerCase())))
      .sort((a, b) => b.documents.size - a.documents.size || b.mentionCount - a.mentionCount || (a.id < b.id ? -1 : 1))
      .map((e) => e.name);
  };
  // The entity's name: the label, or first in the container when the label is an alias or a role.
  const answer = (query: string) => workspaceSymbols(fx.corpus, query, NOT_CANCELLED).map((s) => {
    const parts = (s.containerName ?? '').split(' · ');
    return parts.length === 3 ? parts[0] : s.name;
  });
  const check = () => {
    for (const query of ['', 'xi', 'bl', 'ma', 'son', 'Lee']) assert.deepEqual(answer(query), bruteForce(query.toLowerCase()), query);
  };
  check();
  fx.corpus.set('file:///fixture/lee.txt', 'SEOUL, March 4, 2024\nMaria Lee met Antony Blinken in Seoul. Lee said Blinken agreed.\n');
  check();
  assert.ok(answer('lee').includes('Maria Lee'));
  fx.corpus.set('file:///fixture/lee.txt', 'SEOUL, March 4, 2024\nMarta Lewandowska met Xi Jinping in Seoul.\n');
  check();
  assert.ok(!answer('lee').includes('Maria Lee'));
  fx.corpus.remove('file:///fixture/beijing.txt');
  check();
});

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (let j = 0; j < haystack.length && i < needle.length; j++) if (haystack[j] === needle[i]) i++;
  return i === needle.length;
}

test('a symbol points at the entity\'s first full mention, whichever line breaks the text uses', () => {
  const text = (br: string) => `WASHINGTON, March 4, 2024${br}${br}$$Antony Blinken met Xi Jinping in Beijing.${br}Blinken said the talks went well.${br}`;
  for (const br of ['\n', '\r\n', '\r']) {
    const fx = fixture({ 'a.txt': text(br) });
    const [blinken] = workspaceSymbols(fx.corpus, 'Antony Blinken', NOT_CANCELLED);
    const line = 2;
    assert.deepEqual(blinken.location.range, { start: { line, character: 0 }, end: { line, character: 'Antony Blinken'.length } }, JSON.stringify(br));
  }
});
