// Claims read off set phrasings: how someone died ("burnt to death"), where something happened relative to a place
// ("150 nautical miles east of Aden"), the year of a film or book ("the 2005 film The Notorious Bettie Page"), where
// a named facility is ("Promises Treatment Center in Malibu"), what a named person died of ("Bettie Page died of
// pneumonia").
import { CALENDAR_WORD } from '../language/en';
import type { Claim, Mention } from '../types';
import { FACILITY, facilityKey, placeValue } from './kinds/facilityLocation';
import type { ClaimKind } from './kinds/kind';
import type { Analysis, SentenceContext } from './context';

/** Verbs of "<verb> to death", by the manner of death they name. */
const MANNERS_OF_DEATH: ReadonlyMap<string, string> = new Map(Object.entries({
  suffocated: 'suffocation', asphyxiated: 'suffocation', choked: 'suffocation', smothered: 'suffocation',
  burned: 'burning', burnt: 'burning', stabbed: 'stabbing', shot: 'shooting', beaten: 'beating', bludgeoned: 'beating',
  crushed: 'crushing', trampled: 'crushing', strangled: 'strangling', drowned: 'drowning', starved: 'starvation', froze: 'freezing', frozen: 'freezing',
}));
const MANNER = new RegExp(`\\b(${[...MANNERS_OF_DEATH.keys()].join('|')}) to death\\b`, 'gi');
// A number starts where no digit or separator precedes it, so a long run of "1,1,1…" is read once, not from each digit.
// "58 km south-west of", "60km south west of", "35 miles southwest of": one bearing however the compass point is written.
const DIRECTION = /(?:(?<![\d,.])\d[\d,.]* ?|\b[a-z]+ )(?:nautical miles?|miles?|km|kilomet(?:re|er)s) ((?:north|south)(?:[- ]?(?:east|west))?|east|west) of ([A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+)?)/gu;
const WORK_YEAR = /\b((?:19|20)\d\d) (?:[A-Z][A-Za-z]* )?(film|movie|biopic|documentary|book|novel|memoir|album|play|musical)(?:,)? ["“]?((?:[A-Z][\p{L}'’-]*|of|the|a|and|in)(?: (?:[A-Z][\p{L}'’-]*|of|the|a|and|in))*)/gu;

/** How far after a name a phrase about it is read: enough for any phrase, and a run-on sentence stays linear. */
const PHRASE_WINDOW = 300;

/** An anchored pattern matched right after an offset, within the sentence and the phrase window. */
function matchAt(anchored: RegExp, text: string, offset: number, end: number): RegExpExecArray | null {
  return anchored.exec(text.slice(offset, Math.min(end, offset + PHRASE_WINDOW)));
}

/** A claim a phrase or place extractor read, before it gets its sentence; `Owner` is whom it is about. */
export interface FoundPhrase<Owner = Mention> {
  /** The phrasing that was read, after the extractor's name. */
  rule: string;
  kind: ClaimKind;
  slot: string;
  start: number;
  end: number;
  attribute: string;
  subject: string;
  value: Claim['value'];
  owner?: Owner;
}

type Found = FoundPhrase;

/** Words every match of MANNER holds: a sentence without them is not scanned (most sentences name no death). */
const TO_DEATH = / to death/i;

function mannersOfDeath(text: string, offset: number): Found[] {
  if (!TO_DEATH.test(text)) return [];
  return [...text.matchAll(MANNER)].map((m) => ({
    start: offset + m.index,
    end: offset + m.index + m[0].length,
    rule: 'manner-to-death',
    kind: 'manner-of-death' as const,
    slot: 'cause of death',
    attribute: 'cause of death',
    subject: 'death',
    value: { kind: 'name', value: MANNERS_OF_DEATH.get(m[1].toLowerCase()) ?? m[1].toLowerCase() },
  }));
}

/** "died of", "died early Thursday from", "succumbed to": what follows is the illness or injury a person died of. */
const DIED = "(?:has\\s+|had\\s+)?(?:died|dies|succumbed)\\s+(?:(?:early\\s+|late\\s+)?(?:on\\s+)?(?:[A-Z][a-z]+day|yesterday|today)\\s+)?(?:of|from|to)\\s+((?:[\\p{L}'’-]+\\s*){1,6})";
const DIED_OF = new RegExp(`^\\s+${DIED}`, 'u');
/** "R. James Holt, the number 3 man at the agency, died early Tuesday from": the sentence's subject, past its appositive. */
const APPOSITIVE_DIED = new RegExp(`^,(?:[^,]{1,120},){1,3}\\s+(${DIED})`, 'u');
/** Words that end the cause: "pneumonia at the age of 85", "a heart attack suffered almost three weeks ago". */
const CAUSE_END = /\s+(?:at|in|on|after|while|when|following|and|from|with|during|suffered|sustained|earlier|last|this|that|before|as|he|she|[A-Z][a-z]+day|yesterday|today)\b.*$/s;
const CAUSE_LEAD = /^(?:complications?\s+(?:from|of)\s+|(?:a|an|the|his|her|apparent)\s+)+/i;

/**
 * "Bettie Page died of pneumonia", "Page succumbed to complications from a heart attack": the cause, owned by the
 * person named right before; or by the person who opens the sentence, when an appositive stands between them
 * ("R. James Holt, Jr., the number 3 man at the agency, died early Tuesday from Parkinson's disease").
 */
function medicalCauses(analysis: Analysis, context: SentenceContext): Found[] {
  const found: Found[] = [];
  for (const mention of context.mentions) {
    if (mention.type !== 'person') continue;
    const adjacent = matchAt(DIED_OF, analysis.text, mention.end, context.span.end);
    const opening = adjacent || mention.start !== context.span.start ? undefined : matchAt(APPOSITIVE_DIED, analysis.text, mention.end, context.span.end);
    const m = adjacent ?? opening;
    if (!m) continue;
    const cause = adjacent ? adjacent[1] : m[2];
    const lead = CAUSE_LEAD.exec(cause)?.[0] ?? '';
    const value = cause.slice(lead.length).replace(CAUSE_END, '').trim();
    if (!value) continue;
    const end = mention.end + m[0].length - cause.length + lead.length + value.length;
    // Past an appositive the claim is the verb and the cause: the appositive says who, not what.
    const start = adjacent ? mention.start : mention.end + m[0].length - m[1].length;
    found.push({ rule: adjacent ? 'died-of' : 'subject-died-of', kind: 'medical-cause', slot: 'medical cause of death', start, end, attribute: 'medical cause of death', subject: mention.text, value: { kind: 'name', value: value.toLowerCase() }, owner: mention });
  }
  return found;
}

/** "150 nautical miles east of Aden": the direction from the place (distances vary with what is located). */
/** Whether a sentence holds the words every match of DIRECTION holds: " of " and a unit of length it names. */
const mayHoldDirection = (text: string): boolean => text.includes(' of ') && (text.includes('mile') || text.includes('km') || text.includes('kilomet'));

function bearings(text: string, offset: number): Found[] {
  if (!mayHoldDirection(text)) return [];
  return [...text.matchAll(DIRECTION)].map((m) => ({
    start: offset + m.index,
    end: offset + m.index + m[0].length,
    rule: 'bearing',
    kind: 'bearing' as const,
    slot: m[2],
    attribute: `direction from ${m[2]}`,
    subject: m[2],
    value: { kind: 'name', value: m[1].toLowerCase().replace(/[- ]/, '') },
  }));
}

/** "the 2005 film The Notorious Bettie Page", "the 2006 HBO movie, The Notorious Bettie Page": a work's year, keyed by its title. */
function workYears(text: string, offset: number): Found[] {
  return [...text.matchAll(WORK_YEAR)].flatMap((m) => {
    const title = m[3].replace(/\s+(?:of|the|a|and|in)$/i, '').trim();
    if (title.split(' ').length < 2) return [];
    const key = title.toLowerCase().replace(/^(?:the|a) /, '');
    return [{ rule: 'work-year', kind: 'work-year' as const, slot: key, start: offset + m.index, end: offset + m.index + m[0].length, attribute: `year of ${key}`, subject: title, value: { kind: 'name', value: m[1] } }];
  });
}

/** A capitalised place name of one or more words ("Rancho Mirage", "Wilkes-Barre"). */
export const PLACE_NAME = "[A-Z][\\p{L}'’.]*(?:-[A-Z][\\p{L}'’.]*)?(?: [A-Z][\\p{L}'’.]*(?:-[A-Z][\\p{L}'’.]*)?)*";
const IN_PLACE = new RegExp(`^,? in (?:the )?(${PLACE_NAME})(?:, (${PLACE_NAME}))?`, 'u');

/** "the Betty Ford Center in Rancho Mirage, Calif.": the town (and state) a named facility is in. */
function facilityPlaces(analysis: Analysis, context: SentenceContext): Found[] {
  const found: Found[] = [];
  for (const mention of context.mentions) {
    if (mention.type === 'person' || !FACILITY.test(mention.text) || !facilityKey(mention.text)) continue;
    const m = matchAt(IN_PLACE, analysis.text, mention.end, context.span.end);
    if (!m || CALENDAR_WORD.test(m[1].split(/[\s.,]/)[0])) continue;
    const place = [m[1], m[2]].filter(Boolean).map((p) => p.replace(/\.$/, '')).join(', ');
    found.push({ rule: 'facility-in-place', kind: 'facility-location', slot: 'location', start: mention.start, end: mention.end + m[0].replace(/\.$/, '').length, attribute: 'location', subject: mention.text, value: placeValue(place), owner: mention });
  }
  return found;
}

/** A found phrase as a claim of its sentence, the chain it is about (if any) first among the subjects. */
export function claimFromPhrase(analysis: Analysis, context: SentenceContext, f: FoundPhrase<unknown>, extractor: string, own: number | undefined): Claim {
  return {
    start: f.start,
    end: f.end,
    text: analysis.text.slice(f.start, f.end),
    rule: `${extractor}/${f.rule}`,
    kind: f.kind,
    slot: f.slot,
    attribute: f.attribute,
    subject: f.subject,
    subjectChains: own === undefined ? context.chains : [own, ...context.chains.filter((c) => c !== own)],
    triggers: context.triggers,
    value: f.value,
    ...(context.hedge ? { hedge: context.hedge } : {}),
    ...(context.attribution ? { attribution: context.attribution } : {}),
    sentence: context.span,
  };
}

export function phraseClaims(analysis: Analysis, contexts: readonly SentenceContext[]): Claim[] {
  const claims: Claim[] = [];
  for (const context of contexts) {
    if (!context) continue;
    const offset = context.span.start;
    const text = analysis.text.slice(offset, context.span.end);
    const found = [...mannersOfDeath(text, offset), ...bearings(text, offset), ...workYears(text, offset), ...facilityPlaces(analysis, context), ...medicalCauses(analysis, context)];
    for (const f of found) claims.push(claimFromPhrase(analysis, context, f, 'phrase', f.owner?.chain));
  }
  return claims;
}
