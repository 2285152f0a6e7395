// Fits the slot score of figures (server/src/analysis/conflicts/quantitySlots.ts) on ECB+ topics 1-12 and writes
// quantitySlotWeights.json: a pair of figures whose values differ is a positive when it is a labelled conflict of
// conflicts-dev.jsonl. The threshold is chosen on the conflicts the index then shows on dev.
//   npm run fit:slots
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadEcbPlus } from '../eval/ecbplus';
import { matches, readLabels, sameFamily, type Label } from '../eval/conflicts';
import type { SlotCandidate } from '../server/src/analysis/conflicts/conflictIndex';
import { Corpus } from '../server/src/analysis/corpus';
import { SLOT_INPUT_SIGNS, SLOT_INPUTS } from '../server/src/analysis/conflicts/quantitySlots';
import { fitLogistic } from './fitLogistic';

const WEIGHTS_FILE = path.resolve(__dirname, '..', 'server', 'src', 'analysis', 'conflicts', 'quantitySlotWeights.json');
const EPOCHS = 2000;
const LEARNING_RATE = 2;
const L2 = 1e-3;
const DEV_LAST_TOPIC = 12;
/**
 * The share of conflicts shown on dev that must be on labelled pairs: the target is 0.70 on unseen topics, and
 * the share ran a few hundredths lower on topics 13-35 than on 1-12 before this score, hence the margin.
 */
const SHARE_TARGET = 0.75;
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.96, 0.97, 0.98, 0.99];

const topicOf = (doc: string): number => Number(doc.split('/')[0]);

function fit(): void {
  const docs = loadEcbPlus().sort((x, y) => (x.doc < y.doc ? -1 : 1));
  const corpus = new Corpus();
  for (const d of docs) corpus.set(d.doc, d.text);
  const texts = new Map([...corpus.all()].map((a) => [a.uri, a.analysis.text]));
  const labels = readLabels('conflicts-dev.jsonl').filter((l) => l.kind === 'contradiction' || l.kind === 'discrepancy');
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
  const weights = fitLogistic(pairs.map((c) => c.inputs), truth, { epochs: EPOCHS, rate: LEARNING_RATE, l2: L2, signs: SLOT_INPUT_SIGNS.map(([, sign]) => sign) });
  // The threshold is chosen on the conflicts the index shows on dev (each claim in one conflict at most, articles of
  // two events kept apart): the most labels found while SHARE_TARGET of the conflicts shown stay on labels,
  // and of those the highest share.
  const isDev = (doc: string): boolean => topicOf(doc) <= DEV_LAST_TOPIC;
  const allLabels = readLabels('conflicts-dev.jsonl');
  const passing: Array<{ t: number; found: number }> = [];
  for (const t of THRESHOLDS) {
    const shown = corpus.conflicts.withSlotModel({ weights, threshold: t }, isDev).all();
    const found = new Set<Label>();
    let onLabels = 0;
    for (const c of shown) {
      const hit = allLabels.filter((l) => l.topic === topicOf(c.a.docId) && sameFamily(c, l) && matches(c, l, texts));
      hit.forEach((l) => found.add(l));
      if (hit.length > 0) onLabels++;
    }
    const share = onLabels / Math.max(1, shown.length);
    console.log(`threshold ${t.toFixed(2)}: ${shown.length} conflicts on dev, ${share.toFixed(3)} on labels, ${found.size} labels found`);
    if (share >= SHARE_TARGET) passing.push({ t, found: found.size });
  }
  // Of the thresholds that find the most labels, the middle one: on some 120 conflicts, shares a conflict or two
  // apart are noise, and the middle of the run lies furthest from the thresholds that find fewer or show more.
  const most = Math.max(...passing.map((k) => k.found));
  const best = passing.filter((k) => k.found === most);
  const threshold = best.length > 0 ? best[Math.floor((best.length - 1) / 2)].t : 1;
  console.log(`threshold ${threshold}`);
  SLOT_INPUTS.forEach((name, i) => console.log(`  ${name.padEnd(26)} ${weights[i].toFixed(3)}`));
  console.log(`  ${'bias'.padEnd(26)} ${weights[SLOT_INPUTS.length].toFixed(3)}`);
  const file = {
    note: `Fit on ECB+ topics 1-12 by scripts/fit-quantity-slots.ts (${pairs.length} pairs, ${positives} labelled); inputs: ${SLOT_INPUTS.join(', ')}, bias`,
    weights: weights.map((w) => Number(w.toFixed(3))),
    threshold: Number(threshold.toFixed(3)),
  };
  fs.writeFileSync(WEIGHTS_FILE, `${JSON.stringify(file, null, 2)}\n`);
}

fit();
