// Entity resolutions taken from another index through the file a second start reads give every chain the id a fresh
// resolution gives it, also after updates; resolutions of other chains, another key or a damaged file are refused.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { EntityIndex, type Resolutions } from '../../server/src/analysis/identity/entityIndex';
import type { DocumentAnalysis } from '../../server/src/analysis/types';
import { parseResolutions, readResolutionsFile, writeResolutions } from '../../server/src/node/entityResolutions';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'samples', 'ecbplus', '12');
const articles: Array<[string, DocumentAnalysis]> = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => [name, analyze(readFileSync(path.join(FIXTURES, name), 'utf8'))]);

function indexOf(docs: ReadonlyArray<[string, DocumentAnalysis]>): EntityIndex {
  const index = new EntityIndex();
  for (const [docId, analysis] of docs) index.setDocument(docId, analysis);
  return index;
}

/** Every chain's entity id, and the entity counts. */
function idsOf(index: EntityIndex, docs: ReadonlyArray<[string, DocumentAnalysis]>): unknown {
  const ids = docs.map(([docId, analysis]) => [docId, analysis.chains.map((_, chain) => index.entityOf(docId, chain))]);
  return { ids, counts: index.counts(), records: index.ids().map((id) => index.get(id)) };
}

const KEY = 'a'.repeat(64);

/** The resolutions written to a file and read back, as a later start reads them. */
async function throughDisk(index: EntityIndex, key = KEY, damage?: (bytes: Buffer) => void): Promise<{ kept?: Resolutions; log: string[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-resolutions-'));
  try {
    const file = path.join(dir, 'entities.bin');
    await writeResolutions(file, KEY, index.resolutions());
    const bytes = (await readResolutionsFile(file)) as Buffer;
    if (damage) {
      damage(bytes);
      writeFileSync(file, bytes);
    }
    const log: string[] = [];
    const kept = parseResolutions((await readResolutionsFile(file)) as Buffer, key, (line) => log.push(line));
    return { ...(kept ? { kept } : {}), log };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function kept(index: EntityIndex): Promise<Resolutions> {
  const { kept } = await throughDisk(index);
  assert.ok(kept, 'the resolutions do not read back');
  return kept;
}

test('an index that takes the resolutions of one over the same articles gives every chain the same entity', async () => {
  const resolved = indexOf(articles);
  const resolutions = await kept(resolved);
  const taking = indexOf(articles);
  assert.equal(taking.useResolutions(resolutions), true);
  assert.deepEqual(idsOf(taking, articles), idsOf(resolved, articles));
  assert.ok(resolutions.ids.size > 50, 'the fixture has too few names to compare');
});

test('after taking resolutions, updates give the ids a fresh index of the final articles gives', async () => {
  for (const registered of [false, true]) {
    const taking = indexOf(articles);
    assert.equal(taking.useResolutions(await kept(indexOf(articles))), true);
    // Whether or not the background pass noted the reads before the update.
    if (registered) while (taking.registerSome(16));
    update(taking);
    assert.deepEqual(idsOf(taking, final), idsOf(indexOf(final), final));
  }
});

/** One article replaced by another's analysis (its names move between groups), one removed. */
const [first, second, third] = articles;
const final: Array<[string, DocumentAnalysis]> = [[first[0], third[1]], ...articles.slice(2)];
function update(index: EntityIndex): void {
  index.setDocument(first[0], third[1]);
  index.removeDocument(second[0]);
}

test('resolutions under another key, or in a damaged file, are not read', async () => {
  const index = indexOf(articles);
  assert.deepEqual(await throughDisk(index, 'b'.repeat(64)), { log: [] });
  const flipped = await throughDisk(index, KEY, (bytes) => (bytes[bytes.length >> 1] ^= 1));
  assert.equal(flipped.kept, undefined);
  assert.match(flipped.log.join('\n'), /checksum/);
  const truncated = await throughDisk(index, KEY, (bytes) => bytes.fill(0, 0, 8));
  assert.match(truncated.log.join('\n'), /not a Crosscheck file/);
});


test('resolutions of other articles, or offered to an index that has resolved names already, are refused', async () => {
  const other = indexOf(articles);
  assert.equal(other.useResolutions(await kept(indexOf(articles.slice(1)))), false);
  assert.deepEqual(idsOf(other, articles), idsOf(indexOf(articles), articles));
  const resolvedAlready = indexOf(articles);
  resolvedAlready.counts();
  assert.equal(resolvedAlready.useResolutions(await kept(indexOf(articles))), false);
  assert.equal(new EntityIndex().useResolutions({ ids: new Map() } as unknown as Resolutions), false);
});
