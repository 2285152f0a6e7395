// Emission scores at tagging time. A word's own features and the features it gives its neighbours do not depend on
// where it stands, so their weights are summed once per word and kept while the model is in use (most words of the
// news recur): a token then costs five row additions and the table lookups of its place features (features.ts),
// instead of thirty lookups. The sums are of integers, so the scores are exactly those of decodeSentence.
import type { Scorer } from './decode';
import {
  NEIGHBOUR_OFFSETS,
  neighbourKeys,
  OWN_FEATURES,
  ownKeys,
  PLACE_FEATURES,
  placeKeys,
  sentenceView,
  wordView,
  type DocumentContext,
  type WordClusters,
  type WordView,
} from './features';

/** Rows kept per word: its own features, then what it gives the token at each neighbour offset. */
const ROWS_PER_WORD = 1 + NEIGHBOUR_OFFSETS.length;
/** The most words kept (past it, the table starts afresh between sentences): a few MB of int16 rows. */
const MAX_WORDS = 1 << 15;

export class WordScores {
  private readonly width: number;
  /** Word id by word as written, one table for ordinary lines and one for caseless ones. */
  private readonly ids = [new Map<string, number>(), new Map<string, number>()];
  private readonly views: WordView[] = [];
  /** Summed weights, ROWS_PER_WORD × width per word id (sums of at most OWN_FEATURES int8 weights fit int16). */
  private rows: Int16Array;
  /** What the sentence boundary gives the tokens next to it, per neighbour offset. */
  private readonly boundary: Float64Array;
  private readonly keys = new Uint32Array(Math.max(OWN_FEATURES, PLACE_FEATURES));

  constructor(
    private readonly score: Scorer,
    width: number,
    private readonly clusters: WordClusters,
  ) {
    this.width = width;
    this.rows = new Int16Array(1024 * ROWS_PER_WORD * width);
    this.boundary = new Float64Array(NEIGHBOUR_OFFSETS.length * width);
    NEIGHBOUR_OFFSETS.forEach((offset, o) => this.sum(neighbourKeys(undefined, offset, this.keys, 0), this.boundary, o * width));
  }

  /** Emission scores of one sentence (width per token) and each token's shape hash. */
  emissions(words: readonly string[], context: DocumentContext): { scores: Float64Array; shapes: Uint32Array } {
    const n = words.length;
    const width = this.width;
    if (this.views.length + n > MAX_WORDS) this.clear();
    const ids = new Int32Array(n);
    let next = 0;
    const sentence = sentenceView(words, (word, caseless) => this.views[(ids[next++] = this.idOf(word, caseless))]);
    const scores = new Float64Array(n * width);
    const shapes = new Uint32Array(n);
    const rows = this.rows;
    for (let i = 0; i < n; i++) {
      const at = i * width;
      shapes[i] = sentence.views[i].shape;
      let from = ids[i] * ROWS_PER_WORD * width;
      for (let y = 0; y < width; y++) scores[at + y] = rows[from + y];
      for (let o = 0; o < NEIGHBOUR_OFFSETS.length; o++) {
        const j = i + NEIGHBOUR_OFFSETS[o];
        if (j < 0 || j >= n) {
          for (let y = 0; y < width; y++) scores[at + y] += this.boundary[o * width + y];
          continue;
        }
        from = (ids[j] * ROWS_PER_WORD + 1 + o) * width;
        for (let y = 0; y < width; y++) scores[at + y] += rows[from + y];
      }
      const count = placeKeys(sentence, i, context, this.keys, 0);
      for (let k = 0; k < count; k++) this.score(this.keys[k], scores, at);
    }
    return { scores, shapes };
  }

  private idOf(word: string, caseless: boolean): number {
    const table = this.ids[caseless ? 1 : 0];
    const known = table.get(word);
    if (known !== undefined) return known;
    const id = this.views.length;
    const view = wordView(word, caseless, this.clusters);
    this.views.push(view);
    table.set(word, id);
    const width = this.width;
    if ((id + 1) * ROWS_PER_WORD * width > this.rows.length) {
      const grown = new Int16Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    const sums = new Float64Array(ROWS_PER_WORD * width);
    this.sum(ownKeys(view, caseless, this.keys, 0), sums, 0);
    NEIGHBOUR_OFFSETS.forEach((offset, o) => this.sum(neighbourKeys(view, offset, this.keys, 0), sums, (1 + o) * width));
    this.rows.set(sums, id * ROWS_PER_WORD * width);
    return id;
  }

  /** Adds the weights of this.keys[0, count) into out at offset. */
  private sum(count: number, out: Float64Array, offset: number): void {
    for (let k = 0; k < count; k++) this.score(this.keys[k], out, offset);
  }

  private clear(): void {
    for (const table of this.ids) table.clear();
    this.views.length = 0;
  }
}
