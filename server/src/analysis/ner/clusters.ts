// Word clusters learned offline from unlabelled news text (scripts/word-clusters.ts writes clusters.json): words that
// occur in similar contexts share a number, so the tagger generalises from "Feyenoord" to clubs it never saw labelled.
import serialized from './clusters.json';
import type { WordClusters } from './features';

export interface SerializedClusters {
  /** Cluster numbers (1-based) and their words, space-separated. */
  clusters: string[];
}

let builtIn: WordClusters | undefined;

/** The committed clusters, as a table from lower-cased word to cluster number. */
export function wordClusters(): WordClusters {
  builtIn ??= clusterTable(serialized as SerializedClusters);
  return builtIn;
}

export function clusterTable(clusters: SerializedClusters): WordClusters {
  const table = new Map<string, number>();
  clusters.clusters.forEach((words, c) => {
    for (const word of words.split(' ')) if (word) table.set(word, c + 1);
  });
  return table;
}
