// Figures compared across a story's articles, as annotated multi-file fixtures through the Corpus: each fixture is
// one story whose articles differ in one figure, with the conflict expected (or none) beside it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { Corpus } from '../../server/src/analysis/corpus';
import { explanation } from '../../server/src/analysis/conflicts/explain';
import { SLOT_INPUTS, SLOT_MODEL } from '../../server/src/analysis/conflicts/quantitySlots';
import { logistic } from '../../server/src/analysis/stories/similarity';

/** One story: the same report with `{figure}` filled in per article. */
function story(template: string, figures: string[]): Corpus {
  const corpus = new Corpus();
  figures.forEach((f, i) => corpus.set(`${String.fromCharCode(97 + i)}.txt`, template.replace('{figure}', f)));
  assert.equal(new Set(figures.map((_, i) => corpus.storyOf(`${String.fromCharCode(97 + i)}.txt`)?.id)).size, 1, 'one story');
  return corpus;
}

const RIOT = 'Rioters set fire to the Marfin bank in Athens on Wednesday during a general strike against austerity. Police said {figure} in the riots. The Marfin bank branch in central Athens was gutted by the fire, and the strike shut down Greece.';

test('a count of people under one verb: "12 people were injured" against "15 people were injured" contradicts, rule named', () => {
  const conflicts = story(RIOT, ['12 people were injured', '15 people were injured']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.kind, c.attribute, c.a.claim.text, c.b.claim.text]), [['contradiction', 'injured', '12 people', '15 people']]);
  assert.equal(conflicts[0].rule, 'quantity/people-by-event-word → compare/intervals');
});

test('a look-alike under two verbs does not fire: "12 people were injured" against "15 people were arrested"', () => {
  assert.deepEqual(story(RIOT, ['12 people were injured', '15 people were arrested']).conflicts.all(), []);
});

const QUAKE = 'A strong earthquake shook Sakhalin island in the Russian far east on Sunday, officials said. The island is home to {figure}, most of them fishermen and loggers. Rescuers searched the villages of Sakhalin island for survivors of the earthquake.';

test('a count that no kind of its own reads is a general figure, and one slot by score across articles', () => {
  const claim = analyze(QUAKE.replace('{figure}', '300,000 people')).claims.find((c) => c.text.includes('300,000'));
  assert.equal(claim?.kind, 'figure');
  assert.equal(claim?.rule, 'quantity/figure-of-noun');
  assert.deepEqual(claim?.value.kind === 'interval' && claim.value.frame, { head: 'people', verb: { stem: 'hom', text: 'home' } });
  const conflicts = story(QUAKE, ['300,000 people', '600,000 people']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.kind, c.rule, c.a.claim.text, c.b.claim.text]), [['contradiction', 'quantity/figure-of-noun → compare/scored-intervals', '300,000 people', '600,000 people']]);
  assert.ok(conflicts[0].slotScore && conflicts[0].slotScore.score >= 0.5);
  assert.match(explanation(conflicts[0]), /taken as one slot by score \d\.\d\d \(.*same noun and verb.*\)/);
});

test('general figures of one noun under two frames are not one slot', () => {
  const corpus = story(QUAKE, ['300,000 people', '300,000 people']);
  corpus.set('b.txt', QUAKE.replace('The island is home to {figure}, most of them fishermen and loggers.', 'The island sent 600,000 people to the mainland, most of them fishermen and loggers.'));
  assert.equal(corpus.storyOf('a.txt')?.id, corpus.storyOf('b.txt')?.id, 'one story');
  assert.deepEqual(corpus.conflicts.all().filter((c) => c.comparedBy === 'scored-intervals'), []);
});

test('figures only scored as one slot are no sign of two events: with one keyed dispute beside them, both conflicts show', () => {
  // No claim of the two articles agrees: two disputes would make them reports of two earthquakes.
  const report = (people: string, homes: string): string => `A strong earthquake shook Sakhalin island in the Russian far east, officials said. The island is home to ${people}, most of them fishermen and loggers. The earthquake destroyed ${homes} homes on Sakhalin island. Rescuers searched the villages of Sakhalin island for survivors of the earthquake.`;
  const corpus = new Corpus();
  corpus.set('a.txt', report('300,000 people', '300'));
  corpus.set('b.txt', report('600,000 people', '500'));
  assert.equal(corpus.storyOf('a.txt')?.id, corpus.storyOf('b.txt')?.id, 'one story');
  const conflicts = corpus.conflicts.all().map((c) => [c.comparedBy, c.a.claim.text, c.b.claim.text]).sort();
  assert.deepEqual(conflicts, [['intervals', '300 homes', '500 homes'], ['scored-intervals', '300,000 people', '600,000 people']]);
});

const SHOOTING = 'A police officer shot a student in Leith, Edinburgh, on Saturday night, police said. The officers fired {figure} at the student. Riots broke out across Scotland after the shooting in Leith.';
const MATCH = 'Olympiakos beat Panathinaikos in Athens on Saturday night in the derby. Olympiakos fired {figure} at goal in the first half. Fans celebrated across Athens after the match.';

test('shots fired in one shooting, 13 against 6, contradict; shots at goal in one match do not', () => {
  const conflicts = story(SHOOTING, ['13 shots', 'six shots']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.kind, c.attribute, c.a.claim.text, c.b.claim.text]), [['contradiction', 'count: shot', '13 shots', 'six shots']]);
  assert.deepEqual(story(MATCH, ['13 shots', 'six shots']).conflicts.all(), []);
});

const VIGIL = 'Mourners gathered in Kreuzberg, Berlin, on Sunday night for the man shot by police. A group of {figure} were marching to the police station. Riot police stood by in Kreuzberg.';

test('a small crowd marching, about 140 against nearly 60, contradicts; people watching a march are no crowd', () => {
  const conflicts = story(VIGIL, ['about 140 people', 'nearly 60 people']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.kind, c.attribute]), [['contradiction', 'crowd size']]);
  const watching = story(VIGIL.replace('A group of {figure} were marching to the police station.', '{figure} watched from their balconies during the march.'), ['About 140 people', 'Nearly 60 people']);
  assert.deepEqual(watching.conflicts.all().filter((c) => c.attribute === 'crowd size'), []);
});

const THEFT = 'Thieves robbed the Albrecht jewellery store in Zurich on Thursday, police said. The robbers stole {figure} worth of watches from Albrecht. Police in Zurich are hunting the robbers of the Albrecht store.';

test('a sum with its conversion is one claim, compared in the currency the other article gives; a conversion is never a conflict', () => {
  const claim = analyze(THEFT.replace('{figure}', '€150m ($200m)')).claims.find((c) => c.kind === 'money');
  assert.equal(claim?.text, '€150m ($200m)');
  assert.deepEqual(claim?.value.kind === 'interval' && [claim.value.unit, claim.value.converted?.unit], ['EUR', 'USD']);
  assert.deepEqual(story(THEFT, ['€150m ($200m)', '€150m', '$200m']).conflicts.all(), []);
});

test('a gap reached through a conversion is a discrepancy (the rate of another day), as are one sum\'s two conversions', () => {
  const conflicts = story(THEFT, ['€150m ($200m)', '$240m']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.kind, c.attribute, c.a.claim.text, c.b.claim.text, c.comparedBy]), [['discrepancy', 'money: value stolen', '€150m ($200m)', '$240m', 'conversions']]);
  const twice = story(THEFT, ['€150m ($200m)', '€150m ($185m)']).conflicts.all();
  assert.deepEqual(twice.map((c) => [c.kind, c.a.claim.text, c.b.claim.text]), [['discrepancy', '€150m ($200m)', '€150m ($185m)']]);
  assert.deepEqual(story(THEFT, ['€150m ($200m)', '€150m ($200m)']).conflicts.all(), []);
  // Different sums in one currency still contradict.
  assert.equal(story(THEFT, ['€150m', '€190m']).conflicts.all()[0]?.kind, 'contradiction');
});

test('an amount glossed in another currency but showing none of its own ("150m ($200m)") is compared only through its gloss', () => {
  const claim = analyze(THEFT.replace('{figure}', '\ufffd150m ($200m)')).claims.find((c) => c.kind === 'money');
  assert.equal(claim?.text, '150m ($200m)');
  assert.deepEqual(story(THEFT, ['\ufffd150m ($200m)', '€150m']).conflicts.all(), []);
  const conflicts = story(THEFT, ['\ufffd150m ($200m)', '$220m']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.kind, c.a.claim.text, c.b.claim.text]), [['discrepancy', '150m ($200m)', '$220m']]);
});

const ARREST = 'Police in Dunmore said {figure} Margaret Hale was arrested on Friday for the murders at a Dunmore bakery. Police charged Margaret Hale with two counts of murder in Dunmore.';

test('one person\'s ages a year apart in articles that give no date differ; in articles dated over a year apart they do not', () => {
  const conflicts = story(ARREST, ['Seventy-year-old', '71-year-old']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.kind, c.attribute, c.a.claim.text, c.b.claim.text]), [['discrepancy', 'age', 'Seventy-year-old', '71-year-old']]);
  const dated = new Corpus();
  dated.set('a.txt', `March 1, 2012\n${ARREST.replace('{figure}', 'Seventy-year-old')}`);
  dated.set('b.txt', `March 1, 2013\n${ARREST.replace('{figure}', '71-year-old')}`);
  assert.equal(dated.storyOf('a.txt')?.id, dated.storyOf('b.txt')?.id, 'one story');
  assert.deepEqual(dated.conflicts.all().filter((c) => c.attribute === 'age'), []);
});

const RIOT_DAMAGE = 'Riots broke out in Leeds on Saturday after police shot a man in Chapeltown, police said. The damage to shops is an estimated {figure}. Shops in Leeds and Chapeltown were looted in the riots.';
const SIGNING = 'The Yankees signed Mark Teixeira in New York on Tuesday, the Yankees said. He agreed to a deal worth {figure}. Teixeira will play first base for the Yankees in New York.';

test('a sum a story\'s event cost needs no party named beside it: $3 million against $265 million of damage contradict; a deal still needs its party', () => {
  const conflicts = story(RIOT_DAMAGE, ['$3 million', '$265 million']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.kind, c.attribute, c.a.claim.text, c.b.claim.text]), [['contradiction', 'money: damage', 'an estimated $3 million', 'an estimated $265 million']]);
  assert.deepEqual(story(SIGNING, ['$160 million', '$180 million']).conflicts.all().filter((c) => c.attribute.startsWith('money')), []);
});

test('a floor against an estimate of the same number is a discrepancy: "more than 2,300" against "around 2,300"; "as many as" against "around" agrees', () => {
  const conflicts = story(RIOT, ['more than 2,300 people were injured', 'around 2,300 people were injured']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.kind, c.a.claim.text, c.b.claim.text]), [['discrepancy', 'more than 2,300 people', 'around 2,300 people']]);
  assert.deepEqual(story(RIOT, ['as many as 2,300 people were injured', 'around 2,300 people were injured']).conflicts.all(), []);
});

test('two ranges that differ in an end are a discrepancy: "25 to 30 people" against "20 to 30 people"; a figure inside a range agrees', () => {
  const conflicts = story(RIOT, ['25 to 30 people were injured', '20 to 30 people were injured']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.kind, c.a.claim.text, c.b.claim.text]), [['discrepancy', '25 to 30 people', '20 to 30 people']]);
  assert.deepEqual(story(RIOT, ['25 to 30 people were injured', 'about 28 people were injured']).conflicts.all(), []);
});

test('an irregular verb and its -ing form are one verb of a frame: "made off with" and "making off with"; another verb is not', () => {
  const stem = (sentence: string): string | undefined => {
    const claim = analyze(sentence).claims.find((c) => c.text.includes('million'));
    return claim?.value.kind === 'interval' ? claim.value.frame?.verb?.stem : undefined;
  };
  assert.equal(stem('The gang made off with $84 million of gold.'), 'mak');
  assert.equal(stem('The gang was making off with $61 million of gold.'), 'mak');
  assert.equal(stem('The gang was seen with $61 million of gold.'), 'see');
});

const MANHUNT = 'Police in Austin searched on Friday for Carlos Ortiz, who escaped from the Travis County jail on Thursday. Ortiz, {figure}, was last seen near the river in Austin, police said.';

test('pounds after a weight word or a height are a weight, not money: 150 against 155 pounds differ; a weight and its conversion agree', () => {
  const weight = analyze(MANHUNT.replace('{figure}', 'weighing 150 pounds')).claims.find((c) => c.text === '150 pounds');
  assert.deepEqual(weight && [weight.kind, weight.attribute, weight.value.kind === 'interval' && weight.value.unit], ['measure', 'measure: weight', 'weight']);
  const conflicts = story(MANHUNT, ['weighing 150 pounds', '5-foot-10, 155 pounds']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.attribute, c.a.claim.text, c.b.claim.text]), [['measure: weight', '150 pounds', '155 pounds']]);
  assert.deepEqual(story(MANHUNT, ['weighing 150 pounds', 'weighing about 68 kg']).conflicts.all(), []);
});

test('a sum in pounds with no weight beside it stays money: "paid 500 pounds" is no weight', () => {
  const claims = analyze('He paid 500 pounds for the car on Friday.').claims;
  assert.ok(claims.every((c) => c.kind !== 'measure'), JSON.stringify(claims.map((c) => c.attribute)));
});

const PILEUP = 'Dozens of cars collided on Interstate 35 near Waco on Monday in thick fog, police said. The drivers were traveling at {figure} when the fog rolled in, police said of the Waco pileup.';

test('speeds in two units are one measure: "more than 70 mph" against "up to 85 mph" differ; "70 mph" and "113 km/h" agree', () => {
  const conflicts = story(PILEUP, ['speeds of more than 70 mph', 'speeds up to 85 mph']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.kind, c.attribute]), [['discrepancy', 'measure: speed']]);
  assert.deepEqual(story(PILEUP, ['70 mph', '113 km/h']).conflicts.all(), []);
});

const FREEZE = 'A fire destroyed the old Kettle sawmill in Yellowknife, Canada, on Tuesday night. Firefighters battled the Yellowknife blaze as {figure} froze their hoses, officials in Yellowknife said.';

test('degrees are a temperature where the sentence speaks of one, signed by "minus"; degrees of a turn are none', () => {
  const conflicts = story(FREEZE, ['temperatures of minus 22 degrees', 'temperatures of minus 31 degrees']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.attribute, c.a.claim.text, c.b.claim.text]), [['measure: temperature', 'minus 22 degrees', 'minus 31 degrees']]);
  const turn = analyze('The ship turned 180 degrees and sailed away on Friday.').claims;
  assert.ok(turn.every((c) => c.kind !== 'measure'), JSON.stringify(turn.map((c) => c.attribute)));
});

test('areas in acres and a thing\'s size in feet or metres are measures; an area twice another is of another thing', () => {
  const area = story(FREEZE, ['an area of about 6.3 acres', 'the seven acre site']).conflicts.all();
  assert.deepEqual(area.map((c) => c.attribute), ['measure: area']);
  assert.deepEqual(story(FREEZE, ['the seven acre site', 'the 9,000 square foot store']).conflicts.all(), []);
  const size = analyze('The larger boat, a 10-metre dhow, and a 24- to 30-foot dhow were seized on Friday.').claims.filter((c) => c.kind === 'measure');
  assert.deepEqual(size.map((c) => [c.attribute, c.text]), [['measure: length of dhow', '10-metre dhow'], ['measure: length of dhow', '24- to 30-foot dhow']]);
});

test('a magnitude glued to its word ("magnitude-5.8") is read whole and compared with "a magnitude of 5.9"', () => {
  const claims = analyze('Seismologists called it a magnitude-5.8 temblor, and 10 people were killed on Sakhalin island.').claims;
  assert.deepEqual(claims.map((c) => [c.kind, c.text]), [['magnitude', '5.8'], ['people-count', '10 people']]);
});

const RECORD = 'Police in Dayton shot Darnell Ross on Saturday night in Belmont, Dayton. Ross had {figure}, police in Dayton said on Monday.';

test('counts of times by their verb: "arrested six times" against "arrested five times" differ; under two verbs they are two slots', () => {
  const conflicts = story(RECORD, ['previously been arrested six times', 'been arrested five times before']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.a.claim.kind, c.a.claim.text, c.b.claim.text]), [['repetition', 'six times', 'five times']]);
  assert.deepEqual(story(RECORD, ['previously been arrested six times', 'been convicted five times']).conflicts.all(), []);
  const multiple = analyze('Sales in Dayton were five times higher on Monday.').claims;
  assert.deepEqual(multiple, []);
});

const PROTESTS = 'Protesters marched in Belmont, Dayton, over the shooting of Darnell Ross, as protests went on for {figure}, police in Dayton said.';

test('the day of a running event is a count: "the fourth straight day" against "the fifth straight day"; a day of someone\'s visit is none', () => {
  const conflicts = story(PROTESTS, ['the fourth straight day', 'the fifth straight day']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.a.claim.attribute, c.a.claim.text, c.b.claim.text]), [['day of event', 'fourth straight day', 'fifth straight day']]);
  const visit = analyze('On the second day of his visit to Dayton he met the mayor.').claims;
  assert.ok(visit.every((c) => c.kind !== 'repetition'), JSON.stringify(visit.map((c) => c.attribute)));
});

test('a tally since a date counts up to now: "arrested five times since March" is compared with "arrested six times"; "in March" dates another event', () => {
  const since = story(RECORD, ['previously been arrested six times', 'been arrested five times since March']).conflicts.all();
  assert.deepEqual(since.map((c) => [c.a.claim.text, c.b.claim.text]), [['six times', 'five times']]);
  assert.deepEqual(story(RECORD, ['previously been arrested six times', 'been arrested five times in March']).conflicts.all(), []);
});

const OFFICERS_FIRED = 'Two officers shot Darnell Ross on Saturday night in Belmont, Dayton. The officers fired, {figure} in the chest and arms, police in Dayton said.';

test('a count of times after the verb\'s object is the verb\'s: "hitting Ross nine times" against "hit him four times" contradicts', () => {
  const conflicts = story(OFFICERS_FIRED, ['hitting Ross nine times', 'and hit him four times']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.a.claim.attribute, c.a.claim.text, c.b.claim.text]), [['times hitting', 'nine times', 'four times']]);
  assert.deepEqual(story(OFFICERS_FIRED, ['hitting Ross nine times', 'and missed him four times']).conflicts.all(), []);
});

const CLIMB = 'A Swedish climber died on Ben Nevis in Scotland, police said. {age}, fell while climbing Ben Nevis with a friend. Rescuers said {count} searched Ben Nevis for the climber.';

/** Two reports of the climb that dispute a count as well as an age, and agree on nothing else they both state. */
function climb(first: [string, string], second: [string, string]): Corpus {
  const corpus = new Corpus();
  for (const [i, [age, count]] of [first, second].entries()) corpus.set(`${'ab'[i]}.txt`, CLIMB.replace('{age}', age).replace('{count}', count));
  assert.equal(corpus.storyOf('a.txt')?.id, corpus.storyOf('b.txt')?.id, 'one story');
  return corpus;
}

test('one person\'s age a year off is no sign of two events: "44" against "45" contradicts beside a disputed count', () => {
  const conflicts = climb(['Peter Lindqvist, 44', '14 rescuers'], ['Peter Lindqvist, 45', '25 rescuers']).conflicts.all();
  assert.deepEqual(conflicts.filter((c) => c.attribute === 'age').map((c) => [c.kind, c.a.claim.text, c.b.claim.text]), [['contradiction', '44', '45']]);
});

test('a look-alike does not fire: two different people\'s ages a year apart beside a disputed count', () => {
  const conflicts = climb(['Peter Lindqvist, 44', '14 rescuers'], ['Thomas Ekholm, 45', '25 rescuers']).conflicts.all();
  assert.deepEqual(conflicts.filter((c) => c.attribute === 'age'), []);
});

test('an input the slot model weighs 0 is left unread at run time but read for fitting, and the score is the same', () => {
  const cosine = SLOT_INPUTS.indexOf('sentence cosine');
  assert.equal(SLOT_MODEL.weights[cosine], 0, 'the fitted model gives the sentence cosine no weight');
  const corpus = story(QUAKE, ['300,000 people', '600,000 people']);
  const [candidate] = corpus.conflicts.slotCandidates().filter((c) => c.a.claim.text.includes('00,000') && c.b.claim.text.includes('00,000'));
  assert.ok(candidate.inputs[cosine] > 0.5, 'the fitting script gets the cosine of two alike sentences');
  const [conflict] = corpus.conflicts.all();
  assert.ok(Math.abs((conflict.slotScore?.score ?? 0) - logistic(candidate.inputs, SLOT_MODEL.weights)) < 1e-9);
  const weighed = { ...SLOT_MODEL, weights: SLOT_MODEL.weights.map((w, i) => (i === cosine ? 1 : w)) };
  const [rescored] = corpus.conflicts.withSlotModel(weighed).all();
  assert.ok((rescored.slotScore?.score ?? 0) > (conflict.slotScore?.score ?? 0), 'a model that weighs the cosine reads it');
});

test('a count is a whole number: "a 5.8 quake" counts no quakes; "3.5 million people" counts people', () => {
  const claims = analyze('A nearby island was shaken by a 5.8 quake in May. The island is home to 3.5 million people.').claims;
  assert.deepEqual(claims.filter((c) => c.text.includes('quake')), []);
  assert.ok(claims.some((c) => c.text.includes('3.5 million people')));
});

test('a share is of the noun after "of": "40 percent of traffic" against "45 percent of its traffic" is one slot; a share of calls is another', () => {
  const CABLES = 'Two fibre lines were cut near the Faroe Islands on Friday, slowing internet services across the North Atlantic. Officials in Iceland said {figure} was down after the lines were cut.';
  const claim = analyze(CABLES.replace('{figure}', '40 percent of traffic')).claims.find((c) => c.text.includes('40 percent'));
  assert.equal(claim?.value.kind === 'interval' && claim.value.frame?.head, 'traffic');
  const conflicts = story(CABLES, ['40 percent of traffic', '45 percent of its traffic']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.kind, c.a.claim.text, c.b.claim.text]), [['contradiction', '40 percent of traffic', '45 percent of its traffic']]);
  assert.deepEqual(story(CABLES, ['40 percent of traffic', '45 percent of calls']).conflicts.all(), []);
});

test('a sum carries no counted noun in its frame: "$140 million worth of business" is framed by its verb alone', () => {
  const claim = analyze('The film is expected to pull in $140 million worth of business this weekend at theaters.').claims.find((c) => c.text.includes('$140'));
  assert.deepEqual(claim?.value.kind === 'interval' && claim.value.frame, { verb: { stem: 'pull', text: 'pull' } });
});

test('an age in apposition that closes a sentence is read ("his sister Anne Lindqvist, 28."); a decimal after a name is no age', () => {
  const ages = (text: string): string[] => analyze(text).claims.filter((c) => c.kind === 'age').map((c) => `${c.subject}=${c.text}`);
  assert.deepEqual(ages('The dead were identified as Peter Lindqvist, 32, of Dover and his sister Anne Lindqvist, 28.'), ['Peter Lindqvist=32', 'Anne Lindqvist=28']);
  assert.deepEqual(ages('He beat Jones, 28.5 points ahead.'), []);
});

const AGO = 'Thousands marched in Lyon on Saturday in memory of Karim Benali, a student killed by officers {figure}, and clashed with riot police in central Lyon.';

test('how long ago the story\'s event happened is read by its event word: "killed by officers two weeks ago" against "ten days ago" differ; a length with no event word is not read', () => {
  const claim = analyze(AGO.replace('{figure}', 'two weeks ago')).claims.find((c) => c.text === 'two weeks ago');
  assert.equal(claim?.rule, 'duration/time-since-event');
  assert.equal(claim?.slot, 'time since death');
  const conflicts = story(AGO, ['two weeks ago', 'ten days ago']).conflicts.all().filter((c) => c.attribute === 'time since death');
  assert.deepEqual(conflicts.map((c) => [c.a.claim.text, c.b.claim.text]), [['two weeks ago', 'ten days ago']]);
  assert.deepEqual(analyze('The shop opened two weeks ago in central Lyon, its owner said on Saturday.').claims.filter((c) => c.kind === 'duration'), []);
});

test('a distance from a place is read whether its bearing is written "south-west", "southwest" or "south west"', () => {
  for (const bearing of ['south-west', 'southwest', 'south west']) {
    const claim = analyze(`The quake struck 45km ${bearing} of Erzurum on Sunday.`).claims.find((c) => c.kind === 'distance-from-place');
    assert.equal(claim?.text, `45km ${bearing} of Erzurum`, bearing);
  }
});

const HAUL = 'Customs officers searched a fishing boat at the port of Velmar on Tuesday. The officers seized {figure} from the boat at Velmar, and the crew of the boat were detained at the port.';

test('"several" is a vague count: two against several differ compatibly at its soft edge, twelve against it contradicts', () => {
  const claim = analyze(HAUL.replace('{figure}', 'several rifles')).claims.find((c) => c.kind === 'thing-count');
  assert.deepEqual(claim?.value.kind === 'interval' && claim.value.interval, { low: 3, high: 9 });
  const edge = story(HAUL, ['several rifles', 'two rifles']).conflicts.all();
  assert.deepEqual(edge.map((c) => [c.kind, c.a.claim.text, c.b.claim.text]), [['discrepancy', 'several rifles', 'two rifles']]);
  assert.equal(story(HAUL, ['several rifles', 'twelve rifles']).conflicts.all()[0]?.kind, 'contradiction');
});

test('a vague count within a figure neither disputes nor confirms it: the figure still meets another article\'s', () => {
  assert.deepEqual(story(HAUL, ['several rifles', 'five rifles']).conflicts.all(), []);
  const corpus = new Corpus();
  corpus.set('a.txt', HAUL.replace('{figure}', 'several rifles'));
  corpus.set('b.txt', HAUL.replace('{figure}', 'five rifles and, the officers said, several rifles'));
  corpus.set('c.txt', HAUL.replace('{figure}', 'seven rifles'));
  assert.deepEqual(corpus.conflicts.all().map((c) => [c.kind, c.a.claim.text, c.b.claim.text]), [['contradiction', 'five rifles', 'seven rifles']]);
});
