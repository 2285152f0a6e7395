import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { extractClaims } from '../../server/src/analysis/claims/extractClaims';
import { Corpus } from '../../server/src/analysis/corpus';
import { findQuantities } from '../../server/src/analysis/quantities';
import { resolveReferences } from '../../server/src/analysis/identity/references';
import { tokenize } from '../../server/src/analysis/tokenize';
import type { Claim, DateMention, Mention } from '../../server/src/analysis/types';

/** Claims of a text with the given named mentions (one chain each) and dates. */
function claimsOf(text: string, names: Array<{ text: string; type: Mention['type'] }> = [], dates: DateMention[] = []): Claim[] {
  const tokens = tokenize(text);
  const mentions: Mention[] = names.map((n, chain) => {
    const start = text.indexOf(n.text);
    return { start, end: start + n.text.length, text: n.text, type: n.type, chain };
  });
  const chains = names.map((n, i) => ({ name: n.text, type: n.type, forms: [n.text], roles: [], mentions: [i], definition: i }));
  const analysis = { text, referenceDate: null, mentions, chains, references: resolveReferences(text, tokens, mentions), dates, quantities: findQuantities(text, tokens, dates), dateIssues: [] };
  return extractClaims(analysis, tokens);
}

function only(claims: Claim[]): Claim {
  assert.equal(claims.length, 1, JSON.stringify(claims.map((c) => c.text)));
  return claims[0];
}

test('a noun spelt alike in both numbers keys its count as written ("1,400 species", not "specy")', () => {
  assert.equal(only(claimsOf('The law protects 1,400 species.')).attribute, 'count: species');
});

test('a plural noun ends the counted phrase: "four gunmen burst in" counts gunmen, "five news outlets" outlets', () => {
  assert.deepEqual(claimsOf('Three or four gunmen burst into the bank.').map((c) => c.attribute), ['count: gunman']);
  assert.deepEqual(claimsOf('Five news outlets reported the raid.').map((c) => c.attribute), ['count: outlet']);
});

test('"two out of five pumps" counts part of the pumps, and attaches to no number as its verb', () => {
  const part = claimsOf('The town has lost two out of five pumps.').find((c) => c.text.startsWith('two'));
  assert.deepEqual(part && [part.attribute, part.value.kind === 'interval' && part.value.partOfGroup], ['count: pump', true]);
  const total = claimsOf('The town has lost two out of five pumps.').find((c) => c.text === 'five pumps');
  assert.deepEqual(total?.value.kind === 'interval' && total.value.frame, { head: 'pump' });
});

test('a death toll with "at least" is open above', () => {
  const claim = only(claimsOf('The quake struck on Sunday, killing at least five people.'));
  assert.equal(claim.attribute, 'death toll');
  assert.equal(claim.text, 'at least five people');
  assert.deepEqual(claim.value, { kind: 'interval', interval: { low: 5, high: Infinity }, hedge: 'atLeast', frame: { head: 'people', verb: { stem: 'kill', text: 'killing' } } });
});

test('qualifiers become intervals', () => {
  const more = only(claimsOf('Police said more than 1000 people were injured.'));
  assert.equal(more.attribute, 'injured');
  assert.deepEqual(more.value, { kind: 'interval', interval: { low: 1000, high: Infinity, lowOpen: true }, hedge: 'moreThan', frame: { head: 'people', verb: { stem: 'injur', text: 'injured' } } });
  assert.equal(more.attribution, 'Police');
  const about = only(claimsOf('About 400 people were arrested.'));
  assert.equal(about.value.kind === 'interval' && about.value.hedge, 'about');
  assert.equal(about.value.kind === 'interval' && about.value.interval.low, 360);
  assert.equal(about.value.kind === 'interval' && Math.round(about.value.interval.high), 440);
  const nearly = only(claimsOf('The ships carry nearly 300 crewmen.'));
  assert.equal(nearly.attribute, 'count: crew');
  // "carry" has no shape of a verb the frame reads (a participle, a past form): the frame is the noun alone.
  assert.deepEqual(nearly.value, { kind: 'interval', interval: { low: 270, high: 300 }, hedge: 'nearly', frame: { head: 'crew' } });
});

test('magnitude is exact to its precision; money keeps its currency', () => {
  const magnitude = only(claimsOf('A 5.7-magnitude earthquake shook Kamchatka.'));
  assert.equal(magnitude.attribute, 'magnitude');
  const band = magnitude.value.kind === 'interval' ? magnitude.value.interval : undefined;
  assert.ok(band && Math.abs(band.low - 5.65) < 1e-9 && Math.abs(band.high - 5.75) < 1e-9 && band.highOpen);
  const money = only(claimsOf('He signed a deal worth $2.5 million.'));
  assert.equal(money.attribute, 'money: deal');
  assert.equal(money.value.kind === 'interval' && money.value.unit, 'USD');
});

test('dozens is a range; partial counts of victims are not death tolls', () => {
  const dozens = only(claimsOf('Dozens of people were injured in the riots.'));
  assert.deepEqual(dozens.value, { kind: 'interval', interval: { low: 24, high: 99 }, frame: { head: 'people', verb: { stem: 'injur', text: 'injured' } } });
  assert.deepEqual(claimsOf('Police said two women and one man died.'), []);
  // A part of a group of people is left out; a part of a group of things counts the group from below.
  assert.deepEqual(claimsOf('Two of the victims were children.'), []);
  assert.deepEqual(claimsOf('Eight of the jurors voted for death.').map((c) => [c.attribute, c.text]), [['count: juror', 'Eight of the jurors']]);
  assert.equal(only(claimsOf('At least 17 of the hijacked ships are held.')).attribute, 'count: ship');
  // Part of everything someone has is no part of a group counted elsewhere: a general figure of the villages.
  assert.deepEqual(claimsOf('Seven of its villages were flooded.').map((c) => [c.kind, c.slot]), [['figure', 'village flooded']]);
  // Without a currency the figure is no sum of money, and a bare number with a verb says not what it counts.
  assert.deepEqual(claimsOf('The film has grossed more than 141 million already.'), []);
});

test('a count belongs to the event word of its own clause; small or vague crowds are not estimates', () => {
  const dead = claimsOf('The storm hit on Monday, killing at least 14 people, injuring dozens more.');
  assert.equal(dead.find((c) => c.text === 'at least 14 people')?.attribute, 'death toll');
  assert.equal(only(claimsOf('A headline said 80 Hurt in the quake.')).attribute, 'injured');
  // A small gathering is a crowd by its own word ("attended", "marching", "the crowd at 85"); people only in a
  // sentence about a march are no estimate of it and stay a general figure, compared where a score finds its slot.
  assert.equal(only(claimsOf('About 350 people attended the memorial before the march.')).attribute, 'crowd size');
  assert.equal(only(claimsOf('A group of about 90 people were marching through the town.')).attribute, 'crowd size');
  assert.equal(only(claimsOf('A local paper estimated the crowd at 85 on Sunday.')).attribute, 'crowd size');
  assert.deepEqual(claimsOf('About 350 people watched from their balconies during the march.').map((c) => c.kind), ['figure']);
  assert.deepEqual(claimsOf('Police turned water cannon on thousands of demonstrators in the march.'), []);
  assert.equal(only(claimsOf('Police put the march at roughly 30,000 people.')).attribute, 'crowd size');
});

test('a win-loss record belongs to the person before it', () => {
  const claim = only(claimsOf('Wladimir Klitschko (52-3, 46 KOs) won.', [{ text: 'Wladimir Klitschko', type: 'person' }]).filter((c) => c.attribute === 'win-loss record'));
  assert.deepEqual(claim.value, { kind: 'record', wins: 52, losses: 3 });
  assert.equal(claim.subjectChains[0], 0);
});

test('the date of an event is tied to its event word, a reported date is hedged', () => {
  const text = 'Reid reportedly checked into rehab on Friday.';
  const friday: DateMention = { start: text.indexOf('Friday'), end: text.indexOf('Friday') + 6, text: 'Friday', kind: 'date', value: null, granularity: 'day', derivation: '', relative: true };
  const claim = only(claimsOf(text, [{ text: 'Reid', type: 'person' }], [friday]));
  assert.equal(claim.attribute, 'date of check-in');
  assert.deepEqual(claim.value, { kind: 'date', named: true, weekday: 5 });
  assert.equal(claim.hedge, 'reportedly');
  assert.deepEqual(claim.subjectChains, [0]);
});

test('partial counts are kept apart, single items and calibres are not counts', () => {
  const claims = claimsOf('The court added two extra life sentences. Police seized one rocket and a 7.62mm rifle.');
  assert.deepEqual(claims.map((c) => c.attribute), ['count: other sentence']);
  // A weekday after a number is a time; the noun after it is still counted where there is one.
  assert.deepEqual(claimsOf('Police found 2 Tuesday afternoon and 3 rifles Wednesday.').map((c) => c.attribute), ['count: rifle']);
});

test('a tied score is no count: "rallied to forge a 13-all tie" counts nobody', () => {
  assert.deepEqual(claimsOf('His team rallied to forge a 13-all tie as 12 people were injured in the crush.').map((c) => c.text), ['12 people']);
});

test('an age belongs only to the person it is written next to', () => {
  const names: Array<{ text: string; type: Mention['type'] }> = [{ text: 'Klitschko', type: 'person' }, { text: 'Thompson', type: 'person' }];
  const ages = claimsOf('Klitschko, 36, stopped the 40-year-old Thompson in the sixth round.', names).filter((c) => c.attribute === 'age');
  assert.deepEqual(ages.map((c) => [c.subject, c.value.kind === 'interval' ? c.value.interval.low : null]), [['Klitschko', 36], ['Thompson', 40]]);
  const vague = claimsOf('Klitschko floored Thompson, and the 40-year-old never recovered.', names);
  assert.deepEqual(vague.filter((c) => c.attribute === 'age'), []);
});

test('an age in words is read from "-year-old" ("Seventy-year-old", "twenty-five-year-old"); other words before it are not ages', () => {
  const hale = [{ text: 'Margaret Hale', type: 'person' as const }];
  const seventy = only(claimsOf('Seventy-year-old Margaret Hale died on the way to hospital.', hale).filter((c) => c.kind === 'age'));
  assert.deepEqual([seventy.text, seventy.subject, seventy.value.kind === 'interval' && seventy.value.interval.low], ['Seventy-year-old', 'Margaret Hale', 70]);
  const twentyFive = only(claimsOf('Police named the twenty-five-year-old Margaret Hale.', hale).filter((c) => c.kind === 'age'));
  assert.equal(twentyFive.value.kind === 'interval' && twentyFive.value.interval.low, 25);
  assert.deepEqual(claimsOf('The many-year-old Margaret Hale spoke.', hale).filter((c) => c.kind === 'age'), []);
});

test('shots fired from a weapon are counted like things; shots in a game stay a sports tally', () => {
  assert.equal(only(claimsOf('The officers then fired 14 shots at the van.')).attribute, 'count: shot');
  assert.equal(only(claimsOf('At least 16 shots were fired in the stairwell.')).attribute, 'count: shot');
  assert.deepEqual(claimsOf('He fired 14 shots at goal in the first half.'), []);
  assert.deepEqual(claimsOf('Smith took 11 shots in the second quarter.'), []);
});

test('dates that bound an event, and words that only look like events, make no date claim', () => {
  const text = 'She suffered a heart attack on Friday. It was the first death since 1991.';
  const date = (t: string): DateMention => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, text: t, kind: 'date', value: t === '1991' ? '1991' : null, granularity: t === '1991' ? 'year' : 'day', derivation: '', relative: t !== '1991' });
  assert.deepEqual(claimsOf(text, [], [date('Friday'), date('1991')]).filter((c) => c.value.kind === 'date'), []);
});

test('a date after an auxiliary or a comma belongs to another verb than the event word before it', () => {
  const day = (text: string, t: string): DateMention => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, text: t, kind: 'date', value: null, granularity: 'day', derivation: '', relative: true });
  const watch = 'A man charged in a bar stabbing was on suicide watch Monday.';
  assert.deepEqual(claimsOf(watch, [], [day(watch, 'Monday')]).filter((c) => c.value.kind === 'date'), []);
  const trial = 'The nurse charged with poisoning two of them, starts trial Monday.';
  assert.deepEqual(claimsOf(trial, [], [day(trial, 'Monday')]).filter((c) => c.value.kind === 'date'), []);
  const shot = 'A former employee shot and killed a man Friday.';
  assert.equal(only(claimsOf(shot, [], [day(shot, 'Friday')]).filter((c) => c.value.kind === 'date')).attribute, 'date of death');
});

/** A duration mention as the date recognizer gives it ("40 hours" → PT40H). */
function duration(text: string, phrase: string, value: string): DateMention {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, text: phrase, kind: 'duration', value, granularity: 'day', derivation: '', relative: false };
}

test('a length of time is a claim about what it measures, in the finest unit the sentence gives', () => {
  const text = 'The jury deliberated for 40 hours over four days.';
  const claim = only(claimsOf(text, [], [duration(text, '40 hours', 'PT40H'), duration(text, 'four days', 'P4D')]));
  assert.equal(claim.attribute, 'deliberation');
  assert.deepEqual(claim.value, { kind: 'interval', interval: { low: 40, high: 40 }, unit: 'hours' });
  const weeks = 'She had been hospitalized for more than three weeks.';
  const stay = only(claimsOf(weeks, [], [duration(weeks, 'three weeks', 'P3W')]));
  assert.equal(stay.text, 'more than three weeks');
  assert.deepEqual(stay.value, { kind: 'interval', interval: { low: 21, high: Infinity, lowOpen: true }, unit: 'days' });
});

test('a prison term needs the person it is given to, and a possible term is no claim', () => {
  const named = 'Delgado was sentenced to 20 years in prison.';
  const claim = only(claimsOf(named, [{ text: 'Delgado', type: 'person' }], [duration(named, '20 years', 'P20Y')]));
  assert.equal(claim.attribute, 'prison term');
  assert.deepEqual(claim.subjectChains, [0]);
  const anonymous = 'He was sentenced to 14 years in prison.';
  assert.deepEqual(claimsOf(anonymous, [], [duration(anonymous, '14 years', 'P14Y')]), []);
  const possible = 'Delgado faces up to 30 years in prison if convicted.';
  assert.deepEqual(claimsOf(possible, [{ text: 'Delgado', type: 'person' }], [duration(possible, '30 years', 'P30Y')]), []);
  const served = 'Nichols spent nine months in jail before the killings.';
  // Time served is a claim of its own kind, not the term given.
  assert.deepEqual(claimsOf(served, [{ text: 'Nichols', type: 'person' }], [duration(served, 'nine months', 'P9M')]).map((c) => c.kind), ['time-served']);
});

test('a date before a later clause or a possessive date does not date the event after it', () => {
  const text = "Palin apologized Saturday if the fire was arson. The arrest will not affect Sunday's game.";
  const date = (t: string): DateMention => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, text: t, kind: 'date', value: null, granularity: 'day', derivation: '', relative: true });
  assert.deepEqual(claimsOf(text, [], [date('Saturday'), date('Sunday')]).filter((c) => c.value.kind === 'date'), []);
});

test('set phrasings: manner of death, direction from a place, the year of a film', () => {
  const claims = claimsOf('Three people suffocated to death. The ship was 150 nautical miles east of Aden. It inspired the 2005 film The Notorious Bettie Page.');
  assert.deepEqual(claims.filter((c) => c.value.kind === 'name').map((c) => [c.attribute, c.value.kind === 'name' ? c.value.value : null]), [
    ['cause of death', 'suffocation'],
    ['direction from Aden', 'east'],
    ['year of notorious bettie page', '2005'],
  ]);
});

test('people counted by their task are one count whatever they are called; a rescue loan is a bailout', () => {
  assert.equal(only(claimsOf('The OSCE sent eight experts to monitor the poll.')).attribute, 'count: monitor');
  assert.equal(only(claimsOf('The OSCE sent only three observers.')).attribute, 'count: monitor');
  assert.equal(only(claimsOf('Greece gets a $141 billion loan package.')).attribute, 'money: bailout');
});

test('in an undated article, a month or a year alone marks an earlier event, unless the figure counts since then', () => {
  const month = (text: string, t: string): DateMention => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, text: t, kind: 'date', value: null, granularity: 'month', derivation: '', relative: true });
  const earlier = 'A quake struck northern Peru in September, killing at least seven people.';
  const toll = (claims: Claim[]): Claim | undefined => claims.find((c) => c.text === 'at least seven people');
  assert.equal(toll(claimsOf(earlier, [], [month(earlier, 'September')]))?.attribute, 'death toll (september)');
  // A dated article names the same earlier month by its resolved date: both key it by the month's name.
  const dated = { ...month(earlier, 'September'), value: '2008-09' };
  const tokens = tokenize(earlier);
  const analysis = { text: earlier, referenceDate: { value: '2008-12-14', source: 'dateline' as const, derivation: '' }, mentions: [], chains: [], references: [], dates: [dated], quantities: findQuantities(earlier, tokens, [dated]), dateIssues: [] };
  assert.equal(toll(extractClaims(analysis, tokens))?.attribute, 'death toll (september)');
  const today = 'A quake struck northern Peru on Sunday, killing at least seven people.';
  assert.equal(toll(claimsOf(today))?.attribute, 'death toll');
  const since = 'The agency proposed the rule in May and since has received nearly 300,000 comments.';
  assert.equal(claimsOf(since, [], [month(since, 'May')]).find((c) => c.text === 'nearly 300,000 comments')?.attribute, 'count: comment');
});

test("a named facility's town and state, not a month after 'in'", () => {
  const names: Array<{ text: string; type: Mention['type'] }> = [{ text: 'Betty Ford Center', type: 'organization' }];
  const claim = only(claimsOf('She checked into the Betty Ford Center in Rancho Mirage, Calif., on Friday.', names));
  assert.deepEqual([claim.kind, claim.value], ['facility-location', { kind: 'place', parts: ['rancho mirage', 'calif'], town: 'rancho mirage', regions: ['calif'] }]);
  assert.deepEqual(claimsOf('She left the Betty Ford Center in May.', names), []);
});

test('what a named person died of, without the complications, the day or what follows the illness', () => {
  const page = [{ text: 'Bettie Page', type: 'person' as const }];
  assert.deepEqual(only(claimsOf('Bettie Page died Thursday of pneumonia at a Los Angeles hospital.', page)).value, { kind: 'name', value: 'pneumonia' });
  const complications = only(claimsOf('Bettie Page succumbed to complications from a heart attack suffered last week.', page));
  assert.equal(complications.attribute, 'medical cause of death');
  assert.equal(complications.text, 'Bettie Page succumbed to complications from a heart attack');
  assert.deepEqual(complications.value, { kind: 'name', value: 'heart attack' });
  // The name before a comma may be someone else's ("rumored to be Night Owl, has died").
  assert.deepEqual(claimsOf('He was said to be Night Owl, has died of heart failure.', [{ text: 'Night Owl', type: 'person' }]), []);
  // The person who opens the sentence owns the cause past an appositive; the claim is the verb and the cause.
  const holt = only(claimsOf('R. James Holt, Jr., the number 3 man at the agency, died early Tuesday from Parkinson\'s disease at a nursing home.', [{ text: 'R. James Holt', type: 'person' }]));
  assert.deepEqual([holt.text, holt.subject, holt.value], ['died early Tuesday from Parkinson\'s disease', 'R. James Holt', { kind: 'name', value: 'parkinson\'s disease' }]);
});

// Words that name members of every plain object ("constructor", "toString") are ordinary words to the tables.
test('words that are object members are ordinary words: "The constructor was paid $5 million" does not crash the corpus', () => {
  const corpus = new Corpus();
  corpus.set('a.txt', 'Halliburton said the constructor was paid $5 million for the deal in Baghdad. The constructor toString hasOwnProperty __proto__ valueOf.');
  corpus.set('b.txt', 'Halliburton said the constructor was paid $8 million for the deal in Baghdad. Twelve constructors were injured.');
  for (const article of corpus.all()) for (const claim of article.analysis.claims) assert.equal(typeof claim.subject, 'string');
  const conflicts = corpus.conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.kind, c.attribute, c.a.claim.text, c.b.claim.text]), [['contradiction', 'money: deal', '$5 million', '$8 million']]);
  assert.equal(conflicts[0].rule, 'quantity/money-near-topic → compare/intervals', 'the conflict says which rules made it');
});

test('a run-on line of digits and commas is read once: the distance after it still gives its bearing', () => {
  const text = `Crews counted ${'1,'.repeat(50_000)}1 boats off 150 nautical miles east of Aden.`;
  const claims = analyze(text).claims.filter((c) => c.attribute.startsWith('direction'));
  assert.deepEqual(claims.map((c) => [c.attribute, c.value]), [['direction from Aden', { kind: 'name', value: 'east' }]]);
});

test('a bearing is one value however its compass point and unit are written', () => {
  const bearing = (text: string): unknown[] => analyze(text).claims.filter((c) => c.kind === 'bearing').map((c) => c.value);
  const southwest = { kind: 'name', value: 'southwest' };
  assert.deepEqual(bearing('The quake struck 45km south west of Erzurum.'), [southwest]);
  assert.deepEqual(bearing('The quake struck about 44 km south-west of Erzurum.'), [southwest]);
  assert.deepEqual(bearing('The quake struck 28 miles southwest of Erzurum.'), [southwest]);
});

test('a long sentence of figures and names: each count still finds its owner and its event', () => {
  const sentence = 'Police said 12 people were injured in Athens, ';
  const text = `${sentence.repeat(3_000)}and the rest went home.`;
  const claims = analyze(text).claims;
  const counts = claims.filter((c) => c.kind !== 'event-place');
  assert.equal(counts.filter((c) => c.attribute === 'injured').length, 3_000);
  assert.ok(counts.every((c) => c.value.kind === 'interval' && c.value.interval.low === 12));
});

test('"killing no fewer than 300 people" is quoted with its whole qualifier, a lower bound', () => {
  const claim = only(analyze('The earthquake struck on Sunday, killing no fewer than 300 people.').claims.filter((c) => c.attribute === 'death toll'));
  assert.equal(claim.attribute, 'death toll');
  assert.equal(claim.text, 'no fewer than 300 people');
  assert.equal(claim.rule, 'quantity/people-by-event-word');
  assert.deepEqual(claim.value, { kind: 'interval', interval: { low: 300, high: Infinity }, hedge: 'atLeast', frame: { head: 'people', verb: { stem: 'kill', text: 'killing' } } });
});

test('a range is one figure from end to end, in the scale of its high end; years are no range', () => {
  const firefighters = only(claimsOf('As many as 25 to 30 volunteer firefighters responded.'));
  assert.equal(firefighters.text, '25 to 30 volunteer firefighters');
  assert.deepEqual(firefighters.value.kind === 'interval' && firefighters.value.interval, { low: 25, high: 30 });
  assert.equal(firefighters.value.kind === 'interval' && firefighters.value.hedge, 'range');
  const stolen = only(claimsOf('They stole 2 to 3 million dollars.'));
  assert.deepEqual(stolen.value.kind === 'interval' && stolen.value.interval, { low: 2_000_000, high: 3_000_000 });
  const share = only(claimsOf('The hardest hit towns suffered between 30 and 70 percent damage.'));
  assert.deepEqual([share.kind, share.slot, share.value.kind === 'interval' && share.value.interval], ['figure', 'damage', { low: 30, high: 70 }]);
  assert.deepEqual(claimsOf('From 1990 to 1995 he won 3 to 5 titles.').map((c) => c.text), ['3 to 5 titles']);
});

test('the object of a dated verb is the noun after it, never the date itself', () => {
  const dated = (text: string): string[] => analyze(`Monday, June 27, 2005\n${text}\n`).claims.filter((c) => c.kind === 'event-date').map((c) => c.attribute);
  assert.deepEqual(dated('Ortiz, 35, married two weeks ago.'), ['date of married']);
  assert.deepEqual(dated('Voters in 2004 approved a $3 million bond.'), ['date of approved bond']);
});
