// The sort a pass between requests takes in steps gives what one stable sort gives, at every size around its step.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SteppedSort } from '../../server/src/analysis/steppedSort';

test('sorted in steps as Array.prototype.sort sorts, ties kept in their order', () => {
  for (const n of [0, 1, 2, 2047, 2048, 2049, 4096, 5000, 9001]) {
    // Keys with many ties; the index tells whether equal keys kept their order.
    const items = Array.from({ length: n }, (_, i) => ({ key: (i * 7919) % 97, i }));
    const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
    const sort = new SteppedSort(items, byKey);
    let steps = 1;
    while (sort.step()) steps++;
    assert.deepEqual(sort.sorted, [...items].sort(byKey), String(n));
    if (n > 4096) assert.ok(steps > 4, `${n}: ${steps} steps`);
  }
});
