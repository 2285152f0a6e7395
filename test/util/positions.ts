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

/** One semantic token, decoded from LSP's relative encoding. */
export interface DecodedToken {
  line: number;
  character: number;
  length: number;
  type: number;
}

/** Decodes LSP semantic token data (each token's line and start relative to the previous token). */
export function decodeSemanticTokens(data: ArrayLike<number>): DecodedToken[] {
  assert.equal(data.length % 5, 0, 'semantic token data comes in fives');
  const tokens: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    tokens.push({ line, character, length: data[i + 2], type: data[i + 3] });
  }
  return tokens;
}
