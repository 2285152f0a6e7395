import { test } from 'node:test';
import assert from 'node:assert/strict';
import { letterLength, letterOrNumberLength, scanWords, type WordShape } from '../../server/src/analysis/letters';
import { forAll } from '../util/random';

test('letterLength and letterOrNumberLength agree with \\p{L} and [\\p{L}\\p{N}] on every UTF-16 unit', () => {
  for (let code = 0; code < 0x10000; code++) {
    const ch = String.fromCharCode(code);
    assert.equal(letterLength(ch, 0), /^\p{L}$/u.test(ch) ? 1 : 0, `letter U+${code.toString(16)}`);
    assert.equal(letterOrNumberLength(ch, 0), /^[\p{L}\p{N}]$/u.test(ch) ? 1 : 0, `letter or number U+${code.toString(16)}`);
  }
});

test('a letter or number outside the Basic Multilingual Plane is two units; a lone surrogate, an emoji and the text end are none', () => {
  const text = '𝐀x𝟏😀\ud835';
  assert.equal(letterLength(text, 0), 2);
  assert.equal(letterLength(text, 2), 1);
  assert.equal(letterLength(text, 3), 0);
  assert.equal(letterOrNumberLength(text, 3), 2);
  assert.equal(letterOrNumberLength(text, 5), 0);
  assert.equal(letterOrNumberLength(text, 7), 0);
  assert.equal(letterLength(text, 8), 0);
});

test('scanWords reads the words of both shapes as their expressions match them, on random text', () => {
  const letters: WordShape = { wordCharLength: letterLength, inner: new Set([0x27, 0x2019, 0x2d]), endsIn: new Set(), single: false };
  const names: WordShape = { wordCharLength: letterOrNumberLength, inner: new Set([0x2e, 0x27, 0x2019, 0x26, 0x2d]), endsIn: new Set([0x26, 0x2d]), single: true };
  const scanned = (text: string, shape: WordShape): string[] => {
    const words: string[] = [];
    scanWords(text, shape, (start, end) => words.push(text.slice(start, end)));
    return words;
  };
  const alphabet = ['a', 'B', 'é', '𝐀', '1', '𝟏', "'", '’', '-', '.', '&', ' ', '\n', '😀'];
  forAll(7, 500, (random) => Array.from({ length: random.int(0, 30) }, () => random.pick(alphabet)).join(''), (text) => {
    assert.deepEqual(scanned(text, letters), [...text.matchAll(/\p{L}[\p{L}'’-]*\p{L}/gu)].map((m) => m[0]), text);
    assert.deepEqual(scanned(text, names), [...text.matchAll(/\p{L}[\p{L}\p{N}'’.&-]*/gu)].map((m) => m[0].replace(/[.'’]+$/u, '')), text);
  });
});
