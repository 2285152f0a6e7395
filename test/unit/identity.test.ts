import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkMentions } from '../../server/src/analysis/identity/linkMentions';
import type { EntityType, RecognizedMention } from '../../server/src/analysis/types';

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

test('roles are collected per chain and the definition is the first full-name mention', () => {
  const text = 'Blinken flew. Secretary of State Antony Blinken met Chinese leader Xi Jinping.';
  const { chains } = linkMentions(text, recognize(text, [['Blinken', 'person'], ['Antony Blinken', 'person', 'Secretary of State'], ['Xi Jinping', 'person', 'Chinese leader']]));
  assert.deepEqual(chains.map((c) => [c.name, c.roles, c.definition]), [['Antony Blinken', ['Secretary of State'], 1], ['Xi Jinping', ['Chinese leader'], 2]]);
});
