import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Corpus } from '../../server/src/analysis/corpus';

/** One story told by several articles that differ only in the filled-in parts: its conflicts as [rule, side a, side b]. */
function conflictsOf(story: (parts: Record<string, string>) => string, variants: Array<Record<string, string>>, rule: RegExp): string[][] {
  const corpus = new Corpus();
  const ids = variants.map((_, i) => `${String.fromCharCode(97 + i)}.txt`);
  variants.forEach((parts, i) => corpus.set(ids[i], story(parts)));
  assert.equal(new Set(ids.map((id) => corpus.storyOf(id)?.id)).size, 1, 'one story');
  return corpus.conflicts.all().filter((c) => rule.test(c.rule)).map((c) => [c.rule.replace(/ → .*/, ''), c.a.claim.text, c.b.claim.text]).sort();
}

const shooting = ({ stamp, time }: Record<string, string>): string =>
  `${stamp}\nA gunman opened fire in a crowded office building in downtown Springfield, leaving three people wounded, police said.\n` +
  `Gunfire was reported ${time}, and officers arrived within minutes. The suspect, Mark Dalton, 39, was taken into custody at the scene.\n` +
  `Police Chief Ann Ross said the motive was not yet known and that the wounded were taken to Springfield General Hospital.\n`;

test('a clock time of its clause\'s event, with no event word near it, is the story\'s moment: reports within an hour differ', () => {
  const found = conflictsOf(shooting, [
    { stamp: 'Posted on May 2, 2013, 1:32 PM EDT', time: 'at about 3:30 p.m. on Tuesday' },
    { stamp: 'Posted on May 2, 2013, 4:59 PM EDT', time: 'at about 3:30 p.m. on Tuesday' },
    { stamp: 'Posted on May 2, 2013, 2:12 PM EDT', time: 'at about 3:10 p.m. on Tuesday' },
  ], /^date\//);
  // The timestamps of publication are no event's time; a time two hours off is another moment of the story.
  assert.deepEqual(found, [['date/clock-time-of-clause', 'about 3:30', 'about 3:10'], ['date/clock-time-of-clause', 'about 3:30', 'about 3:10']]);
  assert.deepEqual(conflictsOf(shooting, [
    { stamp: 'Springfield', time: 'at about 3:30 p.m.' },
    { stamp: 'Springfield', time: 'at about 3:30 p.m.' },
    { stamp: 'Springfield', time: 'shortly after 4:45 p.m.' },
  ], /^date\//), []);
  // A time on the hour is rounded: "7 p.m." and "7:01 p.m." agree.
  assert.deepEqual(conflictsOf(shooting, [
    { stamp: 'Springfield', time: 'at 7 p.m.' },
    { stamp: 'Springfield', time: 'at 7 p.m.' },
    { stamp: 'Springfield', time: 'at 7:01 p.m.' },
  ], /^date\//), []);
  // "shortly after" a time says roughly when, not a bound.
  assert.deepEqual(conflictsOf(shooting, [
    { stamp: 'Springfield', time: 'at about 3:30 p.m.' },
    { stamp: 'Springfield', time: 'at about 3:30 p.m.' },
    { stamp: 'Springfield', time: 'shortly after 3 p.m.' },
  ], /^date\//).map((c) => c[0]), ['date/clock-time-of-clause', 'date/clock-time-of-clause']);
});

const obituary = ({ served }: Record<string, string>): string =>
  `Frederick LaRue, a Mississippi oil heir who delivered payoffs in the Watergate scandal, died on Saturday in Biloxi. He was 75.\n` +
  `LaRue pleaded guilty to obstruction of justice in 1973 and ${served} for his role in the conspiracy.\n` +
  `He later returned to Mississippi to run the family's oil and real estate business, his nephew said.\n`;

test('time served, as the object of "served" or "spent ... in prison", is compared across the story; a sentence one faces is not', () => {
  assert.deepEqual(conflictsOf(obituary, [
    { served: 'served five months in federal prison' },
    { served: 'served five months in federal prison' },
    { served: 'spent more than four years in prison' },
  ], /time-served/), [['duration/time-served', 'five months', 'more than four years'], ['duration/time-served', 'five months', 'more than four years']]);
  assert.deepEqual(conflictsOf(obituary, [
    { served: 'served four months in federal prison' },
    { served: 'served four months in federal prison' },
    { served: 'could have faced five years in prison' },
  ], /duration\//), []);
});

const crash = ({ driver, block }: Record<string, string>): string =>
  `Police said ${driver}, hit and killed a 66-year-old woman in the parking lot of a Bloomington store on Wednesday night.\n` +
  `The woman, LuAnn Johnson, 66, of Burnsville, was struck ${block} and died at the scene, police said. The driver fled but was stopped minutes later.\n` +
  `He was booked into the Hennepin County jail on suspicion of criminal vehicular homicide.\n`;

test('where a person lives ("Name, 36, of Town") and the block of a street: two towns, two blocks of one street contradict', () => {
  assert.deepEqual(conflictsOf(crash, [
    { driver: 'Anthony LaSalle, 36, of Minneapolis', block: 'in the 8000 block of Lyndale Avenue' },
    { driver: 'Anthony LaSalle, 36, of Minneapolis', block: 'in the 8000 block of Lyndale Avenue' },
    { driver: 'Anthony Phillip LaSalle, 36, of Bloomington', block: 'in the 8100 block of Lyndale Ave.' },
  ], /^place\//), [
    ['place/block-of-street', '8000 block of Lyndale Avenue', '8100 block of Lyndale Ave'],
    ['place/block-of-street', '8000 block of Lyndale Avenue', '8100 block of Lyndale Ave'],
    ['place/name-age-of-place', 'Anthony LaSalle, 36, of Minneapolis', 'Anthony Phillip LaSalle, 36, of Bloomington'],
    ['place/name-age-of-place', 'Anthony LaSalle, 36, of Minneapolis', 'Anthony Phillip LaSalle, 36, of Bloomington'],
  ]);
  // A town and its state agree; blocks of two streets, and an organisation after "of", are not compared.
  assert.deepEqual(conflictsOf(crash, [
    { driver: 'Anthony LaSalle, 36, of Minneapolis', block: 'in the 8000 block of Lyndale Avenue' },
    { driver: 'Anthony LaSalle, 36, of Minneapolis, Minnesota', block: 'in the 8000 block of Lyndale Avenue' },
    { driver: 'Anthony LaSalle, 36, of the Minnesota Department of Transportation', block: 'in the 8100 block of Penn Avenue' },
  ], /^place\//), []);
});

const profile = ({ year }: Record<string, string>): string =>
  `Police in Palermo arrested Giuseppe Zerilli, the reputed head of a Sicilian crime family, in a raid on Tuesday.\n` +
  `Zerilli, 78, has a long record. In ${year}, Zerilli was indicted in New Jersey on gambling charges, and he later served time there.\n` +
  `Investigators said the raid ended a two-year inquiry into extortion in the Palermo area.\n`;

test('a year tied to the verb of its clause dates that event: two years of one verb contradict', () => {
  assert.deepEqual(conflictsOf(profile, [{ year: '1969' }, { year: '1969' }, { year: '1970' }], /verb-of-clause/).map((c) => [c[0], c[1], c[2]]), [
    ['date/verb-of-clause', '1969', '1970'],
    ['date/verb-of-clause', '1969', '1970'],
  ]);
  // A weekday with no event word is as often a later step of the story: not read this way.
  assert.deepEqual(conflictsOf(profile, [{ year: 'Thursday' }, { year: 'Thursday' }, { year: 'Friday' }], /verb-of-clause/), []);
});

const datedProfile = ({ when }: Record<string, string>): string =>
  `Tuesday, August 7, 2012\nPolice in Palermo arrested Giuseppe Zerilli, the reputed head of a Sicilian crime family, in a raid on Tuesday.\n` +
  `Zerilli, 78, has a long record. ${when}, Zerilli was indicted in New Jersey on gambling charges.\n` +
  `Investigators said the raid ended a two-year inquiry into extortion in the Palermo area.\n`;

test('"last year" in a dated article is the year before it: compared with a year written out, "later this year" is not', () => {
  const years = /verb-of-clause/;
  assert.deepEqual(conflictsOf(datedProfile, [{ when: 'Last year' }, { when: 'Last year' }, { when: 'In 2009' }], years).map((c) => c.slice(1)), [
    ['Last year', '2009'],
    ['Last year', '2009'],
  ]);
  assert.deepEqual(conflictsOf(datedProfile, [{ when: 'Last year' }, { when: 'Last year' }, { when: 'In 2011' }], years), []);
  assert.deepEqual(conflictsOf(datedProfile, [{ when: 'Later this year' }, { when: 'Later this year' }, { when: 'In 2009' }], years), []);
});

const creamery = ({ vote }: Record<string, string>): string =>
  `Monday, August 6, 2012\nA fire destroyed the old creamery building in Palmer on Sunday, fire officials said.\n` +
  `${vote} The building had stood empty for years.\n` +
  `Crews from three departments fought the blaze for six hours, officials said.\n`;

test('two years of one verb and one object noun contradict whoever the clauses name; another object is another event', () => {
  const years = /verb-and-object/;
  assert.deepEqual(conflictsOf(creamery, [
    { vote: 'Voters in 2009 approved a $3 million bond to buy the property.' },
    { vote: 'Voters in 2009 approved a $3 million bond to buy the property.' },
    { vote: 'Palmer voters in 2010 approved a $3 million bond to buy it.' },
  ], years).map((c) => c.slice(1)), [['2009', '2010'], ['2009', '2010']]);
  assert.deepEqual(conflictsOf(creamery, [
    { vote: 'Voters in 2009 approved a $3 million bond to buy the property.' },
    { vote: 'Voters in 2009 approved a $3 million bond to buy the property.' },
    { vote: 'Palmer voters in 2010 approved a sales tax for the park.' },
  ], years), []);
});

const obituaryPlea = ({ plea, draft }: Record<string, string>): string =>
  `Frederick LaRue, a Mississippi oil heir who delivered payoffs in the Watergate scandal, died on Saturday in Biloxi. He was 75.\n` +
  `${plea}\n${draft}\n` +
  `He later returned to Mississippi to run the family's oil and real estate business, his nephew said.\n`;

test('a day written out with its year dates the same event as a month ("June 27, 1973" against "July 1973"); a verb after "and" is undated', () => {
  const years = /^date\/verb/;
  const draft = 'LaRue was a partner in 1968 and worked for the campaign.';
  assert.deepEqual(conflictsOf(obituaryPlea, [
    { plea: 'On June 27, 1973, LaRue pleaded guilty to one charge of conspiring to obstruct justice.', draft },
    { plea: 'On June 27, 1973, LaRue pleaded guilty to one charge of conspiring to obstruct justice.', draft },
    { plea: 'LaRue pleaded guilty to obstruction of justice in July 1973.', draft: 'LaRue worked for the campaign in 1970.' },
  ], years).map((c) => c.slice(1)), [['June 27, 1973', 'July 1973'], ['June 27, 1973', 'July 1973']]);
  // In the same month, or against a weekday, the two say nothing against each other.
  assert.deepEqual(conflictsOf(obituaryPlea, [
    { plea: 'On June 27, 1973, LaRue pleaded guilty to one charge of conspiring to obstruct justice.', draft },
    { plea: 'On June 27, 1973, LaRue pleaded guilty to one charge of conspiring to obstruct justice.', draft },
    { plea: 'LaRue pleaded guilty to obstruction of justice in June 1973.', draft },
  ], years), []);
});

const aceh = ({ quake, earlier }: Record<string, string>): string =>
  `Tuesday, July 2, 2013\n${quake} of magnitude 6 struck Aceh province, officials said. It killed at least three people.\n` +
  `${earlier}\nRescue teams reached the worst-hit villages in the afternoon, the disaster agency said.\n`;

test('a date of an earlier period dates an earlier event: compared with other earlier dates, not with the story\'s own', () => {
  const dates = /^date\//;
  const earlier = 'On April 6, an earthquake of magnitude 7 struck Aceh province.';
  const today = { quake: 'On Tuesday, an earthquake', earlier: '' };
  assert.deepEqual(conflictsOf(aceh, [{ quake: 'An earthquake', earlier }, today, today], dates), []);
  assert.deepEqual(conflictsOf(aceh, [
    { quake: 'An earthquake', earlier },
    { quake: 'An earthquake', earlier },
    { quake: 'An earthquake', earlier: 'On April 9, an earthquake of magnitude 7 struck Aceh province.' },
  ], dates).map((c) => c.slice(1)), [['April 6', 'April 9'], ['April 6', 'April 9']]);
});

const warehouseFire = ({ time }: Record<string, string>): string =>
  `A fire broke out ${time} at a furniture warehouse in Springfield, and firefighters fought it for four hours.\n` +
  `No one was hurt, Fire Chief Dan Hale said. The cause of the blaze is under investigation.\n`;

test('a clock time agrees with the part of the day it lies inside, not one it only touches; "early" is the part\'s first half', () => {
  const fire = /^date\/event-word-near-time/;
  assert.deepEqual(conflictsOf(warehouseFire, [{ time: 'Tuesday morning' }, { time: 'Tuesday morning' }, { time: 'at noon' }], fire).map((c) => c.slice(1)), [
    ['Tuesday morning', 'noon'],
    ['Tuesday morning', 'noon'],
  ]);
  assert.deepEqual(conflictsOf(warehouseFire, [{ time: 'Tuesday morning' }, { time: 'Tuesday morning' }, { time: 'at 9:10 a.m.' }], fire), []);
  assert.deepEqual(conflictsOf(warehouseFire, [{ time: 'early Tuesday morning' }, { time: 'early Tuesday morning' }, { time: 'at 9:10 a.m.' }], fire).map((c) => c.slice(1)), [
    ['Tuesday morning', '9:10 a.m.'],
    ['Tuesday morning', '9:10 a.m.'],
  ]);
});

const standoff = ({ first, last }: Record<string, string>): string =>
  `A former employee opened fire at an office party in east Vancouver on Friday, killing one man, police said.\n` +
  `${first}. Officers surrounded the building and negotiated with the gunman for two hours.\n` +
  `${last}. Police Constable Tim Fanning said the motive was not yet known.\n`;

test('a time is compared with times of the same step of the story: the call against the call, never against the surrender', () => {
  const times = /^date\/.*time/;
  // Two reports of when the call came in differ; the surrender agrees.
  assert.deepEqual(conflictsOf(standoff, [
    { first: 'Police received a call at about 4 p.m.', last: 'The gunman surrendered to police at 6 p.m.' },
    { first: 'Police received a call at about 4 p.m.', last: 'The gunman surrendered to police at 6 p.m.' },
    { first: 'Police received a call at 4:20 p.m.', last: 'The gunman was arrested at 6 p.m.' },
  ], times).map((c) => c.slice(1)), [['4 p.m.', '4:20 p.m.'], ['4 p.m.', '4:20 p.m.']]);
  // A time of another step (staff ordered to leave) is not a report of the gunfire, nor is the time something was said.
  assert.deepEqual(conflictsOf(standoff, [
    { first: 'Gunfire was reported at about 4 p.m.', last: 'Officers were at the building by 5 p.m.' },
    { first: 'Gunfire was reported at about 4 p.m.', last: 'Officers were at the building by 5 p.m.' },
    { first: 'Staff across the street were ordered to leave at 4:40 p.m.', last: 'Officers were still at the building, a witness said around 5:30 p.m.' },
  ], times), []);
});

const nightFire = ({ clock }: Record<string, string>): string =>
  `A fire destroyed a furniture warehouse in Springfield on Friday night, Fire Chief Dan Hale said.\n` +
  `The blaze broke out ${clock}, and firefighters fought it for four hours. No one was hurt.\n`;

test('a part of the day is compatible with a clock time inside it but does not confirm it: two clock times still differ', () => {
  const times = /^date\/.*time/;
  assert.deepEqual(conflictsOf(nightFire, [{ clock: 'at 8.40pm' }, { clock: 'at 8.40pm' }, { clock: 'at 8.49pm' }], times).map((c) => c.slice(1)), [
    ['8.40pm', '8.49pm'],
    ['8.40pm', '8.49pm'],
  ]);
  // The same time in every article is no conflict, whatever part of the day is named beside it.
  assert.deepEqual(conflictsOf(nightFire, [{ clock: 'at 8.40pm' }, { clock: 'at 8.40pm' }, { clock: 'at about 8.40pm' }], times), []);
});

const climb = ({ opening }: Record<string, string>): string =>
  `Monday, September 16, 2013\nA climber fell about 150 metres on Mount Cook, police in Twizel said.\n` +
  `${opening}, a 36-year-old Australian climber died after the fall, and his partner was flown out by helicopter.\n` +
  `Alpine rescue teams said conditions on the mountain had been icy for a week.\n`;

test('a date that opens its sentence dates the clause\'s first past-tense verb past the comma, if that verb is an event word', () => {
  const dates = /^date\/event-word-near-date/;
  assert.deepEqual(conflictsOf(climb, [{ opening: 'On Friday' }, { opening: 'On Friday' }, { opening: 'On Saturday' }], dates).map((c) => c.slice(1)), [
    ['Friday', 'Saturday'],
    ['Friday', 'Saturday'],
  ]);
  // Another verb first: the date is of the recovery, not of the death.
  const recovered = (parts: Record<string, string>): string => climb(parts).replace(', a 36-year-old Australian climber died', ', rescuers recovered a 36-year-old Australian climber who died');
  assert.deepEqual(conflictsOf(recovered, [{ opening: 'On Friday' }, { opening: 'On Friday' }, { opening: 'On Saturday' }], dates), []);
});

const trial = ({ stamp, day }: Record<string, string>): string =>
  `${stamp}\nA Hawaiian Gardens gang member, Jose Luis Orozco, was charged with murdering Sheriff's Deputy Jerry Ortiz, who was killed on June 24, 2005 outside an apartment.\n` +
  `Ortiz was with the gang enforcement unit and was investigating the ${day} shooting when he was killed, prosecutors said.\n` +
  `Orozco also faces a count of attempted murder in connection with the ${day} shooting in Hawaiian Gardens.\n`;

test('a day written without its year is compared by month and day: articles a year apart may guess two years for it', () => {
  const dates = /^date\/event-word-near-date/;
  assert.deepEqual(conflictsOf(trial, [
    { stamp: 'July 26, 2005', day: 'June 20' },
    { stamp: 'July 26, 2005', day: 'June 20' },
    { stamp: 'March 20, 2007', day: 'June 20' },
  ], dates), []);
  assert.deepEqual(conflictsOf(trial, [
    { stamp: 'July 26, 2005', day: 'June 20' },
    { stamp: 'July 26, 2005', day: 'June 20' },
    { stamp: 'March 20, 2007', day: 'June 22' },
  ], dates).map((c) => c.slice(1)), [['June 20', 'June 22'], ['June 20', 'June 22']]);
});

const cannery = ({ end }: Record<string, string>): string =>
  `A fire destroyed the old cannery building in downtown Palmer early on Tuesday, Fire Chief John McNutt said.\n` +
  `${end}, and investigators were at the scene by noon. No one was hurt.\n`;

test('"by" a clock time gives the time of an ending ("extinguished by 6:40 a.m."), and bounds any other step', () => {
  const times = /^date\/.*time/;
  assert.deepEqual(conflictsOf(cannery, [
    { end: 'The fire was extinguished by 7 a.m.' },
    { end: 'The fire was extinguished by 7 a.m.' },
    { end: 'Crews said the fire was extinguished by 6:40 a.m.' },
  ], times).map((c) => c.slice(1)), [['7 a.m.', '6:40 a.m.'], ['7 a.m.', '6:40 a.m.']]);
  // "by 7 a.m." of an arrival is a deadline, not when it happened.
  assert.deepEqual(conflictsOf(cannery, [
    { end: 'Crews arrived by 7 a.m.' },
    { end: 'Crews arrived by 7 a.m.' },
    { end: 'Crews arrived by 6:40 a.m.' },
  ], times), []);
});

const bodies = ({ found }: Record<string, string>): string =>
  `Two women were found dead in a flat in Millom, Cumbria, and a man has been arrested, police said.\n` +
  `${found}. Neighbours said they had heard screams on Saturday night.\n`;

test('a part of the day is read as the time of its clause\'s step when a step word is the verb nearest to it', () => {
  const times = /^date\/.*time/;
  assert.deepEqual(conflictsOf(bodies, [
    { found: 'The bodies were found at about 6:30 p.m. on Tuesday' },
    { found: 'The bodies were found at about 6:30 p.m. on Tuesday' },
    { found: 'The bodies were found on Tuesday afternoon' },
  ], times).map((c) => c.slice(1)), [['about 6:30', 'Tuesday afternoon'], ['about 6:30', 'Tuesday afternoon']]);
  // "learning on Tuesday afternoon of bodies found" times the learning.
  assert.deepEqual(conflictsOf(bodies, [
    { found: 'The bodies were found at about 6:30 p.m. on Tuesday' },
    { found: 'The bodies were found at about 6:30 p.m. on Tuesday' },
    { found: 'Residents were learning on Tuesday afternoon of bodies found in the flat' },
  ], times), []);
});

const tremor = ({ length }: Record<string, string>): string =>
  `A strong earthquake struck southern Iran on Sunday, damaging hundreds of homes near the port of Bandar Abbas.\n` +
  `${length}, witnesses said. Rescue teams reached the worst-hit villages by nightfall.\n`;

test('how long an event lasted, by the event word near "for" or "lasted": two lengths of one quake differ', () => {
  const lengths = /^duration\/lasting-event/;
  assert.deepEqual(conflictsOf(tremor, [
    { length: 'The quake lasted about 30 seconds' },
    { length: 'The quake lasted about 30 seconds' },
    { length: 'Residents felt the tremor for one minute' },
  ], lengths).map((c) => c.slice(1)), [['about 30 seconds', 'one minute'], ['about 30 seconds', 'one minute']]);
  // A length with no event word by its "for" measures something else ("stayed outside for two hours").
  assert.deepEqual(conflictsOf(tremor, [
    { length: 'Families stayed outside for two hours' },
    { length: 'Families stayed outside for two hours' },
    { length: 'Families stayed outside for five hours' },
  ], lengths), []);
});

const recapture = ({ run }: Record<string, string>): string =>
  `Marshals recaptured escaped inmate Dale Corrigan at a truck stop outside Pellston on Friday, the state prisons office said.\n` +
  `Corrigan was caught after ${run}, having slipped away from a work crew near the county landfill.\n` +
  `He will face an escape charge, a prisons spokeswoman said.\n`;

test('a length of time followed by "on the run" or "at large" is how long a fugitive was free', () => {
  assert.deepEqual(conflictsOf(recapture, [
    { run: 'eight days on the run' },
    { run: 'eight days on the run' },
    { run: 'eleven days at large' },
  ], /^duration\//), [['duration/lasting-topic', 'eight days', 'eleven days'], ['duration/lasting-topic', 'eight days', 'eleven days']]);
  // A hedging word of another clause far off leaves the length stated; one next to it does not.
  assert.deepEqual(conflictsOf(recapture, [
    { run: 'eight days on the run' },
    { run: 'eight days on the run' },
    { run: 'eleven days at large, and the guards of the work crew he slipped away from could now face discipline' },
  ], /^duration\//).length, 2);
  assert.deepEqual(conflictsOf(recapture, [
    { run: 'eight days on the run' },
    { run: 'eight days on the run' },
    { run: 'what could be eleven days at large' },
  ], /^duration\//), []);
});
