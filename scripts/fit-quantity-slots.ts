// Fits the slot score of figures (server/src/analysis/conflicts/quantitySlots.ts) on ECB+ topics 1-12 and writes
// quantitySlotWeights.json: a pair of figures whose values differ is a positive when it is a labelled conflict of
// conflicts-dev.jsonl. The threshold is chosen by cross-validation over the dev topics, on the conflicts the index
// then shows: each topic's conflicts are shown under weights fit without that topic.
//   npm run fit:slots
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadEcbPlus } from '../eval/ecbplus';
import { matches, readLabels, type Label } from '../eval/conflicts';
import type { SlotCandidate } from '../server/src/analysis/conflicts/conflictIndex';
import { Corpus } from '../server/src/analysis/corpus';
import { SLOT_INPUT_SIGNS, SLOT_INPUTS } from '../server/src/analysis/conflicts/quantitySlots';
import { fitLogistic } from './fitLogistic';

const WEIGHTS_FILE = path.resolve(__dirname, '..', 'server', 'src', 'analysis', 'conflicts', 'quantitySlotWeights.json');
const EPOCHS = 2000;
const LEARNING_RATE = 2;
/** The weight decay, chosen with the threshold by cross-validation: the labelled pairs are few. */
const L2_GRID = [1e-3, 1e-2, 3e-2, 1e-1];
const DEV_LAST_TOPIC = 12;
/**
 * The share of value conflicts shown on held-out dev topics that must be on labelled pairs: the target is 0.70 on
 * unseen topics, and the share ran a few hundredths lower on topics 13-35 than on 1-12, hence the margin.
 */
const SHARE_TARGET = 0.75;
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.96, 0.97, 0.98, 0.99];

const topicOf = (doc: string): number => Number(doc.split('/')[0]);
const isValueLabel = (l: Label): boolean => l.kind === 'contradiction' || l.kind === 'discrepancy';

/** What the value conflicts shown at one threshold add up to, summed over held-out topics. */
interface Tally {
  shown: number;
  onLabels: number;
  found: number;
  /** Of those, the conflicts the slot score decided, and how many are on labels. */
  scored: number;
  scoredOnLabels: number;
}

/** Precision (share of shown on labels) and recall (labels found) together; the threshold's precision term. */
const f1 = (t: Tally, labels: number): number => {
  const precision = t.onLabels / Math.max(1, t.shown);
  const recall = t.found / Math.max(1, labels);
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
};

function fit(): void {
  const docs = loadEcbPlus().sort((x, y) => (x.doc < y.doc ? -1 : 1));
  const corpus = new Corpus();
  for (const d of docs) corpus.set(d.doc, d.text);
  const texts = new Map([...corpus.all()].map((a) => [a.uri, a.analysis.text]));
  const labels = readLabels('conflicts-dev.jsonl').filter(isValueLabel);
  let pairs = corpus.conflicts.slotCandidates().filter((c) => {
    const topic = topicOf(c.a.docId);
    return topic <= DEV_LAST_TOPIC && topic === topicOf(c.b.docId) && (c.relation === 'contradiction' || c.relation === 'discrepancy');
  });
  // A pair on a label's own quotes is a positive; one matched only through the label's `also` articles (any span of
  // theirs counts) may be any figure of those articles, and is left out of the fit.
  const ofTopic = (c: SlotCandidate): Label[] => labels.filter((l) => l.topic === topicOf(c.a.docId));
  const strict = (l: Label): Label => ({ ...l, also: { a: [], b: [] } });
  const loose = pairs.filter((c) => ofTopic(c).some((l) => matches(c, l, texts) && !matches(c, strict(l), texts)));
  const kept = pairs.filter((c) => !loose.includes(c));
  const truth = kept.map((c) => ofTopic(c).some((l) => matches(c, strict(l), texts)));
  pairs = kept;
  const positives = truth.filter(Boolean).length;
  console.log(`dev pairs of figures whose values differ: ${pairs.length}, on a labelled conflict: ${positives}`);
  const fitOn = (l2: number, keep: (c: SlotCandidate) => boolean): number[] => {
    const chosen = pairs.map((c, i) => [c, truth[i]] as const).filter(([c]) => keep(c));
    return fitLogistic(chosen.map(([c]) => c.inputs), chosen.map(([, t]) => t), { epochs: EPOCHS, rate: LEARNING_RATE, l2, signs: SLOT_INPUT_SIGNS.map(([, sign]) => sign) });
  };
  // Leave one topic out: its value conflicts are shown under weights fit on the other dev topics (each claim in one
  // conflict at most, articles of two events kept apart), and tallied per threshold over all held-out topics.
  const heldOut = (l2: number): Tally[] => {
    const tallies = THRESHOLDS.map((): Tally => ({ shown: 0, onLabels: 0, found: 0, scored: 0, scoredOnLabels: 0 }));
    for (let topic = 1; topic <= DEV_LAST_TOPIC; topic++) {
      const weights = fitOn(l2, (c) => topicOf(c.a.docId) !== topic);
      const topicLabels = labels.filter((l) => l.topic === topic);
      THRESHOLDS.forEach((threshold, k) => {
        const shown = corpus.conflicts.withSlotModel({ weights, threshold }, (doc) => topicOf(doc) === topic).all().filter((c) => !c.rule.startsWith('names/'));
        const found = new Set<Label>();
        for (const c of shown) {
          const hit = topicLabels.filter((l) => matches(c, l, texts));
          hit.forEach((l) => found.add(l));
          if (hit.length > 0) tallies[k].onLabels++;
          if (c.slotScore !== undefined) {
            tallies[k].scored++;
            if (hit.length > 0) tallies[k].scoredOnLabels++;
          }
        }
        tallies[k].shown += shown.length;
        tallies[k].found += found.size;
      });
    }
    return tallies;
  };
  // The best held-out F1 among settings that keep SHARE_TARGET on labels; of equal ones, per weight decay the middle
  // threshold, which lies furthest from those that find fewer or show more, and the smallest decay.
  const settings = L2_GRID.flatMap((l2) => {
    const tallies = heldOut(l2);
    const rows = THRESHOLDS.map((t, k) => ({ l2, t, tally: tallies[k], score: f1(tallies[k], labels.length) }));
    for (const { t, tally, score } of rows) {
      const { shown, onLabels, found, scored, scoredOnLabels } = tally;
      console.log(`l2 ${l2} threshold ${t.toFixed(2)}: held out, ${shown} value conflicts on dev, ${(onLabels / Math.max(1, shown)).toFixed(3)} on labels, ${found} labels found, F1 ${score.toFixed(4)}; scored ${scoredOnLabels}/${scored}`);
    }
    const passing = rows.filter((r) => r.tally.onLabels / Math.max(1, r.tally.shown) >= SHARE_TARGET);
    const top = Math.max(...passing.map((r) => r.score));
    const best = passing.filter((r) => r.score === top);
    return best.length > 0 ? [best[Math.floor((best.length - 1) / 2)]] : [];
  });
  const top = Math.max(...settings.map((r) => r.score));
  const chosen = settings.find((r) => r.score === top) ?? { l2: L2_GRID[0], t: 1 };
  const threshold = chosen.t;
  const weights = fitOn(chosen.l2, () => true);
  console.log(`l2 ${chosen.l2}, threshold ${threshold}`);
  SLOT_INPUTS.forEach((name, i) => console.log(`  ${name.padEnd(26)} ${weights[i].toFixed(3)}`));
  console.log(`  ${'bias'.padEnd(26)} ${weights[SLOT_INPUTS.length].toFixed(3)}`);
  const file = {
    note: `Fit on ECB+ topics 1-12 by scripts/fit-quantity-slots.ts (${pairs.length} pairs, ${positives} labelled; weight decay ${chosen.l2} and threshold by leave-one-topic-out F1); inputs: ${SLOT_INPUTS.join(', ')}, bias`,
    weights: weights.map((w) => Number(w.toFixed(3))),
    threshold: Number(threshold.toFixed(3)),
  };
  fs.writeFileSync(WEIGHTS_FILE, `${JSON.stringify(file, null, 2)}\n`);
}

fit();
