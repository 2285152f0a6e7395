// A player's tally (claims/kinds/playerStatistic.ts) as multi-file fixtures through analyze() and the Corpus: filed
// under the player named before it, per game or per season, and never a target or a stretch of games.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { Corpus } from '../../server/src/analysis/corpus';

const GAME = 'The Harbor City Gulls beat the Millbrook Owls 88-80 on Tuesday night in the regional final at Pike Arena. {sentence} The Gulls will face the winner of the other final on Saturday, coach Ivo Brandt said after the game.';

function story(sentences: string[]): Corpus {
  const corpus = new Corpus();
  sentences.forEach((s, i) => corpus.set(`${String.fromCharCode(97 + i)}.txt`, GAME.replace('{sentence}', s)));
  assert.equal(new Set(sentences.map((_, i) => corpus.storyOf(`${String.fromCharCode(97 + i)}.txt`)?.id)).size, 1, 'one story');
  return corpus;
}

const tallies = (sentence: string) => analyze(GAME.replace('{sentence}', sentence)).claims.filter((c) => c.kind === 'player-statistic');

test("a player's points in a game: '14 points' against '18 points' for one player contradicts, rule named", () => {
  const conflicts = story(['Guard Lena Voss scored 14 points against the Owls.', 'Guard Lena Voss scored 18 points against the Owls.']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.kind, c.attribute, c.rule, c.a.claim.text, c.b.claim.text]), [['contradiction', 'tally: point', 'quantity/player-tally → compare/intervals', '14 points', '18 points']]);
});

test("two players' points are two slots", () => {
  assert.deepEqual(story(['Guard Lena Voss scored 14 points against the Owls.', 'Guard Mira Tallis scored 18 points against the Owls.']).conflicts.all(), []);
});

test('a tally of the season is kept apart from one of the game', () => {
  const [claim] = tallies('Lena Voss has missed three games this season, nursing a sore wrist.');
  assert.equal(claim?.slot, 'game (season)');
  assert.equal(claim?.subject, 'Lena Voss');
});

test('a target or a stretch of games is no tally: "needed nine points", "missed the last two games"', () => {
  assert.deepEqual(tallies('Lena Voss needed nine points to pass the school mark.'), []);
  assert.deepEqual(tallies('Lena Voss missed the last two games, nursing a sore wrist.'), []);
});
