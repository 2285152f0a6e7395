// Checkable statements in one article: quantities, dates and places tied to an event or entity.
import type { Token } from '../tokenize';
import type { Claim, DateMention, DocumentAnalysis } from '../types';
import { sentenceContexts, type SentenceContext } from './context';
import { CLAUSE_JOIN, CONTINUING_PRONOUNS, CURRENT_PERIOD, monthNamed, monthOfIsoDate } from '../language/en';
import { dateClaims } from './dateClaims';
import { durationClaims } from './durationClaims';
import { eventPlaceClaims } from './eventPlaceClaims';
import { phraseClaims } from './phraseClaims';
import { placeClaims } from './placeClaims';
import { roleClaims } from './roleClaims';
import { quantityClaims } from './quantityClaims';
import { kindOf } from './kinds/registry';
import { inTextOrder, within } from './spans';
import { TenseIndex } from '../dates/tense';

type Analysis = Omit<DocumentAnalysis, 'claims'>;

const DAY_MS = 86_400_000;
/**
 * A day this many days or more before the article's date is an earlier event's. On a plateau on ECB+ topics 1-12:
 * any bound from 7 to 89 days gives the same conflicts there (3 days drops one labelled conflict).
 */
const EARLIER_EVENT_DAYS = 14;

/**
 * How both a dated and an undated article name an earlier event's period: its month by name ("2008-09-14",
 * "2008-09" and "September" are all "september"), else its year. An undated article cannot resolve a month's
 * year, so the year is left out for both.
 */
function periodKey(date: DateMention, value: string): string {
  return monthOfIsoDate(value) ?? monthNamed(date.text.toLowerCase()) ?? value;
}

/**
 * The period of an earlier event a date in the sentence points to ("In February, a gunman wounded four people" in a
 * March article): another month or year than the article's, or a day more than EARLIER_EVENT_DAYS before it.
 */
function backgroundPeriod(date: DateMention, reference: string): string | undefined {
  const value = date.value;
  if (date.kind !== 'date' || !value || !/^\d{4}(-\d\d){0,2}$/.test(value)) return undefined;
  if (value.length < 10) return reference.startsWith(value) ? undefined : periodKey(date, value);
  const days = (Date.parse(reference.slice(0, 10)) - Date.parse(value)) / DAY_MS;
  return days > EARLIER_EVENT_DAYS ? periodKey(date, value) : undefined;
}

/**
 * Without the article's date, a month or a year alone ("struck southern Iran in September") still points to an
 * earlier event: news tells its own event by the weekday or the full date.
 */
function undatedBackgroundPeriod(date: DateMention): string | undefined {
  if (date.kind !== 'date' || (date.granularity !== 'month' && date.granularity !== 'year') || CURRENT_PERIOD.test(date.text)) return undefined;
  return periodKey(date, date.value ?? date.text.toLowerCase());
}

/**
 * The periods sentences without a date of their own go on telling: "In February, a quake hit Trujillo. It killed 612
 * people." By sentence start. Only a past-tense sentence does: "They still hold 14 ships" is about now.
 */
function continuedPeriods(analysis: Analysis, contexts: readonly SentenceContext[], dates: readonly DateMention[], periodOf: (d: DateMention) => string | undefined): Map<number, string> {
  const continued = new Map<number, string>();
  let tenses: TenseIndex | undefined;
  let previous: string | undefined;
  for (const context of contexts) {
    const own = within(dates, context.span).filter((d) => d.kind === 'date');
    const opener = context.tokens[0];
    if (own.length > 0) {
      previous = periodOf(own[own.length - 1]);
      continue;
    }
    if (previous === undefined || !opener || !CONTINUING_PRONOUNS.has(opener.text.toLowerCase())) {
      previous = undefined;
      continue;
    }
    tenses ??= new TenseIndex(analysis.text);
    if (tenses.tenseAt(opener.start, opener.end) === 'past') continued.set(context.span.start, previous);
    else previous = undefined;
  }
  return continued;
}

/** The period of a date claim of an earlier event: no month or year, so that any two earlier dates compare. */
const EARLIER = 'earlier';

/** Claims in a sentence about an earlier event become claims about that event: background events are their own subjects. */
function markBackground(analysis: Analysis, contexts: readonly SentenceContext[], claims: Claim[]): Claim[] {
  const reference = analysis.referenceDate?.value;
  if (reference && reference.length < 7) return claims;
  const periodOf = (d: DateMention): string | undefined => (reference ? backgroundPeriod(d, reference) : undatedBackgroundPeriod(d));
  const dates = inTextOrder(analysis.dates);
  const continued = continuedPeriods(analysis, contexts, dates, periodOf);
  return claims.map((claim) => {
    if (kindOf(claim).scope === 'entity' || claim.value.kind === 'time') return claim;
    // A date or a time is itself when its event happened: another date in the sentence dates another clause. A date
    // of an earlier period is an earlier event's ("On April 6, an earthquake" in a July article): kept apart from the
    // story's own, compared with other earlier dates whatever their periods. Without the article's date, a date
    // written out in full may well be the story's own: only a dated article tells.
    if (claim.value.kind === 'date') {
      const own = within(dates, claim).find((d) => d.start === claim.start);
      return reference && own && backgroundPeriod(own, reference) !== undefined ? { ...claim, period: EARLIER } : claim;
    }
    // A date inside the claim is what it states ("In 1957, Page disappeared", "the 2005 film"), not a pointer to another event.
    const inSentence = (d: DateMention): boolean => d.start >= claim.sentence.start && d.end <= claim.sentence.end && !(d.start >= claim.start && d.end <= claim.end);
    // "proposed in May and since has received 300,000 comments" counts up to now.
    const countsSince = (d: DateMention): boolean => d.end <= claim.start && /\bsince\b/i.test(analysis.text.slice(d.end, claim.start));
    // "arrested three times since October": a tally since a date, after it, counts up to now too; so does a figure
    // measured against a time since ("more than 50,000, the biggest protest since he took office last October").
    const tallySince = (d: DateMention): boolean => d.start >= claim.end && /\bsince\b/i.test(analysis.text.slice(claim.end, d.start));
    // Of a sentence's dates, the nearest in the claim's own clause dates it ("left 27,000 dead around Huaraz in 1970, and 600 in Trujillo in February").
    const distance = (d: DateMention): number => {
      const between = d.end <= claim.start ? analysis.text.slice(d.end, claim.start) : analysis.text.slice(claim.end, d.start);
      return between.length + (CLAUSE_JOIN.test(between) ? analysis.text.length : 0);
    };
    const nearest = within(dates, claim.sentence)
      .filter((d) => d.kind === 'date' && inSentence(d) && !countsSince(d) && !tallySince(d))
      .reduce<DateMention | undefined>((best, d) => (best === undefined || distance(d) < distance(best) ? d : best), undefined);
    const period = nearest ? periodOf(nearest) : continued.get(claim.sentence.start);
    return period === undefined ? claim : { ...claim, period, attribute: `${claim.attribute} (${period})`, subject: `${claim.subject} (${period})` };
  });
}

/** Extracts the article's claims in text order. */
export function extractClaims(analysis: Analysis, tokens: Token[]): Claim[] {
  const contexts = sentenceContexts(analysis, tokens);
  return markBackground(analysis, contexts, [...quantityClaims(analysis, contexts), ...dateClaims(analysis, contexts), ...durationClaims(analysis, contexts), ...phraseClaims(analysis, contexts), ...roleClaims(analysis, contexts), ...placeClaims(analysis, contexts), ...eventPlaceClaims(analysis, contexts)]).sort((a, b) => a.start - b.start);
}
