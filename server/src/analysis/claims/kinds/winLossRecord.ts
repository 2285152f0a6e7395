// A fighter's or a coach's win-loss record ("Klitschko (52-3", "Cheeks compiled a mark of 122-147").
import { INCOMPARABLE, type KindModule } from './kind';

export const winLossRecord: KindModule = {
  kind: 'win-loss-record',
  label: 'win-loss record',
  scope: 'entity',
  // A record is its owner's whoever else the sentence names ("Varga (40-2) beat Blake"): the opponent is no other event.
  matching: 'owner',
  cumulative: () => false,
  compare: (a, b) => {
    const [x, y] = [a.value, b.value];
    if (x.kind !== 'record' || y.kind !== 'record') return INCOMPARABLE;
    if (x.wins === y.wins && x.losses === y.losses) return { relation: 'same', rule: 'records' };
    // Two records over about as many games disagree; a season's record and a career's are different things.
    const [games, others] = [x.wins + x.losses, y.wins + y.losses];
    return { relation: Math.abs(games - others) <= 0.15 * Math.max(games, others) ? 'contradiction' : 'incomparable', rule: 'records' };
  },
};
