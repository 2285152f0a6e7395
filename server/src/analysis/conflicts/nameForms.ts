// Other forms of one name across a story's articles: a given name in full or short, or spelt otherwise ("Theodore
// Kessler" and "Theo Kessler", "Carlene Hale" and "Karleen Hale"), a suffix left out ("Vincent Marlowe Jr." and
// "Vincent Marlowe"), words added inside an organisation's name ("Harbor Rowing Club" and "Harbor City Rowing
// Club"). Names are grouped by the words both forms keep, so each group is small.
import { inTextOrder } from '../claims/spans';
import { areNameVariants } from '../identity/givenNames';
import { COMPASS_WORDS } from '../language/en';
import { pushTo } from '../multiMap';
import { ENTITY_TYPES, type DocumentAnalysis, type EntityType } from '../types';
import { lineAround, pairForms, titleCase, type NameWord, type Pairing, type VariantPair } from './namePairs';
import { closeSpellings, oneEditApart, SLIP_AMONG } from './spelling';

/** A name of two words or more as an article writes it: the whole name, its words, and for a person the given name. */
export interface FullName {
  name: NameWord;
  type: EntityType;
  /** Lower case, hyphenated words split ("Smith-Jones" is "smith", "jones"), "the" and the suffix left out. */
  words: string[];
  /** A person's first word, when it is a given name written out ("Stan", not "W."). */
  given?: NameWord;
  /** "Jr.", "Sr.", "III": written in the name or right after it. */
  suffix?: string;
  /** How many times the article writes the name so (headlines too). */
  times: number;
}

const SUFFIX_WORD = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/;
const SUFFIX_AFTER = /^,?\s+(?:(?:Jr|Sr)\.?(?![\p{L}])|(?:II|III|IV)\b)/u;
const GIVEN_NAME = /^\p{Lu}\p{Ll}+$/u;
/** Groups larger than this are cut: a story writes few forms of one name, and the pairs stay bounded. */
const MAX_FORMS_PER_GROUP = 24;

/**
 * An article's full names as kept between its story's comparisons: four strings a name (as written, its words
 * joined by spaces, its given name and its suffix, '' for none) and NAME_FIELDS numbers (its start and end, its
 * line's start and end, its type and how many times it is written). As objects they were 570 bytes a name, most of
 * what an article's names kept; unpackedNames makes them again for a comparison.
 */
export interface PackedNames {
  strings: string[];
  fields: Int32Array;
}

const NAME_STRINGS = 4;
const NAME_FIELDS = 6;

export function packedNames(names: readonly FullName[]): PackedNames {
  return {
    strings: names.flatMap((n) => [n.name.word, n.words.join(' '), n.given?.word ?? '', n.suffix ?? '']),
    fields: Int32Array.from(names.flatMap((n) => [n.name.span.start, n.name.span.end, n.name.sentence.start, n.name.sentence.end, ENTITY_TYPES.indexOf(n.type), n.times])),
  };
}

export function unpackedNames(docId: string, { strings, fields }: PackedNames): FullName[] {
  const names: FullName[] = [];
  for (let i = 0; i * NAME_STRINGS < strings.length; i++) {
    const [word, joined, givenWord, suffix] = strings.slice(i * NAME_STRINGS, (i + 1) * NAME_STRINGS);
    const at = i * NAME_FIELDS;
    const type = ENTITY_TYPES[fields[at + 4]];
    const name: NameWord = { docId, word, span: { start: fields[at], end: fields[at + 1] }, sentence: { start: fields[at + 2], end: fields[at + 3] }, type };
    const given = givenWord ? { ...name, word: givenWord, span: { start: fields[at], end: fields[at] + givenWord.length } } : undefined;
    const words = joined === '' ? [] : joined.split(' ');
    names.push({ name, type, words, ...(given ? { given } : {}), ...(suffix ? { suffix } : {}), times: fields[at + 5] });
  }
  return names;
}

/** The people's, organisations', places' and events' names of two words or more an article writes, first occurrence each, outside headlines. */
export function fullNames(docId: string, analysis: DocumentAnalysis): FullName[] {
  const text = analysis.text;
  const seen = new Map<string, FullName>();
  // Mentions come in text order: each line is found, and judged a headline or not, once (a long line holds many).
  let sentence = { start: 0, end: -1 };
  let headline = false;
  for (const m of inTextOrder(analysis.mentions)) {
    if (m.type !== 'person' && m.type !== 'organization' && m.type !== 'place' && m.type !== 'event') continue;
    const written = m.text.split(/\s+/);
    const known = seen.get(m.text);
    if (known) known.times++;
    if (written.length < 2 || known) continue;
    if (m.start > sentence.end) {
      sentence = lineAround(text, m.start);
      headline = titleCase(text.slice(sentence.start, sentence.end));
    }
    if (headline) continue;
    let end = m.end;
    let suffix: string | undefined;
    if (m.type === 'person') {
      const after = SUFFIX_AFTER.exec(text.slice(m.end, m.end + 8));
      if (SUFFIX_WORD.test(written.at(-1) ?? '')) suffix = written.pop();
      else if (after) [suffix, end] = [after[0].replace(/^,?\s+/, ''), m.end + after[0].length];
    }
    const words = written.flatMap((w) => w.toLowerCase().split('-')).filter((w) => w && w !== 'the');
    const name: NameWord = { docId, word: text.slice(m.start, end), span: { start: m.start, end }, sentence, type: m.type };
    const given = m.type === 'person' && written.length >= 2 && GIVEN_NAME.test(written[0]) ? { ...name, word: written[0], span: { start: m.start, end: m.start + written[0].length } } : undefined;
    seen.set(m.text, { name, type: m.type, words, ...(given ? { given } : {}), ...(suffix ? { suffix } : {}), times: 1 });
  }
  return [...seen.values()];
}

/** Soundex classes of consonants: letters a reader hears alike ("C" and "K") share one. */
const SOUND_CLASSES = ['bfpv', 'cgjkqsxz', 'dt', 'l', 'mn', 'r'];

/** The consonant sounds of a name, repeats merged, vowels and "h", "w", "y" left out: "Carlene" and "Karleen" are one. */
function sounds(name: string): string {
  let code = '';
  for (const letter of name) {
    const cls = SOUND_CLASSES.findIndex((c) => c.includes(letter));
    if (cls >= 0 && !code.endsWith(String(cls))) code += String(cls);
  }
  return code;
}

/**
 * Two given names of one person: close spellings ("Giannis", "Yiannis"), one the other's start ("Stan", "Stanley";
 * "Al", "Alvin"), the same sounds written otherwise ("Jon", "John"; "Bobbie", "Bobby"), or a short form the news
 * uses that shares neither (identity's table: "Bill", "William"). Short names of one length differing in a vowel
 * ("Tom", "Tim") are two people.
 */
export function givenNameForms(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x === y) return false;
  if (areNameVariants(x, y)) return true;
  if (x.length >= 5 && y.length >= 5 && closeSpellings(a, b)) return true;
  if (x[0] !== y[0] && sounds(x[0]) !== sounds(y[0])) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 2 && long.startsWith(short)) return true;
  return sounds(x) === sounds(y) && (long.length >= 5 || x.length !== y.length);
}

/** Whether the shorter list of words is the longer one with words left out inside it, the first and last kept. */
function insideOmission(short: readonly string[], long: readonly string[]): boolean {
  if (short.length < 2 || long.length <= short.length || short[0] !== long[0] || short.at(-1) !== long.at(-1)) return false;
  let i = 0;
  const added: string[] = [];
  for (const w of long) {
    if (i < short.length && w === short[i]) i++;
    else added.push(w);
  }
  // Compass words tell two places apart ("Carolina State University", "North Carolina ..."); "and" joins two names
  // the tagger read as one ("Fish and Wildlife Service and National Marine Fisheries Service").
  return i === short.length && !added.some((w) => COMPASS_WORDS.has(w) || w === 'and' || w === '&' || w.endsWith(','));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) pushTo(groups, k, item);
  }
  return groups;
}

/**
 * The forms of a group by how they are written, each with the articles writing it; at most MAX_FORMS_PER_GROUP, and
 * none for a group written one way, which has no pair to find (most groups are one name in several articles:
 * gathering their uses was a sixth of an edit's name variants).
 */
function formsOf(names: readonly FullName[], written: (n: FullName) => NameWord | undefined): Map<string, NameWord[]> {
  let form: string | undefined;
  const twoForms = names.some((n) => {
    const word = written(n)?.word;
    form ??= word;
    return word !== undefined && word !== form;
  });
  if (!twoForms) return new Map();
  // One use per article of each form: "Vincent Marlowe" and "Vincent J. Marlowe" write "Vincent" once.
  const seen = new Set<string>();
  const uses = names.flatMap((n) => written(n) ?? []).filter((w) => !seen.has(`${w.docId}\u0000${w.word}`) && seen.add(`${w.docId}\u0000${w.word}`));
  const forms = groupBy(uses, (w) => w.word);
  return new Map([...forms].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).slice(0, MAX_FORMS_PER_GROUP));
}

/** Every pair of forms in a group that the test takes for one name. */
function pairsIn(forms: Map<string, NameWord[]>, test: (a: string, b: string) => boolean, pairing: Pairing): VariantPair[] {
  const written = [...forms.keys()];
  const pairs: VariantPair[] = [];
  for (let i = 0; i < written.length; i++) {
    for (let j = i + 1; j < written.length; j++) {
      if (test(written[i], written[j])) pairs.push(...pairForms(forms.get(written[i]) ?? [], forms.get(written[j]) ?? [], pairing));
    }
  }
  return pairs;
}

/** The story's names written in two forms of one name, each reported against the likest article writing the other. */
export function nameFormPairs(names: readonly FullName[], likeness: Pairing['likeness']): VariantPair[] {
  const people = names.filter((n) => n.type === 'person');
  const pairs: VariantPair[] = [];
  // Given names of people with one surname; an article writing both forms speaks of two people (or corrects itself).
  for (const group of groupBy(people, (n) => (n.given && (n.words.at(-1)?.length ?? 0) >= 3 ? n.words.at(-1) : undefined)).values()) {
    const givenOf = new Set(group.map((n) => `${n.name.docId}\u0000${n.given?.word}`));
    const writes = (docId: string, given: string): boolean => givenOf.has(`${docId}\u0000${given}`);
    pairs.push(...pairsIn(formsOf(group, (n) => n.given), (a, b) => givenNameForms(a, b), { rule: 'names/given-name-form', writes, likeness }));
  }
  const writes = namesWritten(names);
  // A suffix one article writes and another leaves out: the same words otherwise.
  for (const group of groupBy(people, (n) => n.words.join(' ')).values()) {
    const suffixOf = new Map(group.map((n) => [n.name.word, n.suffix]));
    pairs.push(...pairsIn(formsOf(group, (n) => n.name), (a, b) => (suffixOf.get(a) === undefined) !== (suffixOf.get(b) === undefined), { rule: 'names/suffix', writes, likeness }));
  }
  // Organisations', places' and events' names with words added inside: the first and last words kept.
  const others = names.filter((n) => n.type !== 'person');
  const wordsOf = new Map(others.map((n) => [n.name.word, n.words]));
  for (const group of groupBy(others, (n) => `${n.type}\u0000${n.words[0]}\u0000${n.words.at(-1)}`).values()) {
    const omits = (a: string, b: string): boolean => {
      const [x, y] = [wordsOf.get(a) ?? [], wordsOf.get(b) ?? []];
      return insideOmission(x, y) || insideOmission(y, x);
    };
    pairs.push(...pairsIn(formsOf(group, (n) => n.name), omits, { rule: 'names/organization-form', writes, likeness }));
  }
  return pairs;
}

/** Whether an article writes a name so. */
function namesWritten(names: readonly FullName[]): (docId: string, form: string) => boolean {
  const writtenBy = new Set(names.map((n) => `${n.name.docId}\u0000${n.name.word}`));
  return (docId, form) => writtenBy.has(`${docId}\u0000${form}`);
}

/** A word of a name this long or longer may be a slip of another's word where the rest of the names agree. */
const CLOSE_WORD_FROM = 4;
const LETTERS = /^\p{L}+$/u;

/**
 * Names the same but for one word a slip of the keys apart ("Gulf of Aden" and "Gulf of Eden", "Andre Iguodala"
 * and "Anre Iguodala"): the words around it tell a short word's slip from another name, which a word alone cannot
 * (spelling.ts MIN_LENGTH). Whatever the types the tagger gave the two; an article writing both has slipped when it
 * writes the rare form once and the story the other at least SLIP_AMONG times.
 */
export function closeWordPairs(names: readonly FullName[], likeness: Pairing['likeness']): VariantPair[] {
  const writes = namesWritten(names);
  const wordsOf = new Map(names.map((n) => [n.name.word, n.words]));
  const timesIn = new Map<string, number>();
  const storyTimes = new Map<string, number>();
  for (const n of names) {
    timesIn.set(`${n.name.docId}\u0000${n.name.word}`, n.times);
    storyTimes.set(n.name.word, (storyTimes.get(n.name.word) ?? 0) + n.times);
  }
  const slip = (rare: NameWord, common: string): boolean => timesIn.get(`${rare.docId}\u0000${rare.word}`) === 1 && (storyTimes.get(common) ?? 0) >= SLIP_AMONG;
  // Names grouped by their words with one left out: two names in a group differ in that word only. The keys are made
  // once for each name's words, which a story's articles write over and over.
  const groups = new Map<string, FullName[]>();
  const keysOf = new Map<string, string[]>();
  for (const n of names) {
    const joined = n.words.join(' ');
    let keys = keysOf.get(joined);
    if (keys === undefined) {
      keys = n.words.flatMap((w, i) => (w.length >= CLOSE_WORD_FROM && LETTERS.test(w) ? [`${i}\u0000${n.words.slice(0, i).join(' ')}\u0000${n.words.slice(i + 1).join(' ')}`] : []));
      keysOf.set(joined, keys);
    }
    for (const key of keys) pushTo(groups, key, n);
  }
  // In a group the names differ at most in the word left out; an ending added to it makes no slip ("Marlow", "Marlowe").
  const closeWord = (a: string, b: string): boolean => {
    const [x, y] = [wordsOf.get(a) ?? [], wordsOf.get(b) ?? []];
    const i = x.findIndex((w, j) => w !== y[j]);
    return i >= 0 && !x[i].startsWith(y[i]) && !y[i].startsWith(x[i]) && oneEditApart(x[i], y[i]);
  };
  return [...groups.values()].filter((g) => g.length > 1).flatMap((g) => pairsIn(formsOf(g, (n) => n.name), closeWord, { rule: 'names/close-word-in-name', writes, likeness, slip }));
}
