// Averaged perceptron training (lazy averaging: each weight remembers when it last changed).
import { decodeSentence, transitions, type Scorer } from '../decode';
import type { SerializedModel } from '../tagger';
import type { LabelledSentence } from './gmb';

export class PerceptronTrainer {
  readonly labels: string[];
  private readonly allowed: boolean[][];
  private readonly ids = new Map<number, number>();
  private weights = new Float64Array(0);
  private totals = new Float64Array(0);
  private stamps = new Float64Array(0);
  private clock = 0;

  constructor(labels: string[]) {
    this.labels = labels;
    this.allowed = transitions(labels);
  }

  readonly score: Scorer = (key, scores) => {
    const id = this.ids.get(key);
    if (id === undefined) return;
    const width = this.labels.length;
    for (let y = 0; y < width; y++) scores[y] += this.weights[id * width + y];
  };

  /** One pass over a sentence; updates where the prediction differs from a known label. Returns tokens wrong. */
  train(sentence: LabelledSentence): number {
    let wrong = 0;
    const gold = sentence.labels.map((l) => (l === null ? -1 : this.labels.indexOf(l)));
    decodeSentence(sentence.words, this.labels, this.allowed, this.score, (i, features, predicted) => {
      this.clock++;
      if (gold[i] < 0) return predicted;
      if (predicted !== gold[i]) {
        wrong++;
        for (const feature of features) {
          const id = this.idFor(feature);
          this.bump(id, gold[i], 1);
          this.bump(id, predicted, -1);
        }
      }
      return gold[i];
    });
    return wrong;
  }

  /** Averaged weights, pruned (rows whose largest weight is under `minWeight`) and quantised to int8. */
  serialize(minWeight: number): SerializedModel {
    const width = this.labels.length;
    const kept: Array<{ key: number; row: number[] }> = [];
    for (const [key, id] of this.ids) {
      const row: number[] = [];
      for (let y = 0; y < width; y++) {
        const k = id * width + y;
        row.push((this.totals[k] + (this.clock - this.stamps[k]) * this.weights[k]) / this.clock);
      }
      if (Math.max(...row.map(Math.abs)) >= minWeight) kept.push({ key, row });
    }
    kept.sort((a, b) => a.key - b.key);
    const magnitudes = kept.flatMap((f) => f.row.map(Math.abs)).sort((a, b) => a - b);
    // Clip the rare largest weights so the int8 steps stay fine for the rest.
    const scale = magnitudes[Math.floor(magnitudes.length * 0.9995)] / 127;
    const keys = new DataView(new ArrayBuffer(kept.length * 4));
    kept.forEach((f, i) => keys.setUint32(i * 4, f.key, true));
    const weights = Int8Array.from(kept.flatMap((f) => f.row), (w) => Math.max(-127, Math.min(127, Math.round(w / scale))));
    return { labels: this.labels, keys: bytesToBase64(new Uint8Array(keys.buffer)), weights: bytesToBase64(new Uint8Array(weights.buffer)), scale };
  }

  private idFor(key: number): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
      const needed = (id + 1) * this.labels.length;
      if (needed > this.weights.length) this.grow(Math.max(needed, this.weights.length * 2));
    }
    return id;
  }

  private bump(id: number, label: number, delta: number): void {
    const k = id * this.labels.length + label;
    this.totals[k] += (this.clock - this.stamps[k]) * this.weights[k];
    this.stamps[k] = this.clock;
    this.weights[k] += delta;
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

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
