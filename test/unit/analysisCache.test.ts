// The persisted index rewrites an entry unchanged since its last write by copying that write's bytes: what a later
// start reads back is the same as when every entry is encoded afresh, also after a file's time changed, and when
// another process replaced the file meanwhile nothing is copied from it.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import type { Classification } from '../../server/src/analysis/articleFiles';
import type { DocumentAnalysis } from '../../server/src/analysis/types';
import { AnalysisCache } from '../../server/src/node/analysisCache';

const root = mkdtempSync(path.join(tmpdir(), 'crosscheck-cache-'));
after(() => rmSync(root, { recursive: true, force: true }));

const ARTICLE: Classification = { isArticle: true, reason: 'prose' };
const OPTIONS = '{}';
/** Long ago enough that a file's time is trusted (not racy). */
const PAST = new Date(Date.now() - 3_600_000);

/** A stand-in analysis: the cache stores whatever the analysis holds. */
const analysisOf = (text: string, tag: string): DocumentAnalysis =>
  ({ text, referenceDate: null, mentions: [], chains: [{ name: tag, type: 'person', forms: [tag], roles: [], mentions: [], definition: 0 }], references: [], dates: [], quantities: [], claims: [], dateIssues: [] });

function folderWith(name: string, files: Record<string, string>): string {
  const folder = path.join(root, name);
  mkdirSync(folder, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    writeFileSync(path.join(folder, file), text);
    utimesSync(path.join(folder, file), PAST, PAST);
  }
  return folder;
}

/** Reads every file through the cache, remembering `analysisOf(text, tag)` for each it has to read. */
async function index(cache: AnalysisCache, folder: string, tag: string): Promise<void> {
  for (const file of readdirSync(folder).sort()) {
    const read = await cache.read(path.join(folder, file), OPTIONS);
    if ('read' in read && 'text' in read.read) read.remember?.(ARTICLE, analysisOf(read.read.text, tag));
  }
}

/** A fresh cache over a copy of the index file `dir` holds, as the next start would read it. */
async function nextStart(dir: string, folder: string, name: string): Promise<AnalysisCache> {
  const copy = path.join(root, name);
  mkdirSync(copy);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.index'))) copyFileSync(path.join(dir, file), path.join(copy, file));
  return AnalysisCache.open(copy, folder, () => undefined);
}

async function hitOf(cache: AnalysisCache, file: string): Promise<DocumentAnalysis | undefined> {
  const read = await cache.read(file, OPTIONS);
  return 'hit' in read ? read.hit.analysis : undefined;
}

test('a rewrite after one file changed keeps the others as written and the changed one anew', async () => {
  const folder = folderWith('one-change', { 'a.txt': 'Alpha text.', 'b.txt': 'Bravo text.', 'c.txt': 'Charlie text.' });
  const dir = path.join(root, 'one-change-storage');
  const cache = await AnalysisCache.open(dir, folder, () => undefined);
  await index(cache, folder, 'first');
  cache.settled();
  await cache.flush();
  writeFileSync(path.join(folder, 'b.txt'), 'Bravo text, changed.');
  utimesSync(path.join(folder, 'b.txt'), PAST, new Date(PAST.getTime() + 1000));
  await index(cache, folder, 'second');
  // a.txt with another time and the same bytes: its entry takes the new time, which the next start must read.
  const later = new Date(PAST.getTime() + 5000);
  utimesSync(path.join(folder, 'a.txt'), later, later);
  assert.ok(await hitOf(cache, path.join(folder, 'a.txt')));
  await cache.flush();

  const again = await nextStart(dir, folder, 'one-change-next');
  const peeked = await again.peek(path.join(folder, 'a.txt'), OPTIONS);
  assert.ok(typeof peeked === 'object' && peeked.textClass.isArticle, 'the new time of a.txt was written: its entry matches by time alone');
  assert.deepEqual(await hitOf(again, path.join(folder, 'a.txt')), analysisOf('Alpha text.', 'first'));
  assert.deepEqual(await hitOf(again, path.join(folder, 'b.txt')), analysisOf('Bravo text, changed.', 'second'));
  assert.deepEqual(await hitOf(again, path.join(folder, 'c.txt')), analysisOf('Charlie text.', 'first'));
});

test('a rewrite copies nothing from an index file another process wrote since', async () => {
  const folder = folderWith('replaced', { 'a.txt': 'Alpha text.', 'b.txt': 'Bravo text.', 'c.txt': 'Charlie text.' });
  const dir = path.join(root, 'replaced-storage');
  const cache = await AnalysisCache.open(dir, folder, () => undefined);
  await index(cache, folder, 'ours');
  cache.settled();
  await cache.flush();
  // Another process over the same folder writes its own index (its entries differently laid out) in place of ours.
  const otherDir = path.join(root, 'replaced-other');
  const other = await AnalysisCache.open(otherDir, folder, () => undefined);
  await index(other, folder, 'theirs, with a longer tag that moves every record');
  other.settled();
  await other.flush();
  const file = readdirSync(dir).find((f) => f.endsWith('.index'))!;
  copyFileSync(path.join(otherDir, file), path.join(dir, file));
  writeFileSync(path.join(folder, 'b.txt'), 'Bravo text, changed.');
  await index(cache, folder, 'ours again');
  await cache.flush();

  const again = await nextStart(dir, folder, 'replaced-next');
  assert.deepEqual(await hitOf(again, path.join(folder, 'a.txt')), analysisOf('Alpha text.', 'ours'));
  assert.deepEqual(await hitOf(again, path.join(folder, 'b.txt')), analysisOf('Bravo text, changed.', 'ours again'));
  assert.deepEqual(await hitOf(again, path.join(folder, 'c.txt')), analysisOf('Charlie text.', 'ours'));
});
