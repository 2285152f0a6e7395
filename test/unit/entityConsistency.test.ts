// Every id the entity index gives a chain has a record holding that chain, over all of ECB+ in one index (as the CLI
// and the server see a mixed folder). Reads ../shared/corpus/ecbplus next to the checkout, located from this file.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { EntityIndex, type EntityRecord } from '../../server/src/analysis/identity/entityIndex';
import type { DocumentAnalysis } from '../../server/src/analysis/types';

// out/test/unit → the repository root → its sibling shared/ (CROSSCHECK_CORPUS overrides, as for the eval).
const CORPUS_DIR = path.resolve(process.env.CROSSCHECK_CORPUS ?? path.join(__dirname, '..', '..', '..', '..', 'shared', 'corpus'));
const ECBPLUS_DIR = path.join(CORPUS_DIR, 'ecbplus');

function ecbPlusArticles(): Array<{ id: string; text: string }> {
  if (!existsSync(ECBPLUS_DIR)) throw new Error(`ECB+ corpus not found at ${ECBPLUS_DIR}: this test needs ../shared/corpus/ecbplus next to the checkout`);
  const topics = readdirSync(ECBPLUS_DIR).filter((name) => statSync(path.join(ECBPLUS_DIR, name)).isDirectory());
  return topics.flatMap((topic) =>
    readdirSync(path.join(ECBPLUS_DIR, topic))
      .filter((file) => file.endsWith('.txt'))
      .map((file) => ({ id: `${topic}/${file}`, text: readFileSync(path.join(ECBPLUS_DIR, topic, file), 'utf8') })),
  );
}

/** Ids the index gives that it has no record for, or whose record does not hold the chain. */
function inconsistencies(index: EntityIndex, analyses: ReadonlyMap<string, DocumentAnalysis>): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const [docId, analysis] of analyses) {
    analysis.chains.forEach((chain, i) => {
      const id = index.entityOf(docId, i);
      if (id === undefined) return void problems.push(`${docId} chain ${i} "${chain.name}": no id`);
      ids.add(id);
      const record = index.get(id);
      if (!record) problems.push(`${docId} chain ${i} "${chain.name}": id ${id} has no record`);
      else if (!record.documents.get(docId)?.includes(i)) problems.push(`${docId} chain ${i} "${chain.name}": record ${id} does not hold it`);
    });
  }
  const listed = [...index.all()].map((e) => e.id);
  assert.deepEqual(listed, [...ids].sort(), 'all() lists exactly the ids given to chains');
  return problems;
}

test('over all of ECB+ in one index, every chain\'s entity id has a record that holds the chain, whatever the order of updates', () => {
  const articles = ecbPlusArticles();
  assert.ok(articles.length > 900, `expected the whole ECB+ corpus, found ${articles.length} articles in ${ECBPLUS_DIR}`);
  const index = new EntityIndex();
  const analyses = new Map<string, DocumentAnalysis>();
  for (const { id, text } of articles) {
    const analysis = analyze(text);
    analyses.set(id, analysis);
    index.setDocument(id, analysis);
  }
  assert.deepEqual(inconsistencies(index, analyses), []);
  // Built in the opposite order, with the last tenth removed and added back after questions: the same ids.
  const reversed = new EntityIndex();
  const ids = [...analyses.keys()].reverse();
  for (const id of ids) reversed.setDocument(id, analyses.get(id) as DocumentAnalysis);
  reversed.counts();
  const tenth = ids.slice(0, Math.ceil(ids.length / 10));
  for (const id of tenth) reversed.removeDocument(id);
  reversed.counts();
  for (const id of tenth) reversed.setDocument(id, analyses.get(id) as DocumentAnalysis);
  const differing = [...analyses].flatMap(([docId, analysis]) =>
    analysis.chains.flatMap((chain, i) => (index.entityOf(docId, i) === reversed.entityOf(docId, i) ? [] : [`${docId} "${chain.name}": ${index.entityOf(docId, i)} / ${reversed.entityOf(docId, i)}`])),
  );
  assert.deepEqual(differing, []);
  // Names read without records (a hover's co-mentions) are the records' names, here after removals and additions.
  const names = new Map(reversed.ids().map((id) => [id, reversed.nameOf(id)]));
  const misnamed = (records: Iterable<EntityRecord>) => [...records].flatMap((r) => (names.get(r.id) === r.name ? [] : [`${r.id}: ${names.get(r.id)} / ${r.name}`]));
  assert.deepEqual(misnamed(reversed.all()), []);
  // And the names do not depend on the order the articles came in, nor do the aliases (counted by delta in big groups).
  assert.deepEqual(misnamed(index.all()), []);
  const aliasesOf = (records: Iterable<EntityRecord>) => [...records].map((r) => [r.id, r.aliases.join(' | ')]);
  assert.deepEqual(aliasesOf(reversed.all()), aliasesOf(index.all()));
  const records = [...index.all()];
  assert.equal(index.counts().entities, records.length);
  for (const [type, n] of Object.entries(index.counts().byType)) assert.equal(n, records.filter((r) => r.type === type).length, type);
});
