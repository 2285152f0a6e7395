import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { EntityIndex, parseIdentityDecisions } from '../../server/src/analysis/identity/entityIndex';
import { linkMentions } from '../../server/src/analysis/identity/linkMentions';
import { ENTITY_TYPES, type EntityType, type RecognizedMention } from '../../server/src/analysis/types';

/** Recognized mentions for the given forms, found in order in the text ("Xi@2" is the second "Xi"). */
function recognize(text: string, forms: Array<[string, EntityType, string?]>): RecognizedMention[] {
  let from = 0;
  return forms.map(([form, type, role]) => {
    const start = text.indexOf(form, from);
    assert.ok(start >= 0, `"${form}" after ${from}`);
    from = start + form.length;
    return { start, end: start + form.length, text: form, type, ...(role ? { role } : {}) };
  });
}

/** The chain name of each mention, in text order. */
function chainNames(text: string, forms: Array<[string, EntityType, string?]>): string[] {
  const { mentions, chains } = linkMentions(text, recognize(text, forms));
  return mentions.map((m) => chains[m.chain].name);
}

test('surname and title + surname join the full name', () => {
  const text = 'Chinese President Xi Jinping spoke. Later President Xi said more, and Xi left.';
  assert.deepEqual(chainNames(text, [['Xi Jinping', 'person', 'Chinese President'], ['Xi', 'person', 'President'], ['Xi', 'person']]), [
    'Xi Jinping', 'Xi Jinping', 'Xi Jinping',
  ]);
});

test('a title kept inside the span is ignored when matching', () => {
  const text = 'Secretary of State Antony Blinken arrived. Secretary Blinken met Xi.';
  assert.deepEqual(chainNames(text, [['Antony Blinken', 'person'], ['Secretary Blinken', 'person'], ['Xi', 'person']]), [
    'Antony Blinken', 'Antony Blinken', 'Xi',
  ]);
});

test('a given name the text uses joins the full name', () => {
  const text = 'Liu Pengyu, a spokesperson, spoke. Pengyu insisted.';
  assert.deepEqual(chainNames(text, [['Liu Pengyu', 'person'], ['Pengyu', 'person']]), ['Liu Pengyu', 'Liu Pengyu']);
});

test('acronyms join their expansion, "U.S." joins "United States"', () => {
  const text = 'The Association of Southeast Asian Nations met in the United States. ASEAN and the U.S. agreed.';
  const names = chainNames(text, [['Association of Southeast Asian Nations', 'organization'], ['United States', 'place'], ['ASEAN', 'organization'], ['U.S.', 'place']]);
  assert.deepEqual(names, ['Association of Southeast Asian Nations', 'United States', 'Association of Southeast Asian Nations', 'United States']);
});

test('"the Post", "Embassy" and "the House" join the name introduced earlier', () => {
  const text = 'The New York Post reported that the Chinese Embassy lobbied the House of Representatives. The Post said the Embassy and the House disagreed.';
  const names = chainNames(text, [
    ['New York Post', 'organization'], ['Chinese Embassy', 'organization'], ['House of Representatives', 'organization'],
    ['Post', 'organization'], ['Embassy', 'organization'], ['House', 'organization'],
  ]);
  assert.deepEqual(names, ['New York Post', 'Chinese Embassy', 'House of Representatives', 'New York Post', 'Chinese Embassy', 'House of Representatives']);
});

test('two different full names never merge, even with a shared surname', () => {
  const text = 'Foreign Minister Wang Yi met Wang Xiaohong.';
  const { chains } = linkMentions(text, recognize(text, [['Wang Yi', 'person'], ['Wang Xiaohong', 'person']]));
  assert.deepEqual(chains.map((c) => c.name), ['Wang Yi', 'Wang Xiaohong']);
});

test('an ambiguous short form goes with the nearest compatible antecedent', () => {
  const text = 'Wang Yi spoke first. Wang Xiaohong spoke next. Wang then left. Apple Inc. and Wang.';
  const names = chainNames(text, [['Wang Yi', 'person'], ['Wang Xiaohong', 'person'], ['Wang', 'person'], ['Apple Inc.', 'organization'], ['Wang', 'person']]);
  assert.deepEqual(names, ['Wang Yi', 'Wang Xiaohong', 'Wang Xiaohong', 'Apple Inc.', 'Wang Xiaohong']);
});

test('a surname in a headline is claimed by the full name that follows', () => {
  const text = 'Biden calls Xi\nPresident Joe Biden called Xi Jinping.';
  const { mentions, chains } = linkMentions(text, recognize(text, [['Biden', 'person'], ['Xi', 'person'], ['Joe Biden', 'person'], ['Xi Jinping', 'person']]));
  assert.equal(chains.length, 2);
  assert.deepEqual(chains[0], { name: 'Joe Biden', type: 'person', forms: ['Joe Biden', 'Biden'], roles: [], mentions: [0, 2], definition: 2 });
  assert.deepEqual(mentions.map((m) => m.chain), [0, 1, 0, 1]);
});

test('types keep places and organisations apart', () => {
  const text = 'New York: the New York Post said New York was cold.';
  const { chains } = linkMentions(text, recognize(text, [['New York', 'place'], ['New York Post', 'organization'], ['New York', 'place']]));
  assert.deepEqual(chains.map((c) => [c.name, c.mentions]), [['New York', [0, 2]], ['New York Post', [1]]]);
});

test('a country in front of a name the article uses alone is split off; a city in front of a name is not', () => {
  const text = 'TikTok said no. A U.S. TikTok ban, TikTok warned. The New York Post said the Post had it; New York is cold.';
  const { mentions } = linkMentions(text, recognize(text, [
    ['TikTok', 'organization'], ['U.S. TikTok', 'organization'], ['TikTok', 'organization'],
    ['New York Post', 'organization'], ['Post', 'organization'], ['New York', 'place'],
  ]));
  assert.deepEqual(mentions.map((m) => [m.text, m.type]), [
    ['TikTok', 'organization'], ['U.S.', 'place'], ['TikTok', 'organization'], ['TikTok', 'organization'],
    ['New York Post', 'organization'], ['Post', 'organization'], ['New York', 'place'],
  ]);
});

test('two countries joined by a hyphen are the two countries', () => {
  const text = 'Easing US-China tensions mattered to China.';
  const { mentions } = linkMentions(text, recognize(text, [['US-China', 'person'], ['China', 'place']]));
  assert.deepEqual(mentions.map((m) => [m.text, m.type, m.start]), [['US', 'place', 7], ['China', 'place', 10], ['China', 'place', 37]]);
  assert.equal(mentions[1].chain, mentions[2].chain);
});

test('roles are collected per chain and the definition is the first full-name mention', () => {
  const text = 'Blinken flew. Secretary of State Antony Blinken met Chinese leader Xi Jinping.';
  const { chains } = linkMentions(text, recognize(text, [['Blinken', 'person'], ['Antony Blinken', 'person', 'Secretary of State'], ['Xi Jinping', 'person', 'Chinese leader']]));
  assert.deepEqual(chains.map((c) => [c.name, c.roles, c.definition]), [['Antony Blinken', ['Secretary of State'], 1], ['Xi Jinping', ['Chinese leader'], 2]]);
});

/** An article's chains from hand-made mentions, as analyze() would give them to the index. */
function article(text: string, forms: Array<[string, EntityType, string?]>) {
  return linkMentions(text, recognize(text, forms));
}

/** The entity id of the chain named `name` in a document. */
function idOf(index: EntityIndex, docId: string, analysis: ReturnType<typeof article>, name: string): string | undefined {
  const chain = analysis.chains.findIndex((c) => c.name === name);
  assert.ok(chain >= 0, `chain "${name}" in ${docId}`);
  return index.entityOf(docId, chain);
}

const xiFull = article('Chinese President Xi Jinping spoke with Joe Biden. President Xi said.', [
  ['Xi Jinping', 'person', 'Chinese President'], ['Joe Biden', 'person'], ['Xi', 'person', 'President'],
]);
const xiShort = article('Xi met Biden in the U.S.', [['Xi', 'person'], ['Biden', 'person'], ['U.S.', 'place']]);
const america = article('America and Washington reacted; the United States and Beijing and China.', [
  ['America', 'place'], ['Washington', 'place'], ['United States', 'place'], ['Beijing', 'place'], ['China', 'place'],
]);
const papers = article('The New York Post and The New York Times in New York. Wang Yi met Wang Xiaohong. Donald Trump.', [
  ['New York Post', 'organization'], ['The New York Times', 'organization'], ['New York', 'place'],
  ['Wang Yi', 'person'], ['Wang Xiaohong', 'person'], ['Donald Trump', 'person'],
]);

test('the same person has one id across documents, whatever the form', () => {
  const index = new EntityIndex();
  index.setDocument('a', xiFull);
  index.setDocument('b', xiShort);
  assert.equal(idOf(index, 'a', xiFull, 'Xi Jinping'), 'person:xi jinping');
  assert.equal(idOf(index, 'b', xiShort, 'Xi'), 'person:xi jinping');
  assert.equal(idOf(index, 'b', xiShort, 'Biden'), 'person:joe biden');
  const record = index.get('person:xi jinping');
  assert.equal(record?.name, 'Xi Jinping');
  assert.deepEqual([...(record?.documents.keys() ?? [])], ['a', 'b']);
  assert.deepEqual(record?.roles, [{ role: 'Chinese President', docs: ['a'] }, { role: 'President', docs: ['a'] }]);
  assert.equal(record?.mentionCount, 3);
  assert.deepEqual(record?.aliases, ['Xi']);
});

test('ids do not depend on the order documents were added', () => {
  const forward = new EntityIndex();
  const backward = new EntityIndex();
  const docs: Array<[string, ReturnType<typeof article>]> = [['a', xiFull], ['b', xiShort], ['c', america], ['d', papers]];
  for (const [id, doc] of docs) forward.setDocument(id, doc);
  for (const [id, doc] of [...docs].reverse()) backward.setDocument(id, doc);
  for (const [id, doc] of docs) doc.chains.forEach((_, chain) => assert.equal(forward.entityOf(id, chain), backward.entityOf(id, chain)));
  assert.deepEqual([...forward.all()].map((e) => e.id), [...backward.all()].map((e) => e.id));
});

test('resolving a few groups at a time (settleSome) ends where resolving them on demand does', () => {
  const docs: Array<[string, ReturnType<typeof article>]> = [['a', xiFull], ['b', xiShort], ['c', america], ['d', papers]];
  const stepped = new EntityIndex();
  const onDemand = new EntityIndex();
  for (const [id, doc] of docs) {
    stepped.setDocument(id, doc);
    onDemand.setDocument(id, doc);
  }
  let steps = 0;
  while (stepped.settleSome(1)) steps++;
  assert.ok(steps > 1, `${steps} steps of one group each`);
  assert.equal(stepped.settleSome(1), false);
  for (const [id, doc] of docs) doc.chains.forEach((_, chain) => assert.equal(stepped.entityOf(id, chain), onDemand.entityOf(id, chain)));
  assert.deepEqual([...stepped.all()].map((e) => e.id), [...onDemand.all()].map((e) => e.id));
  // An article replaced after everything was resolved leaves groups to resolve again.
  stepped.setDocument('b', america);
  assert.equal(stepped.settleSome(0), true);
});

test('country names, abbreviations and (with metonymy) capitals are one entity', () => {
  const index = new EntityIndex();
  index.setDocument('b', xiShort);
  index.setDocument('c', america);
  assert.equal(idOf(index, 'b', xiShort, 'U.S.'), 'place:united states');
  for (const name of ['America', 'Washington', 'United States']) assert.equal(idOf(index, 'c', america, name), 'place:united states');
  assert.equal(idOf(index, 'c', america, 'Beijing'), 'place:china');
  const literal = new EntityIndex({ metonymy: false });
  literal.setDocument('c', america);
  assert.equal(idOf(literal, 'c', america, 'Washington'), 'place:washington');
});

test('different names stay different entities', () => {
  const index = new EntityIndex();
  index.setDocument('a', xiFull);
  index.setDocument('d', papers);
  const ids = ['New York Post', 'The New York Times', 'New York', 'Wang Yi', 'Wang Xiaohong', 'Donald Trump'].map((n) => idOf(index, 'd', papers, n));
  assert.equal(new Set(ids).size, ids.length);
  assert.notEqual(idOf(index, 'a', xiFull, 'Joe Biden'), idOf(index, 'd', papers, 'Donald Trump'));
});

test('a short form that fits two full names in the corpus stays its own entity', () => {
  const index = new EntityIndex();
  const wang = article('Wang spoke.', [['Wang', 'person']]);
  index.setDocument('d', papers);
  index.setDocument('w', wang);
  assert.equal(index.entityOf('w', 0), 'person:wang');
});

test('removing or replacing a document updates identities without the others', () => {
  const index = new EntityIndex();
  index.setDocument('a', xiFull);
  index.setDocument('b', xiShort);
  index.removeDocument('a');
  assert.equal(idOf(index, 'b', xiShort, 'Xi'), 'person:xi');
  assert.equal(index.get('person:xi jinping'), undefined);
  assert.equal(index.entityOf('a', 0), undefined);
  index.setDocument('a', xiFull);
  assert.equal(idOf(index, 'b', xiShort, 'Xi'), 'person:xi jinping');
  index.setDocument('a', papers);
  assert.equal(idOf(index, 'b', xiShort, 'Xi'), 'person:xi');
  assert.deepEqual([...(index.get('person:wang yi')?.documents ?? [])], [['a', [3]]]);
});

test('decisions merge and split entities', () => {
  const index = new EntityIndex();
  index.setDocument('a', xiFull);
  index.setDocument('b', xiShort);
  const { decisions, errors } = parseIdentityDecisions(JSON.stringify({ different: [['person:xi', 'person:xi jinping']], same: [['person:joe biden', 'person:donald trump']] }));
  assert.deepEqual(errors, []);
  index.setDecisions(decisions);
  assert.equal(idOf(index, 'b', xiShort, 'Xi'), 'person:xi');
  index.setDocument('d', papers);
  assert.equal(idOf(index, 'd', papers, 'Donald Trump'), 'person:joe biden');
  assert.equal(index.get('person:donald trump'), undefined);
  assert.deepEqual([...(index.get('person:joe biden')?.documents.keys() ?? [])], ['a', 'b', 'd']);
  index.setDecisions({ same: [], different: [] });
  assert.equal(idOf(index, 'b', xiShort, 'Xi'), 'person:xi jinping');
  assert.equal(idOf(index, 'd', papers, 'Donald Trump'), 'person:donald trump');
});

test('a broken decisions file gives clear errors and no decisions, and never throws', () => {
  const empty = { same: [], different: [] };
  const notJson = parseIdentityDecisions('{ "same": [');
  assert.deepEqual(notJson.decisions, empty);
  assert.match(notJson.errors[0], /not valid JSON/);
  assert.deepEqual(parseIdentityDecisions('[]').decisions, empty);
  const wrong = parseIdentityDecisions(JSON.stringify({ same: [['person:xi'], ['xi', 'person:xi jinping']], sam: [] }));
  assert.deepEqual(wrong.decisions, empty);
  assert.deepEqual(wrong.errors, [
    'unknown key "sam" (expected "same" or "different")',
    'same[0] must be a list of at least two entity ids',
    'same[1][0]: "xi" is not an entity id such as "person:xi jinping" (types: person, organization, place, event, law, work, group, other)',
  ]);
  const contradictory = parseIdentityDecisions(JSON.stringify({ same: [['person:a b', 'person:c d']], different: [['person:c d', 'person:a b']] }));
  assert.deepEqual(contradictory.errors, ['"person:c d" and "person:a b" are listed both as the same and as different']);
});

test('a one-word form goes to the full name most of the corpus uses it for, and a run-on name follows it', () => {
  const index = new EntityIndex();
  const oilers = article('The Edmonton Oilers won. The Oilers scored.', [['Edmonton Oilers', 'organization'], ['Oilers', 'organization']]);
  for (const docId of ['a', 'b', 'c']) index.setDocument(docId, oilers);
  const headline = article('Oilers Beat Flyers\nThe team won.', [['Oilers Beat', 'organization']]);
  index.setDocument('h', headline);
  assert.equal(idOf(index, 'h', headline, 'Oilers Beat'), 'organization:edmonton oilers');
  const jones = article('Rob Jones met Nick Jones.', [['Rob Jones', 'person'], ['Nick Jones', 'person']]);
  const bare = article('Jones spoke.', [['Jones', 'person']]);
  index.setDocument('j', jones);
  index.setDocument('k', bare);
  assert.equal(idOf(index, 'k', bare, 'Jones'), 'person:jones');
  assert.equal(idOf(index, 'j', jones, 'Rob Jones'), 'person:rob jones');
});

test('a run-on headline span is cut to the names the body uses, and ordinary headline words go', () => {
  const text = 'Lindsay Lohan Checks Into Betty Ford Center\nLindsay Lohan checks into the Betty Ford Center today.\nStar Dies Aged 91 In Hospital\nThe star dies.';
  const { mentions } = linkMentions(text, recognize(text, [
    ['Lindsay Lohan Checks Into Betty Ford Center', 'person'], ['Lindsay Lohan', 'person'], ['Betty Ford Center', 'organization'], ['Star Dies', 'person'],
  ]));
  assert.deepEqual(mentions.map((m) => [m.text, m.type]), [
    ['Lindsay Lohan', 'person'], ['Betty Ford Center', 'organization'], ['Lindsay Lohan', 'person'], ['Betty Ford Center', 'organization'],
  ]);
});

test('spans are cut at lowercase words and grow to a name the article writes in full', () => {
  const text = 'Klitschko dominated Rahman in New Zealand. Later, in New Zealand, Rahman lost.';
  const recognized = recognize(text, [['Klitschko dominated Rahman', 'person'], ['New Zealand', 'place'], ['Zealand', 'place'], ['Rahman', 'person']]);
  const { mentions, chains } = linkMentions(text, recognized);
  assert.deepEqual(mentions.map((m) => m.text), ['Klitschko', 'Rahman', 'New Zealand', 'New Zealand', 'Rahman']);
  assert.equal(chains.length, 3);
});

test('an organisation named by its first word is not the longer name starting with it', () => {
  const text = 'Microsoft patched Microsoft Word. Microsoft said so.';
  assert.deepEqual(chainNames(text, [['Microsoft', 'organization'], ['Microsoft Word', 'organization'], ['Microsoft', 'organization']]), [
    'Microsoft', 'Microsoft Word', 'Microsoft',
  ]);
});

test('a name typed differently across articles is one entity of the most common type', () => {
  const index = new EntityIndex();
  const asPlace = article('Shots in Brooklyn.', [['Brooklyn', 'place']]);
  const asPerson = article('Brooklyn mourned.', [['Brooklyn', 'person']]);
  index.setDocument('a', asPlace);
  index.setDocument('b', asPlace);
  index.setDocument('c', asPerson);
  assert.equal(index.entityOf('a', 0), 'place:brooklyn');
  assert.equal(index.entityOf('c', 0), 'place:brooklyn');
  index.removeDocument('a');
  index.removeDocument('b');
  assert.equal(index.entityOf('c', 0), 'person:brooklyn');
});

test('given-name variants of one surname are one person; other given names are not', () => {
  const index = new EntityIndex();
  const fred = article('Fred Pruitt died.', [['Fred Pruitt', 'person']]);
  const frederick = article('Frederick C. Pruitt died.', [['Frederick C. Pruitt', 'person']]);
  const carver = article('Frederick Carver Pruitt died.', [['Frederick Carver Pruitt', 'person']]);
  const other = article('Mary Pruitt spoke.', [['Mary Pruitt', 'person']]);
  for (const [docId, doc] of [['a', fred], ['b', fred], ['c', frederick], ['d', carver], ['e', other]] as const) index.setDocument(docId, doc);
  assert.deepEqual(['a', 'c', 'd', 'e'].map((docId) => index.entityOf(docId, 0)), [
    'person:fred pruitt', 'person:fred pruitt', 'person:fred pruitt', 'person:mary pruitt',
  ]);
});

test('a one-word team name goes to the full name ending with it, not to run-ons starting with it', () => {
  const index = new EntityIndex();
  const full = article('The Chicago Blackhawks lost. The Blackhawks left.', [['Chicago Blackhawks', 'organization'], ['Blackhawks', 'organization']]);
  const runOn = article('Blackhawks GM quits.', [['Blackhawks GM', 'organization']]);
  const bare = article('The Blackhawks won.', [['Blackhawks', 'organization']]);
  index.setDocument('a', full);
  index.setDocument('b', runOn);
  index.setDocument('c', runOn);
  index.setDocument('d', bare);
  assert.equal(index.entityOf('d', 0), 'organization:chicago blackhawks');
  assert.equal(index.entityOf('b', 0), 'organization:chicago blackhawks');
});

test('a place in front of an organisation is not a short form of it within an article', () => {
  const text = 'The Los Angeles Kings lost in Los Angeles. The Red Sox and the Boston Red Sox are one.';
  assert.deepEqual(
    chainNames(text, [['Los Angeles Kings', 'organization'], ['Los Angeles', 'organization'], ['Red Sox', 'organization'], ['Boston Red Sox', 'organization']]),
    ['Los Angeles Kings', 'Los Angeles', 'Boston Red Sox', 'Boston Red Sox'],
  );
});

test('nicknames and one slipped letter in a long given name are one person; other given names are not', () => {
  const index = new EntityIndex();
  const docs = {
    maurice: article('Maurice Cheeks was fired.', [['Maurice Cheeks', 'person']]),
    mo: article('Mo Cheeks was fired.', [['Mo Cheeks', 'person']]),
    margaret: article('Margaret Lowe died.', [['Margaret Lowe', 'person']]),
    peggy: article('Peggy Lowe died.', [['Peggy Lowe', 'person']]),
    maximilian: article('Maximilian Ostrow was shot.', [['Maximilian Ostrow', 'person']]),
    typo: article('Maximillian Ostrow was shot.', [['Maximillian Ostrow', 'person']]),
    wang: article('Wang Yi met Wang Xiaohong.', [['Wang Yi', 'person'], ['Wang Xiaohong', 'person']]),
    nick: article('Nick Jones and Rob Jones.', [['Nick Jones', 'person'], ['Rob Jones', 'person']]),
  };
  for (const [docId, doc] of Object.entries(docs)) index.setDocument(docId, doc);
  assert.equal(index.entityOf('mo', 0), index.entityOf('maurice', 0));
  assert.equal(index.entityOf('peggy', 0), index.entityOf('margaret', 0));
  assert.equal(index.entityOf('typo', 0), index.entityOf('maximilian', 0));
  assert.notEqual(index.entityOf('wang', 0), index.entityOf('wang', 1));
  assert.notEqual(index.entityOf('nick', 0), index.entityOf('nick', 1));
});

test('a name beginning with a place is not a run-on of the team that place begins', () => {
  const index = new EntityIndex();
  const team = article('The Boston Red Sox won. Boston cheered.', [['Boston Red Sox', 'organization'], ['Boston', 'place']]);
  const paper = article('The Boston Herald reported it.', [['Boston Herald', 'organization']]);
  const headline = article('Oilers Beat Flyers.', [['Oilers Beat', 'organization']]);
  const oilers = article('The Edmonton Oilers won.', [['Edmonton Oilers', 'organization']]);
  for (const [docId, doc] of [['a', team], ['b', team], ['g', team], ['h', team], ['c', paper], ['d', headline], ['e', oilers], ['f', oilers]] as const) index.setDocument(docId, doc);
  assert.equal(index.entityOf('c', 0), 'organization:boston herald');
  assert.equal(index.entityOf('d', 0), 'organization:edmonton oilers');
});

test('a span run on across "in", "on", "at" or "to" is two names; "of" stays inside one', () => {
  const text = 'Drake in MVC Tournament final. The Gulf of Aden is calm.';
  assert.deepEqual(chainNames(text, [['Drake in MVC Tournament', 'organization'], ['Gulf of Aden', 'place']]), ['Drake', 'MVC Tournament', 'Gulf of Aden']);
});

test('a natural feature named without its kind is the same place; a city or a word inside a place name is not', () => {
  const text = 'Ships crossed the Mediterranean Sea. The Mediterranean was calm. Mexico City is not Mexico. The South China Sea is not China.';
  assert.deepEqual(
    chainNames(text, [
      ['Mediterranean Sea', 'place'], ['Mediterranean', 'place'], ['Mexico City', 'place'], ['Mexico', 'place'], ['South China Sea', 'place'], ['China', 'place'],
    ]),
    ['Mediterranean Sea', 'Mediterranean Sea', 'Mexico City', 'Mexico', 'South China Sea', 'China'],
  );
  const index = new EntityIndex();
  index.setDocument('a', article('Sakhalin Island shook.', [['Sakhalin Island', 'place']]));
  index.setDocument('b', article('Sakhalin shook.', [['Sakhalin', 'place']]));
  assert.equal(index.entityOf('b', 0), 'place:sakhalin island');
});

/** Every chain's id has a record, and that record holds the chain. */
function assertConsistent(index: EntityIndex, docs: ReadonlyMap<string, ReturnType<typeof article>>): void {
  for (const [docId, doc] of docs) {
    doc.chains.forEach((chain, i) => {
      const id = index.entityOf(docId, i) as string;
      assert.ok(index.get(id)?.documents.get(docId)?.includes(i), `${docId}: "${chain.name}" → ${id} has no record holding it`);
    });
  }
}

test('a name resolved through a run-on whose own root lies elsewhere still has a record (a hyphenated run-on)', () => {
  // "Pel-Ro Central Fire Department" reaches "Pel Ro Central" through "Central Pel-Ro", while "Pel Ro Central" asked
  // about directly goes to the much more used "Pel Dairy": the id and the record must come from the same resolution.
  const docs = new Map([
    ['a', article('Pel Dairy closed. Pel Ro Central opened.', [['Pel Dairy', 'organization'], ['Pel Ro Central', 'organization']])],
    ['b', article('Pel Dairy said so.', [['Pel Dairy', 'organization']])],
    ['c', article('Pel Dairy again.', [['Pel Dairy', 'organization']])],
    ['d', article('Central Pel-Ro called the Pel-Ro Central Fire Department.', [['Central Pel-Ro', 'organization'], ['Pel-Ro Central Fire Department', 'organization']])],
  ]);
  const index = new EntityIndex();
  for (const [docId, doc] of docs) index.setDocument(docId, doc);
  assertConsistent(index, docs);
  const fireDepartment = index.get(index.entityOf('d', 1) as string);
  assert.equal(fireDepartment?.name, 'Pel-Ro Central Fire Department');
  assert.equal(index.entityOf('a', 0), 'organization:pel dairy');
  index.removeDocument('b');
  assertConsistent(index, new Map([...docs].filter(([docId]) => docId !== 'b')));
});

/** The counts `all()` gives, by counting its records. */
function countedFromAll(index: EntityIndex): { entities: number; byType: Record<EntityType, number> } {
  const byType = Object.fromEntries(ENTITY_TYPES.map((type) => [type, 0])) as Record<EntityType, number>;
  const records = [...index.all()];
  for (const record of records) byType[record.type]++;
  return { entities: records.length, byType };
}

test('counts() equals counting all() after every add, replace, removal and decision', () => {
  const index = new EntityIndex();
  const docs: Array<[string, ReturnType<typeof article>]> = [['a', xiFull], ['b', xiShort], ['c', america], ['d', papers], ['e', xiShort]];
  assert.deepEqual(index.counts(), countedFromAll(index));
  assert.equal(index.counts().entities, 0);
  for (const [docId, doc] of docs) {
    index.setDocument(docId, doc);
    assert.deepEqual(index.counts(), countedFromAll(index), `after adding ${docId}`);
  }
  assert.ok(index.counts().byType.person >= 4);
  index.setDocument('c', papers);
  assert.deepEqual(index.counts(), countedFromAll(index), 'after replacing c');
  index.setDecisions({ same: [['person:xi jinping', 'person:joe biden']], different: [] });
  assert.deepEqual(index.counts(), countedFromAll(index), 'after a decision');
  for (const [docId] of docs) {
    index.removeDocument(docId);
    assert.deepEqual(index.counts(), countedFromAll(index), `after removing ${docId}`);
  }
  assert.equal(index.counts().entities, 0);
});

test('an index updated in any order, queried in between, gives the ids of one built afresh', () => {
  const seeds = path.resolve(__dirname, '..', '..', '..', 'samples', 'seeds');
  const docs = readdirSync(seeds).sort().map((name) => ({ id: name, analysis: analyze(readFileSync(path.join(seeds, name), 'utf8')) }));
  const variants = docs.map((d) => ({ id: `copy-${d.id}`, analysis: analyze(readFileSync(path.join(seeds, d.id), 'utf8').replace(/Xi Jinping/g, 'Xi Mingze')) }));
  const all = [...docs, ...variants];
  const incremental = new EntityIndex();
  const present = new Set<string>();
  let seed = 11;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let step = 0; step < 60; step++) {
    const doc = all[Math.floor(random() * all.length)];
    if (present.has(doc.id) && random() < 0.3) {
      incremental.removeDocument(doc.id);
      present.delete(doc.id);
    } else {
      incremental.setDocument(doc.id, doc.analysis);
      present.add(doc.id);
    }
    const asked = all[Math.floor(random() * all.length)];
    if (present.has(asked.id)) asked.analysis.chains.forEach((_, chain) => incremental.entityOf(asked.id, chain));
    if (step % 10 === 0) assert.deepEqual(incremental.counts(), countedFromAll(incremental), `counts at step ${step}`);
  }
  const fresh = new EntityIndex();
  for (const doc of all) if (present.has(doc.id)) fresh.setDocument(doc.id, doc.analysis);
  for (const doc of all) {
    if (!present.has(doc.id)) continue;
    doc.analysis.chains.forEach((chain, i) => assert.equal(incremental.entityOf(doc.id, i), fresh.entityOf(doc.id, i), `${doc.id}: ${chain.name}`));
  }
});
