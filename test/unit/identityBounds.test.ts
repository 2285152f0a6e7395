// Pathological inputs for the identity steps: each is big enough that a quadratic or cubic step would hang the suite,
// and each test checks the answer, not the time.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EntityIndex } from '../../server/src/analysis/identity/entityIndex';
import { linkMentions } from '../../server/src/analysis/identity/linkMentions';
import { nameTokens } from '../../server/src/analysis/identity/names';
import type { EntityType, RecognizedMention } from '../../server/src/analysis/types';

/** A recognized mention for every occurrence of each name, in text order (longer names first where they overlap). */
function everyOccurrence(text: string, names: ReadonlyArray<[string, EntityType]>): RecognizedMention[] {
  const pattern = new RegExp(`\\b(?:${[...names].sort((a, b) => b[0].length - a[0].length).map(([name]) => name).join('|')})\\b`, 'g');
  const types = new Map(names);
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], type: types.get(m[0]) as EntityType }));
}

/** Distinct capitalised words: Baab, Baac, … */
const word = (i: number): string => `B${i.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26))).padStart(3, 'a')}`;

/** One document whose only chain is the whole text, of the given type. */
const wholeText = (text: string, type: EntityType) => linkMentions(text, [{ start: 0, end: text.length, text, type }]);

test('20,000-character run-on names still find the full names inside them', () => {
  const person = [...Array.from({ length: 4000 }, (_, i) => word(i)), 'Xi', 'Jinping'].join(' ');
  const team = [...Array.from({ length: 4000 }, (_, i) => word(i + 4000)), 'Boston', 'Red', 'Sox'].join(' ');
  assert.ok(person.length > 20000 && team.length > 20000);
  const index = new EntityIndex();
  index.setDocument('a', wholeText('Xi Jinping', 'person'));
  index.setDocument('b', wholeText('Red Sox', 'organization'));
  index.setDocument('c', wholeText(person, 'person'));
  index.setDocument('d', wholeText(team, 'organization'));
  assert.equal(index.entityOf('c', 0), 'person:xi jinping');
  assert.equal(index.entityOf('d', 0), 'organization:red sox');
  assert.deepEqual(index.counts(), { entities: 2, byType: { person: 1, organization: 1, place: 0, event: 0, law: 0, work: 0, group: 0, other: 0 } });
});

test('long runs of closing punctuation inside a word are trimmed in one pass', () => {
  assert.deepEqual(nameTokens(`Lohan${')'.repeat(100000)}x said`), [`lohan${')'.repeat(100000)}x`, 'said']);
  assert.deepEqual(nameTokens(`"Tara Reid${'”'.repeat(100000)}`), ['tara', 'reid']);
  const dots = `Anna${'.'.repeat(100000)}b`;
  const text = `Big Red Dog Runs Far\n${dots} met Anna Berg.\nAnna Berg left.\n`;
  const { mentions } = linkMentions(text, everyOccurrence(text, [['Anna Berg', 'person']]));
  assert.deepEqual(mentions.map((m) => m.text), ['Anna Berg', 'Anna Berg']);
});

test('40,000 headline lines and a long body: each word is placed in its line without scanning all of them', () => {
  const headlines = Array.from({ length: 40000 }, (_, i) => `Big Red ${word(i)}x Runs Far`).join('\n');
  const text = `${headlines}\n${'In the body Anna Berg met Carl Dorn, and Berg left.\n'.repeat(10000)}`;
  const { mentions, chains } = linkMentions(text, everyOccurrence(text, [['Anna Berg', 'person'], ['Carl Dorn', 'person'], ['Berg', 'person']]));
  assert.equal(mentions.length, 30000);
  assert.deepEqual(chains.map((c) => [c.name, c.mentions.length]), [['Anna Berg', 20000], ['Carl Dorn', 10000]]);
});

test('one line naming 20,000 people links each name to its own chain in bounded work per mention', () => {
  const names = Array.from({ length: 20000 }, (_, i) => `Anna ${word(i)}`);
  const text = `${names.join(', ')}, and Anna ${word(19999)} again.`;
  const recognized = everyOccurrence(text, names.map((n) => [n, 'person'] as [string, EntityType]));
  const { mentions, chains } = linkMentions(text, recognized);
  assert.equal(chains.length, 20000);
  assert.equal(mentions.length, 20001);
  assert.equal(mentions[mentions.length - 1].chain, mentions[mentions.length - 2].chain);
});

test('a 5,000-word title-case span is cut to the names the body uses', () => {
  const words = Array.from({ length: 5000 }, (_, i) => word(i));
  const headline = ['United', 'States', ...words.slice(0, 2500), 'Anna', 'Berg', ...words.slice(2500)].join(' ');
  const text = `${headline}\nThe body says Anna Berg met officials in the United States, and they talked.\n`;
  const recognized: RecognizedMention[] = [
    { start: 0, end: headline.length, text: headline, type: 'organization' },
    ...everyOccurrence(text.slice(headline.length), [['Anna Berg', 'person'], ['United States', 'place']]).map((m) => ({ ...m, start: m.start + headline.length, end: m.end + headline.length })),
  ];
  const { mentions } = linkMentions(text, recognized);
  assert.deepEqual(mentions.map((m) => m.text), ['United States', 'Anna Berg', 'Anna Berg', 'United States']);
});

test('a short form or an acronym joins its name across 200 other names, but not once 300 more came between', () => {
  const fillers = (from: number, count: number): string[] => Array.from({ length: count }, (_, i) => `Carl ${word(from + i)}`);
  const [between, after] = [fillers(0, 200), fillers(200, 300)];
  const text = `The Association of Southeast Asian Nations met Anna Berg, ${between.join(', ')}, and then ASEAN and Berg agreed, ${after.join(', ')}, and Berg spoke.`;
  const names: Array<[string, EntityType]> = [
    ['Association of Southeast Asian Nations', 'organization'],
    ['ASEAN', 'organization'],
    ['Anna Berg', 'person'],
    ['Berg', 'person'],
    ...[...between, ...after].map((n) => [n, 'person'] as [string, EntityType]),
  ];
  const { mentions } = linkMentions(text, everyOccurrence(text, names));
  const chainOf = (form: string, nth = 0): number => mentions.filter((m) => m.text === form)[nth].chain;
  assert.equal(chainOf('ASEAN'), chainOf('Association of Southeast Asian Nations'));
  assert.equal(chainOf('Berg'), chainOf('Anna Berg'));
  assert.notEqual(chainOf('Berg', 1), chainOf('Anna Berg'));
  assert.equal(new Set(mentions.map((m) => m.chain)).size, 2 + 500 + 1);
});

test('a surname shared by 100 names joins the one mentioned last, though it was named first', () => {
  const people = Array.from({ length: 100 }, (_, i) => `${word(i)} Smith`);
  const text = `${people.join(', ')} met. Then ${people[0]} left, and Smith said no; ${people[50]} stayed, and Smith said yes.`;
  const names: Array<[string, EntityType]> = [['Smith', 'person'], ...people.map((n) => [n, 'person'] as [string, EntityType])];
  const { mentions } = linkMentions(text, everyOccurrence(text, names));
  const chainsOf = (form: string): number[] => mentions.filter((m) => m.text === form).map((m) => m.chain);
  assert.deepEqual(chainsOf('Smith'), [chainsOf(people[0])[0], chainsOf(people[50])[0]]);
  assert.equal(new Set(mentions.map((m) => m.chain)).size, 100);
});
