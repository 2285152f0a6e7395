// Structured averaged perceptron (Collins 2002) over the Viterbi decoder: the whole predicted label sequence is
// compared with the gold one, and the features that differ are updated. Lazy averaging: each weight remembers when
// it last changed. Sentences with unknown labels (partial annotation) are compared with the best path through the
// known labels.
//
// Speed: feature ids live in an open-addressing table (a Map of millions of numbers is slow to probe), and the
// transition scores of each token shape are kept until the next update (most sentences need none once training
// has converged a little), as tagging keeps them (decode.ts transitionCache).
import { bestPath, decodeSentence, tokenConstraints, transitions, type Scorer } from '../decode';
import { documentContext, rememberTypes, STATIC_FEATURES, transitionFeatures, type WordClusters } from '../features';
import type { NameList } from '../placeNames';
import type { SerializedModel } from '../tagger';
import type { LabelledDocument } from './conll';

/**
 * Bound on a token feature's weight while training (transitions are not bounded): a few very strong features
 * ("Mr", a listed name) would otherwise say all, and the features beside them learn nothing.
 */
const TOKEN_WEIGHT_CAP = 30;

export class PerceptronTrainer {
  readonly labels: string[];
  private readonly allowed: boolean[][];
  private readonly clusters: WordClusters;
  private readonly names: NameList;
  /** Open-addressing table, two entries a slot: feature key (0 = empty), id + 1. */
  private slots = new Int32Array(1 << 20);
  private featureCount = 0;
  /** Transition scores by token shape, valid until the next weight update. */
  private readonly transitionCache = new Map<number, Float64Array>();
  private weights = new Float64Array(0);
  private totals = new Float64Array(0);
  private stamps = new Float64Array(0);
  private clock = 0;

  constructor(labels: string[], clusters: WordClusters, names: NameList) {
    this.labels = labels;
    this.allowed = transitions(labels);
    this.clusters = clusters;
    this.names = names;
  }

  readonly score: Scorer = (key, scores, offset) => {
    const id = this.idOf(key);
    if (id < 0) return;
    const width = this.labels.length;
    for (let y = 0; y < width; y++) scores[offset + y] += this.weights[id * width + y];
  };

  /** One pass over a document, sentence by sentence in order (the article context grows as it is tagged). Returns tokens wrong. */
  train(doc: LabelledDocument): number {
    let wrong = 0;
    const context = documentContext(doc.sentences.map((s) => s.words));
    const pair = new Uint32Array(2);
    for (const sentence of doc.sentences) {
      this.clock++;
      // The span rules once a sentence, for its gold labels and both paths.
      const constraints = tokenConstraints(sentence.words, this.labels);
      const gold = this.goldTags(sentence.labels, constraints);
      const input = {
        words: sentence.words,
        labels: this.labels,
        allowed: this.allowed,
        constraints,
        context,
        clusters: this.clusters,
        names: this.names,
        score: this.score,
        transitionCache: this.transitionCache,
      };
      const predicted = decodeSentence(input);
      const partial = gold.some((g) => g < 0);
      const target = partial ? bestPath(input, predicted.emissions, predicted.shapes, gold) : gold;
      rememberTypes(context, sentence.words, this.labels, predicted.tags);
      for (let i = 0; i < target.length; i++) {
        const y = target[i];
        const p = predicted.tags[i];
        const yPrev = i > 0 ? target[i - 1] : 0;
        const pPrev = i > 0 ? predicted.tags[i - 1] : 0;
        if (y === p && yPrev === pPrev) continue;
        this.transitionCache.clear();
        if (y !== p) {
          wrong++;
          for (let k = i * STATIC_FEATURES; k < (i + 1) * STATIC_FEATURES; k++) {
            if (predicted.keys[k] === 0) continue;
            const id = this.idFor(predicted.keys[k]);
            this.bump(id, y, 1, TOKEN_WEIGHT_CAP);
            this.bump(id, p, -1, TOKEN_WEIGHT_CAP);
          }
        }
        transitionFeatures(yPrev, predicted.shapes[i], pair, 0);
        for (const key of pair) this.bump(this.idFor(key), y, 1);
        transitionFeatures(pPrev, predicted.shapes[i], pair, 0);
        for (const key of pair) this.bump(this.idFor(key), p, -1);
      }
    }
    return wrong;
  }

  /**
   * Gold label indexes (-1 where unknown), made to keep the span rules of the decoder: a token the rules keep outside
   * names ("'s" inside "McDonald 's") is "O", and the name after it starts anew.
   */
  private goldTags(labels: ReadonlyArray<string | null>, constraints: ReadonlyArray<readonly boolean[]>): number[] {
    const tags = labels.map((l) => (l === null ? -1 : this.labels.indexOf(l)));
    for (let i = 0; i < tags.length; i++) {
      if (tags[i] < 0) continue;
      if (!constraints[i][tags[i]]) tags[i] = 0;
      const label = this.labels[tags[i]];
      if (label.startsWith('I-') && (i === 0 || tags[i - 1] < 0 || this.labels[tags[i - 1]].slice(2) !== label.slice(2))) tags[i] = this.labels.indexOf('B-' + label.slice(2));
    }
    return tags;
  }

  /** Averaged weights, pruned (rows whose largest weight is under `minWeight`) and quantised to int8. */
  serialize(minWeight: number): SerializedModel {
    return serializeRows(this.labels, this.averagedRows(minWeight), minWeight);
  }

  /** The averaged weights by feature key, of the rows whose largest weight is at least `floor`. */
  averagedRows(floor: number): Map<number, Float64Array> {
    const width = this.labels.length;
    const rows = new Map<number, Float64Array>();
    for (let slot = 0; slot < this.slots.length; slot += 2) {
      const key = this.slots[slot];
      if (key === 0) continue;
      const id = this.slots[slot + 1] - 1;
      const row = new Float64Array(width);
      let largest = 0;
      for (let y = 0; y < width; y++) {
        const k = id * width + y;
        row[y] = (this.totals[k] + (this.clock - this.stamps[k]) * this.weights[k]) / this.clock;
        largest = Math.max(largest, Math.abs(row[y]));
      }
      if (largest >= floor) rows.set(key, row);
    }
    return rows;
  }

  /** The id of a feature key, or -1 when it has none yet. */
  private idOf(key: number): number {
    const mask = this.slots.length / 2 - 1;
    for (let slot = key & mask; this.slots[slot * 2] !== 0; slot = (slot + 1) & mask) {
      if (this.slots[slot * 2] === key) return this.slots[slot * 2 + 1] - 1;
    }
    return -1;
  }

  /** The id of a feature key, given a new one (and room for its weights) when it has none. */
  private idFor(key: number): number {
    const known = this.idOf(key);
    if (known >= 0) return known;
    const id = this.featureCount++;
    if (this.featureCount * 4 > this.slots.length) this.rehash();
    this.insert(key, id);
    const needed = (id + 1) * this.labels.length;
    if (needed > this.weights.length) this.grow(Math.max(needed, this.weights.length * 2));
    return id;
  }

  private insert(key: number, id: number): void {
    const mask = this.slots.length / 2 - 1;
    let slot = key & mask;
    while (this.slots[slot * 2] !== 0) slot = (slot + 1) & mask;
    this.slots[slot * 2] = key;
    this.slots[slot * 2 + 1] = id + 1;
  }

  /** Doubles the table (kept at most half full). */
  private rehash(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let slot = 0; slot < old.length; slot += 2) if (old[slot] !== 0) this.insert(old[slot], old[slot + 1] - 1);
  }

  private bump(id: number, label: number, delta: number, cap = Infinity): void {
    const k = id * this.labels.length + label;
    this.totals[k] += (this.clock - this.stamps[k]) * this.weights[k];
    this.stamps[k] = this.clock;
    this.weights[k] = Math.max(-cap, Math.min(cap, this.weights[k] + delta));
  }

  private grow(size: number): void {
    const copy = (old: Float64Array): Float64Array<ArrayBuffer> => {
      const next = new Float64Array(size);
      next.set(old);
      return next;
    };
    this.weights = copy(this.weights);
    this.totals = copy(this.totals);
    this.stamps = copy(this.stamps);
  }
}

/** Weight rows by feature key, pruned (rows whose largest weight is under `minWeight`) and quantised to int8. */
export function serializeRows(labels: string[], rows: ReadonlyMap<number, Float64Array>, minWeight: number): SerializedModel {
  const kept: Array<{ key: number; row: Float64Array }> = [];
  for (const [key, row] of rows) if (Math.max(...row.map(Math.abs)) >= minWeight) kept.push({ key, row });
  kept.sort((a, b) => a.key - b.key);
  const magnitudes = kept.flatMap((f) => Array.from(f.row, Math.abs)).sort((a, b) => a - b);
  // Clip the rare largest weights so the int8 steps stay fine for the rest.
  const scale = magnitudes[Math.floor(magnitudes.length * 0.9995)] / 127;
  const keys = new DataView(new ArrayBuffer(kept.length * 4));
  kept.forEach((f, i) => keys.setUint32(i * 4, f.key, true));
  const weights = Int8Array.from(kept.flatMap((f) => Array.from(f.row)), (w) => Math.max(-127, Math.min(127, Math.round(w / scale))));
  return { labels, keys: bytesToBase64(new Uint8Array(keys.buffer)), weights: bytesToBase64(new Uint8Array(weights.buffer)), scale };
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
