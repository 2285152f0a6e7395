// Repairs recognizer spans before linking. Headlines are written in title case, so a recognizer reading capitals runs
// names into the words around them ("Lindsay Lohan Checks Into Betty Ford Rehab"); the article body tells the names
// apart from the ordinary words: names recur there as mentions, ordinary words recur there in lowercase.
import type { RecognizedMention } from '../types';
import { COUNTRIES } from '../ner/lexicon';
import { knownEntity, MAX_KNOWN_NAME_WORDS } from './aliases';
import { FUNCTION_WORDS, nameKey, nameTokens } from './names';
import { letterOrNumberLength, scanWords, type WordShape } from '../letters';
import { firstWhere } from '../spanIndex';

interface Word {
  text: string;
  start: number;
  end: number;
}

/**
 * A word here: a letter, then letters, numbers and . ' ’ & - (what \p{L}[\p{L}\p{N}'’.&-]* matches), without a
 * closing period or apostrophe.
 */
const WORD: WordShape = { wordCharLength: letterOrNumberLength, inner: new Set([0x2e, 0x27, 0x2019, 0x26, 0x2d]), endsIn: new Set([0x26, 0x2d]), single: true };
// Regular expressions are module constants: the bundler writes a \p{…} literal as `new RegExp(…)`, which a literal
// inside a function would build again on every call (the per-word tests here were the top cost of this step).
const CAPITALISED = /^\p{Lu}/u;
/** Whether a word starts with a capital; ASCII answered without the expression. */
function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first < 0x80) return first >= 0x41 && first <= 0x5a;
  return CAPITALISED.test(word);
}
/** The longest name looked for inside a headline span: longer phrases are run-ons, and trying them all is cubic. */
const MAX_NAME_WORDS = 12;

/** The words of a text (WORD), at their offsets plus `offset`. */
function wordsOf(text: string, offset: number): Word[] {
  const words: Word[] = [];
  scanWords(text, WORD, (start, end) => words.push({ text: text.slice(start, end), start: offset + start, end: offset + end }));
  return words;
}

/**
 * Each mention text's words (at offsets in the text itself) and their lowercase forms, read once per spelling for all
 * the steps here: an article writes the same few names again and again (nothing changes them).
 */
class MentionWords {
  private readonly words = new Map<string, Word[]>();
  private readonly lower = new Map<string, string[]>();
  private readonly keys = new Map<string, string>();

  of(text: string): readonly Word[] {
    let words = this.words.get(text);
    if (words === undefined) this.words.set(text, (words = wordsOf(text, 0)));
    return words;
  }

  lowerOf(text: string): readonly string[] {
    let lower = this.lower.get(text);
    if (lower === undefined) this.lower.set(text, (lower = this.of(text).map((w) => w.text.toLowerCase())));
    return lower;
  }

  /** The lowercase words joined by spaces: "lindsay lohan". */
  keyOf(text: string): string {
    let key = this.keys.get(text);
    if (key === undefined) this.keys.set(text, (key = this.lowerOf(text).join(' ')));
    return key;
  }
}

interface Line {
  start: number;
  end: number;
  /** Its words, at their offsets in the text. */
  words: Word[];
  /** The words lower-cased. */
  lower: string[];
}

/** The text's lines and their words, read once for every step here (words never cross a line break). */
function linesOf(text: string): Line[] {
  const all = wordsOf(text, 0);
  const lines: Line[] = [];
  let next = 0;
  for (let start = 0; ; ) {
    const lineEnd = text.indexOf('\n', start);
    const end = lineEnd < 0 ? text.length : lineEnd;
    const words: Word[] = [];
    while (next < all.length && all[next].start < end) words.push(all[next++]);
    lines.push({ start, end, words, lower: words.map((w) => w.text.toLowerCase()) });
    if (lineEnd < 0) return lines;
    start = lineEnd + 1;
  }
}

/** Lines whose content words are nearly all capitalised and that do not end a sentence: headlines and section titles. */
function titleCaseLines(text: string, lines: readonly Line[]): Line[] {
  return lines.filter((line) => {
    // The sentence end first: it rules out most lines of a body without counting their words.
    if (text.slice(line.start, line.end).trimEnd().endsWith('.')) return false;
    const content = line.words.filter((_, i) => !FUNCTION_WORDS.has(line.lower[i]));
    const capitalised = content.filter((w) => isCapitalised(w.text)).length;
    return content.length >= 3 && capitalised >= 0.75 * content.length;
  });
}

/** What the body says about names and words: names it mentions by themselves, words it writes in lowercase mid-sentence. */
interface BodyEvidence {
  /** Lowercase word sequences of mentions outside title-case lines, "lindsay lohan" → its mention's type. */
  names: Map<string, RecognizedMention['type']>;
  lowercaseWords: Set<string>;
  capitalisedWords: Set<string>;
}

function bodyEvidence(
  text: string,
  lines: readonly Line[],
  recognized: readonly RecognizedMention[],
  inTitle: (at: number) => boolean,
  mentionWords: MentionWords,
): BodyEvidence {
  const names = new Map<string, RecognizedMention['type']>();
  for (const m of recognized) {
    if (inTitle(m.start)) continue;
    const key = mentionWords.keyOf(m.text);
    if (key && !names.has(key)) names.set(key, m.type);
  }
  const lowercaseWords = new Set<string>();
  const capitalisedWords = new Set<string>();
  for (const line of lines) {
    line.words.forEach((w, i) => {
      if (inTitle(w.start)) return;
      // A capital after a sentence end says nothing about the word.
      if (followsSentenceBreak(text, w.start)) return;
      (isCapitalised(w.text) ? capitalisedWords : lowercaseWords).add(line.lower[i]);
    });
  }
  return { names, lowercaseWords, capitalisedWords };
}

const SENTENCE_BREAKS = new Set(['.', '!', '?', ':', '"', '“', '‘', '(']);
const WHITE_SPACE = /^\s$/u;

/**
 * Whether a word at `start` begins the text or comes, within the three characters before it, after a sentence end, a
 * colon, an opening quote or bracket, or a line break, with only white space between.
 */
function followsSentenceBreak(text: string, start: number): boolean {
  if (start === 0) return true;
  for (let i = start - 1; i >= Math.max(0, start - 3); i--) {
    const c = text[i];
    if (c === '\n') return true;
    if (c !== ' ' && !WHITE_SPACE.test(c)) return SENTENCE_BREAKS.has(c);
  }
  return false;
}

/** Prepositions of place and time join a name to its setting, not two parts of one name ("Drake in MVC Tournament"). */
const SETTING_WORDS = new Set(['in', 'on', 'at', 'to']);

/**
 * Lowercase words a recognizer kept are not part of a name, except particles inside one ("Gulf of Aden"): the span is
 * cut there into the names on either side ("Lohan lawyer" → Lohan; "Klitschko dominated Rahman" → Klitschko, Rahman;
 * "Oilers in Week" → Oilers, Week).
 */
function splitAtLowercase(m: RecognizedMention, mentionWords: MentionWords): RecognizedMention[] {
  // Offsets in m.text.
  const words = mentionWords.of(m.text);
  if (words.every((w) => isCapitalised(w.text))) return [m];
  const parts: RecognizedMention[] = [];
  let run: Word[] = [];
  const close = (): void => {
    while (run.length > 0 && !isCapitalised(run[run.length - 1].text)) run.pop();
    if (run.length === 0) return;
    const [start, end] = [m.start + run[0].start, m.start + run[run.length - 1].end];
    const part = { ...m, start, end, text: m.text.slice(start - m.start, end - m.start) };
    parts.push(parts.length === 0 && start === m.start && end === m.end ? m : part);
    run = [];
  };
  for (const w of words) {
    if (isCapitalised(w.text)) run.push(w);
    else if (run.length > 0 && FUNCTION_WORDS.has(w.text) && !SETTING_WORDS.has(w.text)) run.push(w);
    else close();
  }
  close();
  return parts;
}

/** The body's names inside a title-case span, longest first from the left; the span itself when the body uses it whole. */
function bodyNamesInside(m: RecognizedMention, evidence: BodyEvidence): RecognizedMention[] {
  const words = wordsOf(m.text, m.start);
  const phrase = (from: number, to: number): string => words.slice(from, to).map((w) => w.text.toLowerCase()).join(' ');
  if (evidence.names.has(phrase(0, words.length))) return [m];
  const found: RecognizedMention[] = [];
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    for (let j = Math.min(words.length, i + MAX_NAME_WORDS); j > i; j--) {
      const type = evidence.names.get(phrase(i, j));
      if (type === undefined) continue;
      const [start, end] = [words[i].start, words[j - 1].end];
      found.push({ start, end, text: m.text.slice(start - m.start, end - m.start), type });
      matched = j - i;
      break;
    }
    i += Math.max(1, matched);
  }
  return found;
}

/** A title-case span's edge words that the body writes only in lowercase ("Dies", "Checks") are trimmed off. */
function withoutOrdinaryEdges(m: RecognizedMention, evidence: BodyEvidence): RecognizedMention | undefined {
  const words = wordsOf(m.text, m.start);
  const ordinary = (w: Word): boolean => {
    const lower = w.text.toLowerCase();
    return FUNCTION_WORDS.has(lower) || (evidence.lowercaseWords.has(lower) && !evidence.capitalisedWords.has(lower));
  };
  let [first, last] = [0, words.length - 1];
  // A leading article belongs to the name as written ("The New York Times").
  while (first <= last && ordinary(words[first]) && words[first].text.toLowerCase() !== 'the') first++;
  while (last >= first && ordinary(words[last])) last--;
  if (first > last) return undefined;
  const [start, end] = [words[first].start, words[last].end];
  if (start === m.start && end === m.end) return m;
  return { ...m, start, end, text: m.text.slice(start - m.start, end - m.start) };
}

/** Words a span may grow by on either side to become a name the article uses elsewhere. */
const MAX_GROWTH = 3;

/**
 * A span that is part of a name the article writes in full elsewhere grows to it when the words beside it spell it
 * ("Zealand" → New Zealand); the mentions it swallows go.
 */
function grownToArticleNames(text: string, lines: readonly Line[], mentions: readonly RecognizedMention[], mentionWords: MentionWords): RecognizedMention[] {
  // The multi-word names as a tree of words: a phrase is looked up by walking its words, not built as a string.
  const names = new WordTree();
  for (const m of mentions) {
    const words = mentionWords.lowerOf(m.text);
    if (words.length >= 2) names.add(words);
  }
  if (names.isEmpty()) return [...mentions];
  const growable = (w: Word): boolean => isCapitalised(w.text) || FUNCTION_WORDS.has(w.text);
  const at = new WordsAt(text, lines);
  const grown = mentions.map((m) => {
    const lineIndex = at.line[m.start];
    const { words: line, lower } = lines[lineIndex];
    // The first words of the line ending after the span's start and after its last character.
    const first = at.wordAfter[m.start];
    const lastLine = m.end > 0 ? at.line[m.end - 1] : -1;
    const last = lastLine === lineIndex ? at.wordAfter[m.end - 1] : lastLine > lineIndex ? line.length : 0;
    if (first >= line.length || last >= line.length || last < first) return m;
    // The span grows only by capitalised or function words, at most MAX_GROWTH a side.
    let mostBefore = 0;
    while (mostBefore < MAX_GROWTH && first - mostBefore - 1 >= 0 && growable(line[first - mostBefore - 1])) mostBefore++;
    let mostAfter = 0;
    while (mostAfter < MAX_GROWTH && last + mostAfter + 1 < line.length && growable(line[last + mostAfter + 1])) mostAfter++;
    // With no word to grow by, no name can be found that is longer than the span: the tree is not walked.
    if (mostBefore === 0 && mostAfter === 0) return m;
    // The longest name from `first - before` to `last + after` (of equals, the least grown in front, then behind).
    let best: { from: number; to: number } | undefined;
    for (let before = 0; before <= mostBefore; before++) {
      const from = first - before;
      names.walk(lower, from, last + mostAfter, (to) => {
        if (to < last || (before === 0 && to === last)) return;
        if (!best || to - from > best.to - best.from) best = { from, to };
      });
    }
    if (!best) return m;
    const [start, end] = [line[best.from].start, line[best.to].end];
    return { ...m, start, end, text: text.slice(start, end) };
  });
  return withoutContained(grown);
}

/**
 * For each offset in the text, its line and the first word of that line ending after it: read per mention in one
 * step (two binary searches with a closure per mention were a third of this step on a text naming thousands).
 */
class WordsAt {
  readonly line: Int32Array;
  /** Index into the line's words; the line's word count when none ends after the offset. */
  readonly wordAfter: Int32Array;

  constructor(text: string, lines: readonly Line[]) {
    this.line = new Int32Array(text.length + 1);
    this.wordAfter = new Int32Array(text.length + 1);
    lines.forEach((l, index) => {
      let word = l.words.length;
      for (let offset = l.end; offset >= l.start; offset--) {
        while (word > 0 && l.words[word - 1].end > offset) word--;
        this.line[offset] = index;
        this.wordAfter[offset] = word;
      }
    });
  }
}

/** Word sequences, each a path from the root; a node marks where a sequence ends. */
class WordTree {
  private readonly root: WordNode = { next: new Map(), ends: false };

  add(words: readonly string[]): void {
    let node = this.root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map(), ends: false };
        node.next.set(word, child);
      }
      node = child;
    }
    node.ends = true;
  }

  isEmpty(): boolean {
    return this.root.next.size === 0;
  }

  /** Calls `found(to)`, in ascending order, for each `to` up to `last` where words[from..to] is a sequence of the tree. */
  walk(words: readonly string[], from: number, last: number, found: (to: number) => void): void {
    let node: WordNode | undefined = this.root;
    for (let to = from; to <= last; to++) {
      node = node.next.get(words[to]);
      if (!node) return;
      if (node.ends) found(to);
    }
  }
}

interface WordNode {
  next: Map<string, WordNode>;
  ends: boolean;
}

/** The mentions no other one contains (of two equal spans the first stays), in their order; one sort, one sweep. */
function withoutContained(mentions: readonly RecognizedMention[]): RecognizedMention[] {
  const order = mentions.map((_, i) => i).sort((a, b) => mentions[a].start - mentions[b].start || mentions[b].end - mentions[a].end || a - b);
  const contained = new Set<number>();
  let furthest = -1;
  for (const i of order) {
    if (mentions[i].end <= furthest) contained.add(i);
    furthest = Math.max(furthest, mentions[i].end);
  }
  return mentions.filter((_, i) => !contained.has(i));
}

/** How often the rest of a span must stand alone in the article before a place in front of it is split off. */
const ALONE_FOR_SPLIT = 2;

/**
 * A country written in front of a name the article also uses on its own is a modifier, not part of the name:
 * "a U.S. TikTok ban" is the United States and TikTok when "TikTok" stands alone elsewhere. Only countries: a city
 * often begins a name ("New York Post").
 */
function countryModifiersSplit(mentions: readonly RecognizedMention[], mentionWords: MentionWords): RecognizedMention[] {
  // Per head as written: a text repeating a few names tests the same heads again and again, and each test normalises.
  const countryHeads = new Map<string, boolean>();
  const isCountry = (words: readonly Word[]): boolean => {
    const head = words.map((w) => w.text).join(' ');
    let country = countryHeads.get(head);
    if (country === undefined) countryHeads.set(head, (country = knownEntity(nameKey(nameTokens(head)), false)?.type === 'place'));
    return country;
  };
  // Each mention's words (offsets in its text), for the counts and for its split.
  const lowerOfMention = mentions.map((m) => mentionWords.lowerOf(m.text));
  const alone = new Map<string, number>();
  for (const m of mentions) {
    const k = mentionWords.keyOf(m.text);
    alone.set(k, (alone.get(k) ?? 0) + 1);
  }
  // The first words of the names written often enough: a rest that starts otherwise is not joined and looked up.
  const repeatedFirstWords = new Set<string>();
  for (const [k, count] of alone) if (count >= ALONE_FOR_SPLIT) repeatedFirstWords.add(k.split(' ', 1)[0]);
  return mentions.flatMap((m, i) => {
    if (m.type === 'place' || m.type === 'person') return [m];
    const words = mentionWords.of(m.text);
    const lower = lowerOfMention[i];
    for (let cut = 1; cut < Math.min(words.length, MAX_KNOWN_NAME_WORDS + 1); cut++) {
      if (!repeatedFirstWords.has(lower[cut])) continue;
      // The count first: it is a lookup, the country test normalises the head.
      if ((alone.get(lower.slice(cut).join(' ')) ?? 0) < ALONE_FOR_SPLIT || !isCountry(words.slice(0, cut))) continue;
      // The head keeps its own spelling ("U.S." with its periods), up to where the rest begins.
      const headEnd = m.text.slice(0, words[cut].start).trimEnd().length + m.start;
      return [
        { start: m.start, end: headEnd, text: m.text.slice(0, headEnd - m.start), type: 'place' as const },
        { ...m, start: m.start + words[cut].start, text: m.text.slice(words[cut].start) },
      ];
    }
    return [m];
  });
}

const COUNTRY_NAMES = new Set(COUNTRIES.map((c) => c.toLowerCase()));
const isCountryName = (name: string): boolean =>
  COUNTRY_NAMES.has(name.toLowerCase()) || knownEntity(nameKey(nameTokens(name)), false)?.type === 'place';

/** Two countries joined by a hyphen or dash ("US-China relations") are the two countries, whatever the span was typed. */
const COUNTRY_PAIR = /^([\p{L}.]+(?: [\p{L}.]+)?)[-–]([\p{L}.]+(?: [\p{L}.]+)?)$/u;

function countryPairsSplit(mentions: readonly RecognizedMention[]): RecognizedMention[] {
  const split: RecognizedMention[] = [];
  for (const m of mentions) {
    // The dash test first: most names have none, and the expression is the dearer test.
    const pair = m.text.includes('-') || m.text.includes('–') ? COUNTRY_PAIR.exec(m.text) : null;
    if (!pair || !isCountryName(pair[1]) || !isCountryName(pair[2])) {
      split.push(m);
      continue;
    }
    const second = m.start + m.text.length - pair[2].length;
    split.push(
      { start: m.start, end: m.start + pair[1].length, text: pair[1], type: 'place' as const },
      { start: second, end: m.end, text: pair[2], type: 'place' as const },
    );
  }
  return split;
}

/** The recognized mentions with run-on headline spans cut down to the names in them, in text order. */
export function repairSpans(text: string, recognized: readonly RecognizedMention[]): RecognizedMention[] {
  const lines = linesOf(text);
  const mentionWords = new MentionWords();
  const split = recognized.flatMap((m) => splitAtLowercase(m, mentionWords));
  const trimmed = countryPairsSplit(countryModifiersSplit(grownToArticleNames(text, lines, split, mentionWords), mentionWords));
  const titles = titleCaseLines(text, lines);
  // Without a body there is no evidence to repair by.
  if (titles.length === 0 || titles.reduce((sum, l) => sum + l.end - l.start + 1, 0) >= text.length) return trimmed;
  const inTitle = (at: number): boolean => {
    const line = titles[firstWhere(0, titles.length, (i) => titles[i].end >= at)];
    return line !== undefined && at >= line.start;
  };
  const evidence = bodyEvidence(text, lines, trimmed, inTitle, mentionWords);
  const repaired: RecognizedMention[] = [];
  for (const m of trimmed) {
    if (!inTitle(m.start)) {
      repaired.push(m);
      continue;
    }
    const names = bodyNamesInside(m, evidence);
    if (names.length > 0) repaired.push(...names);
    else {
      const edged = withoutOrdinaryEdges(m, evidence);
      if (edged) repaired.push(edged);
    }
  }
  return repaired;
}
