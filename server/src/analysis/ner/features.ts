// Features of one token in its sentence, shared by training (scripts/train-ner.ts) and tagging, so both see the same.
import { knownNames } from './knownNames';
import { isTitleWord } from './roles';

/** Word shape with runs collapsed: "Xi" → "Xx", "U.S." → "X.X.", "ByteDance" → "XxXx", "2025" → "d". */
export function shape(word: string): string {
  let out = '';
  for (const ch of word) {
    const c = ch >= '0' && ch <= '9' ? 'd' : ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
    if (!out.endsWith(c)) out += c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

/** True when a sentence is written in capitals (a headline): its casing then says nothing about names. */
export function isAllCapsSentence(words: readonly string[]): boolean {
  let upper = 0;
  let lower = 0;
  for (const w of words) {
    if (w !== w.toLowerCase()) upper += w === w.toUpperCase() ? 1 : 0;
    if (w !== w.toUpperCase()) lower += 1;
  }
  return upper >= 2 && lower === 0;
}

/**
 * The features of every token that do not depend on earlier tags, one array of strings per token.
 * ALL-CAPS sentences are seen in title case plus a flag, so headlines look like the text the model learnt from.
 */
export function staticFeatures(sentenceWords: readonly string[]): string[][] {
  const allCaps = isAllCapsSentence(sentenceWords);
  const words = allCaps ? sentenceWords.map(titleCase) : sentenceWords;
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(shape);
  const gazetteer = gazetteerTags(words);
  const at = (list: readonly string[], i: number): string => (i < 0 ? '<s>' : i >= list.length ? '</s>' : list[i]);
  return words.map((word, i) => {
    const l = lower[i];
    const features = [
      'b',
      'w=' + word,
      'l=' + l,
      'p1=' + at(lower, i - 1),
      'p2=' + at(lower, i - 2),
      'n1=' + at(lower, i + 1),
      'n2=' + at(lower, i + 2),
      'pw=' + at(lower, i - 1) + '|' + l,
      'wn=' + l + '|' + at(lower, i + 1),
      's2=' + l.slice(-2),
      's3=' + l.slice(-3),
      's4=' + l.slice(-4),
      'f3=' + l.slice(0, 3),
      'sh=' + shapes[i],
      'shp=' + at(shapes, i - 1) + '|' + shapes[i],
      'shn=' + shapes[i] + '|' + at(shapes, i + 1),
      'g=' + gazetteer[i],
      'gp=' + at(gazetteer, i - 1),
      'gn=' + at(gazetteer, i + 1),
      'ti=' + (i > 0 && isTitleWord(words[i - 1])) + (i + 1 < words.length && isTitleWord(words[i + 1])),
    ];
    if (i === 0) features.push('ss=' + shapes[i]);
    if (allCaps) features.push('ac');
    return features;
  });
}

/** Features that depend on the previous two tags (greedy decoding fills these in as it goes). */
export function historyFeatures(prev: string, prev2: string, word: string): string[] {
  return ['t1=' + prev, 't2=' + prev2 + '|' + prev, 't1s=' + prev + '|' + shape(word)];
}

function titleCase(word: string): string {
  return word.length > 3 && /^\p{L}+$/u.test(word) ? word[0] + word.slice(1).toLowerCase() : word;
}

/** Each word's place in the longest built-in name covering it: "B-place", "I-organization" or "O". */
function gazetteerTags(words: readonly string[]): string[] {
  const tags = new Array<string>(words.length).fill('O');
  const items = words.map((text) => ({ text }));
  const names = knownNames();
  for (let i = 0; i < words.length; i++) {
    const match = names.matchAt(items, i);
    if (!match) continue;
    tags[i] = 'B-' + match.value;
    for (let k = 1; k < match.length; k++) tags[i + k] = 'I-' + match.value;
    i += match.length - 1;
  }
  return tags;
}
