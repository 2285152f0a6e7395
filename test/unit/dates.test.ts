import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { findDates } from '../../server/src/analysis/dates/findDates';
import { formatDateValue } from '../../server/src/analysis/dates/format';

// The seed articles bundled in samples/ (the build puts this file in out/test/unit).
const SEEDS = path.resolve(__dirname, '..', '..', '..', 'samples', 'seeds');
const seed = (prefix: string): string => {
  const file = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  assert.ok(file, `seed ${prefix} present`);
  return fs.readFileSync(path.join(SEEDS, file), 'utf8');
};

/** The value of the date mention whose text contains `written` (the first one). */
function valueOf(text: string, written: string, options = {}): string | null | undefined {
  const at = text.indexOf(written);
  assert.ok(at >= 0, `fixture contains "${written}"`);
  const mention = findDates(text, options).dates.find((d) => d.start < at + written.length && at < d.end);
  return mention === undefined ? undefined : mention.value;
}

const texts = (text: string): string[] => findDates(text, {}).dates.map((d) => d.text);

describe('reference date', () => {
  it('takes a dateline line near the top', () => {
    const r = findDates('52.8 F\nNew York\nThursday, May 2, 2024\n\nHeadline here\n', {}).referenceDate;
    assert.deepEqual([r?.value, r?.source], ['2024-05-02', 'dateline']);
  });

  it('prefers a "First Published" line and reads datelines with times', () => {
    assert.equal(findDates('Title\nFirst Published: June 13, 2013 4:59 PM EDT\nA judge signed an order yesterday.', {}).referenceDate?.value, '2013-06-13');
    assert.equal(findDates('Headline\nJuly 23, 2008. 4:49 pm\nText.', {}).referenceDate?.source, 'dateline');
    assert.equal(findDates('Headline\non March 09 2012 6:12 PM\nText.', {}).referenceDate?.value, '2012-03-09');
  });

  it('ignores a photo caption date in a long line', () => {
    const text = seed('001');
    assert.notEqual(findDates(text, {}).referenceDate?.value, '2024-04-05');
  });

  it('reads a date from the source URL and from the path', () => {
    assert.equal(findDates('Headline\nhttps://example.com/news/2019/03/14/story.html\nThe mayor spoke on Monday.', {}).referenceDate?.value, '2019-03-14');
    assert.equal(findDates('The mayor spoke on Monday.', { path: '/news/2019-03-14-mayor.txt' }).referenceDate?.source, 'url');
  });

  it('lets the override win', () => {
    const r = findDates('Thursday, May 2, 2024\nText.', { override: '2020-01-05' }).referenceDate;
    assert.deepEqual([r?.value, r?.source], ['2020-01-05', 'override']);
  });

  it('reads the dates in the year of weekday-date agreement from the latest year named, leaving the article undated (seed 001)', () => {
    const text = seed('001');
    const findings = findDates(text, {});
    assert.equal(findings.referenceDate, null);
    assert.match(findings.undatedReason ?? '', /no date: .*its dates are read in 2025 \(inferred: the weekdays and dates the article gives agree in 2025/);
    assert.equal(valueOf(text, 'on Friday'), '2025-09-19');
    assert.equal(valueOf(text, 'September 20'), '2025-09-20');
    assert.equal(valueOf(text, '80 years ago'), '1945');
  });

  it('reads the dates in 2024 from an upcoming election under President Biden, leaving the article undated (seed 003)', () => {
    const text = seed('003');
    assert.equal(findDates(text, {}).referenceDate, null);
    assert.match(findDates(text, {}).undatedReason ?? '', /its dates are read in 2024/);
    assert.equal(valueOf(text, 'November'), '2023-11');
    assert.equal(valueOf(text, 'last year'), '2023');
  });

  it('leaves the date unknown without a dateline or year (seed 000)', () => {
    const text = seed('000');
    assert.equal(findDates(text, {}).referenceDate, null);
    const tuesday = findDates(text, {}).dates.find((d) => d.text === 'Tuesday');
    assert.equal(tuesday?.value, null);
    assert.match(tuesday?.derivation ?? '', /unknown/);
  });
});

describe('resolution', () => {
  const dated = 'Thursday, May 2, 2024\n\n';

  it('resolves a weekday to the most recent one on or before the dateline, the day itself included', () => {
    const text = `${dated}The report appeared on Wednesday. Officials met on Thursday. They spoke last Thursday.`;
    assert.equal(valueOf(text, 'Wednesday'), '2024-05-01');
    assert.equal(valueOf(text, 'on Thursday'), '2024-05-02');
    assert.equal(valueOf(text, 'last Thursday'), '2024-04-25');
    const wednesday = findDates(text, {}).dates.find((d) => d.text === 'Wednesday');
    assert.equal(wednesday?.derivation, 'the Wednesday on or before the dateline, Thursday, May 2, 2024');
    assert.equal(wednesday?.relative, true);
  });

  it('looks forward for a weekday in a future sentence', () => {
    assert.equal(valueOf(`${dated}The Senate will vote on Monday.`, 'Monday'), '2024-05-06');
  });

  it('resolves relative expressions (seed 002 and short fixtures)', () => {
    const text = seed('002');
    assert.equal(valueOf(text, 'Last month'), '2024-04');
    assert.equal(valueOf(text, 'on Wednesday'), '2024-05-01');
    const short = `${dated}He left yesterday. Prices rose this year and fell last year. The war ended 80 years ago. It met last week.`;
    assert.equal(valueOf(short, 'yesterday'), '2024-05-01');
    assert.equal(valueOf(short, 'this year'), '2024');
    assert.equal(valueOf(short, 'last year'), '2023');
    assert.equal(valueOf(short, '80 years ago'), '1944');
    assert.equal(valueOf(short, 'last week'), '2024-04-22/2024-04-28');
  });

  it('puts a month without a year in the last such month before the article', () => {
    assert.equal(valueOf(`${dated}The November meeting was pivotal.`, 'November'), '2023-11');
    assert.equal(valueOf(`${dated}Sales fell in March.`, 'March'), '2024-03');
  });

  it('reads durations, times with zones, ranges and decades', () => {
    const text = `${dated}A three-day visit and a 90-day rehab. The quake struck at 09:14 a.m. UTC (5:14 a.m. EDT) on May 1. From September 2010 to January 2011, and in the 1950s.`;
    assert.equal(valueOf(text, 'three-day'), 'P3D');
    assert.equal(valueOf(text, '90-day'), 'P90D');
    assert.equal(valueOf(text, '09:14'), 'T09:14Z');
    assert.equal(valueOf(text, '5:14'), 'T05:14-04:00');
    assert.equal(valueOf(text, 'September 2010'), '2010-09/2011-01');
    assert.equal(valueOf(text, '1950s'), '195x');
    assert.equal(findDates(text, {}).dates.find((d) => d.text.startsWith('three'))?.kind, 'duration');
  });

  it('reads a unit written as one word with "long" as one of that unit', () => {
    const text = `${dated}A weeklong hunt ended a yearlong feud and a daylong vigil.`;
    assert.equal(valueOf(text, 'weeklong'), 'P1W');
    assert.equal(valueOf(text, 'yearlong'), 'P1Y');
    assert.equal(valueOf(text, 'daylong'), 'P1D');
  });

  it('reads a space after a clock\'s colon and four-digit times with "hrs" or a zone, not four-digit lengths', () => {
    const text = `${dated}Police were called at 8: 39am. Pirates attacked about 1100 hrs IST. The fire broke out at 2045 GMT. Crews worked 1100 hours after 1200 hours of talks.`;
    assert.equal(valueOf(text, '8: 39am'), 'T08:39');
    assert.equal(valueOf(text, '1100 hrs'), 'T11:00+05:30');
    assert.equal(valueOf(text, '2045'), 'T20:45Z');
    assert.equal(valueOf(text, 'worked 1100'), 'PT1100H');
    assert.equal(valueOf(text, '1200 hours'), 'PT1200H');
  });

  it('keeps "p.m." with a clock time written after "about" or "at", at the end of a sentence too', () => {
    const text = `${dated}The shooting occurred about 3:10 p.m. Deputies arrived at about 3:30 p.m. and left around 11:05 PM.`;
    assert.equal(valueOf(text, '3:10'), 'T15:10');
    assert.equal(valueOf(text, '3:30'), 'T15:30');
    assert.equal(valueOf(text, '11:05'), 'T23:05');
  });

  it('reads "ET", "PT", "CT" as standard or daylight time by the day the time is on', () => {
    assert.equal(valueOf('Wednesday, January 5, 2011\n\nKickoff is at 4:30 p.m. ET.', '4:30'), 'T16:30-05:00');
    assert.equal(valueOf('Wednesday, January 5, 2011\n\nThe draft is on July 8, 2011 at 7 p.m. PT.', '7 p.m.'), '2011-07-08T19:00-07:00');
    assert.equal(valueOf('Title\nFirst Published: March 9, 2013 4:59 PM CT\n', '4:59'), '2013-03-09T16:59-06:00');
    assert.equal(valueOf('Title\nFirst Published: March 10, 2013 4:59 PM CT\n', '4:59'), '2013-03-10T16:59-05:00');
    assert.equal(valueOf('Title\nFirst Published: October 29, 2005 4:59 PM ET\n', '4:59'), '2005-10-29T16:59-04:00');
    assert.equal(valueOf('Title\nFirst Published: October 30, 2005 4:59 PM ET\n', '4:59'), '2005-10-30T16:59-05:00');
    // No day to tell by: daylight time, as before.
    assert.equal(valueOf('Kickoff is at 4:30 p.m. ET.', '4:30'), 'T16:30-04:00');
  });

  it('reads a clock time that opens a sentence ("At 10:15, ...")', () => {
    const text = `${dated}At 10:15 left-wing protesters arrived. By 11:30 the square was empty.`;
    assert.match(valueOf(text, '10:15') ?? '', /T10:15$/);
    assert.match(valueOf(text, '11:30') ?? '', /T11:30$/);
  });

  it('puts a bare clock time after noon when the part of the day after it says so, and only then', () => {
    const text = `${dated}He died at 6:41 last night. It began about 3:30 Tuesday afternoon. A blast at 8:40 at night. They met at 9:25 Thursday morning. A shot at 2:30 Friday night. A call at 09:30 on Monday night.`;
    assert.match(valueOf(text, '6:41') ?? '', /T18:41$/);
    assert.match(valueOf(text, '3:30') ?? '', /T15:30$/);
    assert.match(valueOf(text, '8:40') ?? '', /T20:40$/);
    assert.match(valueOf(text, '9:25') ?? '', /T09:25$/);
    // 2:30 at night is as likely after midnight; a leading zero is a 24-hour clock.
    assert.match(valueOf(text, '2:30') ?? '', /T02:30$/);
    assert.match(valueOf(text, '09:30') ?? '', /T09:30$/);
  });

  it('attaches a time to the date before it', () => {
    assert.equal(valueOf('Title\nFirst Published: June 13, 2013 4:59 PM EDT\n', '4:59'), '2013-06-13T16:59-04:00');
  });
});

describe('not a date', () => {
  it('skips May the modal, March the verb, and weekdays in names', () => {
    const text = 'Officials may meet soon. May we ask? Protesters march daily and the March was large. The Sunday Times said so. It aired on Friday\'s Session, a podcast. Theresa May spoke.';
    assert.deepEqual(texts(text), []);
  });

  it('keeps real dates next to the look-alikes', () => {
    assert.deepEqual(texts('The law passed in May. Sales rose on March 3. He spoke Friday. Monday\'s quake killed 5.'), ['May', 'March 3', 'Friday', "Monday's"]);
  });

  it('skips a game clock: "at 2:56 of the third round", "1:45 into the half", "4:12 left"', () => {
    const text = 'The referee stopped the fight at 2:56 of the third round. He was down at 1:45 into the second half and scored at 4:12 left. The bell rang at 9:30 on Saturday.';
    assert.deepEqual(texts(text), ['at 9:30', 'Saturday']);
  });

  it('skips counts and ages that look like years and durations', () => {
    assert.deepEqual(texts('About 2000 people came; the 33-year-old actress paid $2010.'), []);
  });
});

describe('date issues', () => {
  it('flags a weekday that disagrees with its date', () => {
    const issues = findDates('Officials met on Tuesday, September 19, 2024.', {}).dateIssues;
    assert.equal(issues.length, 1);
    assert.equal(issues[0].code, 'weekday-mismatch');
    assert.match(issues[0].message, /was a Thursday/);
  });

  it('takes the year in which a yearless date falls on the weekday written with it, and flags none', () => {
    const text = 'Wednesday, January 5, 2011\n\nThe Falcons face the Saints at 8 p.m. Saturday, Jan. 15 at the Georgia Dome. They met on Sunday, Dec. 19.';
    assert.equal(valueOf(text, 'Jan. 15'), '2011-01-15');
    assert.equal(valueOf(text, 'Dec. 19'), '2010-12-19');
    assert.deepEqual(findDates(text, {}).dateIssues.map((i) => i.code), []);
    // A weekday that only a year the tense rules out fits (December 19, 2011 is a Monday, after the article) is the
    // writer's slip: the date stays, and is flagged.
    const slip = 'Wednesday, January 5, 2011\n\nThey met on Monday, Dec. 19.';
    assert.equal(valueOf(slip, 'Dec. 19'), '2010-12-19');
    assert.deepEqual(findDates(slip, {}).dateIssues.map((i) => i.code), ['weekday-mismatch']);
  });

  it('flags a date after the article in a past-tense sentence, not one in the future tense', () => {
    const codes = (s: string): string[] => findDates(`Thursday, May 2, 2024\n\n${s}`, {}).dateIssues.map((i) => i.code);
    assert.deepEqual(codes('The treaty was signed on June 10, 2024.'), ['future-in-past-tense']);
    assert.deepEqual(codes('The treaty will be signed on June 10, 2024.'), []);
  });
});

describe('formatDateValue', () => {
  it('writes values in words', () => {
    assert.equal(formatDateValue('2024-05-01'), 'Wednesday, May 1, 2024');
    assert.equal(formatDateValue('2024-04'), 'April 2024');
    assert.equal(formatDateValue('2024'), '2024');
    assert.equal(formatDateValue('195x'), 'the 1950s');
    assert.equal(formatDateValue('20xx'), 'the 21st century');
    assert.equal(formatDateValue('P3D'), '3 days');
    assert.equal(formatDateValue('2024-05-01T09:14Z'), 'Wednesday, May 1, 2024, 9:14 a.m. UTC');
    assert.equal(formatDateValue('2024-04-22/2024-04-28'), 'Monday, April 22, 2024 – Sunday, April 28, 2024');
  });
});
