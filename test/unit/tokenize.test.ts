import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceSpans, tokenize } from '../../server/src/analysis/tokenize';

const words = (text: string): string[] => tokenize(text).map((t) => t.text);

test('abbreviations keep their period, sentence-final periods do not', () => {
  assert.deepEqual(words('Sen. Thom Tillis met U.S. officials.'), ['Sen.', 'Thom', 'Tillis', 'met', 'U.S.', 'officials', '.']);
});

test("possessive 's is a token of its own, so names stop before it", () => {
  assert.deepEqual(words("TikTok's owner and the Embassy’s view"), ['TikTok', "'s", 'owner', 'and', 'the', 'Embassy', '’s', 'view']);
  assert.deepEqual(words("Americans' data"), ['Americans', "'", 'data']);
  assert.deepEqual(words("Tony Greig 's England and 'sure'"), ['Tony', 'Greig', "'s", 'England', 'and', "'", 'sure', "'"]);
});

test('a lower-case prefix is split from a capitalised name', () => {
  assert.deepEqual(words('the post-World War II order, pro-Trump voters, well-known'), ['the', 'post-', 'World', 'War', 'II', 'order', ',', 'pro-', 'Trump', 'voters', ',', 'well-known']);
});

test('offsets point into the text', () => {
  const text = 'Xi Jinping’s visit';
  for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.text);
});

test('sentences end at . ! ? and at line breaks, not after abbreviations', () => {
  const tokens = tokenize('HEADLINE HERE\nMr. Xi spoke. Then he left!\nEnd');
  assert.deepEqual(
    tokens.map((t) => t.sentence),
    [0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3],
  );
  assert.ok(tokens[2].sentenceStart && tokens[6].sentenceStart && !tokens[3].sentenceStart);
  assert.equal(sentenceSpans(tokens).length, 4);
});

test('a decimal point inside a hyphenated word does not end the sentence', () => {
  const tokens = tokenize('A magnitude-5.9 temblor shook Trujillo. It killed 140 people.');
  const sentenceOf = (word: string): number | undefined => tokens.find((t) => t.text === word)?.sentence;
  assert.equal(sentenceOf('temblor'), sentenceOf('A'));
  assert.notEqual(sentenceOf('It'), sentenceOf('A'));
});

test('a period with a comma right after it ends an abbreviation the list lacks, not the sentence', () => {
  const tokens = tokenize('She checked into a clinic in Port Avery, Ore., on Tuesday night. Her manager said so.');
  const sentenceOf = (word: string): number | undefined => tokens.find((t) => t.text === word)?.sentence;
  assert.equal(sentenceOf('Tuesday'), sentenceOf('She'));
  assert.notEqual(sentenceOf('manager'), sentenceOf('She'));
});
