import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { findQuantities } from '../../server/src/analysis/quantities';
import { tokenize } from '../../server/src/analysis/tokenize';
import type { DateMention } from '../../server/src/analysis/types';

function quantities(text: string, dates: DateMention[] = []): string[] {
  return findQuantities(text, tokenize(text), dates).map((q) => `${q.text}|${q.kind}|${q.value}${q.currency ? `|${q.currency}` : ''}`);
}

test('digits, scales and word numbers', () => {
  assert.deepEqual(quantities('killing at least five, 1,247 species and 2.5 million users'), ['five|number|5', '1,247|number|1247', '2.5 million|number|2500000']);
  assert.deepEqual(quantities('twenty-three men and two hundred thousand others'), ['twenty-three|number|23', 'two hundred thousand|number|200000']);
  assert.deepEqual(quantities('a dozen ships'), ['a dozen|number|12']);
  assert.deepEqual(quantities('about two dozen local farmers and three dozen others'), ['two dozen|number|24', 'three dozen|number|36']);
});

test('money with its currency', () => {
  assert.deepEqual(quantities('a $2.5 million deal'), ['$2.5 million|money|2500000|USD']);
  assert.deepEqual(quantities('euro110 billion ($143-billion)'), ['euro110 billion|money|110000000000|EUR', '$143-billion|money|143000000000|USD']);
  assert.deepEqual(quantities('worth e75m'), ['e75m|money|75000000|EUR']);
  assert.deepEqual(quantities('a hundred billion dollars'), ['a hundred billion dollars|money|100000000000|USD']);
});

test('percentages and ordinals', () => {
  assert.deepEqual(quantities('turnout reached 93.87 percent, stocks fell 5.4 per cent and 3%'), ['93.87 percent|percent|93.87', '5.4 per cent|percent|5.4', '3%|percent|3']);
  assert.deepEqual(quantities('his sixth defense and the 12th round'), ['sixth|ordinal|6', '12th|ordinal|12']);
});

test('vague plurals have no single value', () => {
  assert.deepEqual(quantities('dozens of people'), ['dozens|number|null']);
});

test('pronoun "one" and numbers inside dates are skipped', () => {
  assert.deepEqual(quantities('no one was hurt'), []);
  const text = 'On May 5, 2010, three people died.';
  const date: DateMention = { start: 3, end: 14, text: 'May 5, 2010', kind: 'date', value: '2010-05-05', granularity: 'day', derivation: '', relative: false };
  assert.deepEqual(quantities(text, [date]), ['three|number|3']);
});

// Repeated figures in one run-on line (0.3 MB of "$1,", 0.2 MB of percentages) are read in one pass.
test('a run-on line of money or percentages is read as that many figures', () => {
  const money = analyze('$1,'.repeat(100_000)).quantities;
  assert.equal(money.length, 100_000);
  assert.ok(money.every((q) => q.kind === 'money' && q.value === 1 && q.currency === 'USD'));
  const percents = analyze('turnout rose 5% '.repeat(20_000)).quantities;
  assert.equal(percents.length, 20_000);
  assert.ok(percents.every((q) => q.kind === 'percent' && q.value === 5));
});
