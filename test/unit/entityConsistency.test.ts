// Every id the entity index gives a chain has a record holding that chain, over a folder of invented articles in one
// index (as the CLI and the server see a mixed folder): big enough that names are written by over 16 chains (the
// groups whose form counts are kept by delta), with one surname shared by two people and names in several forms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { EntityIndex, type EntityRecord } from '../../server/src/analysis/identity/entityIndex';
import type { DocumentAnalysis } from '../../server/src/analysis/types';

interface Person {
  full: string;
  surname: string;
  /** The form the first articles write instead of the full name. */
  early?: string;
  /** The article from which the surname alone is written; before it, the full name. */
  surnameFrom?: number;
}

/** The articles before this one write a person's early form. */
const EARLY_ARTICLES = 8;

/**
 * Harlan Voss is "Harlan T. Voss" in the first articles and "Voss" only in the last ones, as many times each: his
 * aliases tie, and a form count that kept the forms of articles removed and added back would break the tie.
 */
const PEOPLE: readonly Person[] = [
  { full: 'Marta Quillen', surname: 'Quillen' },
  { full: 'Owen Quillen', surname: 'Quillen' },
  { full: 'Harlan Voss', surname: 'Voss', early: 'Harlan T. Voss', surnameFrom: 33 },
  { full: 'Dana Whitcombe', surname: 'Whitcombe' },
  { full: 'Priya Solberg', surname: 'Solberg' },
];
const COUNCILS = ['Brightwater City Council', 'Brightwater Council', 'Kestrel Valley Water Board'] as const;
const TOWNS = ['Dunmore', 'Port Edwin', 'Lake Arden', 'Halvering'] as const;
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const;

/** Forty articles: who speaks, in which form, and where, vary with the article's number. */
function inventedArticles(): Array<{ id: string; text: string }> {
  return Array.from({ length: 40 }, (_, i) => {
    const named = (p: Person): string => (i < EARLY_ARTICLES && p.early ? p.early : p.full);
    const short = (p: Person): string => (i >= (p.surnameFrom ?? 0) ? p.surname : named(p));
    const [speaker, other] = [PEOPLE[i % 3], PEOPLE[2 + (i % 3)]];
    const council = COUNCILS[i % COUNCILS.length];
    const [town, otherTown] = [TOWNS[i % TOWNS.length], TOWNS[(i + 1) % TOWNS.length]];
    // Every seventh article opens with the surname alone, which the two Quillens share.
    const opening = i % 7 === 6 && speaker.surname === 'Quillen' ? speaker.surname : named(speaker);
    const text = [
      `${town}, March ${1 + (i % 28)} - ${opening} told the ${council} on ${DAYS[i % DAYS.length]} that the reservoir plan would go ahead.`,
      `"The vote was closer than we hoped," ${short(speaker)} said after the meeting in ${town}.`,
      `${named(other)}, who sits on the ${COUNCILS[(i + 1) % COUNCILS.length]}, asked for another month of hearings.`,
      `${short(other)} said residents of ${otherTown} had written to the council, and that ${short(speaker)} would answer them.`,
      '',
    ].join('\n');
    return { id: `article-${String(i).padStart(2, '0')}.txt`, text };
  });
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

test('over a folder in one index, every chain\'s entity id has a record that holds the chain, whatever the order of updates', () => {
  const articles = inventedArticles();
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
  // The folder reaches the big groups: some entity is written by more chains than COUNTED_GROUP_CHAINS (16).
  const chainsOf = (r: EntityRecord): number => [...r.documents.values()].reduce((n, chains) => n + chains.length, 0);
  assert.ok(records.some((r) => chainsOf(r) > 16), 'no entity of more than 16 chains');
  assert.equal(index.counts().entities, records.length);
  for (const [type, n] of Object.entries(index.counts().byType)) assert.equal(n, records.filter((r) => r.type === type).length, type);
});
