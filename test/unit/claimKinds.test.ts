// Each claim kind through the corpus as the editor runs it: articles of one story that differ in one value, annotated
// with the kind and relation expected of that value (string fixtures, real analysis: tagger, stories, identity).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLAIM_KINDS } from '../../server/src/analysis/claims/kinds/registry';
import { Corpus } from '../../server/src/analysis/corpus';

interface Fixture {
  /** The article, with `{}` where each version writes its value. */
  text: string;
  values: [string, string];
  /** The conflict expected between the two versions: kind of claim and relation, or none. */
  expected: { claim: string; relation: 'contradiction' | 'discrepancy' } | 'none';
}

const FIRE = 'Firefighters fought a blaze at the Westfield warehouse in Dayton, Ohio, on Friday night. The fire broke out at {}, fire chief Tom Owen told reporters. Three firefighters were treated for smoke inhalation at Miami Valley Hospital.';
const CLIMB = 'A Swedish climber died in the French Alps near Chamonix on Friday. Peter Lindqvist slipped on ice and fell {} from a ridge on Mont Blanc, the mountain rescue service in Chamonix said.';
const QUAKE = 'A strong earthquake struck southern Peru on Sunday, killing 10 people. The quake struck {} south of Lima near the coastal town of Nazca, the national geophysics institute said.';
const THEFT = 'Armed robbers raided the Albrecht watch shop in Zurich on Thursday. The gang stole {} of gold watches and bracelets before fleeing, police commissioner Jean Marot said.';
const COACH = 'The Philadelphia 76ers fired coach Maurice Cheeks on Saturday after a 9-14 start. {} Tony DiLeo will lead the team for the rest of the season, the 76ers said in Philadelphia.';
const APPOINTED = 'The Philadelphia 76ers fired coach Maurice Cheeks on Saturday after a 9-14 start. Tony DiLeo, {}, will lead the team for the rest of the season, the 76ers said in Philadelphia.';
const NAMED = 'The Philadelphia 76ers fired coach Maurice Cheeks on Saturday after a 9-14 start, and named Tony DiLeo as {} for the rest of the season, the 76ers said in Philadelphia.';
const OFFICER = 'The Boston Red Sox flew to Texas on Thursday to meet free agent Mark Teixeira. Red Sox {} Larry Lucchino and owner John Henry met Teixeira at his home in Dallas.';
const INJURED = 'An earthquake hit Sakhalin island in the Russian far east on Sunday, killing 10 people. {} in the quake, Sakhalin governor Oleg Markov said, and rescuers searched collapsed homes in Korsakov.';
const MOVED = 'Pin-up model Bettie Page died in Los Angeles on Thursday at the age of 85, her agent Mark Roesler said. After her modelling career ended, Page underwent a religious conversion and {} in the late 1950s, Roesler said.';
const MARCH = 'Thousands of workers joined a general strike against austerity in Greece on Wednesday, the unions said. Police said the workers {} during the strike, and the unions called another strike for next month.';

const FIXTURES: Fixture[] = [
  { text: FIRE, values: ['8:40 p.m.', '8:49 p.m.'], expected: { claim: 'event-time', relation: 'discrepancy' } },
  // Hours apart: another moment of the story (the fire out, the inquiry), not another report of this one.
  { text: FIRE, values: ['8:40 p.m.', '2:10 a.m.'], expected: 'none' },
  { text: CLIMB, values: ['120 meters', '160ft'], expected: { claim: 'distance', relation: 'contradiction' } },
  // Two units a conversion apart: one writer converted or confused them.
  { text: CLIMB, values: ['120 meters', '400 feet'], expected: { claim: 'distance', relation: 'discrepancy' } },
  { text: CLIMB, values: ['120 meters', '120 metres'], expected: 'none' },
  { text: QUAKE, values: ['450 kilometers', '350 kilometers'], expected: { claim: 'distance-from-place', relation: 'contradiction' } },
  { text: THEFT, values: ['$74 million', '$110 million'], expected: { claim: 'money', relation: 'contradiction' } },
  { text: THEFT, values: ['$74 million', '$74 million'], expected: 'none' },
  // Ranks of one role: the assistant general manager is not the general manager.
  { text: COACH, values: ['Assistant general manager', 'General manager'], expected: { claim: 'person-role', relation: 'contradiction' } },
  { text: APPOINTED, values: ["the team's assistant general manager", 'the general manager of the 76ers'], expected: { claim: 'person-role', relation: 'contradiction' } },
  // A title written short may leave its rank out.
  { text: COACH, values: ['Deputy manager', 'Manager'], expected: { claim: 'person-role', relation: 'discrepancy' } },
  // Another time, a stand-in, another role: all may hold of one person.
  { text: COACH, values: ['Former assistant coach', 'Assistant coach'], expected: 'none' },
  { text: COACH, values: ['Interim coach', 'Head coach'], expected: 'none' },
  { text: APPOINTED, values: ['a former Sixers player and assistant coach', 'the head coach'], expected: 'none' },
  { text: COACH, values: ['General manager', 'Coach'], expected: 'none' },
  { text: NAMED, values: ['the head coach', 'the assistant coach'], expected: { claim: 'person-role', relation: 'contradiction' } },
  { text: OFFICER, values: ['CEO', 'chief operating officer'], expected: { claim: 'person-role', relation: 'contradiction' } },
  { text: OFFICER, values: ['CEO', 'chief executive'], expected: 'none' },
  { text: INJURED, values: ['Seventy people were injured', '45 were injured'], expected: { claim: 'people-count', relation: 'contradiction' } },
  // Where an event happened, keyed by its verb: two states differ.
  { text: MOVED, values: ['moved to Florida', 'moved to California'], expected: { claim: 'event-place', relation: 'discrepancy' } },
  { text: MOVED, values: ['moved to Miami, Florida', 'moved to Miami'], expected: 'none' },
  // Two verbs are two events; a place named inside the other's name lies within it.
  { text: MOVED, values: ['moved to Florida', 'was baptised in California'], expected: 'none' },
  { text: MOVED, values: ['died at Mount Ardan', 'died in Mount Ardan National Park'], expected: 'none' },
  // A building and a town may both be true of one death.
  { text: MOVED, values: ['died at Jackson Memorial Hospital', 'died in Miami'], expected: 'none' },
  { text: MOVED, values: ['died at Jackson Memorial Hospital', 'died at Saint Brennan Hospital'], expected: { claim: 'event-place', relation: 'discrepancy' } },
  // Marches fill many towns' streets at once.
  { text: MARCH, values: ['marched in Athens', 'marched in Thessaloniki'], expected: 'none' },
];

function conflictsOf(fixture: Fixture): string[] {
  const corpus = new Corpus();
  fixture.values.forEach((value, i) => corpus.set(`file:///fixture/${i}.txt`, fixture.text.replace('{}', value)));
  assert.equal(new Set([0, 1].map((i) => corpus.storyOf(`file:///fixture/${i}.txt`)?.id)).size, 1, 'one story');
  return corpus.conflicts.all().filter((c) => c.attribute !== 'name spelling').map((c) => `${c.a.claim.kind} ${c.kind}`);
}

for (const fixture of FIXTURES) {
  const name = typeof fixture.expected === 'string' ? 'no conflict' : `${fixture.expected.claim} ${fixture.expected.relation}`;
  test(`'${fixture.values[0]}' against '${fixture.values[1]}': ${name}`, () => {
    const expected = typeof fixture.expected === 'string' ? [] : [`${fixture.expected.claim} ${fixture.expected.relation}`];
    assert.deepEqual(conflictsOf(fixture), expected);
  });
}

test('two compatible differences and nothing else shared are still one event: both are shown', () => {
  const corpus = new Corpus();
  const report = (call: string, fire: string): string =>
    `Firefighters fought a blaze at the Westfield warehouse in Dayton, Ohio. The first call came in at ${call}, Chief Tom Owen said. The fire broke out at ${fire}, Owen told reporters.`;
  corpus.set('file:///fixture/a.txt', report('8:31 p.m.', '8:40 p.m.'));
  corpus.set('file:///fixture/b.txt', report('8:33 p.m.', '8:49 p.m.'));
  assert.deepEqual(corpus.conflicts.all().filter((c) => c.attribute !== 'name spelling').map((c) => `${c.attribute} ${c.kind}`).sort(), ['time of event discrepancy', 'time of event discrepancy']);
});

test('every claim kind is registered once, with a label a reader understands', () => {
  const kinds = CLAIM_KINDS.map((k) => k.kind);
  assert.equal(new Set(kinds).size, kinds.length);
  for (const k of CLAIM_KINDS) assert.match(k.label, /^[a-z][a-z -]+$/, k.kind);
});
