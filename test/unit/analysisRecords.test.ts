// The persisted index stores an analysis as JSON when JSON says exactly what the analysis holds, else as v8's
// serialisation: either way it reads back equal to the analysis made, and a damaged record does not read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import type { DocumentAnalysis } from '../../server/src/analysis/types';
import { decodeAnalysis, encodeAnalysis } from '../../server/src/node/analysisRecords';

const TEXT = `HARBOUR TOWN, March 3, 2021 - At least 40 people were hurt on Tuesday when a ferry struck the pier, the port
authority said. More than 200 passengers were on board. Captain Mira Olsen said the ferry had left on time.`;

const isJson = (bytes: Uint8Array) => bytes[0] === '{'.charCodeAt(0);

test('an analysis with open intervals is stored as JSON and reads back equal to the one made', () => {
  const analysis = analyze(TEXT);
  const open = analysis.claims.filter((c) => c.value.kind === 'interval' && c.value.interval.high === Infinity);
  assert.ok(open.length > 0, 'the fixture has an "at least" claim');
  const bytes = encodeAnalysis(analysis);
  assert.ok(isJson(bytes));
  assert.deepStrictEqual(decodeAnalysis(bytes), analysis);
});

test('what JSON cannot say exactly is stored as v8 serialisation and reads back equal', () => {
  const analysis = analyze(TEXT);
  const odd: Array<Partial<DocumentAnalysis> & Record<string, unknown>> = [
    { negativeZero: -0 },
    { notANumber: Number.NaN },
    { missing: undefined },
    { nul: 'a\u0000b' },
    { '\u0000Infinity': 1 },
    { when: new Date(0) },
  ];
  for (const extra of odd) {
    const value = { ...analysis, ...extra } as DocumentAnalysis;
    const bytes = encodeAnalysis(value);
    assert.ok(!isJson(bytes), JSON.stringify(Object.keys(extra)));
    assert.deepStrictEqual(decodeAnalysis(bytes), value);
  }
});

test('a damaged record does not read', () => {
  const bytes = Buffer.from(encodeAnalysis(analyze(TEXT)));
  assert.throws(() => decodeAnalysis(bytes.subarray(0, bytes.length - 10)));
  assert.throws(() => decodeAnalysis(Buffer.from('{"mentions":[]}')));
  assert.throws(() => decodeAnalysis(Buffer.from([0xff, 0x0f, 0x01])));
});
