// Counts compared across a story's articles by what they mean, as multi-file fixtures through the Corpus: a person's
// record is that person's whoever else the sentence names, and synonyms count one slot (WordNet, nounMeanings.json).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { Corpus } from '../../server/src/analysis/corpus';
import { synonymName } from '../../server/src/analysis/language/nounMeanings';

/** One story: articles that differ in the sentence given for each. */
function story(template: string, sentences: string[]): Corpus {
  const corpus = new Corpus();
  sentences.forEach((s, i) => corpus.set(`${String.fromCharCode(97 + i)}.txt`, template.replace('{sentence}', s)));
  assert.equal(new Set(sentences.map((_, i) => corpus.storyOf(`${String.fromCharCode(97 + i)}.txt`)?.id)).size, 1, 'one story');
  return corpus;
}

const BOUT = 'Former champion Tomas Varga won a ten-round decision in Leeds on Saturday night, his second fight since his return. {sentence} Varga said he would fight again in the spring, and his trainer praised his stamina in the late rounds.';

test("a fighter's record is his whoever else the sentence names: '(38-2, 25 KOs)' against '(40-2, 25 KOs) beat Orrin Blake' contradicts", () => {
  const corpus = story(BOUT, ['Varga (38-2, 25 KOs) had trained in Spain since March.', 'Varga (40-2, 25 KOs) beat Orrin Blake on points.']);
  const records = corpus.conflicts.all().filter((c) => c.attribute === 'win-loss record');
  assert.deepEqual(records.map((c) => [c.kind, c.rule, c.a.claim.text, c.b.claim.text]), [['contradiction', 'quantity/win-loss-record → compare/records', '38-2', '40-2']]);
});

test('career knockouts are compared for their owner alone: 25 KOs against 27 KOs when the other sentence names an opponent', () => {
  const corpus = story(BOUT, ['Varga (38-2, 25 KOs) had trained in Spain since March.', 'Varga (38-2, 27 KOs) beat Orrin Blake on points.']);
  const knockouts = corpus.conflicts.all().filter((c) => c.attribute === 'knockouts');
  assert.deepEqual(knockouts.map((c) => [c.kind, c.a.claim.text, c.b.claim.text]), [['contradiction', '25 KOs', '27 KOs']]);
});

test('the same record for two fighters in two articles is no conflict', () => {
  const corpus = story(BOUT, ['Varga (38-2, 25 KOs) had trained in Spain since March.', 'Orrin Blake (40-2, 25 KOs) had trained in Spain since March.']);
  assert.deepEqual(corpus.conflicts.all().filter((c) => c.attribute === 'win-loss record'), []);
});

test('WordNet synonyms name one sense: "web site" and "website", "crewman" and "sailor"; an unknown noun stays as written', () => {
  assert.equal(synonymName('web site'), synonymName('website'));
  assert.equal(synonymName('crewman'), synonymName('sailor'));
  assert.equal(synonymName('glorp'), 'glorp');
});

const OUTAGE = 'A virus spread through servers run by a hosting firm in Lyon on Monday, the firm said in a statement. Engineers said {sentence} The firm said it had cleaned its servers and warned customers to change their passwords.';

test('counts of a noun written two ways key one slot: "40 Web sites went offline" against "90 websites went offline"', () => {
  const claim = analyze(OUTAGE.replace('{sentence}', 'the virus took 40 Web sites offline.')).claims.find((c) => c.text.includes('40'));
  assert.equal(claim?.kind, 'thing-count');
  assert.equal(claim?.slot, synonymName('website'));
  const corpus = story(OUTAGE, ['the virus took 40 Web sites offline.', 'the virus took 90 websites offline.']);
  const counts = corpus.conflicts.all().filter((c) => c.rule.startsWith('quantity/count-of-noun'));
  assert.deepEqual(counts.map((c) => [c.kind, c.a.claim.text, c.b.claim.text]), [['contradiction', '40 Web sites', '90 websites']]);
});

test('a sum asked for is keyed apart from the deal offered: an article giving both is no confirmation of either', () => {
  const text = 'The Hawks offered Dana Smith a four-year deal worth $40 million on Monday. Her agent countered by asking for a four-year contract worth $48 million.';
  const slots = analyze(text).claims.filter((c) => c.kind === 'money').map((c) => [c.text, c.slot]);
  assert.deepEqual(slots, [['$40 million', 'deal'], ['$48 million', 'deal asked']]);
});

test('"the N things" counts them unless the article named them before; "one of the N things" gives the group\'s size', () => {
  const counts = (text: string): string[] => analyze(text).claims.filter((c) => c.kind === 'thing-count').map((c) => c.text);
  assert.deepEqual(counts('Customs officers at Velmar seized the four trucks on Tuesday.'), ['four trucks']);
  assert.deepEqual(counts('Four trucks crossed at Velmar. Customs officers seized the three trucks on Tuesday.'), ['Four trucks']);
  assert.deepEqual(counts('Trucks crossed at Velmar. Customs officers seized one of the three trucks on Tuesday.'), ['three trucks']);
  assert.deepEqual(counts('Trucks crossed at Velmar. Customs officers seized those three trucks on Tuesday.'), []);
});

test('a count in apposition to the names before it describes them ("Norland and Estria, two countries"); a list of counts is read', () => {
  const counts = (text: string): string[] => analyze(text).claims.filter((c) => c.kind === 'thing-count').map((c) => c.text);
  assert.deepEqual(counts('The smugglers came from Norland and Estria, two countries on the lake.'), []);
  assert.deepEqual(counts('Customs officers at Velmar seized two trucks, three rifles and five crates.'), ['two trucks', 'three rifles', 'five crates']);
});

const OFFER = 'The Boston Red Sox flew to Texas on Thursday to meet free agent Mark Teixeira at his home in Dallas. Teixeira still has an eight-year offer on the table from the Red Sox, {sentence} The Red Sox did not comment on the talks in Dallas.';

test('a sum set off by ", worth" is the worth of the noun phrase before the comma: an offer per season, against another article\'s', () => {
  const claims = analyze(OFFER.replace('{sentence}', 'worth roughly $22 million per season.')).claims.filter((c) => c.kind === 'money');
  assert.deepEqual(claims.map((c) => [c.rule, c.slot, c.text]), [['quantity/money-worth-of', 'deal per year', 'roughly $22 million']]);
  const conflicts = story(OFFER, ['worth $22 million per season.', 'worth $25 million per season.']).conflicts.all().filter((c) => c.a.claim.kind === 'money');
  assert.deepEqual(conflicts.map((c) => [c.kind, c.attribute]), [['contradiction', 'money: deal per year']]);
});

test('", worth" a sum after a noun that is no money topic says nothing of a deal', () => {
  const text = 'The Boston Red Sox flew to Texas on Thursday. Teixeira bought a painting by a Texas artist, worth roughly $2 million, for his home in Dallas.';
  assert.deepEqual(analyze(text).claims.filter((c) => c.kind === 'money'), []);
});
