// Entity resolutions taken from another index through the file a second start reads give every chain the id a fresh
// resolution gives it, also after updates and when the other index had other articles (those added, changed or
// removed since are resolved again); resolutions under another key, a damaged file, or offered too late are refused.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { Corpus } from '../../server/src/analysis/corpus';
import { entitiesOfType } from '../../server/src/analysis/features/entityTree';
import { NEVER_CANCELLED } from '../../server/src/analysis/features/shared';
import { workspaceSymbols } from '../../server/src/analysis/features/symbols';
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
    await writeResolutions(file, { setup: KEY, articles: KEY }, index.resolutions());
    const bytes = (await readResolutionsFile(file)) as Buffer;
    if (damage) {
      damage(bytes);
      writeFileSync(file, bytes);
    }
    const log: string[] = [];
    const kept = parseResolutions((await readResolutionsFile(file)) as Buffer, key, (line) => log.push(line))?.resolutions;
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
  assert.equal(taking.useResolutions(resolutions), 0);
  assert.deepEqual(idsOf(taking, articles), idsOf(resolved, articles));
  assert.ok(resolutions.ids.size > 50, 'the fixture has too few names to compare');
});

test('after taking resolutions, updates give the ids a fresh index of the final articles gives', async () => {
  for (const registered of [false, true]) {
    const taking = indexOf(articles);
    assert.equal(taking.useResolutions(await kept(indexOf(articles))), 0);
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


test('resolutions of other articles are taken and give the ids a fresh index gives: those that read what differs are made again', async () => {
  // Articles added (the first two), removed (the last two) and changed (one replaced by another's analysis), in either direction.
  const changed: Array<[string, DocumentAnalysis]> = [[articles[5][0], articles[9][1]], ...articles.slice(6, -2)];
  const before = articles.slice(2);
  const after = [...articles.slice(0, 5), ...changed];
  for (const [from, to] of [[before, after], [after, before], [articles.slice(1), articles], [articles, articles.slice(1)]]) {
    const taking = indexOf(to);
    const differing = taking.useResolutions(await kept(indexOf(from)));
    assert.ok(differing !== undefined && differing > 0, 'the groups differ');
    assert.deepEqual(idsOf(taking, to), idsOf(indexOf(to), to));
    // The updates after taking them still give what a fresh index gives.
    update(taking);
    const updated = to.filter(([docId]) => docId !== second[0]).map(([docId, analysis]): [string, DocumentAnalysis] => [docId, docId === first[0] ? third[1] : analysis]);
    if (!to.some(([docId]) => docId === first[0])) updated.unshift([first[0], third[1]]);
    assert.deepEqual(idsOf(taking, updated), idsOf(indexOf(updated), updated));
  }
});

test('resolutions offered to an index that has resolved names already, or not of that shape, are refused', async () => {
  const resolvedAlready = indexOf(articles);
  resolvedAlready.counts();
  assert.equal(resolvedAlready.useResolutions(await kept(indexOf(articles))), undefined);
  assert.equal(new EntityIndex().useResolutions({ ids: new Map() } as unknown as Resolutions), undefined);
});

test('a corpus that takes kept resolutions lists the same entities in the Entities view and workspace symbols', async () => {
  const corpusOf = () => {
    const corpus = new Corpus();
    for (const [name, analysis] of articles) corpus.setAnalysis(`file:///samples/${name}`, analysis);
    return corpus;
  };
  const resolved = corpusOf();
  const kept = await throughDisk(resolved.entities);
  assert.ok(kept.kept);
  const taking = corpusOf();
  assert.equal(taking.entities.useResolutions(kept.kept), 0);
  const listed = (corpus: Corpus) => ({
    symbols: workspaceSymbols(corpus, '', NEVER_CANCELLED).map((s) => s.name),
    people: entitiesOfType(corpus, {}, 'person', 20),
  });
  assert.ok(listed(resolved).symbols.length > 20);
  assert.deepEqual(listed(taking), listed(resolved));
});

test('a one-word form that an unchanged full name took up or gave up as an alias since is resolved again', async () => {
  const withAlias = analyze('Leaders of the Northern Fisheries Cooperative Alliance (NFCA) met in Halifax on Monday. The NFCA said the talks would go on.');
  const withoutAlias = analyze('Leaders of the Northern Fisheries Cooperative Alliance met in Halifax on Monday. The group said the talks would go on.');
  const other = analyze('Officials in Halifax told the NFCA on Tuesday that the council would meet again in June.');
  const before: Array<[string, DocumentAnalysis]> = [['a', withoutAlias], ['b', other]];
  const after: Array<[string, DocumentAnalysis]> = [['a', withAlias], ['b', other]];
  const fresh = indexOf(after);
  // The fixture holds what the test is about: the short form stands for the full name only where the full name uses it.
  assert.notDeepEqual(idsOf(fresh, after), idsOf(indexOf(before), after), 'the alias changes no id');
  const taking = indexOf(after);
  assert.ok(taking.useResolutions(await kept(indexOf(before))) !== undefined);
  assert.deepEqual(idsOf(taking, after), idsOf(fresh, after));
  // And the other way: the full name gave the alias up.
  const givenUp = indexOf(before);
  assert.ok(givenUp.useResolutions(await kept(indexOf(after))) !== undefined);
  assert.deepEqual(idsOf(givenUp, before), idsOf(indexOf(before), before));
});
