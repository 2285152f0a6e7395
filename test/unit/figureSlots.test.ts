// Figures compared across a story's articles, as annotated multi-file fixtures through the Corpus: each fixture is
// one story whose articles differ in one figure, with the conflict expected (or none) beside it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { Corpus } from '../../server/src/analysis/corpus';
import { explanation } from '../../server/src/analysis/conflicts/explain';

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

const SHOOTING = 'A police officer shot a teenager in Exarchia, Athens, on Saturday night, police said. The officers fired {figure} at the boy. Riots broke out across Greece after the shooting in Exarchia.';
const MATCH = 'Olympiakos beat Panathinaikos in Athens on Saturday night in the derby. Olympiakos fired {figure} at goal in the first half. Fans celebrated across Athens after the match.';

test('shots fired in one shooting, 11 against 7, contradict; shots at goal in one match do not', () => {
  const conflicts = story(SHOOTING, ['11 shots', 'seven shots']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.kind, c.attribute, c.a.claim.text, c.b.claim.text]), [['contradiction', 'count: shot', '11 shots', 'seven shots']]);
  assert.deepEqual(story(MATCH, ['11 shots', 'seven shots']).conflicts.all(), []);
});

const VIGIL = 'Mourners gathered in Exarchia, Athens, on Sunday night for the boy shot by police. A group of {figure} were marching to the police station. Riot police stood by in Exarchia.';

test('a small crowd marching, about 130 against nearly 70, contradicts; people watching a march are no crowd', () => {
  const conflicts = story(VIGIL, ['about 130 people', 'nearly 70 people']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.kind, c.attribute]), [['contradiction', 'crowd size']]);
  const watching = story(VIGIL.replace('A group of {figure} were marching to the police station.', '{figure} watched from their balconies during the march.'), ['About 130 people', 'Nearly 70 people']);
  assert.deepEqual(watching.conflicts.all().filter((c) => c.attribute === 'crowd size'), []);
});

const THEFT = 'Thieves robbed the Harry Winston store in Paris on Thursday, police said. The robbers stole {figure} worth of jewels from Harry Winston. Police in Paris are hunting the robbers of the Harry Winston store.';

test('a sum with its conversion is one claim, compared in the currency the other article gives; a conversion is never a conflict', () => {
  const claim = analyze(THEFT.replace('{figure}', '€150m ($200m)')).claims.find((c) => c.kind === 'money');
  assert.equal(claim?.text, '€150m ($200m)');
  assert.deepEqual(claim?.value.kind === 'interval' && [claim.value.unit, claim.value.converted?.unit], ['EUR', 'USD']);
  const conflicts = story(THEFT, ['€150m ($200m)', '$240m']).conflicts.all();
  assert.deepEqual(conflicts.map((c) => [c.kind, c.attribute, c.a.claim.text, c.b.claim.text]), [['contradiction', 'money: value stolen', '€150m ($200m)', '$240m']]);
  assert.deepEqual(story(THEFT, ['€150m ($200m)', '€150m', '$200m']).conflicts.all(), []);
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
