// Viterbi decoding over BIO labels with first-order transition features, shared by training and tagging.
import type { EntityType } from '../types';
import { NAME_CONNECTORS } from './lexicon';
import { HEADLINE_LOWER, STATIC_FEATURES, staticFeatures, transitionFeatures, type DocumentContext, type WordClusters } from './features';
import type { NameList } from './placeNames';
import type { TokenSpan } from './tokenSpan';

/** Adds the weights of feature `key` for every label into `scores` at `offset` (index = offset + label index). */
export type Scorer = (key: number, scores: Float64Array, offset: number) => void;

/** An "I-x" label may only follow "B-x" or "I-x"; precomputed as allowed[prev][label]. */
export function transitions(labels: readonly string[]): boolean[][] {
  return labels.map((prev) => labels.map((label) => !label.startsWith('I-') || prev.slice(2) === label.slice(2)));
}

/**
 * Types a number, a date, a comma or a bracket never belongs to: "LONDON 1996-08-22", "Pakistan 277-9", "Wasim 22"
 * end before it, "Mercantile , Commerce" is two names and so is "Saddam ( Hussein )" (titles of works may hold them).
 */
const PLAIN_NAMES: readonly string[] = ['person', 'organization', 'place', 'group'];
/**
 * Names a possessive never stands inside: a person's ("Tony Greig 's England" is two names) or a people's. Other
 * names may hold one after their first word ("People 's Daily", "St. Mary 's Hospital", "Workers ' Party": 55 of
 * the 1,682 possessives of CoNLL-2003 train, none in a person's name); the model weighs where, and a trailing one is
 * cut off after tagging (recognize.ts).
 */
const NOT_AROUND_POSSESSIVE: readonly string[] = ['person', 'group'];
const NUMBER = /^[\d.,:/-]*\d[\d.,:/-]*$/;
const POSSESSIVE = /^['’][sS]?$/;
/**
 * The marks that may stand inside a name as tokens of their own ("AT & T", "Bosnia / Herzegovina", "St . Louis",
 * "Who Framed Roger Rabbit ?"); any other lone mark or symbol ("%", "#", '"', "*") never does in CoNLL-2003 train.
 */
const NAME_MARKS: ReadonlySet<string> = new Set(['&', '/', '.', "'", '’', ':', '!', '?', '-', '–']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** What the span rules see in a token (an index into the rows of constraintRows). */
const enum TokenKind {
  Word,
  Possessive,
  Number,
  Connector,
  And,
  /** A comma or a bracket. */
  Break,
  /** A word in lower case that is not a name connector ("reunites", "eastern"; not "de", "van", "al-Aqsa"). */
  Lower,
  /** A lone mark or symbol that is not one of NAME_MARKS ("%", "#", "*"). */
  Symbol,
}

function tokenKind(word: string): TokenKind {
  const first = word.charCodeAt(0);
  // Most tokens start with a letter and are none of these; decide them by the first character.
  if (word.length === 1 && !NAME_MARKS.has(word) && !(first < 128 ? isAsciiLetterOrDigit(first) : LETTER_OR_DIGIT.test(word))) {
    return word === ',' || word === '(' || word === ')' ? TokenKind.Break : TokenKind.Symbol;
  }
  if ((first >= 65 && first <= 90) || first >= 128 ? first !== 0x2019 : false) return TokenKind.Word;
  if (word === 'and') return TokenKind.And;
  if (HEADLINE_LOWER.has(word)) return TokenKind.Connector;
  if (POSSESSIVE.test(word)) return TokenKind.Possessive;
  if (NUMBER.test(word)) return TokenKind.Number;
  return first >= 97 && first <= 122 && isLowerWord(word) ? TokenKind.Lower : TokenKind.Word;
}

/** word !== word.toLowerCase(), without the lower-cased copy for ASCII words (most tokens). */
function hasCapital(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return word !== word.toLowerCase();
    if (code >= 65 && code <= 90) return true;
  }
  return false;
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** True when a word has no capital letter and is not a name connector, nor starts with one and a hyphen ("al-"). */
function isLowerWord(word: string): boolean {
  if (hasCapital(word) || NAME_CONNECTORS.has(word)) return false;
  const hyphen = word.indexOf('-');
  return hyphen < 0 || !NAME_CONNECTORS.has(word.slice(0, hyphen));
}

const rowsByLabels = new WeakMap<readonly string[], boolean[][]>();
/** The rows of constraintRows that leave a token only "O". */
const outsideOnlyRows = new WeakSet<readonly boolean[]>();

/** Per token kind, the labels a token of that kind may take. */
function constraintRows(labels: readonly string[]): boolean[][] {
  let rows = rowsByLabels.get(labels);
  if (!rows) {
    const kinds = [TokenKind.Word, TokenKind.Possessive, TokenKind.Number, TokenKind.Connector, TokenKind.And, TokenKind.Break, TokenKind.Lower, TokenKind.Symbol];
    rows = kinds.map((kind) =>
      labels.map((label) => {
        if (label === 'O' || kind === TokenKind.Word) return true;
        if (kind === TokenKind.Possessive) return label.startsWith('I-') && !NOT_AROUND_POSSESSIVE.includes(label.slice(2));
        if (kind === TokenKind.Lower || kind === TokenKind.Symbol) return false;
        if (kind === TokenKind.Number) return !PLAIN_NAMES.includes(label.slice(2));
        if (kind === TokenKind.Break) return label.startsWith('I-') && !PLAIN_NAMES.includes(label.slice(2));
        return !label.startsWith('B-') && !(kind === TokenKind.And && label === 'I-person');
      }),
    );
    rowsByLabels.set(labels, rows);
    for (const row of rows) if (row.every((allowed, y) => allowed === (y === 0))) outsideOnlyRows.add(row);
  }
  return rows;
}

/**
 * Span rules a reader applies, as labels a token may not take: a possessive ends a person's or a people's name
 * ("Greig 's England" is two) and starts none ("People 's Daily", "Queen 's Park" may hold one),
 * a number, a date, a comma or a bracket is outside a person, organisation, place or group, "and" does not continue
 * a person's name ("Kelli Kuehne and Tiger Woods" are two people), a name does not start with "of", "the" or another
 * short word written in lower case ("Warns of Retaliation"), no other word in lower case is in a name ("Atalanta
 * reunites Lentini", "eastern Nigeria"; "Rio de Janeiro" and "al-Aqsa" keep theirs), and no lone symbol is ("%",
 * '"'; NAME_MARKS may be). constraints[i][y]: token i may
 * take label y.
 */
export function tokenConstraints(words: readonly string[], labels: readonly string[]): boolean[][] {
  const rows = constraintRows(labels);
  return words.map((word) => rows[tokenKind(word)]);
}

/**
 * Per token of tokenConstraints, whether the span rules leave it only "O" (a word in lower case, a symbol): every
 * path takes "O" there, so its emission scores add the same to all of them and need not be summed.
 */
export function outsideOnly(constraints: ReadonlyArray<readonly boolean[]>): boolean[] {
  return constraints.map((row) => outsideOnlyRows.has(row));
}

/**
 * Lines this much made of lone symbols are not prose (random bytes, code, ASCII art): no name is looked for in them.
 * Set on the training text: at a third, 15 of CoNLL-2003 train's 15,351 sentences ("Amount $ 0.21 $ 0.19",
 * "[ CORRECTED 05:30 GMT ]") reach it, with 6 names, all MISC ("GMT"), none a person, organisation or place; none
 * of GMB's 47,959, and one of ECB+ 1-35's 13,523, without a gold mention. Random printable bytes reach it in 79 % of
 * their tokens.
 */
const SYMBOL_SHARE = 1 / 3;
const SYMBOL_LINE_MIN_WORDS = 4;

/** True when a sentence is mostly lone symbols (SYMBOL_SHARE), so that the tagger leaves it all outside names. */
export function isSymbolLine(words: readonly string[]): boolean {
  if (words.length < SYMBOL_LINE_MIN_WORDS) return false;
  let symbols = 0;
  for (const word of words) if (word.length === 1 && tokenKind(word) === TokenKind.Symbol) symbols++;
  return symbols >= words.length * SYMBOL_SHARE;
}

/** What the best path needs besides the emission scores. */
export interface PathInput {
  words: readonly string[];
  labels: readonly string[];
  allowed: readonly boolean[][];
  score: Scorer;
  /** The labels each token may take (tokenConstraints), where the caller has them already. */
  constraints?: ReadonlyArray<readonly boolean[]>;
  /**
   * Transition scores by token shape (width × width), kept across the sentences of one text while the weights stay
   * the same (tagging, not training).
   */
  transitionCache?: Map<number, Float64Array>;
}

export interface DecodeInput extends PathInput {
  context: DocumentContext;
  clusters: WordClusters;
  names: NameList;
}

export interface Decoded {
  tags: number[];
  /** Static feature keys, STATIC_FEATURES per token, and each token's shape hash (for updates in training). */
  keys: Uint32Array;
  shapes: Uint32Array;
  /** The emission scores the path was chosen by (width per token), for a second path through known labels. */
  emissions: Float64Array;
}

const predecessorCache = new WeakMap<readonly boolean[][], Int32Array[]>();

/** For each label, the labels that may come before it ("I-place" only after "B-place" or "I-place"). */
function predecessorsOf(allowed: readonly boolean[][]): Int32Array[] {
  let lists = predecessorCache.get(allowed);
  if (!lists) {
    lists = allowed.map((_, y) => Int32Array.from(allowed.flatMap((row, p) => (row[y] ? [p] : []))));
    predecessorCache.set(allowed, lists);
  }
  return lists;
}

/**
 * step[y * width + p]: the score of moving from label p to label y at a token of this shape (by target label, so
 * that Viterbi reads each label's predecessors in a row); -Infinity where BIO forbids the move.
 */
function transitionScores(shape: number, allowed: readonly boolean[][], score: Scorer): Float64Array {
  const width = allowed.length;
  const byPrevious = new Float64Array(width * width);
  const pair = new Uint32Array(2);
  for (let p = 0; p < width; p++) {
    transitionFeatures(p, shape, pair, 0);
    score(pair[0], byPrevious, p * width);
    score(pair[1], byPrevious, p * width);
  }
  const step = new Float64Array(width * width);
  for (let y = 0; y < width; y++) for (let p = 0; p < width; p++) step[y * width + p] = allowed[p][y] ? byPrevious[p * width + y] : -Infinity;
  return step;
}

/** The best label sequence for one sentence; label 0 must be "O" (it is also the label before the first token). */
export function decodeSentence(input: DecodeInput): Decoded {
  const { keys, shapes } = staticFeatures(input.words, input.context, input.clusters, input.names);
  const n = input.words.length;
  const width = input.labels.length;
  const emissions = new Float64Array(n * width);
  for (let i = 0; i < n; i++) for (let k = i * STATIC_FEATURES; k < (i + 1) * STATIC_FEATURES; k++) input.score(keys[k], emissions, i * width);
  return { tags: bestPath(input, emissions, shapes), keys, shapes, emissions };
}

/** Path scores and back pointers of bestPath, reused from sentence to sentence (every entry read is written first). */
let pathScores = new Float64Array(0);
let backPointers = new Int32Array(0);

/**
 * Viterbi over emission scores (width per token; left as they are) and the transitions at each token's shape,
 * within the span rules and the `known` labels (training: a label index per token, -1 where free; the best path
 * through them).
 */
export function bestPath(input: PathInput, emissions: Float64Array, shapes: Uint32Array, known?: readonly number[]): number[] {
  const { words, labels, allowed, score, transitionCache, constraints } = input;
  const n = words.length;
  const width = labels.length;
  const rows = constraintRows(labels);
  const predecessors = predecessorsOf(allowed);
  if (backPointers.length < n * width) {
    backPointers = new Int32Array(2 * n * width);
    pathScores = new Float64Array(2 * n * width);
  }
  const back = backPointers;
  // best[i * width + y]: the score of the best path ending in label y at token i.
  const best = pathScores;
  for (let i = 0; i < n; i++) {
    let step = transitionCache?.get(shapes[i]);
    if (!step) {
      step = transitionScores(shapes[i], allowed, score);
      transitionCache?.set(shapes[i], step);
    }
    const allowedHere = constraints ? constraints[i] : rows[tokenKind(words[i])];
    const fixed = known !== undefined && known[i] >= 0 ? known[i] : -1;
    const row = i * width;
    for (let y = 0; y < width; y++) {
      if (!allowedHere[y] || (fixed >= 0 && fixed !== y)) {
        best[row + y] = -Infinity;
        back[row + y] = 0;
        continue;
      }
      if (i === 0) {
        best[y] = emissions[y] + step[y * width];
        continue;
      }
      let top = -Infinity;
      let from = 0;
      const before = predecessors[y];
      const previous = row - width;
      const into = y * width;
      if (before.length === width) {
        // Any label may come before this one: read the previous scores and the transitions in order.
        for (let p = 0; p < width; p++) {
          const total = best[previous + p] + step[into + p];
          if (total > top) {
            top = total;
            from = p;
          }
        }
      } else {
        for (let q = 0; q < before.length; q++) {
          const p = before[q];
          const total = best[previous + p] + step[into + p];
          if (total > top) {
            top = total;
            from = p;
          }
        }
      }
      best[row + y] = emissions[row + y] + top;
      back[row + y] = from;
    }
  }
  const tags = new Array<number>(n);
  let last = 0;
  for (let y = 1; y < width; y++) if (best[(n - 1) * width + y] > best[(n - 1) * width + last]) last = y;
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = last;
    last = back[i * width + last];
  }
  return tags;
}

/** Typed spans from BIO label indexes; token offsets are added to `offset`. */
export function labelsToSpans(tags: readonly number[], labels: readonly string[], offset = 0): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (let i = 0; i < tags.length; i++) {
    const label = labels[tags[i]];
    if (label === 'O') continue;
    const type = label.slice(2) as EntityType;
    let end = i + 1;
    while (end < tags.length && labels[tags[end]] === 'I-' + type) end++;
    spans.push({ start: offset + i, end: offset + end, type });
    i = end - 1;
  }
  return spans;
}
