import { test } from 'node:test';
import assert from 'node:assert/strict';
import { letterLength, letterOrNumberLength } from '../../server/src/analysis/letters';

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
