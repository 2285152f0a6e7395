// Emission scores at tagging time. A word's own features and the features it gives its neighbours do not depend on
// where it stands, so their weights are summed once per word and kept while the model is in use (most words of the
// news recur): a token then costs six row additions and the table lookups of its six pair features (features.ts),
// instead of thirty lookups; the context features (name-list tags, article flags) take few values, and their sums
// are kept by combination. The sums are of integers, so the scores are exactly those of decodeSentence, except at
// tokens the span rules leave only "O" (left at zero: the same for every path, so the best path is the same).
import type { Scorer } from './decode';
import {
  AGGREGATE_FEATURES,
  aggregateKeys,
  NEIGHBOUR_OFFSETS,
  neighbourKeys,
  contextKeys,
  OWN_FEATURES,
  ownKeys,
  pairKeys,
  PLACE_FEATURES,
  PLACE_VALUES,
  PlaceValue,
  placeValues,
  sentenceView,
  wordView,
  type ArticleWord,
  type DocumentContext,
  type WordClusters,
  type WordView,
} from './features';
import type { NameList } from './placeNames';

/** Rows kept per word: its own features, then what it gives the token at each neighbour offset. */
const ROWS_PER_WORD = 1 + NEIGHBOUR_OFFSETS.length;
/**
 * The most words kept from earlier articles (a few MB of int16 rows): past it, the table starts afresh before the
 * next article, never inside one, so each word of an article is summed once however large the article is.
 */
const MAX_WORDS = 1 << 15;
/** The most combinations of place values whose context rows are kept. */
const MAX_CONTEXT_ROWS = 1 << 14;

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
  private readonly values = new Uint32Array(PLACE_VALUES);
  /** Context rows by packed place values; the name-list tags and types as small numbers. */
  private readonly contextRows = new Map<number, Float64Array>();
  private readonly smallValues = new Map<number, number>();
  /**
   * Summed weights of each word's aggregate features (features.ts), for the article of `aggregateContext`: where its
   * row starts in `aggregateSums` (-1: it has none). One array for the article, not a typed array per word.
   */
  private aggregateContext: DocumentContext | undefined;
  private readonly aggregateRows = new Map<ArticleWord, number>();
  private aggregateSums = new Float64Array(0);
  private aggregateUsed = 0;
  /** The emission scores handed out, reused from sentence to sentence (each entry is assigned before it is added to). */
  private scores = new Float64Array(0);
  /** Each token's word id and shape hash, reused the same way (a sentence's typed arrays were a cost of their own). */
  private tokenIds = new Int32Array(0);
  private tokenShapes = new Uint32Array(0);
  /** A new word's rows while they are summed, before they are stored as int16. */
  private readonly wordSums: Float64Array;

  constructor(
    private readonly score: Scorer,
    width: number,
    private readonly clusters: WordClusters,
    private readonly names: NameList,
  ) {
    this.width = width;
    this.rows = new Int16Array(1024 * ROWS_PER_WORD * width);
    this.boundary = new Float64Array(NEIGHBOUR_OFFSETS.length * width);
    this.wordSums = new Float64Array(ROWS_PER_WORD * width);
    NEIGHBOUR_OFFSETS.forEach((offset, o) => this.sum(neighbourKeys(undefined, offset, this.keys, 0), this.boundary, o * width));
  }

  /** Called before an article's first sentence: forgets the words of earlier articles when they are too many. */
  startDocument(tokenCount: number): void {
    if (this.views.length + tokenCount > MAX_WORDS) this.clear();
  }

  /**
   * Emission scores of one sentence (width per token) and each token's shape hash, both valid until the next call;
   * tokens marked in `skipped` get zeros (decode.ts outsideOnly: no path depends on their scores).
   */
  emissions(words: readonly string[], context: DocumentContext, skipped: readonly boolean[]): { scores: Float64Array; shapes: Uint32Array } {
    const n = words.length;
    const width = this.width;
    if (this.tokenIds.length < n) {
      this.tokenIds = new Int32Array(2 * n);
      this.tokenShapes = new Uint32Array(2 * n);
    }
    const ids = this.tokenIds;
    let next = 0;
    const sentence = sentenceView(words, (word, caseless) => this.views[(ids[next++] = this.idOf(word, caseless))], this.names);
    if (this.scores.length < n * width) this.scores = new Float64Array(2 * n * width);
    const scores = this.scores;
    const shapes = this.tokenShapes;
    const rows = this.rows;
    for (let i = 0; i < n; i++) {
      const at = i * width;
      shapes[i] = sentence.views[i].shape;
      if (skipped[i]) {
        scores.fill(0, at, at + width);
        continue;
      }
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
      const entry = context.words.get(sentence.views[i].lower);
      placeValues(sentence, i, entry, this.values);
      const count = pairKeys(sentence, i, this.values, this.keys, 0);
      for (let k = 0; k < count; k++) this.score(this.keys[k], scores, at);
      const row = this.contextRow(this.values);
      for (let y = 0; y < width; y++) scores[at + y] += row[y];
      const aggregate = entry?.neighbours ? this.aggregateRow(context, entry) : -1;
      if (aggregate >= 0) for (let y = 0; y < width; y++) scores[at + y] += this.aggregateSums[aggregate + y];
    }
    return { scores, shapes };
  }

  /**
   * Where the summed weights of a word's aggregate features in this article start in `aggregateSums` (-1: it has
   * none), kept per article.
   */
  private aggregateRow(context: DocumentContext, entry: ArticleWord): number {
    if (context !== this.aggregateContext) {
      this.aggregateContext = context;
      this.aggregateRows.clear();
      this.aggregateUsed = 0;
    }
    let row = this.aggregateRows.get(entry);
    if (row === undefined) {
      const keys = aggregateKeys(entry);
      if (keys[0] === 0 && keys[AGGREGATE_FEATURES / 2] === 0) return -1;
      row = this.aggregateUsed;
      this.aggregateUsed += this.width;
      if (this.aggregateSums.length < this.aggregateUsed) {
        const grown = new Float64Array(2 * this.aggregateUsed);
        grown.set(this.aggregateSums.subarray(0, row));
        this.aggregateSums = grown;
      } else this.aggregateSums.fill(0, row, this.aggregateUsed);
      for (const key of keys) if (key !== 0) this.score(key, this.aggregateSums, row);
      this.aggregateRows.set(entry, row);
    }
    return row;
  }

  /** The summed weights of the context features of these place values, kept by their combination. */
  private contextRow(values: Uint32Array): Float64Array {
    // The name-list tags and types as small numbers (5 bits), the flags as they are: one key under 2^29.
    let key = this.small(values[PlaceValue.GazetteerBefore]);
    key = key * 32 + this.small(values[PlaceValue.Gazetteer]);
    key = key * 32 + this.small(values[PlaceValue.GazetteerAfter]);
    key = key * 32 + this.small(values[PlaceValue.LastType]);
    key = ((key * 4 + values[PlaceValue.Titles]) * 16 + values[PlaceValue.Seen]) * 4 + values[PlaceValue.Position];
    key = key * 2 + values[PlaceValue.Dateline];
    const packed = this.smallValues.size <= 32;
    let row = packed ? this.contextRows.get(key) : undefined;
    if (!row) {
      row = new Float64Array(this.width);
      this.sum(contextKeys(values, this.keys, 0), row, 0);
      if (this.contextRows.size >= MAX_CONTEXT_ROWS || !packed) this.clearContext();
      else this.contextRows.set(key, row);
    }
    return row;
  }

  private small(value: number): number {
    let id = this.smallValues.get(value);
    if (id === undefined) {
      id = this.smallValues.size;
      this.smallValues.set(value, id);
    }
    return id;
  }

  private clearContext(): void {
    this.contextRows.clear();
    this.smallValues.clear();
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
    const sums = this.wordSums.fill(0);
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
