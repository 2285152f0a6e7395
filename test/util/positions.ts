// LSP positions in test texts, found by the words they point at.
import assert from 'node:assert/strict';

/** The position one character into the given occurrence of `needle` (inside the word, as a cursor would be). */
export function positionOf(text: string, needle: string, occurrence = 0): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `"${needle}" not in fixture`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length + 1 };
}
