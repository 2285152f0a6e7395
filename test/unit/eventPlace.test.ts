// Where an event happened, read through analyze(): the verb or event word, a preposition of place and the named place.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const placesOf = (text: string): Array<[string, string, string]> =>
  analyze(text).claims.filter((c) => c.kind === 'event-place').map((c) => [c.rule, c.slot, c.value.kind === 'place' ? c.value.parts.join(', ') : '']);

test('a verb, a preposition and a named place with its region make one claim, keyed by the verb', () => {
  const text = 'Pin-up model Bettie Page died on Thursday, her agent said. Page had moved to Miami, Florida, in the late 1950s, Mark Roesler said.';
  assert.deepEqual(placesOf(text), [['place/verb-at-place', 'mov', 'miami, florida']]);
});

test('an event word names the slot by its class: "was arrested in" and "the arrest in" are one slot', () => {
  assert.deepEqual(placesOf('Police said the gunman was arrested in Tacoma, Washington, on Friday.').map(([, slot]) => slot), ['arrest']);
});

test('where something was told, a participle describing a noun and a crowd are no place of an event', () => {
  assert.deepEqual(placesOf('The ministry said in Athens that thousands marched in Thessaloniki on Friday.'), []);
  assert.deepEqual(placesOf('Doctors treated the injured in Athens on Friday, the ministry said.'), []);
});

test('a phrasal verb is keyed as written: "pulled up to" is no arrest, "moved back to" no move', () => {
  const text = 'Lindsay Lohan pulled up to Malibu on Thursday, and her mother moved back to Miami, Florida, in May, her spokesman Tom Ross said.';
  assert.deepEqual(placesOf(text).map(([, slot]) => slot), ['pull up', 'mov back']);
});

test("a place past its verb's date is the verb's place, under a rule of its own", () => {
  assert.deepEqual(placesOf('Police said the gunman was arrested on Friday in Tacoma, Washington, after a chase.'), [['place/verb-date-place', 'arrest', 'tacoma, washington']]);
  assert.deepEqual(placesOf('The singer died Sunday at Halden General Hospital, her agent said.'), [['place/verb-date-place', 'death', 'halden general hospital']]);
  // A date that is no verb's leaves the place unread: "said on Friday in Athens" tells where it was told.
  assert.deepEqual(placesOf('The ministry said on Friday in Athens that the talks would resume.'), []);
});
