// English words the analysis steps share: calendar names, number words, function words, qualifiers of figures,
// hedges, reporting verbs and event words. One copy, so that the steps cannot drift apart. Every table is a Map or
// a Set: text never indexes a plain object ("constructor" is a word like any other).

import type { EntityType } from '../types';

const table = <V>(entries: Record<string, V>): ReadonlyMap<string, V> => new Map(Object.entries(entries));

/** Month names, January first (index + 1 is the month number). */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
/** Weekday names, Sunday first (the index is `Date.getUTCDay()`). */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTHS: readonly string[] = MONTH_NAMES.map((m) => m.toLowerCase());
export const WEEKDAYS: readonly string[] = WEEKDAY_NAMES.map((d) => d.toLowerCase());

/** The month an ISO date or month names, lower case ("2008-09-14" and "2008-09" are "september"); none for a year. */
export function monthOfIsoDate(value: string): string | undefined {
  const month = /^\d{4}-(\d\d)/.exec(value);
  return month ? MONTHS[Number(month[1]) - 1] : undefined;
}

/** A month or weekday name written in full, any case. */
export const CALENDAR_WORD = new RegExp(`^(?:${[...MONTHS, ...WEEKDAYS].join('|')})$`, 'i');
/** A month name in full or abbreviated ("Sept.", "dec"), any case. */
export const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;

/** Abbreviations whose period ends no sentence ("Sen. Brown", "Dr. Lee"), lower case with the period. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'sen.', 'rep.', 'gov.', 'gen.', 'lt.', 'col.', 'capt.', 'sgt.', 'st.', 'jr.', 'sr.', 'prof.',
  'rev.', 'inc.', 'corp.', 'co.', 'ltd.', 'no.', 'vs.', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.',
  'sept.', 'oct.', 'nov.', 'dec.', 'u.s.', 'u.k.', 'u.n.', 'a.m.', 'p.m.', 'ft.', 'mt.', 'e.g.', 'i.e.', 'approx.',
]);

const MONTH_PATTERNS = MONTHS.map((m) => ({ month: m, pattern: new RegExp(`\\b${m.slice(0, 3)}(?:${m.slice(3)}|\\.|\\b)`) }));

/** The month a lower-case text names in full or abbreviated ("sept. 3", "in december"). */
export function monthNamed(lower: string): string | undefined {
  return MONTH_PATTERNS.find((p) => p.pattern.test(lower))?.month;
}

/** The weekday a lower-case text names in full ("on friday"). */
export function weekdayNamed(lower: string): string | undefined {
  return WEEKDAYS.find((d) => lower.includes(d));
}

export const NUMBER_UNITS = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
});
export const NUMBER_TENS = table({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });
/** Scale words, short forms included ("bn", "m"): where a short form counts is the reader's decision. */
export const NUMBER_SCALES = table({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mln: 1e6, bn: 1e9, m: 1e6, b: 1e9, k: 1e3,
});
export const ORDINAL_WORDS = table({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
  twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100,
});
/** Vague plurals ("dozens of") and determiners ("several"): a range, not one value. */
export const VAGUE_QUANTITIES = table({
  dozens: { low: 24, high: 99 },
  scores: { low: 40, high: 99 },
  hundreds: { low: 200, high: 999 },
  thousands: { low: 2000, high: 9999 },
  millions: { low: 2e6, high: 999e6 },
  billions: { low: 2e9, high: 999e9 },
  // More than two but not many: fewer than a dozen.
  several: { low: 3, high: 9 },
});
/** Vague quantities that count a noun directly, without "of" ("several grenades"). */
export const VAGUE_DETERMINERS: ReadonlySet<string> = new Set(['several']);
export const SYMBOL_CURRENCY = table({ $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' });
export const WORD_CURRENCY = table({
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP', yen: 'JPY',
  yuan: 'CNY', renminbi: 'CNY', rupees: 'INR', rupee: 'INR',
});

/**
 * Closed-class words: articles, prepositions, conjunctions, pronouns, auxiliaries, relative words. Quantifiers
 * ("other", "more") and reporting verbs are listed apart, since a noun phrase may hold them.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'from', 'with', 'by', 'for', 'as', 'into', 'onto', 'upon',
  'after', 'before', 'since', 'over', 'under', 'about', 'than', 'per', 'who', 'whom', 'whose', 'which', 'that', 'this', 'these', 'those',
  'there', 'when', 'where', 'while', 'were', 'was', 'had', 'have', 'has', 'are', 'is', 'been', 'be', 'being', 'will', 'would', 'could',
  'should', 'shall', 'might', 'must', 'their', 'they', 'them', 'he', 'she', 'it', 'its', 'his', 'her', 'we', 'our', 'you', 'your', 'i',
  'some', 'also',
]);
/** Where one clause of a sentence ends and another begins ("left 27,000 dead around Huaraz in 1970, and 600 in Trujillo"). */
export const CLAUSE_JOIN = /;|,\s+(?:and|but|while|whereas)\b/i;
/** A date naming the period the article is written in ("this year", "this month"), not an earlier one ("earlier this year"). */
export const CURRENT_PERIOD = /^this\s/i;
/** Pronouns that stand for one person ("she", "his"), lower case as the claims read words. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'his', 'her']);

/**
 * Pronouns that stand for a named entity a sentence before or earlier in their own, and the entity types they can
 * stand for (identity/references.ts). "it" is left out: it stands for events and clauses as often as for names.
 */
export const REFERRING_PRONOUNS: ReadonlyMap<string, readonly EntityType[]> = new Map<string, readonly EntityType[]>([
  ...['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself'].map((w) => [w, ['person']] as const),
  ['its', ['organization']],
  ...['they', 'them', 'their'].map((w) => [w, ['organization', 'group']] as const),
]);

/**
 * Nouns a definite description ("the actress", "the company", "the 36-year-old champion") names its entity by, and
 * the entity type they name (identity/references.ts).
 */
export const DESCRIPTION_NOUNS: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...[
    'man', 'woman', 'actress', 'actor', 'singer', 'star', 'model', 'player', 'boxer', 'fighter', 'champion', 'coach',
    'suspect', 'gunman', 'shooter', 'victim', 'driver', 'officer', 'president', 'judge', 'senator', 'governor', 'minister',
    'teenager', 'boy', 'girl', 'rapper', 'director', 'executive', 'lawyer', 'inmate', 'prisoner', 'pitcher', 'slugger',
    'quarterback', 'striker', 'midfielder', 'goalkeeper', 'veteran', 'rookie', 'chief', 'spokesman', 'spokeswoman',
  ].map((w) => [w, 'person'] as const),
  ...['company', 'firm', 'team', 'club', 'bank', 'agency', 'studio', 'network', 'band', 'league', 'party', 'retailer', 'maker', 'carrier', 'airline', 'franchise', 'organization', 'organisation', 'group'].map((w) => [w, 'organization'] as const),
]);

/** Subject pronouns that open a sentence going on about the event the sentence before named ("It killed 612 people"). */
export const CONTINUING_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they']);
/** Participles that work as prepositions ("15 people, including three policemen"): no modifier of a counted noun. */
export const PREPOSITION_PARTICIPLES: ReadonlySet<string> = new Set(['including', 'excluding', 'following', 'during', 'according', 'regarding', 'concerning', 'involving']);
/** Words that make a count part of a larger whole ("two extra life sentences", "the remaining three boats"). */
export const PARTIAL_QUANTIFIERS: ReadonlySet<string> = new Set(['other', 'extra', 'additional', 'more', 'another', 'remaining', 'further', 'separate', 'new']);
/** Verbs that attribute what follows to a source. */
export const REPORTING_WORDS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'reported', 'announced', 'confirmed', 'claimed', 'stated', 'estimated']);
/** Sources named without a name ("police said"). */
export const COMMON_SOURCES = ['police', 'officials', 'authorities', 'witnesses', 'sources', 'the ministry', 'the army', 'the navy', 'the government', 'rescuers'] as const;

/** Endings British and American English spell differently ("Centre", "Center"): one word, not two spellings of a name. */
export const REGIONAL_ENDINGS: ReadonlyArray<readonly [british: string, american: string]> = [
  ['isation', 'ization'], ['ise', 'ize'], ['ised', 'ized'], ['yse', 'yze'], ['our', 'or'], ['re', 'er'], ['ogue', 'og'], ['lled', 'led'],
];

/** Compass words: "North Carolina" and "Carolina", "Southern California" and "California" are two places. */
export const COMPASS_WORDS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest', 'upper', 'lower']);

/** Words that make a statement uncertain. */
export const HEDGE_PATTERN = /\b(reportedly|allegedly|apparently|possibly|probably|could be|may have|might have|is believed|are believed|was believed|were believed|unconfirmed|rumou?red|is thought|was thought|were thought|estimated)\b/i;
export const REPORTING_PATTERN = new RegExp(`\\b(${[...REPORTING_WORDS, 'according to'].join('|')})\\b`, 'i');

/**
 * What a phrase right before a number says of it, longest phrases of each sense first: "at least" (a lower bound),
 * "more than" (open above), "up to" (an upper bound), "fewer than" (open below), "nearly" (just under), "about".
 * Senses are tried in this order, so "no fewer than" is a lower bound before "fewer than" is read.
 */
export const QUALIFIER_PHRASES = {
  atLeast: ['at least', 'no fewer than', 'no less than', 'a minimum of'],
  moreThan: ['more than', 'over', 'upwards of', 'in excess of', 'above', 'just over', 'well over'],
  atMost: ['at most', 'up to', 'as many as', 'as much as', 'no more than', 'a maximum of'],
  fewerThan: ['fewer than', 'less than', 'under', 'below', 'just under'],
  nearly: ['nearly', 'almost', 'close to', 'approaching'],
  about: ['about', 'around', 'approximately', 'an approximate', 'roughly', 'some', 'an estimated', 'estimated', 'approx.', 'circa', 'nearly about'],
} as const;

/** Event words, by the kind of event they name. */
export const EVENT_WORDS = table({
  killed: 'death', killing: 'death', dead: 'death', died: 'death', deaths: 'death', death: 'death', dies: 'death', fatalities: 'death', suffocated: 'death',
  injured: 'injury', injuring: 'injury', wounded: 'injury', wounding: 'injury', hurt: 'injury', injuries: 'injury',
  missing: 'missing',
  begins: 'event', starts: 'event',
  stopped: 'arrest', pulled: 'arrest', arrested: 'arrest', arrest: 'arrest', detained: 'arrest', captured: 'arrest', apprehended: 'arrest', custody: 'arrest', nabbed: 'arrest',
  rescued: 'rescue', evacuated: 'evacuation',
  marched: 'crowd', marching: 'crowd', rallying: 'crowd', rallied: 'crowd', protesters: 'crowd', demonstrators: 'crowd', attended: 'crowd', streets: 'crowd', crowd: 'crowd', marchers: 'crowd', march: 'crowd', rally: 'crowd', protest: 'crowd', protests: 'crowd',
  earthquake: 'earthquake', quake: 'earthquake', tremor: 'earthquake', struck: 'strike', hit: 'strike', shot: 'shooting', shooting: 'shooting', fire: 'fire', blaze: 'fire',
  signed: 'signing', deal: 'deal', contract: 'deal', offer: 'deal', bailout: 'bailout', loan: 'loan', election: 'election', vote: 'vote', poll: 'vote',
  attack: 'attack', attacked: 'attack', hijacked: 'hijacking', fired: 'dismissal', sacked: 'dismissal', hired: 'hiring', named: 'appointment', appointed: 'appointment',
  checked: 'check-in', entered: 'check-in', admitted: 'check-in', rehab: 'check-in', released: 'release', convicted: 'conviction', sentenced: 'sentence',
  escaped: 'escape', launched: 'launch', disappeared: 'disappearance', vanished: 'disappearance', proposed: 'proposal', unveiled: 'proposal',
  retired: 'retirement', born: 'birth', testify: 'testimony', testified: 'testimony', won: 'win', defeated: 'win', knocked: 'knockout', call: 'call', called: 'call', spoke: 'call', talks: 'call',
});

/**
 * The step of a news story a time of day is given for, by the word of its clause that says what happened then: the
 * event itself (the fire broke out, the call came in, gunfire was reported), the arrest or the stop, the arrival of
 * help, the end (extinguished, dispersed), a death and a finding. Times of two steps are two times, never two
 * reports of one; a clause whose word is not listed is its own step (see claims/timeStep.ts).
 */
export const TIME_STEPS = table({
  began: 'event', begun: 'event', begin: 'event', begins: 'event', started: 'event', starting: 'event', starts: 'event', erupted: 'event',
  occurred: 'event', happened: 'event', broke: 'event', struck: 'event', hit: 'event', opened: 'event', reported: 'event', alerted: 'event',
  notified: 'event', call: 'event', called: 'event', calls: 'event', fire: 'event', blaze: 'event', shooting: 'event', shot: 'event',
  gunfire: 'event', attack: 'event', attacked: 'event', explosion: 'event', exploded: 'event', earthquake: 'event', quake: 'event',
  crash: 'event', crashed: 'event', killed: 'event',
  stopped: 'arrest', pulled: 'arrest', arrested: 'arrest', arrest: 'arrest', surrendered: 'arrest', detained: 'arrest', apprehended: 'arrest', captured: 'arrest',
  caught: 'arrest', custody: 'arrest', booked: 'arrest', nabbed: 'arrest',
  arrived: 'arrival', responded: 'arrival',
  extinguished: 'end', contained: 'end', controlled: 'end', ended: 'end', dispersed: 'end', doused: 'end',
  died: 'death', pronounced: 'death', declared: 'death', death: 'death',
  found: 'finding', discovered: 'finding',
});

/** Auxiliaries and adverbs between a count and its verb ("12 people were reportedly injured", "ten have been killed"). */
export const VERB_AUXILIARIES: ReadonlySet<string> = new Set([
  'were', 'are', 'was', 'is', 'have', 'has', 'had', 'been', 'being', 'be', 'will', 'would', 'could', 'may', 'might', 'reportedly', 'allegedly',
  'later', 'also', 'all', 'still', 'then', 'now', 'not', 'never', 'already', 'just', 'only', 'apparently', 'most', 'very', 'so',
]);
/** Irregular past forms of common verbs, which the -ed ending does not mark, with the verb's base form ("made" → "make"). */
export const IRREGULAR_BASE = table({
  took: 'take', taken: 'take', stole: 'steal', stolen: 'steal', shot: 'shoot', hit: 'hit', fled: 'flee', left: 'leave', lost: 'lose', won: 'win',
  hurt: 'hurt', caught: 'catch', held: 'hold', drew: 'draw', drawn: 'draw', gave: 'give', given: 'give', got: 'get', brought: 'bring', sent: 'send',
  sold: 'sell', bought: 'buy', paid: 'pay', spent: 'spend', made: 'make', built: 'build', burnt: 'burn', fell: 'fall', fallen: 'fall', broke: 'break',
  broken: 'break', rose: 'rise', risen: 'rise', struck: 'strike', met: 'meet', led: 'lead', kept: 'keep', found: 'find', seen: 'see', saw: 'see',
  came: 'come', went: 'go', gone: 'go', ran: 'run', swept: 'sweep', thrown: 'throw', threw: 'throw', slain: 'slay', died: 'die',
  sank: 'sink', sunk: 'sink', began: 'begin', begun: 'begin', became: 'become', wrote: 'write', written: 'write', fought: 'fight',
  drove: 'drive', driven: 'drive', flew: 'fly', flown: 'fly', blew: 'blow', blown: 'blow', tore: 'tear', torn: 'tear', hid: 'hide',
  hidden: 'hide', chose: 'choose', chosen: 'choose', froze: 'freeze', frozen: 'freeze', stood: 'stand', beaten: 'beat',
});
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(IRREGULAR_BASE.keys());
/** What rounds are of when they are a weapon's ("300 rounds of ammunition"), lower-cased. */
export const AMMUNITION_WORDS: ReadonlySet<string> = new Set(['ammunition', 'ammo', 'bullets']);
/** Verbs of firing a weapon: "fired 11 shots", "12 shots were fired" count shots, not a player's attempts. */
export const FIRING_VERBS: ReadonlySet<string> = new Set(['fired', 'fire', 'fires', 'firing', 'sprayed', 'spraying', 'unleashed', 'unleashing']);
/** Modal verbs of what may happen ("could get life"): what they govern is possible, not stated. */
export const POSSIBILITY_MODALS: ReadonlySet<string> = new Set(['could', 'would', 'might', 'may']);
/** Modal verbs of what is to happen ("will miss two games"): a plan or a duty, not what happened. */
export const FUTURE_MODALS: ReadonlySet<string> = new Set(['will', 'must', 'should']);
/** Verbs of asking for something ("asking for a contract worth $200 million"): what they govern is one side's demand. */
export const DEMAND_VERBS: ReadonlySet<string> = new Set(
  ['seek', 'seeks', 'seeking', 'sought', 'demand', 'demands', 'demanded', 'demanding', 'request', 'requests', 'requested', 'requesting'],
);
/** Forms of "ask": a demand when followed by "for" ("asked for $5 million"), a hedge on a length of time ("asked 20 years"). */
export const ASK_VERBS: ReadonlySet<string> = new Set(['ask', 'asks', 'asked', 'asking']);
/** Whether lower-case words hold a demand: a verb of demanding, or "ask" followed by "for". */
export function holdsDemand(words: readonly string[]): boolean {
  return words.some((w, i) => DEMAND_VERBS.has(w) || (ASK_VERBS.has(w) && words[i + 1] === 'for'));
}
/** Verbs of wanting, needing or expecting ("needed nine points"): what they govern is a target, not a fact. */
export const WISH_VERBS: ReadonlySet<string> = new Set(['need', 'needs', 'needed', 'needing', 'want', 'wants', 'wanted', 'hope', 'hopes', 'hoped', 'expect', 'expects', 'expected']);
/** Words of a game in play: a count of shots among them is a sports tally, whatever the verb. */
export const GAME_CONTEXT = /\b(?:game|match|goal|goals|score|scored|scoring|basket|quarter|half|season|points?|net|keeper|goalkeeper|rebounds?)\b/i;
/** Words that make an event a death ("the fatal shooting", "a deadly attack"). */
export const FATAL_WORDS: ReadonlySet<string> = new Set(['fatal', 'deadly']);
