// Word clusters from unlabelled text, computed offline (`npm run train -- --clusters` writes ner/clusters.json).
//
// Each frequent word is described by the words seen right before and right after it (counts over the most frequent
// context words, square-rooted and normalised), and the words are grouped by seeded spherical k-means: words used
// alike ("Feyenoord", "Ajax", "PSV") land together, so the tagger can carry what it learned about one to the others.
import type { SerializedClusters } from '../clusters';

export interface ClusterOptions {
  /** Words kept: the most frequent, at least `minCount` times. */
  vocabulary: number;
  minCount: number;
  contexts: number;
  clusters: number;
  iterations: number;
}

/** Sparse context vectors: per word, context indexes and weights. */
interface Vectors {
  words: string[];
  index: Int32Array[];
  value: Float64Array[];
}

function contextVectors(sentences: Iterable<readonly string[]>, options: ClusterOptions): Vectors {
  const counts = new Map<string, number>();
  const all: string[][] = [];
  for (const sentence of sentences) {
    const lower = sentence.map((w) => w.toLowerCase());
    all.push(lower);
    for (const w of lower) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const byFrequency = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const words = byFrequency.filter(([, n]) => n >= options.minCount).slice(0, options.vocabulary).map(([w]) => w);
  const wordId = new Map(words.map((w, i) => [w, i]));
  const contextId = new Map(byFrequency.slice(0, options.contexts).map(([w], i) => [w, i]));
  const rows = words.map(() => new Map<number, number>());
  const add = (row: Map<number, number>, context: string | undefined, side: number): void => {
    const id = context === undefined ? options.contexts : contextId.get(context);
    if (id === undefined) return;
    const key = side * (options.contexts + 1) + id;
    row.set(key, (row.get(key) ?? 0) + 1);
  };
  for (const sentence of all) {
    for (let i = 0; i < sentence.length; i++) {
      const id = wordId.get(sentence[i]);
      if (id === undefined) continue;
      add(rows[id], sentence[i - 1], 0);
      add(rows[id], sentence[i + 1], 1);
    }
  }
  const index: Int32Array[] = [];
  const value: Float64Array[] = [];
  for (const row of rows) {
    const keys = Int32Array.from([...row.keys()].sort((a, b) => a - b));
    const weights = Float64Array.from(keys, (k) => Math.sqrt(row.get(k) ?? 0));
    const norm = Math.hypot(...weights) || 1;
    index.push(keys);
    value.push(weights.map((w) => w / norm));
  }
  return { words, index, value };
}

/** Clusters of the vocabulary of `sentences`; deterministic (seeds are spread evenly over the frequency ranks). */
export function clusterWords(sentences: Iterable<readonly string[]>, options: ClusterOptions): SerializedClusters {
  const { words, index, value } = contextVectors(sentences, options);
  const dims = 2 * (options.contexts + 1);
  const k = Math.min(options.clusters, words.length);
  const centroids = new Float64Array(k * dims);
  for (let c = 0; c < k; c++) {
    const w = Math.floor((c * words.length) / k);
    for (let j = 0; j < index[w].length; j++) centroids[c * dims + index[w][j]] = value[w][j];
  }
  const assignment = new Int32Array(words.length);
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    for (let w = 0; w < words.length; w++) {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let j = 0; j < index[w].length; j++) dot += centroids[c * dims + index[w][j]] * value[w][j];
        if (dot > bestScore) {
          bestScore = dot;
          best = c;
        }
      }
      assignment[w] = best;
    }
    centroids.fill(0);
    for (let w = 0; w < words.length; w++) for (let j = 0; j < index[w].length; j++) centroids[assignment[w] * dims + index[w][j]] += value[w][j];
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += centroids[c * dims + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) centroids[c * dims + d] /= norm;
    }
  }
  const members: string[][] = Array.from({ length: k }, () => []);
  words.forEach((w, i) => members[assignment[i]].push(w));
  return { clusters: members.map((m) => m.join(' ')) };
}
