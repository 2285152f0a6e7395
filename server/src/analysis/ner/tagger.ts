// The trained tagger: an averaged perceptron over the features in features.ts, stored in model.json.
//
// model.json holds the labels, the kept feature strings joined by "\n", and one row of int8 weights per feature
// (base64, one weight per label, multiplied by `scale`). Loading decodes it into a Map and a Float32Array once.
import type { Token } from '../tokenize';
import { decodeSentence, labelsToSpans, transitions, type Scorer } from './decode';
import serialized from './model.json';
import type { TokenSpan } from './tokenSpan';

export interface SerializedModel {
  labels: string[];
  features: string;
  weights: string;
  scale: number;
}

export interface TaggerModel {
  labels: string[];
  allowed: boolean[][];
  featureIds: Map<string, number>;
  weights: Float32Array;
}

export function loadModel(model: SerializedModel): TaggerModel {
  const names = model.features.split('\n');
  const featureIds = new Map<string, number>();
  for (let i = 0; i < names.length; i++) featureIds.set(names[i], i);
  const bytes = atob(model.weights);
  const weights = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) weights[i] = ((bytes.charCodeAt(i) << 24) >> 24) * model.scale;
  return { labels: model.labels, allowed: transitions(model.labels), featureIds, weights };
}

let builtIn: TaggerModel | undefined;

/** The committed model, decoded on first use. */
export function builtInModel(): TaggerModel {
  builtIn ??= loadModel(serialized as SerializedModel);
  return builtIn;
}

export function scorerFor(model: TaggerModel): Scorer {
  const width = model.labels.length;
  return (features, scores) => {
    for (const feature of features) {
      const id = model.featureIds.get(feature);
      if (id === undefined) continue;
      const row = id * width;
      for (let y = 0; y < width; y++) scores[y] += model.weights[row + y];
    }
  };
}

/** Typed token spans for a whole text, sentence by sentence. */
export function tagTokens(tokens: readonly Token[], model: TaggerModel = builtInModel()): TokenSpan[] {
  const score = scorerFor(model);
  const spans: TokenSpan[] = [];
  let start = 0;
  while (start < tokens.length) {
    let end = start + 1;
    while (end < tokens.length && tokens[end].sentence === tokens[start].sentence) end++;
    const words = tokens.slice(start, end).map((t) => t.text);
    spans.push(...labelsToSpans(decodeSentence(words, model.labels, model.allowed, score), model.labels, start));
    start = end;
  }
  return spans;
}
