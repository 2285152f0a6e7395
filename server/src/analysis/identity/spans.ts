// Repairs recognizer spans before linking. Headlines are written in title case, so a recognizer reading capitals runs
// names into the words around them ("Lindsay Lohan Checks Into Betty Ford Rehab"); the article body tells the names
// apart from the ordinary words: names recur there as mentions, ordinary words recur there in lowercase.
import type { RecognizedMention } from '../types';
import { COUNTRIES } from '../ner/lexicon';
import { knownEntity } from './aliases';
import { FUNCTION_WORDS, nameKey, nameTokens } from './names';

interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /\p{L}[\p{L}\p{N}'’.&-]*/gu;
const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

function wordsOf(text: string, offset: number): Word[] {
  return [...text.matchAll(WORD)].map((m) => {
    const word = m[0].replace(/[.'’]+$/u, '');
    return { text: word, start: offset + m.index, end: offset + m.index + word.length };
  });
}

/** Lines whose content words are nearly all capitalised and that do not end a sentence: headlines and section titles. */
function titleCaseLines(text: string): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const content = wordsOf(line, 0).filter((w) => !FUNCTION_WORDS.has(w.text.toLowerCase()));
    const capitalised = content.filter((w) => isCapitalised(w.text)).length;
    if (content.length >= 3 && capitalised >= 0.75 * content.length && !/\.\s*$/.test(line)) lines.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return lines;
}

/** What the body says about names and words: names it mentions by themselves, words it writes in lowercase mid-sentence. */
interface BodyEvidence {
  /** Lowercase word sequences of mentions outside title-case lines, "lindsay lohan" → its mention's type. */
  names: Map<string, RecognizedMention['type']>;
  lowercaseWords: Set<string>;
  capitalisedWords: Set<string>;
}

function bodyEvidence(text: string, recognized: readonly RecognizedMention[], inTitle: (at: number) => boolean): BodyEvidence {
  const names = new Map<string, RecognizedMention['type']>();
  for (const m of recognized) {
    if (inTitle(m.start)) continue;
    const key = wordsOf(m.text, 0).map((w) => w.text.toLowerCase()).join(' ');
    if (key && !names.has(key)) names.set(key, m.type);
  }
  const lowercaseWords = new Set<string>();
  const capitalisedWords = new Set<string>();
  for (const w of wordsOf(text, 0)) {
    if (inTitle(w.start)) continue;
    // A capital after a sentence end says nothing about the word.
    const before = text.slice(Math.max(0, w.start - 3), w.start);
    if (/(?:^|[.!?:"“‘(]\s*|\n\s*)$/u.test(before) || w.start === 0) continue;
    (isCapitalised(w.text) ? capitalisedWords : lowercaseWords).add(w.text.toLowerCase());
  }
  return { names, lowercaseWords, capitalisedWords };
}

/** Prepositions of place and time join a name to its setting, not two parts of one name ("Drake in MVC Tournament"). */
const SETTING_WORDS = new Set(['in', 'on', 'at', 'to']);

/**
 * Lowercase words a recognizer kept are not part of a name, except particles inside one ("Gulf of Aden"): the span is
 * cut there into the names on either side ("Lohan lawyer" → Lohan; "Klitschko dominated Rahman" → Klitschko, Rahman;
 * "Jaguars in Week" → Jaguars, Week).
 */
function splitAtLowercase(m: RecognizedMention): RecognizedMention[] {
  const words = wordsOf(m.text, m.start);
  if (words.every((w) => isCapitalised(w.text))) return [m];
  const parts: RecognizedMention[] = [];
  let run: Word[] = [];
  const close = (): void => {
    while (run.length > 0 && !isCapitalised(run[run.length - 1].text)) run.pop();
    if (run.length === 0) return;
    const [start, end] = [run[0].start, run[run.length - 1].end];
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
    for (let j = words.length; j > i; j--) {
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
function grownToArticleNames(text: string, mentions: readonly RecognizedMention[]): RecognizedMention[] {
  const names = new Map<string, RecognizedMention['type']>();
  for (const m of mentions) {
    const words = wordsOf(m.text, 0);
    if (words.length >= 2) names.set(words.map((w) => w.text.toLowerCase()).join(' '), m.type);
  }
  if (names.size === 0) return [...mentions];
  const grown = mentions.map((m) => {
    const line = wordsAround(text, m);
    const first = line.findIndex((w) => w.end > m.start);
    const last = line.findIndex((w) => w.end >= m.end);
    if (first < 0 || last < first) return m;
    let best: { from: number; to: number } | undefined;
    for (let before = 0; before <= MAX_GROWTH; before++) {
      for (let after = 0; after <= MAX_GROWTH; after++) {
        const [from, to] = [first - before, last + after];
        if ((before === 0 && after === 0) || from < 0 || to >= line.length) continue;
        const added = [...line.slice(from, first), ...line.slice(last + 1, to + 1)];
        if (!added.every((w) => isCapitalised(w.text) || FUNCTION_WORDS.has(w.text))) continue;
        const phrase = line.slice(from, to + 1).map((w) => w.text.toLowerCase()).join(' ');
        if (names.has(phrase) && (!best || to - from > best.to - best.from)) best = { from, to };
      }
    }
    if (!best) return m;
    const [start, end] = [line[best.from].start, line[best.to].end];
    return { ...m, start, end, text: text.slice(start, end) };
  });
  return withoutContained(grown);
}

/** Characters either side of a mention within which its growth words are looked for: MAX_GROWTH long words. */
const GROWTH_WINDOW = 200;

/** The words of the mention's line near it, so that a long line costs each mention a window, not the line. */
function wordsAround(text: string, m: RecognizedMention): Word[] {
  let from = Math.max(0, m.start - GROWTH_WINDOW);
  from += text.slice(from, m.start).lastIndexOf('\n') + 1;
  let to = Math.min(text.length, m.end + GROWTH_WINDOW);
  const lineEnd = text.slice(m.end, to).indexOf('\n');
  if (lineEnd >= 0) to = m.end + lineEnd;
  // A window cut inside a word starts or ends at the next space, so no word is read cut short.
  if (from > 0 && !/\s/.test(text[from - 1])) from = Math.min(m.start, text.slice(from, m.start).search(/\s|$/) + from);
  if (to < text.length && !/\s/.test(text[to])) to = Math.max(m.end, text.slice(m.end, to).lastIndexOf(' ') + m.end);
  return wordsOf(text.slice(from, to), from);
}

/** Drops each mention inside a longer one (or inside an earlier one with the same span); sorted sweep, not all pairs. */
function withoutContained(mentions: readonly RecognizedMention[]): RecognizedMention[] {
  const order = mentions.map((_, i) => i).sort((a, b) => mentions[a].start - mentions[b].start || mentions[b].end - mentions[a].end || a - b);
  const dropped = new Set<number>();
  let reach = -1;
  for (const i of order) {
    if (mentions[i].end <= reach) dropped.add(i);
    reach = Math.max(reach, mentions[i].end);
  }
  return mentions.filter((_, i) => !dropped.has(i));
}

/** How often the rest of a span must stand alone in the article before a place in front of it is split off. */
const ALONE_FOR_SPLIT = 2;

/**
 * A country written in front of a name the article also uses on its own is a modifier, not part of the name:
 * "a U.S. TikTok ban" is the United States and TikTok when "TikTok" stands alone elsewhere. Only countries: a city
 * often begins a name ("New York Post").
 */
function countryModifiersSplit(mentions: readonly RecognizedMention[]): RecognizedMention[] {
  const key = (t: string): string => wordsOf(t, 0).map((w) => w.text.toLowerCase()).join(' ');
  const isCountry = (words: Word[]): boolean => knownEntity(nameKey(nameTokens(words.map((w) => w.text).join(' '))), false)?.type === 'place';
  const alone = new Map<string, number>();
  for (const m of mentions) alone.set(key(m.text), (alone.get(key(m.text)) ?? 0) + 1);
  return mentions.flatMap((m) => {
    if (m.type === 'place' || m.type === 'person') return [m];
    const words = wordsOf(m.text, m.start);
    for (let cut = 1; cut < words.length; cut++) {
      const rest = words.slice(cut).map((w) => w.text.toLowerCase()).join(' ');
      if (!isCountry(words.slice(0, cut)) || (alone.get(rest) ?? 0) < ALONE_FOR_SPLIT) continue;
      // The head keeps its own spelling ("U.S." with its periods), up to where the rest begins.
      const headEnd = m.text.slice(0, words[cut].start - m.start).trimEnd().length + m.start;
      return [
        { start: m.start, end: headEnd, text: m.text.slice(0, headEnd - m.start), type: 'place' as const },
        { ...m, start: words[cut].start, text: m.text.slice(words[cut].start - m.start) },
      ];
    }
    return [m];
  });
}

const COUNTRY_NAMES = new Set(COUNTRIES.map((c) => c.toLowerCase()));
const isCountryName = (name: string): boolean =>
  COUNTRY_NAMES.has(name.toLowerCase()) || knownEntity(nameKey(nameTokens(name)), false)?.type === 'place';

/** Two countries joined by a hyphen or dash ("US-China relations") are the two countries, whatever the span was typed. */
function countryPairsSplit(mentions: readonly RecognizedMention[]): RecognizedMention[] {
  return mentions.flatMap((m) => {
    const pair = /^([\p{L}.]+(?: [\p{L}.]+)?)[-–]([\p{L}.]+(?: [\p{L}.]+)?)$/u.exec(m.text);
    if (!pair || !isCountryName(pair[1]) || !isCountryName(pair[2])) return [m];
    const second = m.start + m.text.length - pair[2].length;
    return [
      { start: m.start, end: m.start + pair[1].length, text: pair[1], type: 'place' as const },
      { start: second, end: m.end, text: pair[2], type: 'place' as const },
    ];
  });
}

/** The recognized mentions with run-on headline spans cut down to the names in them, in text order. */
export function repairSpans(text: string, recognized: readonly RecognizedMention[]): RecognizedMention[] {
  const trimmed = countryPairsSplit(countryModifiersSplit(grownToArticleNames(text, recognized.flatMap(splitAtLowercase))));
  const titles = titleCaseLines(text);
  // Without a body there is no evidence to repair by.
  if (titles.length === 0 || titles.reduce((sum, l) => sum + l.end - l.start + 1, 0) >= text.length) return trimmed;
  const inTitle = (at: number): boolean => titles.some((l) => at >= l.start && at <= l.end);
  const evidence = bodyEvidence(text, trimmed, inTitle);
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
