// A player's tally in a game, a season or a career ("Carter scored 14 points", "Lowe missed nine games this
// season"), filed under that player: two reports of one player's points in one game must agree.
import { compareFigures } from './figures';
import type { KindModule } from './kind';

export const playerStatistic: KindModule = {
  kind: 'player-statistic',
  label: 'tally of a player',
  scope: 'entity',
  // The game, season or career is the story's: the days and periods its sentences name tell two games apart.
  matching: 'default',
  cumulative: () => false,
  // A tally several times another is of another game or span ("14 points" in a game, "40" in a series).
  compare: (a, b) => compareFigures(a, b, 3),
};
