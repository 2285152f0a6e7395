// Claims built from quantities: counts of people or things, money, percentages, magnitudes, ages and records.
import type { Token } from '../tokenize';
import type { Claim, Mention, QuantityMention, ValueInterval } from '../types';
import type { ClaimKind, ClaimValue, FigureFrame } from './kinds/kind';
import { AMMUNITION_WORDS, CALENDAR_WORD, EVENT_WORDS, FIRING_VERBS, FUTURE_MODALS, FUNCTION_WORDS, GAME_CONTEXT, holdsDemand, MONTH_WORD, NUMBER_TENS, NUMBER_UNITS, PARTIAL_QUANTIFIERS, PERSON_PRONOUNS, POSSIBILITY_MODALS, PREPOSITION_PARTICIPLES, REPORTING_WORDS, VAGUE_QUANTITIES, WISH_VERBS } from '../language/en';
import { contextOf, mentionBefore, sentenceMatches, singular, tokenAt, words, type Analysis, type SentenceContext } from './context';
import { qualifierStart, qualify, type Hedge } from './intervals';
import { LENGTH_UNIT, metresPer } from './kinds/distance';
import { MEASURE_UNIT, measureUnit, type Dimension } from './kinds/measure';
import { RUNNING_SLOTS } from './kinds/repetition';
import { UNSHOWN_CURRENCY } from './kinds/figures';
import { oneWordWritten, synonymName } from '../language/nounMeanings';
import { QUALIFIER_WORDS, verbFrame } from './quantityFrame';

/** What an event word says a count of people measures. */
const PEOPLE_COUNT_ATTRIBUTES: ReadonlyMap<string, string> = new Map(Object.entries({
  death: 'death toll', injury: 'injured', missing: 'missing', arrest: 'arrested', rescue: 'rescued', evacuation: 'evacuated', crowd: 'crowd size',
}));
/** Nouns that count everyone affected; "two women" or "one man" count only part of the victims and are left out. */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'people', 'person', 'pirate', 'worker', 'civilian', 'soldier', 'employee', 'passenger', 'resident', 'protester', 'demonstrator',
  'victim', 'suspect', 'marcher', 'greek',
]);
const PARTIAL_PEOPLE = new Set(['man', 'woman', 'child', 'children', 'other', 'member', 'officer', 'student', 'youth', 'somali', 'yemeni', 'guard']);
/** Words after a number that end a noun phrase: verbs, pronouns, units of clock time. */
const NOT_NOUN = /^(?:.*(?:ed|ing)|she|he|they|it|we|i|you|around|against|about|ago|later|earlier|gmt|ist|hrs|am|pm|a\.m|p\.m|took|made|die|dies|dead|fled|went|came|gave|got|left|fell|stood|remain|remained|still|also|already|each|apiece|all|hurt|just|only|even|most|least|.*n[’']t)$/i;
/** Nouns that are units of time or of repetition: durations and "three times" are not counts of things. */
const NOT_COUNTED = new Set([
  'year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'time', 'percent', 'cent', 'point', 'of', 'decade', 'season', 'round', 'game',
  'mile', 'nautical mile', 'mph', 'kph', 'kilometre', 'kilometer', 'km', 'metre', 'meter', 'foot', 'feet', 'yard', 'inch', 'mm',
  'degree', 'acre', 'hectare', 'knot', 'lb', 'kg', 'kilogram', 'ton', 'tonne',
]);
/** Words that end a counted noun phrase: function words, reporting verbs, adverbs of place. */
const HEAD_STOP = new Set([...FUNCTION_WORDS, ...REPORTING_WORDS, 'more', 'along', 'away', 'apart', 'ahead', 'behind']);
const SYNONYMS: ReadonlyMap<string, string> = new Map(Object.entries({ observer: 'monitor', crewman: 'crew', crewmember: 'crew', 'crew member': 'crew', speedboat: 'boat', skiff: 'boat', vessel: 'ship', body: 'death toll' }));
// A rescue is reported as a bailout, a loan or a package: one sum under three names.
const MONEY_TOPICS: ReadonlyMap<string, string> = new Map(Object.entries({
  deal: 'deal', contract: 'deal', offer: 'deal', bailout: 'bailout', rescue: 'bailout', loan: 'bailout', loans: 'bailout', package: 'bailout', fine: 'fine',
  ransom: 'ransom', damage: 'damage', damages: 'damage', budget: 'budget', salary: 'salary', grossed: 'box office', gross: 'box office',
  'box-office': 'box office', bail: 'bail', aid: 'aid', cuts: 'cuts', savings: 'cuts', save: 'cuts',
  // What a theft took, however it is told: 'stole $2.5 million', 'jewellery worth $160 million has been stolen', 'the heist netted…'.
  steal: 'value stolen', steals: 'value stolen', stole: 'value stolen', stolen: 'value stolen', stealing: 'value stolen', snatched: 'value stolen',
  nabbed: 'value stolen', nab: 'value stolen', robbed: 'value stolen', robbery: 'value stolen', heist: 'value stolen', theft: 'value stolen',
  loot: 'value stolen', haul: 'value stolen',
}));
const PERCENT_TOPICS: ReadonlyMap<string, string> = new Map(Object.entries({
  turnout: 'turnout', stocks: 'stock move', shares: 'stock move', index: 'stock move', votes: 'vote share', vote: 'vote share',
  participated: 'turnout', eligible: 'turnout', unemployment: 'unemployment', inflation: 'inflation', growth: 'growth', rate: 'rate',
}));
/** Words of an earthquake's size, alone or glued to it ("magnitude-6.1" splits as "magnitude-6", ".", "1"). */
const SIZE_WORDS = /^(?:magnitude|richter)(?:-\d+)?$/;
/** Per-season or per-game sports figures: which season or game they count is rarely clear, so they are left out. */
const SEASON_STATS = new Set([
  'homer', 'home run', 'run', 'rbi', 'rbis', 'hit', 'punch', 'thrown', 'landed', 'touchdown', 'goal', 'point', 'inning', 'strikeout', 'assist', 'rebound',
  'win', 'loss', 'defeat', 'victory', 'fight', 'bout', 'pass', 'yard', 'carry', 'reception', 'catch', 'shot', 'save', 'tackle', 'sack', 'block',
  'interception', 'attempt', 'basket', 'foul',
]);
/** Counts that belong to one fighter's record ("(52-3, 46 KOs)"): compared only for the same person. */
const CAREER_STATS = new Set(['ko', "ko's", 'knockout']);
/** Statements of a rule or a condition, not of what happened ("valid only with a turnout of more than 50 percent"). */
const CONDITIONAL = /\b(?:if|unless|can only|must|required|requires|threshold|valid)\b/i;
const LIKELY_YEAR = /^(?:1[89]|20)\d\d$/;
/** Words that end the clause of a count: an event word beyond them is another clause's. */
const CLAUSE_JOIN = /^(?:,|;|and|but|while|whereas|\(|—|–)$/i;
// "seven of its villages" counts part of everything someone has, not of a group counted elsewhere.
const PARTITIVE_DETERMINER = /^(?:the|these|those)$/i;

/**
 * A quantity, or a range of two written as one figure ("35 to 40 firefighters"): `from` is its low end; a sum with
 * its conversion in brackets ("£5m ($8m)") carries the other sum and where the brackets close.
 */
type Figure = QuantityMention & { from?: number; either?: boolean; converted?: { quantity: QuantityMention; end: number } };

/** The interval a figure stands for: a range from end to end, else the number as its qualifier reads it. */
function qualifyFigure(quantity: Figure, value: number, before: string): ReturnType<typeof qualify> {
  return quantity.from === undefined ? qualify(value, quantity.text, before) : { interval: { low: quantity.from, high: value }, hedge: 'range' };
}

/** The low end of a range in the high end's scale: "2 to 3 million" runs from 2 million. */
function lowEnd(low: QuantityMention, high: QuantityMention): number | undefined {
  const written = (q: QuantityMention): number => Number(q.text.replace(/[^\d.]/g, '') || NaN);
  const [lowValue, highValue] = [low.value as number, high.value as number];
  const lowScale = lowValue / written(low);
  const highScale = highValue / written(high);
  if (!Number.isFinite(lowScale) || !Number.isFinite(highScale)) return lowValue;
  return lowScale === 1 && highScale > 1 ? lowValue * highScale : lowValue;
}

/** Words that join the two ends of a range: "35 to 40", "between 40 and 80", "a 24- to 30-foot dhow", "three or four robbers". */
const RANGE_JOIN = /^-?\s+(?:to|and|or)\s+$/i;

/**
 * Quantities in text order with ranges joined: two numbers of one kind (or a bare number and a sum or a share) joined by "to" (or "and" after "between"),
 * the second the higher, are one figure ("35 to 40 volunteer firefighters", "between 40 and 80 percent"); so are two
 * joined by "or", an estimate either way ("two or three pirates", "100 or 200 professional scientists": `either`).
 */
function withRanges(text: string, quantities: readonly QuantityMention[]): Figure[] {
  const figures: Figure[] = [];
  for (let i = 0; i < quantities.length; i++) {
    const [low, high] = [quantities[i], quantities[i + 1]];
    const join = high && text.slice(low.end, high.start);
    const between = join && /\band\b/i.test(join) ? /\bbetween\s+$/i.test(text.slice(Math.max(0, low.start - 9), low.start)) : true;
    const from = low.value !== null && high?.value != null ? lowEnd(low, high) : undefined;
    const years = [low, high].some((q) => q && LIKELY_YEAR.test(q.text));
    if (join && RANGE_JOIN.test(join) && between && !years && (low.kind === high.kind || low.kind === 'number') && high.kind !== 'ordinal' && from !== undefined && high.value !== null && from < high.value) {
      figures.push({ ...high, start: low.start, text: text.slice(low.start, high.end), from, ...(/\bor\b/i.test(join) ? { either: true } : {}) });
      i++;
    } else figures.push(low);
  }
  return figures;
}

/** An age in words glued to "-year-old" ("Sixty-year-old", "twenty-five-year-old"), one token with its noun. */
const WORD_AGE = /\b(\p{L}+(?:-\p{L}+)?)-year-old\b/gu;

/** The value of one or two number words joined by a hyphen ("sixty", "twenty-five"), or undefined. */
function wordsValue(words: string): number | undefined {
  const [first, second, ...rest] = words.toLowerCase().split('-');
  if (rest.length > 0) return undefined;
  if (second === undefined) return NUMBER_UNITS.get(first) ?? NUMBER_TENS.get(first);
  const [tens, unit] = [NUMBER_TENS.get(first), NUMBER_UNITS.get(second)];
  return tens !== undefined && unit !== undefined && unit > 0 && unit < 10 ? tens + unit : undefined;
}

/** A magnitude glued to its word ("a magnitude-6.1 temblor"), which the tokeniser splits inside the number. */
const GLUED_MAGNITUDE = /\bmagnitude-(\d+(?:\.\d+)?)\b/gi;
const MAGNITUDE_GLUE = /magnitude-/i;

/**
 * The quantities with figures glued to a word read whole: ages in words ("twenty-five-year-old", kept as one token,
 * so the number is read as the whole word or not at all) and glued magnitudes (read as the digits after the point).
 */
function withGluedFigures(text: string, quantities: readonly QuantityMention[]): QuantityMention[] {
  // Each glued figure with the end of the word it is glued into.
  const glued: Array<{ figure: QuantityMention; wordEnd: number }> = [];
  // Texts without the glue words are not scanned: most articles give no age in words and no glued magnitude.
  for (const m of text.includes('-year-old') ? text.matchAll(WORD_AGE) : []) {
    const value = wordsValue(m[1]);
    if (value !== undefined) glued.push({ figure: { start: m.index, end: m.index + m[1].length, text: m[1], kind: 'number', value }, wordEnd: m.index + m[0].length });
  }
  for (const m of MAGNITUDE_GLUE.test(text) ? text.matchAll(GLUED_MAGNITUDE) : []) {
    const end = m.index + m[0].length;
    glued.push({ figure: { start: end - m[1].length, end, text: m[1], kind: 'number', value: Number(m[1]) }, wordEnd: end });
  }
  if (glued.length === 0) return [...quantities];
  glued.sort((x, y) => x.figure.start - y.figure.start);
  // Both lists are in text order: one walk drops the quantities a glued figure's word covers.
  const kept: QuantityMention[] = [];
  let k = 0;
  for (const q of quantities) {
    while (k < glued.length && glued[k].wordEnd <= q.start) k++;
    if (!(k < glued.length && glued[k].figure.start < q.end)) kept.push(q);
  }
  return [...kept, ...glued.map((g) => g.figure)].sort((x, y) => x.start - y.start);
}

/**
 * A sum, then the same sum in another currency in brackets: "110 billion euros ($158 billion)". A bare amount so
 * glossed ("a 110 billion ($158 billion) bailout") is a sum whose currency the text does not show, often a symbol
 * lost to the encoding: it is compared only through its gloss.
 */
function withConversions(text: string, figures: readonly Figure[]): Figure[] {
  const joined: Figure[] = [];
  for (let i = 0; i < figures.length; i++) {
    const [written, other] = [figures[i], figures[i + 1]];
    const close = other && /^\s*\)/.exec(text.slice(other.end, other.end + 3));
    const glossed = other?.kind === 'money' && other.value !== null && other.currency !== undefined && close && /^\s*\(\s*$/.test(text.slice(written.end, other.start));
    const sum: Figure = glossed && written.kind === 'number' && written.value !== null ? { ...written, kind: 'money', currency: UNSHOWN_CURRENCY } : written;
    if (glossed && sum.kind === 'money' && sum.currency !== undefined && sum.currency !== other.currency) {
      joined.push({ ...sum, converted: { quantity: other, end: other.end + close[0].length } });
      i++;
    } else joined.push(sum);
  }
  return joined;
}

interface Located {
  context: SentenceContext;
  first: number;
  last: number;
}

function locate(contexts: readonly SentenceContext[], quantity: QuantityMention): Located | undefined {
  const context = contextOf(contexts, quantity);
  if (!context) return undefined;
  return { context, first: tokenAt(context, quantity.start), last: tokenAt(context, quantity.end - 1) };
}

/** The counted noun in the singular, and the compound it ends when that is one word written in two ("web site"). */
type Head = { noun: string; last: number; partial: boolean; partitive?: boolean; compound?: string; modified?: boolean } | undefined;

/** Heads already read, by figure: the kinds, the general figure and the frame all ask for the same figure's head. */
const headsRead = new WeakMap<Located, Head>();

/** The counted noun after a number ("12 people", "three other automatic rifles", "Seven AK-47s"). */
function headNoun(at: Located): Head {
  if (!headsRead.has(at)) headsRead.set(at, readHead(at));
  return headsRead.get(at);
}

function readHead(at: Located): Head {
  const tokens = at.context.tokens;
  const partial = PARTIAL_QUANTIFIERS.has(tokens[at.first - 1]?.text.toLowerCase() ?? '') || PARTIAL_QUANTIFIERS.has(tokens[at.last + 1]?.text.toLowerCase() ?? '');
  let j = at.last + 1;
  // "three times higher", "arrested four times": a multiple or a repetition counts no noun after it.
  if (/^times$/i.test(tokens[j]?.text ?? '')) return { noun: 'time', last: j, partial };
  // "three out of four lines": a part of a group, counted in the group's noun.
  if (tokens[j]?.text.toLowerCase() === 'out' && tokens[j + 1]?.text.toLowerCase() === 'of' && /^(?:\d[\d,]*|\p{Ll}+)$/u.test(tokens[j + 2]?.text ?? '')) {
    const head = headNounFrom(at, j + 3, partial);
    return head && { ...head, partitive: true };
  }
  if (tokens[j]?.text.toLowerCase() === 'of') {
    // "Eight of the jurors" counts part of a group (a partitive: the group has at least eight); "dozens of people"
    // counts the people; "five of them" names nothing.
    if (PARTITIVE_DETERMINER.test(tokens[j + 1]?.text ?? '')) {
      j += 2;
      // "17 of the hijacked ships": participles before the noun describe it.
      while (/^\p{Ll}+(?:ed|ing)$/u.test(tokens[j]?.text ?? '') && /^\p{L}/u.test(tokens[j + 1]?.text ?? '')) j += 1;
      const head = headNounFrom(at, j, partial);
      return head && { ...head, partitive: true };
    }
    if (!VAGUE_QUANTITIES.has(tokens[at.last].text.toLowerCase())) return { noun: 'of', last: j, partial };
    j += 1;
  }
  return headNounFrom(at, j, partial);
}

/**
 * A lower-case plural noun ("robbers", "policemen", "people"); a capitalised one may name what the noun after it
 * belongs to ("four Sixers coaches").
 */
const pluralNoun = (word: string): boolean => /^people$/i.test(word) || (/^\p{Ll}/u.test(word) && singular(word) !== word);

/** A word glued by a hyphen to a function word, a capitalised word or a number: the dash of a lost space. */
const GLUED_DASH = /^(\p{Ll}+)-(?:\p{Lu}|\d|(?:the|a|an|and|or|but|one|two|three|of|in|who|which)$)/u;
/** A word shaped like a modifier before a noun: a participle or an adverb ("23 arrested pirates", "13 fully loaded magazines"). */
const MODIFIER_SHAPE = /^\p{Ll}{2,}(?:ed|ing|ly)$/u;
/** How many tokens after the number a counted noun may lie, its modifiers before it. */
const HEAD_REACH = 3;

/** A word that cannot be, or end, the counted noun phrase: a function word, a verb's or a time's shape, a weekday or month ("at 2 Tuesday afternoon"). */
function endsPhrase(word: string): boolean {
  return HEAD_STOP.has(word.toLowerCase()) || NOT_NOUN.test(word) || CALENDAR_WORD.test(word) || !/^[\p{L}][\p{L}\d'’-]*$/u.test(word);
}

/**
 * Whether the modifier-shaped word at k stands before a plural noun within reach, with only words of a noun phrase
 * between ("arrested pirates", "fully loaded magazines"): then it modifies that noun and does not end the phrase.
 * A number between ("including three policemen") or a participle that works as a preposition says otherwise.
 */
function modifiesPlural(tokens: readonly Token[], k: number, limit: number): boolean {
  const word = tokens[k].text;
  if (!MODIFIER_SHAPE.test(word) || PREPOSITION_PARTICIPLES.has(word)) return false;
  for (let n = k + 1; n < tokens.length && n < limit; n++) {
    const next = tokens[n].text;
    if (NUMBER_UNITS.has(next.toLowerCase()) || NUMBER_TENS.has(next.toLowerCase())) return false;
    if (pluralNoun(next) && !endsPhrase(next)) return true;
    if (endsPhrase(next) && !modifiesPlural(tokens, n, limit)) return false;
  }
  return false;
}

/** The counted noun of a phrase starting at token j; `modified` when a modifier-shaped word before it was read past. */
function headNounFrom(at: Located, j: number, partial: boolean): Head {
  const tokens = at.context.tokens;
  if (/^AK$/i.test(tokens[j]?.text ?? '') && tokens[j + 1]?.text === '47') return { noun: 'AK-47', last: j + 1, partial };
  let noun: string | undefined;
  let last = -1;
  let modified = false;
  for (let k = j; k < tokens.length && k < j + HEAD_REACH; k++) {
    const word = tokens[k].text;
    if (endsPhrase(word)) {
      if (!modifiesPlural(tokens, k, j + HEAD_REACH)) break;
      modified = true;
      continue;
    }
    if (/^AK-?47/i.test(word)) return { noun: 'AK-47', last: k, partial, ...(modified ? { modified } : {}) };
    // "Four people-one of them…", "20,000 scientists-The…": a dash lost between words glues the next to the noun.
    const glued = GLUED_DASH.exec(word);
    noun = glued ? glued[1] : word;
    last = k;
    if (glued) break;
    // "20,000 people took to the streets", "four robbers burst in": a plural noun ends the counted phrase, whatever follows.
    if (pluralNoun(word)) break;
  }
  // "nineteen sixties" is a decade; "8 Tennessee", "three Klitschko" run into a name, not a counted noun ("three Somalis" is one).
  if (!noun || NUMBER_TENS.has(singular(noun)) || NUMBER_UNITS.has(singular(noun)) || /^\p{Lu}\p{Ll}+$/u.test(noun) && !noun.endsWith('s')) return undefined;
  const read = { last, partial, ...(modified ? { modified } : {}) };
  // "eight experts to monitor the poll", "three observers to monitor the vote": people counted by their task.
  if (tokens[last + 1]?.text.toLowerCase() === 'to' && /^(?:monitor|observe)$/i.test(tokens[last + 2]?.text ?? '')) return { noun: 'monitor', ...read };
  const base = singular(noun);
  const compound = last > j ? `${tokens[last - 1].text.toLowerCase()} ${base}` : '';
  const known = SYNONYMS.get(compound) ?? SYNONYMS.get(base) ?? (SEASON_STATS.has(compound) ? compound : undefined);
  if (known !== undefined) return { noun: known, ...read };
  // "Web sites": a compound WordNet gives as its words written as one ("website") means that word, which its last
  // word alone may not ("site"); "automatic rifles" are rifles.
  return { noun: base, ...read, ...(compound && oneWordWritten(compound) ? { compound } : {}) };
}

/** The event class of a token; "death penalty", "death row" and "death threats" are no deaths. */
function eventClassAt(tokens: readonly Token[], k: number): string | undefined {
  const word = tokens[k]?.text.toLowerCase();
  if (word === undefined || (word === 'death' && /^(?:penalty|sentence|row|threats?|warrant)$/i.test(tokens[k + 1]?.text ?? ''))) return undefined;
  return EVENT_WORDS.get(word);
}

/** The nearest event word within six tokens, as its event class. */
function nearestEvent(at: Located, classes: ReadonlyMap<string, string>, headLast = at.last): string | undefined {
  const tokens = at.context.tokens;
  const eventAt = (k: number): string | undefined => {
    const event = eventClassAt(tokens, k);
    return event === undefined ? undefined : classes.get(event);
  };
  // "46 demonstrators were arrested" counts arrests: the counted noun names the event only when nothing else does.
  // An event word after the count belongs to it only in the same clause: "killing at least 14 people, injuring
  // dozens more" counts the dead.
  let clauseOpen = true;
  for (let d = 1; d <= 6; d++) {
    clauseOpen &&= !(at.last + d > headLast && CLAUSE_JOIN.test(tokens[at.last + d]?.text ?? ''));
    const found = (clauseOpen && at.last + d > headLast ? eventAt(at.last + d) : undefined) ?? eventAt(at.first - d);
    if (found) return found;
  }
  for (let k = at.last + 1; k <= headLast; k++) if (eventAt(k)) return eventAt(k);
  return undefined;
}

/** "Police put the march, to mark a nationwide strike, at roughly 30,000 people": people counted in a sentence about a march. */
function crowdInSentence(at: Located): string | undefined {
  return at.context.triggers.some((w) => EVENT_WORDS.get(w) === 'crowd') ? PEOPLE_COUNT_ATTRIBUTES.get('crowd') : undefined;
}

/** "there were", "there had been", then up to two words of a qualifier ("more than", "at least") before a number. */
const THERE_WERE = /(?:^|\s)there (?:were|are|was|is|had been|have been|will be)(?: \S+){0,2}$/;

/** Whether a number is what "there were" says exists: the noun it counts is left for the sentence to tell. */
function existential(at: Located): boolean {
  return THERE_WERE.test(words(at.context, at.first - 5, at.first).join(' '));
}

/** Auxiliaries between a number and its passive or perfect event verb ("50 were injured", "ten have been killed"). */
const AUXILIARY = /^(?:were|are|was|is|have|has|had|been|being|reportedly|later)$/i;

/** An event word right after the number, or within four words before it with no punctuation between ("killing at least three"). */
function nextToEvent(at: Located): boolean {
  const tokens = at.context.tokens;
  const isEvent = (k: number): boolean => PEOPLE_COUNT_ATTRIBUTES.has(eventClassAt(tokens, k) ?? '');
  if (isEvent(at.last + 1)) return true;
  // "50 were injured", "10 have been killed": the number is the subject of the event verb.
  let k = at.last + 1;
  while (k <= at.last + 3 && AUXILIARY.test(tokens[k]?.text ?? '')) k++;
  if (k > at.last + 1 && isEvent(k)) return true;
  for (let k = at.first - 1; k >= at.first - 4 && k >= 0; k--) {
    if (isEvent(k)) return true;
    if (/^[,;:()]$/.test(tokens[k].text)) return false;
  }
  return false;
}

function topicNear(at: Located, topics: ReadonlyMap<string, string>, span = 6): string | undefined {
  const near = words(at.context, at.first - span, at.last + span + 1);
  const hit = near.find((w) => topics.has(w));
  return hit === undefined ? undefined : topics.get(hit);
}

/** How far back a sum set off by ", worth" looks for what it is the worth of ("an eight-year offer on the table from the Red Sox, worth $22 million"). */
const WORTH_REACH = 16;

/**
 * "an eight-year offer on the table from the Red Sox, worth roughly $22 million per season": a sum set off by a comma
 * and "worth" is the worth of the noun phrase the comma closes, however long: the money topic nearest before it in
 * the clause.
 */
function worthOf(at: Located): string | undefined {
  const tokens = at.context.tokens;
  let k = at.first - 1;
  while (k >= 0 && QUALIFIER_WORDS.has(tokens[k].text.toLowerCase())) k--;
  if (tokens[k]?.text.toLowerCase() !== 'worth' || tokens[k - 1]?.text !== ',') return undefined;
  for (let j = k - 2; j >= 0 && j >= k - WORTH_REACH; j--) {
    const word = tokens[j].text.toLowerCase();
    if (CLAUSE_JOIN.test(word) || word === ':') return undefined;
    const topic = MONEY_TOPICS.get(word);
    if (topic) return topic;
  }
  return undefined;
}

/**
 * The person or organization a number belongs to: the nearest named mention before it in the sentence (names only,
 * unlike context.ts ownerBefore, which takes pronouns too).
 */
function namedOwnerBefore(at: Located): Mention | undefined {
  return mentionBefore(at.context, at.context.tokens[at.first].start, (m) => m.type === 'person' || m.type === 'organization');
}

/** What may follow an age in apposition: a comma or bracket, or a sentence's full stop (not a decimal point). */
const AGE_CLOSE = /^\s*(?:[,;)]|\.(?!\d))/;
/** The words that make the number after them an age ("aged 85", "at the age of 35"). */
const AGE_WORDS_BEFORE = /\b(?:aged|age of)\s*$/;

/** A number a person's age could be. */
const isPlausibleAge = (quantity: QuantityMention): boolean => quantity.value !== null && quantity.value < 110;

/**
 * A person's age and its owner, only where the owner is unmistakable: "the 36-year-old Klitschko",
 * "Klitschko, 36,", "Page, aged 85" or "at the age of 35" with one person named before it.
 */
function ageOwner(analysis: Analysis, at: Located, quantity: QuantityMention): { owner: Mention; end: number } | undefined {
  const text = analysis.text;
  const after = /^-year-old\b|^ years? old\b/.exec(text.slice(quantity.end, quantity.end + 12));
  if (after) {
    const end = quantity.end + after[0].length;
    const next = at.context.mentions.find((m) => m.start >= end);
    if (next?.type === 'person' && /^(?:\s+\p{L}[\p{L}-]*){0,2}\s+$/u.test(text.slice(end, next.start))) return { owner: next, end };
    const previous = namedOwnerBefore(at);
    if (previous?.type === 'person' && /^,\s*(?:a|an|the)?\s*$/.test(text.slice(previous.end, quantity.start))) return { owner: previous, end };
    return undefined;
  }
  const previous = namedOwnerBefore(at);
  if (previous?.type !== 'person') return toldOfMainPerson(analysis, at, quantity);
  const between = text.slice(previous.end, quantity.start);
  // "Klitschko, 36," and, closing a sentence or a list, "his sister Anne Lindqvist, 28."
  if (/^,\s*$/.test(between) && AGE_CLOSE.test(text.slice(quantity.end, quantity.end + 2)) && isPlausibleAge(quantity)) return { owner: previous, end: quantity.end };
  const persons = at.context.mentions.filter((m) => m.type === 'person' && m.end <= quantity.start);
  const single = new Set(persons.map((m) => m.chain)).size === 1;
  if (AGE_WORDS_BEFORE.test(between) && (single || between.length < 12)) return { owner: previous, end: quantity.end };
  return undefined;
}

/** Each article's person named most often, the one its pronouns most likely stand for. */
const mainPersons = new WeakMap<Analysis, Mention | undefined>();

function mainPerson(analysis: Analysis): Mention | undefined {
  if (!mainPersons.has(analysis)) {
    // Per chain: how often it is named and its first mention in the text.
    const named = new Map<number, { count: number; first: Mention }>();
    for (const m of analysis.mentions) {
      if (m.type !== 'person') continue;
      const chain = named.get(m.chain);
      if (!chain) named.set(m.chain, { count: 1, first: m });
      else {
        chain.count++;
        if (m.start < chain.first.start) chain.first = m;
      }
    }
    const [most, next] = [...named.values()].sort((x, y) => y.count - x.count);
    // A person named no more often than another is not clearly the one the article is about.
    mainPersons.set(analysis, most && (!next || most.count > next.count) ? most.first : undefined);
  }
  return mainPersons.get(analysis);
}

/**
 * "She walked away from her career at the age of 35", "she believed that, at 34, her days … were over": an age after
 * "aged" or "the age of", or "at" a number set off by commas, in a sentence that names no person and tells of a
 * "he" or a "she" is the age of the person the article is most about.
 */
function toldOfMainPerson(analysis: Analysis, at: Located, quantity: QuantityMention): { owner: Mention; end: number } | undefined {
  const before = analysis.text.slice(at.context.span.start, quantity.start);
  const aside = /(?:^|,)\s*at\s*$/.test(before) && /^\s*,/.test(analysis.text.slice(quantity.end, quantity.end + 2));
  if (!aside && !AGE_WORDS_BEFORE.test(before)) return undefined;
  if (at.context.mentions.some((m) => m.type === 'person') || !words(at.context, 0, at.context.tokens.length).some((w) => PERSON_PRONOUNS.has(w))) return undefined;
  const owner = mainPerson(analysis);
  return owner && isPlausibleAge(quantity) ? { owner, end: quantity.end } : undefined;
}

interface Draft {
  /** The rule that read the figure, after the extractor's name. */
  rule: string;
  kind: ClaimKind;
  /** What of its kind the figure measures ("death toll", the noun counted). */
  slot: string;
  attribute: string;
  subject: string;
  owner?: Mention;
  interval?: ValueInterval;
  /** A win-loss record, in place of an interval. */
  record?: { wins: number; losses: number };
  /** Counts part of a group ("17 of the hijacked ships"). */
  partOfGroup?: boolean;
  /** The unit as written, where the value was converted (distances in metres). */
  written?: string;
  /** The qualifier read before the number ("no fewer than"): the quote starts with it. */
  qualifier?: string;
  /** How the qualifier, or a range, hedges the figure. */
  hedge?: Hedge;
  unit?: string;
  end: number;
  start?: number;
}

/** Numbers that are no figure of anything: the second half of "53-3", "AK 47", a missed date's day, ordinals, years. */
function notAFigure(analysis: Analysis, quantity: QuantityMention, at: Located): boolean {
  const text = analysis.text;
  const previous = at.context.tokens[at.first - 1];
  if (previous && previous.end === quantity.start && previous.text === '-' && /\d$/.test(text.slice(0, previous.start))) return true;
  // "AK 47", and the day of "MARCH 13, 2013" when the date recognizer missed it.
  if (previous && (/^AK$/i.test(previous.text) || MONTH_WORD.test(previous.text))) return true;
  // A leading zero writes a code ("0845 125 2222") or the tail of a digit group split by a space ("2, 000ft").
  if (/^0\d/.test(quantity.text)) return true;
  // A tied score ("a 13-all tie", "drew 2-all") counts points of both sides, nothing of the event.
  if (/^-all\b/i.test(text.slice(quantity.end, quantity.end + 5))) return true;
  return quantity.kind === 'ordinal' || (quantity.kind === 'number' && quantity.value !== null && LIKELY_YEAR.test(quantity.text));
}

function interpret(analysis: Analysis, quantity: QuantityMention, at: Located): Draft | undefined {
  const tokens = at.context.tokens;
  const text = analysis.text;
  const before = words(at.context, at.first - 3, at.first).join(' ');
  const after = text.slice(quantity.end, quantity.end + 12);
  const repeated = repetitionDraft(quantity, at, before);
  if (repeated) return repeated;
  if (notAFigure(analysis, quantity, at)) return undefined;
  const measured = measureDraft(analysis, quantity, at, before);
  if (measured) return measured;
  // "150 nautical miles east of Aden", "falling 150 meters": a distance, not a count.
  const length = LENGTH_UNIT.exec(text.slice(quantity.end, quantity.end + 48));
  if (length) return quantity.value === null ? undefined : distanceDraft(analysis, quantity, at, length, before);
  // "7.62mm", "12KOs": a calibre or a unit glued to the number, not a count.
  if (/^\p{L}/u.test(after) && quantity.kind !== 'percent') return undefined;
  if (sentenceMatches(analysis, at.context, CONDITIONAL)) return undefined;
  const record = /^-(\d+)\b/.exec(after);
  if (record && quantity.kind === 'number') {
    // The record's owner is named right before it: "Klitschko (52-3", "Bowe, 43-1", "Cheeks compiled a mark of 122-147".
    const owner = namedOwnerBefore(at);
    // Teams' records change every week; a person's (a boxer's, a coach's) is checked.
    if (owner?.type !== 'person' || !/^(?:,\s*|\s*\(|(?:'s)?\s[\w\s]{0,30})$/.test(text.slice(owner.end, quantity.start))) return undefined;
    return { rule: 'win-loss-record', kind: 'win-loss-record', slot: 'win-loss record', attribute: 'win-loss record', subject: owner.text, owner, record: { wins: Number(quantity.text), losses: Number(record[1]) }, end: quantity.end + record[0].length };
  }
  if (quantity.value === null) {
    const vague = VAGUE_QUANTITIES.get(quantity.text.toLowerCase());
    if (!vague) return undefined;
    const tensOf = before.endsWith('tens of');
    const interval = tensOf ? { low: vague.low * 5, high: vague.high * 10 } : vague;
    return peopleOrThings(analysis, at, interval, tensOf ? tokens[at.first - 2].start : undefined, true);
  }
  const value = quantity.value;
  const { interval, qualifier, hedge } = qualifyFigure(quantity, value, before);
  const draft = interpretValue(analysis, quantity, at, interval, before);
  // Only a figure no kind reads is left for the general figure: every earlier refusal here is one of its own too.
  if (!draft) return generalFigure(analysis, quantity, at);
  return qualifier || hedge ? { ...draft, ...(qualifier ? { qualifier } : {}), ...(hedge ? { hedge } : {}) } : draft;
}

function interpretValue(analysis: Analysis, quantity: QuantityMention, at: Located, interval: ValueInterval, before: string): Draft | undefined {
  const text = analysis.text;
  const after = text.slice(quantity.end, quantity.end + 12);
  if (quantity.kind === 'money') {
    const near = topicNear(at, MONEY_TOPICS);
    const topic = near ?? worthOf(at);
    if (!topic) return undefined;
    const yearly = /^\s*(?:a|per) (?:year|season)|^\s*annually/.test(text.slice(quantity.end, quantity.end + 14));
    // An agent's ask and a team's offer are two sums of one deal: an article that gives both is not confirmed by a
    // third giving one of them.
    const asked = holdsDemand(words(at.context, at.first - 8, at.first));
    const slot = `${topic}${asked ? ' asked' : ''}${yearly ? ' per year' : ''}`;
    return { rule: near ? 'money-near-topic' : 'money-worth-of', kind: 'money', slot, attribute: `money: ${slot}`, subject: topic, interval, unit: quantity.currency, end: quantity.end };
  }
  if (quantity.kind === 'percent') {
    const topic = topicNear(at, PERCENT_TOPICS, 5);
    return topic ? { rule: 'percent-near-topic', kind: 'percentage', slot: topic, attribute: `percentage: ${topic}`, subject: topic, interval, unit: '%', end: quantity.end } : undefined;
  }
  const around = words(at.context, at.first - 2, at.last + 3);
  if (around.some((w) => SIZE_WORDS.test(w))) return { rule: 'magnitude', kind: 'magnitude', slot: 'magnitude', attribute: 'magnitude', subject: 'earthquake', interval, end: quantity.end };
  const age = ageOwner(analysis, at, quantity);
  if (age) return { rule: 'age-of-person', kind: 'age', slot: 'age', attribute: 'age', subject: age.owner.text, owner: age.owner, interval, end: age.end };
  if (/^-year-old\b|^ years? old\b/.test(after) || /\b(?:aged|age of)$/.test(before)) return undefined;
  // A count is a whole number: "a 6.1 quake" measures, "2.5 million people" counts.
  return Number.isInteger(quantity.value) ? peopleOrThings(analysis, at, interval) : undefined;
}

/** Words that say a figure in pounds is a weight: "weighing 130 pounds", "a weight of 300 pounds", "a heavy 20-pound bag". */
const WEIGHT_WORD = /^(?:weigh(?:s|ed|ing)?|weights?|heavy|heavier)$/i;
/** Words that say degrees are a temperature ("temperatures of minus 17 degrees", "wind chill"). */
const TEMPERATURE_WORD = /\b(?:temperatures?|cold|colder|heat|hot|warm|freezing|frigid|chill|thermometers?|fahrenheit|celsius)\b/i;
/** Degrees after a number, with the scale if written: "17 degrees", "-4 degrees Fahrenheit", "30°C". */
const DEGREES = /^\s*(?:degrees?|°)(?:\s*(fahrenheit|celsius|f|c)\b)?/i;

/**
 * A measure with its unit: a speed, a weight, an area, the size of a thing ("a 10-metre dhow") or a temperature,
 * in one unit per dimension. Pounds are a weight where the clause speaks of weight or a height stands before them
 * ("5-foot-8, 135 pounds"); degrees a temperature where the sentence speaks of one or a scale is written.
 */
function measureDraft(analysis: Analysis, quantity: Figure, at: Located, before: string): Draft | undefined {
  if (quantity.value === null) return undefined;
  const text = analysis.text;
  const after = text.slice(quantity.end, quantity.end + 40);
  const near = words(at.context, at.first - 4, at.last + 4);
  if (quantity.kind === 'money') {
    const pounds = /^(.*?)\s*pounds?$/i.exec(quantity.text);
    const height = words(at.context, at.first - 4, at.first).some((w) => /^(?:foot|feet)(?:-\d+)?$/.test(w));
    if (!pounds || !(near.some((w) => WEIGHT_WORD.test(w)) || height)) return undefined;
    return measureOf(quantity, before, 'weight', measureUnit('pound')?.[1] ?? 1, 'pound', quantity.end);
  }
  if (quantity.kind !== 'number' || words(at.context, at.first - 2, at.last + 3).some((w) => SIZE_WORDS.test(w))) return undefined;
  const degrees = DEGREES.exec(after);
  const minus = /^(?:minus|-)$/i.test(at.context.tokens[at.first - 1]?.text ?? '');
  // Read once per sentence (sentenceMatches caches it): a sentence of many figures is not scanned for each.
  const warmth = (): boolean => sentenceMatches(analysis, at.context, TEMPERATURE_WORD);
  if ((degrees && (degrees[1] || minus || warmth())) || (minus && warmth())) {
    const scale = degrees?.[1]?.toLowerCase();
    const fahrenheit = scale === 'f' || scale === 'fahrenheit';
    const draft = measureOf(quantity, before, 'temperature', 1, fahrenheit ? 'fahrenheit' : 'celsius', quantity.end + (degrees?.[0].length ?? 0));
    const toCelsius = (v: number): number => (fahrenheit ? ((v - 32) * 5) / 9 : v);
    const signed = (v: number): number => toCelsius(minus ? -v : v);
    const interval = draft.interval as ValueInterval;
    const [low, high] = [signed(interval.low), signed(interval.high)].sort((x, y) => x - y);
    // "minus 17 degrees": the quote starts at the sign.
    return { ...draft, interval: { low, high }, ...(minus ? { start: at.context.tokens[at.first - 1].start } : {}) };
  }
  const unit = MEASURE_UNIT.exec(after);
  const found = unit && measureUnit(unit[1]);
  if (!unit || !found) return undefined;
  const [dimension, factor] = found;
  const unitEnd = quantity.end + unit[0].length;
  if (dimension !== 'length') return measureOf(quantity, before, dimension, factor, unit[1], unitEnd);
  // Lengths spaced from their number are distances (read by their own kind); "a 10-metre dhow" is a thing's size.
  const thing = /^\s+(\p{Ll}+)/u.exec(text.slice(unitEnd, unitEnd + 30));
  if (!unit[0].startsWith('-') || !thing || FUNCTION_WORDS.has(thing[1])) return undefined;
  return measureOf(quantity, before, 'length', factor, unit[1], unitEnd + thing[0].length, singular(thing[1]));
}

/** A measure's draft: the figure as its qualifier reads it, in the dimension's unit. */
function measureOf(quantity: Figure, before: string, dimension: Dimension, factor: number, written: string, end: number, thing?: string): Draft {
  const { interval, qualifier, hedge } = qualifyFigure(quantity, quantity.value as number, before);
  const slot = thing ? `${dimension} of ${thing}` : dimension;
  return {
    rule: `${dimension}-measure`,
    kind: 'measure',
    slot,
    attribute: `measure: ${slot}`,
    subject: thing ?? dimension,
    interval: { ...interval, low: interval.low * factor, high: interval.high * factor },
    unit: dimension,
    written: written.toLowerCase().replace(/\s+/g, ' ').replace(/e?s$/, ''),
    ...(qualifier ? { qualifier } : {}),
    ...(hedge ? { hedge } : {}),
    end,
  };
}

/** Words after "N times" that make it a multiple ("three times as many", "five times higher"), not a repetition. */
const MULTIPLE = /^(?:as|more|less|fewer|larger|higher|greater|bigger|smaller|faster|the|that|than|over)$/i;
/** Words between an ordinal and its day that say the days run on ("the seventh straight day"). */
const RUNNING = /^(?:straight|consecutive|successive)$/i;

/**
 * How many times the verb's action happened ("previously been arrested four times", keyed by the verb's stem), and
 * which day, night or week of a running event a report is from ("the seventh straight day", "the eighth day of protests").
 */
function repetitionDraft(quantity: Figure, at: Located, before: string): Draft | undefined {
  const tokens = at.context.tokens;
  if (quantity.value === null) return undefined;
  const next = tokens[at.last + 1]?.text.toLowerCase();
  if (quantity.kind === 'ordinal') {
    const unit = RUNNING.test(next ?? '') ? tokens[at.last + 2] : tokens[at.last + 1];
    const slot = unit?.text.toLowerCase();
    if (slot === undefined || !RUNNING_SLOTS.has(slot) || !/^(?:the|a)$/i.test(tokens[at.first - 1]?.text ?? '')) return undefined;
    // Days that run on ("the seventh straight day") or days of a bare event noun ("the eighth day of protests");
    // "the second day of his visit" is one person's.
    const ofEvent = tokens[at.last + 2]?.text.toLowerCase() === 'of' && /^\p{Ll}{3,}$/u.test(tokens[at.last + 3]?.text ?? '') && !FUNCTION_WORDS.has(tokens[at.last + 3].text);
    if (!RUNNING.test(next ?? '') && !ofEvent) return undefined;
    return { rule: 'running-day', kind: 'repetition', slot, attribute: `${slot} of event`, subject: slot, interval: { low: quantity.value, high: quantity.value }, end: unit.end };
  }
  if (quantity.kind !== 'number' || next !== 'times' || MULTIPLE.test(tokens[at.last + 2]?.text ?? '')) return undefined;
  const verb = verbFrame(tokens, at.first, at.last + 1) ?? verbFrame(tokens, objectStart(tokens, at.first), at.last + 1);
  if (!verb) return undefined;
  const { interval, qualifier, hedge } = qualifyFigure(quantity, quantity.value, before);
  const slot = `times ${verb.stem}`;
  return { rule: 'times-by-verb', kind: 'repetition', slot, attribute: `times ${verb.text}`, subject: verb.text, interval, ...(qualifier ? { qualifier } : {}), ...(hedge ? { hedge } : {}), end: tokens[at.last + 1].end };
}

/** Where the object between a verb and its count of times starts ("hit him seven times", "shot Darnell Ross nine times"). */
function objectStart(tokens: readonly Token[], first: number): number {
  let k = first;
  while (k > 1 && first - k < 3 && (/^(?:him|her|them|it|me|us)$/i.test(tokens[k - 1].text) || /^\p{Lu}\p{Ll}+$/u.test(tokens[k - 1].text))) k--;
  return k;
}

/** A direction, then "of" or "from": what follows names the place a distance is measured from. */
const FROM_PLACE = /^\s*(?:(?:north|south)(?:[-\s]?(?:east|west))?\s+|(?:east|west)\s+)?(?:of|from)\s+(?:the\s+)?/i;
/** Verbs of falling before a distance: how far someone or something fell. */
const FALL = /^(?:fell|fall|falls|falling|fallen|plunged|plunging|plummeted|plummeting|tumbled|tumbling|dropped|dropping|slid|sliding)$/i;

/**
 * A distance by what it measures: from a named place (keyed by that place's entity), how far away, how far
 * someone fell; other lengths (a ship's, a road's) are left out.
 */
function distanceDraft(analysis: Analysis, quantity: QuantityMention, at: Located, length: RegExpExecArray, before: string): Draft | undefined {
  const metres = metresPer(length[1]);
  if (metres === undefined || quantity.value === null) return undefined;
  const { interval, qualifier, hedge } = qualifyFigure(quantity, quantity.value, before);
  const scaled = { ...interval, low: interval.low * metres, high: interval.high * metres };
  const unitEnd = quantity.end + length[0].length;
  const written = length[1].toLowerCase().replace(/\s+/g, ' ').replace(/e?s$/, '');
  const rest = analysis.text.slice(unitEnd, unitEnd + 40);
  const base = { interval: scaled, unit: 'm', written, ...(qualifier ? { qualifier } : {}), ...(hedge ? { hedge } : {}) };
  const from = FROM_PLACE.exec(rest);
  const place = from && at.context.mentions.find((m) => m.start === unitEnd + from[0].length && m.type === 'place');
  if (place) return { ...base, rule: 'distance-from-place', kind: 'distance-from-place', slot: 'distance from place', attribute: `distance from ${place.text}`, subject: place.text, owner: place, end: place.end };
  if (/^\s+away\b/i.test(rest)) return { ...base, rule: 'distance-away', kind: 'distance', slot: 'away', attribute: 'distance away', subject: 'distance away', end: unitEnd + (/^\s+away/i.exec(rest)?.[0].length ?? 0) };
  if (words(at.context, at.first - 3, at.first).some((w) => FALL.test(w))) return { ...base, rule: 'fall-distance', kind: 'distance', slot: 'fall', attribute: 'fall distance', subject: 'fall', end: unitEnd };
  return undefined;
}

function peopleOrThings(analysis: Analysis, at: Located, interval: ValueInterval, start?: number, vague = false): Draft | undefined {
  const head = headNoun(at);
  const headEnd = head ? at.context.tokens[head.last].end : at.context.tokens[at.last].end;
  const tally = head && playerTally(analysis, at, head, interval, headEnd, start);
  if (tally) return tally;
  const ammunition = head && roundsFired(analysis, at, head, interval, headEnd, start);
  if (ammunition) return ammunition;
  if (head && NOT_COUNTED.has(head.noun)) return undefined;
  const others = head && othersByEvent(at, head, interval, headEnd, start);
  if (others) return others;
  if (head && PARTIAL_PEOPLE.has(head.noun)) return undefined;
  // "Two of the dead were children", "17 of the protesters were arrested": which event a part of a group of people
  // takes part in is too loosely tied to the group; parts of groups of things are compared with their totals.
  if (head?.partitive && PEOPLE_NOUNS.has(head.noun)) return undefined;
  if (!head || PEOPLE_NOUNS.has(head.noun)) {
    const ownEvent = nearestEvent(at, PEOPLE_COUNT_ATTRIBUTES, head?.last);
    // "Witnesses said there were more than 50,000": a bare number said to exist counts what the sentence is about.
    const existing = !head && existential(at);
    const attribute = ownEvent ?? (head || existing ? crowdInSentence(at) : undefined);
    // A bare number is a count of people only right next to its event word ("killing at least three") or said to exist.
    if (!attribute || (!head && !existing && !nextToEvent(at))) return undefined;
    // "Thousands of demonstrators" describes rather than estimates. A small group ("three bank workers") in a
    // sentence about a march is no estimate of the march: a crowd under a thousand is one only by its own word
    // ("about 130 people were marching", "estimated the crowd at 70").
    if (attribute === PEOPLE_COUNT_ATTRIBUTES.get('crowd') && (vague || (ownEvent === undefined && interval.high < 1000))) return undefined;
    return { rule: 'people-by-event-word', kind: 'people-count', slot: attribute, attribute, subject: attribute, interval, end: headEnd, start };
  }
  if (head.noun === 'death toll') return { rule: 'toll-noun', kind: 'people-count', slot: 'death toll', attribute: 'death toll', subject: 'death toll', interval, end: headEnd, start };
  if (SEASON_STATS.has(head.noun) && !shotsFired(analysis, at, head)) return undefined;
  if (CAREER_STATS.has(head.noun)) {
    const owner = namedOwnerBefore(at);
    return owner?.type === 'person' && at.context.tokens[at.first].start - owner.end <= 30 ? { rule: 'career-count', kind: 'knockouts', slot: 'knockouts', attribute: 'knockouts', subject: owner.text, owner, interval, end: headEnd, start } : undefined;
  }
  // "One crewman was killed" singles a person out; it does not count the crew.
  if (interval.low === 1 && interval.high === 1) return undefined;
  // "The three boats had 26 crew on board" refers back to boats already counted, perhaps a part of them; "the 288
  // candidates" with no candidates before it, or "one of the three boats", gives the group's size.
  if (refersBack(analysis, at, head.noun) || restatesNames(analysis, at)) return undefined;
  const noun = head.partial ? `other ${head.noun}` : head.noun;
  // Synonyms count one slot ("web sites", "websites"): the slot is the name WordNet gives the noun's sense first.
  const meaning = synonymName(head.compound ?? head.noun);
  const slot = head.partial ? `other ${meaning}` : meaning;
  return { rule: 'count-of-noun', kind: 'thing-count', slot, attribute: `count: ${noun}`, subject: noun, interval, end: headEnd, start, ...(head.partitive ? { partOfGroup: true } : {}) };
}

/**
 * "killing 10 and injuring 80 others", "one died and two others were hurt": "others" right beside its event verb
 * counts everyone that event befell, the "other" setting them apart from those of another event, not from a group.
 */
function othersByEvent(at: Located, head: NonNullable<Head>, interval: ValueInterval, end: number, start?: number): Draft | undefined {
  const tokens = at.context.tokens;
  if (head.noun !== 'other' || head.last !== at.last + 1 || head.partial || !/^others$/i.test(tokens[head.last].text)) return undefined;
  const attributeAt = (k: number): string | undefined => PEOPLE_COUNT_ATTRIBUTES.get(eventClassAt(tokens, k) ?? '');
  // The verb after ("two others were hurt") before the one the clause opened with ("died and two others").
  let k = head.last + 1;
  while (k <= head.last + 3 && AUXILIARY.test(tokens[k]?.text ?? '')) k++;
  let attribute = attributeAt(k);
  for (let b = at.first - 1; attribute === undefined && b >= at.first - 4 && b >= 0 && !/^[,;:()]$/.test(tokens[b].text); b--) attribute = attributeAt(b);
  // "five others attended": a crowd is estimated whole, never as the others beside some.
  return attribute && attribute !== PEOPLE_COUNT_ATTRIBUTES.get('crowd') ? { rule: 'others-by-event-word', kind: 'people-count', slot: attribute, attribute, subject: attribute, interval, end, start } : undefined;
}

/** Words before "of the N things" that pick some of a group whose size N gives ("one of the three boats"). */
const GROUP_PICK = /^(?:one|some|any|each|all|none|both|most|many|several|two|three|four|five|six|seven|eight|nine|ten|\d+)$/i;

const WORD = /\p{L}[\p{L}-]*/gu;
/** Each word of an article in the singular → where it is first written, read once per article (not once per count). */
const firstWritten = new WeakMap<Analysis, Map<string, { start: number; end: number }>>();

function firstWrittenWords(analysis: Analysis): Map<string, { start: number; end: number }> {
  let first = firstWritten.get(analysis);
  if (!first) {
    first = new Map();
    for (const word of analysis.text.matchAll(WORD)) {
      const key = singular(word[0].toLowerCase());
      if (!first.has(key)) first.set(key, { start: word.index, end: word.index + word[0].length });
    }
    firstWritten.set(analysis, first);
  }
  return first;
}

/** Whether a count after "the", "these" or "those" refers back to things the article has already named. */
function refersBack(analysis: Analysis, at: Located, noun: string): boolean {
  const tokens = at.context.tokens;
  const determiner = tokens[at.first - 1]?.text ?? '';
  if (/^(?:these|those)$/i.test(determiner)) return true;
  if (!/^the$/i.test(determiner)) return false;
  if (tokens[at.first - 2]?.text.toLowerCase() === 'of' && GROUP_PICK.test(tokens[at.first - 3]?.text ?? '')) return false;
  const cut = tokens[at.first - 1].start;
  const first = firstWrittenWords(analysis).get(noun);
  if (!first || first.start >= cut) return false;
  if (first.end <= cut) return true;
  // A word written on into the determiner reads otherwise in the text before it alone: read that text.
  for (const word of analysis.text.slice(0, cut).matchAll(WORD)) if (singular(word[0].toLowerCase()) === noun) return true;
  return false;
}

/** "Somalia and Yemen, two countries on the gulf": a count in apposition to the names it follows describes them. */
function restatesNames(analysis: Analysis, at: Located): boolean {
  const comma = at.context.tokens[at.first - 1];
  if (comma?.text !== ',') return false;
  const mentions = at.context.mentions;
  const last = mentions.findIndex((m) => m.end <= comma.start && analysis.text.slice(m.end, comma.start).trim() === '');
  return last > 0 && /^\s*,?\s*and\s+$/.test(analysis.text.slice(mentions[last - 1].end, mentions[last].start));
}

/** Tallies a player makes or misses: the sports figures above and the games themselves ("missed nine games"). */
const PLAYER_TALLIES: ReadonlySet<string> = new Set([...SEASON_STATS, 'game']);
/** Words that say a tally spans a season or a career, not one game: kept apart in the slot. */
const TALLY_SPAN = /\b(season|career)\b/i;
/** What may stand between a player and the tally: a verb and its adverbs or qualifier, no clause break ("scored", "has now thrown for"). */
const PLAYER_TO_TALLY = /^(?:'s)?\s+(?:[\p{Ll}-]+\s+){1,4}$/u;
/** Verbs of a tally still to be made ("needed nine points", "will miss two games"): a target or a plan, not what happened. */
const TALLY_TO_COME: ReadonlySet<string> = new Set([...POSSIBILITY_MODALS, ...FUTURE_MODALS, ...WISH_VERBS]);
/** What parts the words of a text: a module constant, as the bundler builds a \p{…} literal anew at each use. */
const WORD_BREAKS = /[^\p{L}']+/u;
/** Words before a number that single out a stretch of a season ("the last two games", "his next three"), not a tally. */
const STRETCH = /^(?:first|last|final|next|past|previous|remaining|opening|closing)$/i;

/**
 * "Carter scored 14 points", "Lowe missed nine games this season": a sports tally whose player is named right
 * before it as the clause's subject, filed under that player, per game or per season or career.
 */
function playerTally(analysis: Analysis, at: Located, head: NonNullable<Head>, interval: ValueInterval, end: number, start?: number): Draft | undefined {
  if (!PLAYER_TALLIES.has(head.noun) || head.partitive || shotsFired(analysis, at, head)) return undefined;
  const owner = namedOwnerBefore(at);
  const between = owner && analysis.text.slice(owner.end, at.context.tokens[at.first].start);
  if (owner?.type !== 'person' || !between || !PLAYER_TO_TALLY.test(between) || between.toLowerCase().split(WORD_BREAKS).some((w) => TALLY_TO_COME.has(w))) return undefined;
  if (STRETCH.test(at.context.tokens[at.first - 1]?.text ?? '')) return undefined;
  const span = TALLY_SPAN.exec(analysis.text.slice(at.context.span.start, at.context.span.end))?.[1].toLowerCase();
  const slot = span ? `${head.noun} (${span})` : head.noun;
  return { rule: 'player-tally', kind: 'player-statistic', slot, attribute: `tally: ${slot}`, subject: owner.text, owner, interval, end, start };
}

/** "The officers fired 14 shots", "at least 16 shots were fired": shots of a weapon, counted like things, outside a game. */
function shotsFired(analysis: Analysis, at: Located, head: NonNullable<Head>): boolean {
  return head.noun === 'shot' && firedInFrame(analysis, at, head);
}

/** Whether the counted phrase stands in the frame of a firing verb, outside a game ("fired 11 shots", "fired a dozen rounds"). */
function firedInFrame(analysis: Analysis, at: Located, head: NonNullable<Head>): boolean {
  const verb = verbFrame(at.context.tokens, at.first, head.last);
  return verb !== undefined && FIRING_VERBS.has(verb.text) && !sentenceMatches(analysis, at.context, GAME_CONTEXT);
}

/**
 * "300 rounds of ammunition", "fired a dozen rounds": rounds of a weapon, counted like things; rounds of a fight or a
 * game (a unit of time there) are not. A round fired is a shot: one slot with "fired 11 shots".
 */
function roundsFired(analysis: Analysis, at: Located, head: NonNullable<Head>, interval: ValueInterval, end: number, start?: number): Draft | undefined {
  if (head.noun !== 'round' || head.partitive) return undefined;
  const tokens = at.context.tokens;
  const ofAmmunition = tokens[head.last + 1]?.text.toLowerCase() === 'of' && AMMUNITION_WORDS.has(tokens[head.last + 2]?.text.toLowerCase() ?? '');
  if (!ofAmmunition && !firedInFrame(analysis, at, head)) return undefined;
  const [noun, slot] = ofAmmunition ? ['round of ammunition', 'round of ammunition'] : ['shot', synonymName('shot')];
  return { rule: 'ammunition-rounds', kind: 'thing-count', slot, attribute: `count: ${noun}`, subject: noun, interval, end: ofAmmunition ? tokens[head.last + 2].end : end, start };
}

/** Units a general figure may carry: a sum's currency or a share's percent; a count carries none. */
const FIGURE_UNIT: ReadonlyMap<string, (q: QuantityMention) => string | undefined> = new Map([['money', (q: QuantityMention) => q.currency], ['percent', () => '%'], ['number', () => undefined]]);

/**
 * A figure no kind of its own reads, kept when it counts a noun or sits in a verb's clause ("15 firefighters
 * responded", "stole $2 million"): whether two such figures measure one slot is scored when they are compared.
 */
function generalFigure(analysis: Analysis, quantity: QuantityMention, at: Located): Draft | undefined {
  const unitOf = FIGURE_UNIT.get(quantity.kind);
  if (!unitOf || notAFigure(analysis, quantity, at) || sentenceMatches(analysis, at.context, CONDITIONAL)) return undefined;
  const after = analysis.text.slice(quantity.end, quantity.end + 48);
  // Lengths, calibres ("7.62mm"), records ("53-3"), ages and clock times are read by their own kinds or are no figures.
  if (LENGTH_UNIT.test(after) || /^(?:\p{L}|-\d|:\d|-year|\s+years?\s+old)/u.test(after)) return undefined;
  // "Dozens", "thousands of demonstrators" describe rather than state a figure.
  if (quantity.value === null) return undefined;
  const before = words(at.context, at.first - 3, at.first).join(' ');
  const qualified = qualifyFigure(quantity, quantity.value, before);
  if (quantity.kind === 'number' && !Number.isInteger(quantity.value)) return undefined;
  const head = countedHead(quantity.kind, at);
  // Units of time, sports tallies of unclear season, parts of a group of people and single things ("one man") are
  // what the kinds of their own leave out for the same reasons.
  const leftOut = (noun: string): boolean => noun === 'of' || NOT_COUNTED.has(noun) || SEASON_STATS.has(noun) || CAREER_STATS.has(noun) || PARTIAL_PEOPLE.has(noun);
  // Parts of groups ("two of the victims") are compared with their totals by the kinds of their own, or not at all.
  if ((head && (leftOut(head.noun) || head.partitive)) || quantity.value === 1) return undefined;
  // "The three boats had 26 crew on board" refers back to things counted before, perhaps a part of them.
  if (/^(?:the|these|those)$/i.test(at.context.tokens[at.first - 1]?.text ?? '')) return undefined;
  const headLast = head?.last ?? at.last;
  const verb = verbFrame(at.context.tokens, at.first, headLast);
  // A bare number ("two were seized") may count anything the sentences before it name: only sums and shares, whose
  // unit says what they measure, stand on their verb alone.
  if (!head && (!verb || quantity.kind === 'number')) return undefined;
  const noun = head ? (head.partial ? `other ${head.noun}` : head.noun) : quantity.kind;
  const slot = verb ? `${noun} ${verb.text}` : noun;
  const unit = unitOf(quantity);
  return {
    rule: head ? 'figure-of-noun' : 'figure-of-verb',
    kind: 'figure',
    slot,
    attribute: `figure: ${slot}`,
    subject: noun,
    interval: qualified.interval,
    ...(qualified.qualifier ? { qualifier: qualified.qualifier } : {}),
    ...(qualified.hedge ? { hedge: qualified.hedge } : {}),
    ...(unit ? { unit } : {}),
    end: at.context.tokens[headLast].end,
  };
}

/** "seven of its villages" counts the villages someone has: the noun after the possessive. */
function possessedHead(at: Located): Head {
  const tokens = at.context.tokens;
  const possessive = tokens[at.last + 1]?.text.toLowerCase() === 'of' && /^(?:its|their|his|her|our)$/i.test(tokens[at.last + 2]?.text ?? '');
  return possessive ? headNounFrom(at, at.last + 3, false) : undefined;
}

/** Words between a share and what it is a share of ("80 percent of the Internet services"). */
const SHARE_OF = /^(?:the|its|their|his|her|our|all)$/i;

/** "80 percent of Internet services", "a third of its traffic": the noun a share is of. */
function shareOf(at: Located): Head {
  const tokens = at.context.tokens;
  if (tokens[at.last + 1]?.text.toLowerCase() !== 'of') return undefined;
  const j = SHARE_OF.test(tokens[at.last + 2]?.text ?? '') ? at.last + 3 : at.last + 2;
  return headNounFrom(at, j, false);
}

/**
 * What a general figure counts: a number its noun ("seven of its villages" the villages someone has), a share
 * what it is a share of ("60 percent of traffic") or names right after it ("40 percent damage"); a sum's next
 * word is rarely its slot ("$140 million worth", "$43 billion out of").
 */
function countedHead(kind: QuantityMention['kind'], at: Located): Head {
  if (kind === 'number') return possessedHead(at) ?? headNoun(at);
  return kind === 'percent' ? shareOf(at) ?? headNoun(at) : undefined;
}

/** The frame's counted noun: what a count or a general figure counts. */
function frameHead(draft: Draft, at: Located, kind: QuantityMention['kind']): Head {
  if (draft.kind === 'figure') return countedHead(kind, at);
  return draft.kind === 'people-count' || draft.kind === 'thing-count' ? countedHead('number', at) : undefined;
}

/** What a figure counts and the verb of its clause, read for every figure so that any two can be scored as one slot. */
function frameOf(draft: Draft, at: Located, kind: QuantityMention['kind']): FigureFrame {
  const head = frameHead(draft, at, kind);
  const verb = verbFrame(at.context.tokens, at.first, head?.last ?? at.last);
  return { ...(head && head.noun !== 'of' ? { head: head.noun } : {}), ...(verb ? { verb } : {}) };
}

function valueOf(draft: Draft, at: Located, kind: QuantityMention['kind']): ClaimValue {
  if (draft.record) return { kind: 'record', ...draft.record };
  return {
    kind: 'interval',
    interval: draft.interval as ValueInterval,
    ...(draft.unit ? { unit: draft.unit } : {}),
    ...(draft.partOfGroup ? { partOfGroup: true } : {}),
    ...(draft.written ? { written: draft.written } : {}),
    ...(draft.hedge ? { hedge: draft.hedge } : {}),
    frame: frameOf(draft, at, kind),
  };
}

/** A sum's value with the same sum in another currency, qualified by the words before the first ("about £5m ($8m)"). */
function withConversion(value: ClaimValue, other: QuantityMention, before: string): ClaimValue {
  if (value.kind !== 'interval' || other.value === null || other.currency === undefined) return value;
  return { ...value, converted: { interval: qualify(other.value, other.text, before).interval, unit: other.currency } };
}

/**
 * The steps of reading a figure that later rules added to its kind's rule, as a suffix of the claim's rule so each is
 * measured apart: a counted noun read past a modifier ("23 arrested pirates"), a range joined by "or" ("two or three").
 */
function readBy(draft: Draft, at: Located, quantity: Figure): string {
  return `${frameHead(draft, at, quantity.kind)?.modified ? '/noun-after-modifier' : ''}${quantity.either ? '/range-with-or' : ''}`;
}

/** Turns each quantity with a recognisable meaning into a claim. */
export function quantityClaims(analysis: Analysis, contexts: readonly SentenceContext[]): Claim[] {
  const claims: Claim[] = [];
  for (const quantity of withConversions(analysis.text, withRanges(analysis.text, withGluedFigures(analysis.text, analysis.quantities)))) {
    const found = locate(contexts, quantity);
    if (!found) continue;
    // A sum and its conversion are one figure: the words around it are those around both.
    const at = quantity.converted ? { ...found, last: Math.max(found.last, tokenAt(found.context, quantity.converted.end - 1)) } : found;
    const draft = interpret(analysis, quantity, at);
    if (!draft) continue;
    const converted = quantity.converted && draft.unit === quantity.currency ? quantity.converted : undefined;
    const end = converted ? Math.max(draft.end, converted.end) : draft.end;
    const wordsStart = at.context.tokens[Math.max(0, at.first - 3)].start;
    const qualified = draft.qualifier === undefined ? undefined : qualifierStart(analysis.text.slice(wordsStart, quantity.start), draft.qualifier);
    const start = draft.start ?? (qualified === undefined ? quantity.start : wordsStart + qualified);
    const ownChain = draft.owner?.chain;
    claims.push({
      start,
      end,
      text: analysis.text.slice(start, end),
      rule: `quantity/${draft.rule}${readBy(draft, at, quantity)}`,
      kind: draft.kind,
      slot: draft.slot,
      attribute: draft.attribute,
      subject: draft.subject,
      subjectChains: ownChain === undefined ? at.context.chains : [ownChain, ...at.context.chains.filter((c) => c !== ownChain)],
      triggers: at.context.triggers,
      value: converted ? withConversion(valueOf(draft, at, quantity.kind), converted.quantity, words(at.context, at.first - 3, at.first).join(' ')) : valueOf(draft, at, quantity.kind),
      ...(at.context.hedge ? { hedge: at.context.hedge } : {}),
      ...(at.context.attribution ? { attribution: at.context.attribution } : {}),
      sentence: at.context.span,
    });
  }
  return claims;
}
