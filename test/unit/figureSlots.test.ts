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

const QUAKE = 'A strong earthquake shook Qeshm island in southern Iran on Sunday, officials said. The island is home to {figure}, most of them fishermen and traders. Rescuers searched the villages of Qeshm island for survivors of the earthquake.';

test('a count that no kind of its own reads is a general figure, and one slot by score across articles', () => {
  const claim = analyze(QUAKE.replace('{figure}', '100,000 people')).claims.find((c) => c.text.includes('100,000'));
  assert.equal(claim?.kind, 'figure');
  assert.equal(claim?.rule, 'quantity/figure-of-noun');
  assert.deepEqual(claim?.value.kind === 'interval' && claim.value.frame, { head: 'people', verb: { stem: 'hom', text: 'home' } });
  const conflicts = story(QUAKE, ['100,000 people', '200,000 people']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.kind, c.rule, c.a.claim.text, c.b.claim.text]), [['contradiction', 'quantity/figure-of-noun → compare/scored-intervals', '100,000 people', '200,000 people']]);
  assert.ok(conflicts[0].slotScore && conflicts[0].slotScore.score >= 0.5);
  assert.match(explanation(conflicts[0]), /taken as one slot by score \d\.\d\d \(.*same noun and verb.*\)/);
});

test('general figures of one noun under two frames are not one slot', () => {
  const corpus = story(QUAKE, ['100,000 people', '100,000 people']);
  corpus.set('b.txt', QUAKE.replace('The island is home to {figure}, most of them fishermen and traders.', 'The island sent 200,000 people to the mainland, most of them fishermen and traders.'));
  assert.equal(corpus.storyOf('a.txt')?.id, corpus.storyOf('b.txt')?.id, 'one story');
  assert.deepEqual(corpus.conflicts.all().filter((c) => c.comparedBy === 'scored-intervals'), []);
});

test('figures only scored as one slot are no sign of two events: with one keyed dispute beside them, both conflicts show', () => {
  // No claim of the two articles agrees: two disputes would make them reports of two earthquakes.
  const report = (people: string, homes: string): string => `A strong earthquake shook Qeshm island in southern Iran, officials said. The island is home to ${people}, most of them fishermen and traders. The earthquake destroyed ${homes} homes on Qeshm island. Rescuers searched the villages of Qeshm island for survivors of the earthquake.`;
  const corpus = new Corpus();
  corpus.set('a.txt', report('100,000 people', '300'));
  corpus.set('b.txt', report('200,000 people', '500'));
  assert.equal(corpus.storyOf('a.txt')?.id, corpus.storyOf('b.txt')?.id, 'one story');
  const conflicts = corpus.conflicts.all().map((c) => [c.comparedBy, c.a.claim.text, c.b.claim.text]).sort();
  assert.deepEqual(conflicts, [['intervals', '300 homes', '500 homes'], ['scored-intervals', '100,000 people', '200,000 people']]);
});

const SHOOTING = 'A police officer shot a teenager in Exarchia, Athens, on Saturday night, police said. The officers fired {figure} at the boy. Riots broke out across Greece after the shooting in Exarchia.';
const MATCH = 'Olympiakos beat Panathinaikos in Athens on Saturday night in the derby. Olympiakos fired {figure} at goal in the first half. Fans celebrated across Athens after the match.';

test('shots fired in one shooting, 11 against 7, contradict; shots at goal in one match do not', () => {
  const conflicts = story(SHOOTING, ['11 shots', 'seven shots']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.kind, c.attribute, c.a.claim.text, c.b.claim.text]), [['contradiction', 'count: shot', '11 shots', 'seven shots']]);
  assert.deepEqual(story(MATCH, ['11 shots', 'seven shots']).conflicts.all(), []);
});

const VIGIL = 'Mourners gathered in Kreuzberg, Berlin, on Sunday night for the man shot by police. A group of {figure} were marching to the police station. Riot police stood by in Kreuzberg.';

test('a small crowd marching, about 140 against nearly 60, contradicts; people watching a march are no crowd', () => {
  const conflicts = story(VIGIL, ['about 140 people', 'nearly 60 people']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.kind, c.attribute]), [['contradiction', 'crowd size']]);
  const watching = story(VIGIL.replace('A group of {figure} were marching to the police station.', '{figure} watched from their balconies during the march.'), ['About 140 people', 'Nearly 60 people']);
  assert.deepEqual(watching.conflicts.all().filter((c) => c.attribute === 'crowd size'), []);
});

const THEFT = 'Thieves robbed the Harry Winston store in Paris on Thursday, police said. The robbers stole {figure} worth of jewels from Harry Winston. Police in Paris are hunting the robbers of the Harry Winston store.';

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

const ARREST = 'Police in Staunton said {figure} Sharron Smith was arrested on Friday for the murders at a Staunton ice cream store. Police charged Sharron Smith with two counts of murder in Staunton.';

test('one person\'s ages a year apart in articles that give no date differ; in articles dated over a year apart they do not', () => {
  const conflicts = story(ARREST, ['Sixty-year-old', '61-year-old']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.kind, c.attribute, c.a.claim.text, c.b.claim.text]), [['discrepancy', 'age', 'Sixty-year-old', '61-year-old']]);
  const dated = new Corpus();
  dated.set('a.txt', `March 1, 2012\n${ARREST.replace('{figure}', 'Sixty-year-old')}`);
  dated.set('b.txt', `March 1, 2013\n${ARREST.replace('{figure}', '61-year-old')}`);
  assert.equal(dated.storyOf('a.txt')?.id, dated.storyOf('b.txt')?.id, 'one story');
  assert.deepEqual(dated.conflicts.all().filter((c) => c.attribute === 'age'), []);
});

const RIOT_DAMAGE = 'Riots broke out in Athens on Saturday after police shot a teenager in Exarchia, police said. Property damage is an estimated {figure}. Shops in Athens and Exarchia were looted in the riots.';
const SIGNING = 'The Yankees signed Mark Teixeira in New York on Tuesday, the Yankees said. He agreed to a deal worth {figure}. Teixeira will play first base for the Yankees in New York.';

test('a sum a story\'s event cost needs no party named beside it: $2 million against $265 million of damage contradict; a deal still needs its party', () => {
  const conflicts = story(RIOT_DAMAGE, ['$2 million', '$265 million']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.kind, c.attribute, c.a.claim.text, c.b.claim.text]), [['contradiction', 'money: damage', 'an estimated $2 million', 'an estimated $265 million']]);
  assert.deepEqual(story(SIGNING, ['$160 million', '$180 million']).conflicts.all().filter((c) => c.attribute.startsWith('money')), []);
});

test('a floor against an estimate of the same number is a discrepancy: "more than 1,400" against "around 1,400"; "as many as" against "around" agrees', () => {
  const conflicts = story(RIOT, ['more than 1,400 people were injured', 'around 1,400 people were injured']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.kind, c.a.claim.text, c.b.claim.text]), [['discrepancy', 'more than 1,400 people', 'around 1,400 people']]);
  assert.deepEqual(story(RIOT, ['as many as 1,400 people were injured', 'around 1,400 people were injured']).conflicts.all(), []);
});

test('two ranges that differ in an end are a discrepancy: "35 to 40 people" against "30 to 40 people"; a figure inside a range agrees', () => {
  const conflicts = story(RIOT, ['35 to 40 people were injured', '30 to 40 people were injured']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.kind, c.a.claim.text, c.b.claim.text]), [['discrepancy', '35 to 40 people', '30 to 40 people']]);
  assert.deepEqual(story(RIOT, ['35 to 40 people were injured', 'about 38 people were injured']).conflicts.all(), []);
});

test('an irregular verb and its -ing form are one verb of a frame: "made off with" and "making off with"; another verb is not', () => {
  const stem = (sentence: string): string | undefined => {
    const claim = analyze(sentence).claims.find((c) => c.text.includes('million'));
    return claim?.value.kind === 'interval' ? claim.value.frame?.verb?.stem : undefined;
  };
  assert.equal(stem('The robbers made off with $137 million of diamonds.'), 'mak');
  assert.equal(stem('The robbers were making off with $102 million of diamonds.'), 'mak');
  assert.equal(stem('The robbers were seen with $102 million of diamonds.'), 'see');
});

const MANHUNT = 'Police in Austin searched on Friday for Carlos Ortiz, who escaped from the Travis County jail on Thursday. Ortiz, {figure}, was last seen near the river in Austin, police said.';

test('pounds after a weight word or a height are a weight, not money: 130 against 135 pounds differ; a weight and its conversion agree', () => {
  const weight = analyze(MANHUNT.replace('{figure}', 'weighing 130 pounds')).claims.find((c) => c.text === '130 pounds');
  assert.deepEqual(weight && [weight.kind, weight.attribute, weight.value.kind === 'interval' && weight.value.unit], ['measure', 'measure: weight', 'weight']);
  const conflicts = story(MANHUNT, ['weighing 130 pounds', '5-foot-8, 135 pounds']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.attribute, c.a.claim.text, c.b.claim.text]), [['measure: weight', '130 pounds', '135 pounds']]);
  assert.deepEqual(story(MANHUNT, ['weighing 130 pounds', 'weighing about 59 kg']).conflicts.all(), []);
});

test('a sum in pounds with no weight beside it stays money: "paid 500 pounds" is no weight', () => {
  const claims = analyze('He paid 500 pounds for the car on Friday.').claims;
  assert.ok(claims.every((c) => c.kind !== 'measure'), JSON.stringify(claims.map((c) => c.attribute)));
});

const PILEUP = 'Dozens of cars collided on Interstate 35 near Waco on Monday in thick fog, police said. The drivers were traveling at {figure} when the fog rolled in, police said of the Waco pileup.';

test('speeds in two units are one measure: "more than 100 mph" against "up to 120 mph" differ; "100 mph" and "161 km/h" agree', () => {
  const conflicts = story(PILEUP, ['speeds of more than 100 mph', 'speeds up to 120 mph']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.kind, c.attribute]), [['discrepancy', 'measure: speed']]);
  assert.deepEqual(story(PILEUP, ['100 mph', '161 km/h']).conflicts.all(), []);
});

const FREEZE = 'A fire destroyed the Matanuska Maid creamery in Palmer, Alaska, on Tuesday night. Firefighters battled the Palmer blaze as {figure} froze their hoses, officials in Palmer said.';

test('degrees are a temperature where the sentence speaks of one, signed by "minus"; degrees of a turn are none', () => {
  const conflicts = story(FREEZE, ['temperatures of minus 17 degrees', 'temperatures of minus 25 degrees']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.attribute, c.a.claim.text, c.b.claim.text]), [['measure: temperature', 'minus 17 degrees', 'minus 25 degrees']]);
  const turn = analyze('The ship turned 180 degrees and sailed away on Friday.').claims;
  assert.ok(turn.every((c) => c.kind !== 'measure'), JSON.stringify(turn.map((c) => c.attribute)));
});

test('areas in acres and a thing\'s size in feet or metres are measures; an area twice another is of another thing', () => {
  const area = story(FREEZE, ['an area of about 8.7 acres', 'the nine acre site']).conflicts.all();
  assert.deepEqual(area.map((c) => c.attribute), ['measure: area']);
  assert.deepEqual(story(FREEZE, ['the nine acre site', 'the 12,000 square foot store']).conflicts.all(), []);
  const size = analyze('The larger boat, a 10-metre dhow, and a 24- to 30-foot dhow were seized on Friday.').claims.filter((c) => c.kind === 'measure');
  assert.deepEqual(size.map((c) => [c.attribute, c.text]), [['measure: length of dhow', '10-metre dhow'], ['measure: length of dhow', '24- to 30-foot dhow']]);
});

test('a magnitude glued to its word ("magnitude-6.1") is read whole and compared with "a magnitude of 5.9"', () => {
  const claims = analyze('The USGS said it was a magnitude-6.1 temblor, and 10 people were killed on Qeshm island.').claims;
  assert.deepEqual(claims.map((c) => [c.kind, c.text]), [['magnitude', '6.1'], ['people-count', '10 people']]);
});

const RECORD = 'Police in Brooklyn shot Kimani Gray on Saturday night in East Flatbush, Brooklyn. Gray had {figure}, police in Brooklyn said on Monday.';

test('counts of times by their verb: "arrested four times" against "arrested three times" differ; under two verbs they are two slots', () => {
  const conflicts = story(RECORD, ['previously been arrested four times', 'been arrested three times before']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.a.claim.kind, c.a.claim.text, c.b.claim.text]), [['repetition', 'four times', 'three times']]);
  assert.deepEqual(story(RECORD, ['previously been arrested four times', 'been convicted three times']).conflicts.all(), []);
  const multiple = analyze('Sales in Brooklyn were three times higher on Monday.').claims;
  assert.deepEqual(multiple, []);
});

const PROTESTS = 'Protesters marched in East Flatbush, Brooklyn, over the shooting of Kimani Gray, as protests went on for {figure}, police in Brooklyn said.';

test('the day of a running event is a count: "the sixth straight day" against "the seventh straight day"; a day of someone\'s visit is none', () => {
  const conflicts = story(PROTESTS, ['the sixth straight day', 'the seventh straight day']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.a.claim.attribute, c.a.claim.text, c.b.claim.text]), [['day of event', 'sixth straight day', 'seventh straight day']]);
  const visit = analyze('On the second day of his visit to Brooklyn he met the mayor.').claims;
  assert.ok(visit.every((c) => c.kind !== 'repetition'), JSON.stringify(visit.map((c) => c.attribute)));
});

test('a tally since a date counts up to now: "arrested three times since October" is compared with "arrested four times"; "in October" dates another event', () => {
  const since = story(RECORD, ['previously been arrested four times', 'been arrested three times since October']).conflicts.all();
  assert.deepEqual(since.map((c) => [c.a.claim.text, c.b.claim.text]), [['four times', 'three times']]);
  assert.deepEqual(story(RECORD, ['previously been arrested four times', 'been arrested three times in October']).conflicts.all(), []);
});

const OFFICERS_FIRED = 'Two officers shot Kimani Gray on Saturday night in East Flatbush, Brooklyn. The officers fired, {figure} in the torso and legs, police in Brooklyn said.';

test('a count of times after the verb\'s object is the verb\'s: "hitting Gray eleven times" against "hit him seven times" contradicts', () => {
  const conflicts = story(OFFICERS_FIRED, ['hitting Gray eleven times', 'and hit him seven times']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.a.claim.attribute, c.a.claim.text, c.b.claim.text]), [['times hitting', 'eleven times', 'seven times']]);
  assert.deepEqual(story(OFFICERS_FIRED, ['hitting Gray eleven times', 'and missed him seven times']).conflicts.all(), []);
});

const CLIMB = 'A British climber died on Mount Sefton in New Zealand, police said. {age}, fell while climbing Mount Sefton with a friend. Rescuers said {count} searched Mount Sefton for the climber.';

/** Two reports of the climb that dispute a count as well as an age, and agree on nothing else they both state. */
function climb(first: [string, string], second: [string, string]): Corpus {
  const corpus = new Corpus();
  for (const [i, [age, count]] of [first, second].entries()) corpus.set(`${'ab'[i]}.txt`, CLIMB.replace('{age}', age).replace('{count}', count));
  assert.equal(corpus.storyOf('a.txt')?.id, corpus.storyOf('b.txt')?.id, 'one story');
  return corpus;
}

test('one person\'s age a year off is no sign of two events: "31" against "32" contradicts beside a disputed count', () => {
  const conflicts = climb(['Robert Buckley, 31', '12 rescuers'], ['Robert Buckley, 32', '20 rescuers']).conflicts.all();
  assert.deepEqual(conflicts.filter((c) => c.attribute === 'age').map((c) => [c.kind, c.a.claim.text, c.b.claim.text]), [['contradiction', '31', '32']]);
});

test('a look-alike does not fire: two different people\'s ages a year apart beside a disputed count', () => {
  const conflicts = climb(['Robert Buckley, 31', '12 rescuers'], ['Duncan Rait, 32', '20 rescuers']).conflicts.all();
  assert.deepEqual(conflicts.filter((c) => c.attribute === 'age'), []);
});

test('an input the slot model weighs 0 is left unread at run time but read for fitting, and the score is the same', () => {
  const cosine = SLOT_INPUTS.indexOf('sentence cosine');
  assert.equal(SLOT_MODEL.weights[cosine], 0, 'the fitted model gives the sentence cosine no weight');
  const corpus = story(QUAKE, ['100,000 people', '200,000 people']);
  const [candidate] = corpus.conflicts.slotCandidates().filter((c) => c.a.claim.text.includes('00,000') && c.b.claim.text.includes('00,000'));
  assert.ok(candidate.inputs[cosine] > 0.5, 'the fitting script gets the cosine of two alike sentences');
  const [conflict] = corpus.conflicts.all();
  assert.ok(Math.abs((conflict.slotScore?.score ?? 0) - logistic(candidate.inputs, SLOT_MODEL.weights)) < 1e-9);
  const weighed = { ...SLOT_MODEL, weights: SLOT_MODEL.weights.map((w, i) => (i === cosine ? 1 : w)) };
  const [rescored] = corpus.conflicts.withSlotModel(weighed).all();
  assert.ok((rescored.slotScore?.score ?? 0) > (conflict.slotScore?.score ?? 0), 'a model that weighs the cosine reads it');
});

test('a count is a whole number: "a 6.1 quake" counts no quakes; "2.5 million people" counts people', () => {
  const claims = analyze('The same island was hit by a 6.1 quake in September. The island is home to 2.5 million people.').claims;
  assert.deepEqual(claims.filter((c) => c.text.includes('quake')), []);
  assert.ok(claims.some((c) => c.text.includes('2.5 million people')));
});

test('a share is of the noun after "of": "60 percent of traffic" against "65 percent of its traffic" is one slot; a share of calls is another', () => {
  const CABLES = 'Two undersea cables were cut in the Mediterranean on Friday, disrupting internet services across the region. Officials in India said {figure} was down after the cables were cut.';
  const claim = analyze(CABLES.replace('{figure}', '60 percent of traffic')).claims.find((c) => c.text.includes('60 percent'));
  assert.equal(claim?.value.kind === 'interval' && claim.value.frame?.head, 'traffic');
  const conflicts = story(CABLES, ['60 percent of traffic', '65 percent of its traffic']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.kind, c.a.claim.text, c.b.claim.text]), [['contradiction', '60 percent of traffic', '65 percent of its traffic']]);
  assert.deepEqual(story(CABLES, ['60 percent of traffic', '65 percent of calls']).conflicts.all(), []);
});

test('a sum carries no counted noun in its frame: "$140 million worth of business" is framed by its verb alone', () => {
  const claim = analyze('The film is expected to pull in $140 million worth of business this weekend at theaters.').claims.find((c) => c.text.includes('$140'));
  assert.deepEqual(claim?.value.kind === 'interval' && claim.value.frame, { verb: { stem: 'pull', text: 'pull' } });
});

test('an age in apposition that closes a sentence is read ("his sister Anne Buckley, 28."); a decimal after a name is no age', () => {
  const ages = (text: string): string[] => analyze(text).claims.filter((c) => c.kind === 'age').map((c) => `${c.subject}=${c.text}`);
  assert.deepEqual(ages('The dead were identified as Robert Buckley, 32, of Dover and his sister Anne Buckley, 28.'), ['Robert Buckley=32', 'Anne Buckley=28']);
  assert.deepEqual(ages('He beat Jones, 28.5 points ahead.'), []);
});

const AGO = 'Thousands marched in Athens on Saturday in memory of Alexandros Grigoropoulos, a teenager killed by police {figure}, and clashed with riot police in central Athens.';

test('how long ago the story\'s event happened is read by its event word: "killed by police a week ago" against "eight days ago" differ; a length with no event word is not read', () => {
  const claim = analyze(AGO.replace('{figure}', 'a week ago')).claims.find((c) => c.text === 'a week ago');
  assert.equal(claim?.rule, 'duration/time-since-event');
  assert.equal(claim?.slot, 'time since death');
  const conflicts = story(AGO, ['a week ago', 'eight days ago']).conflicts.all().filter((c) => c.attribute === 'time since death');
  assert.deepEqual(conflicts.map((c) => [c.a.claim.text, c.b.claim.text]), [['a week ago', 'eight days ago']]);
  assert.deepEqual(analyze('The shop opened a week ago in central Athens, its owner said on Saturday.').claims.filter((c) => c.kind === 'duration'), []);
});

test('a distance from a place is read whether its bearing is written "south-west", "southwest" or "south west"', () => {
  for (const bearing of ['south-west', 'southwest', 'south west']) {
    const claim = analyze(`The quake struck 60km ${bearing} of Bandar Abbas on Sunday.`).claims.find((c) => c.kind === 'distance-from-place');
    assert.equal(claim?.text, `60km ${bearing} of Bandar Abbas`, bearing);
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
