// Counts read past what stands between the number and its noun, or written as an estimate either way, or of the
// "others" an event befell, as annotated multi-file fixtures through the Corpus: each fixture is one story whose
// articles differ in one count, with the conflict expected (or none) beside it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { Corpus } from '../../server/src/analysis/corpus';

/** One story: the same report with `{figure}` filled in per article. */
function story(template: string, figures: string[]): Corpus {
  const corpus = new Corpus();
  figures.forEach((f, i) => corpus.set(`${String.fromCharCode(97 + i)}.txt`, template.replace('{figure}', f)));
  assert.equal(new Set(figures.map((_, i) => corpus.storyOf(`${String.fromCharCode(97 + i)}.txt`)?.id)).size, 1, 'one story');
  return corpus;
}

const conflictsOf = (corpus: Corpus): string[][] => corpus.conflicts.all().map((c) => [c.kind, c.rule, c.a.claim.text, c.b.claim.text]);

const ROBBERY = 'Robbers raided the Barclays bank branch in Leeds on Friday, police said. {figure} stormed the branch on Park Row and fled with cash. The Barclays branch in Leeds had been raided in May too.';

test('a participle before the counted noun is read past: "four armed robbers" against "six armed robbers" contradict, the rule says so', () => {
  const claim = analyze(ROBBERY.replace('{figure}', 'Four armed robbers')).claims.find((c) => c.text.includes('Four'));
  assert.equal(claim?.text, 'Four armed robbers');
  assert.equal(claim?.rule, 'quantity/count-of-noun/noun-after-modifier');
  assert.deepEqual(conflictsOf(story(ROBBERY, ['Four armed robbers', 'Six armed robbers'])), [['contradiction', 'quantity/count-of-noun/noun-after-modifier → compare/intervals', 'Four armed robbers', 'Six armed robbers']]);
});

test('a look-alike does not fire: "four armed robbers" against "six armed guards" count two things', () => {
  assert.deepEqual(conflictsOf(story(ROBBERY, ['Four armed robbers', 'Six armed guards'])), []);
});

test('an adverb and a participle both stand before the noun ("13 fully loaded magazines"); a participle that works as a preposition does not', () => {
  const texts = (text: string): string[] => analyze(text).claims.filter((c) => c.rule.startsWith('quantity/')).map((c) => `${c.text} | ${c.slot}`);
  assert.deepEqual(texts('Commandos seized 13 fully loaded magazines from the pirates.'), ['13 fully loaded magazines | magazine']);
  assert.deepEqual(texts('The gunmen killed 15, including three policemen.').filter((t) => t.startsWith('15')), ['15 | death toll']);
});

test('two numbers joined by "or" are one estimate: "three or four robbers" against "seven robbers" contradict; against "four robbers" they agree', () => {
  assert.deepEqual(conflictsOf(story(ROBBERY, ['Three or four robbers', 'Seven robbers'])), [['contradiction', 'quantity/count-of-noun/range-with-or + quantity/count-of-noun → compare/intervals', 'Three or four robbers', 'Seven robbers']]);
  assert.deepEqual(conflictsOf(story(ROBBERY, ['Three or four robbers', 'Four robbers'])).filter((c) => c[0] === 'contradiction'), []);
});

const BLAST = 'A gas explosion tore through a market in Lagos on Monday, officials said. The blast killed seven traders and wounded {figure}. Rescuers searched the ruins of the Lagos market for survivors of the explosion.';

test('"wounded 80 others" counts everyone the blast injured: against "wounded 50 others" it contradicts, and the death toll is not disputed', () => {
  const claim = analyze(BLAST.replace('{figure}', '80 others')).claims.find((c) => c.text === '80 others');
  assert.equal(claim?.rule, 'quantity/others-by-event-word');
  assert.equal(claim?.attribute, 'injured');
  assert.deepEqual(conflictsOf(story(BLAST, ['80 others', '50 others'])), [['contradiction', 'quantity/others-by-event-word → compare/intervals', '80 others', '50 others']]);
});

test('"others" beside no event verb, or beside a crowd\'s, count no one: "five others attended" is no crowd', () => {
  const rules = (text: string): string[] => analyze(text).claims.filter((c) => c.text.includes('others')).map((c) => c.rule);
  assert.deepEqual(rules('Police said three others were in the car.'), []);
  assert.deepEqual(rules('Five others attended the meeting in Lagos.'), []);
});

const SHOOTING = 'A gunman opened fire outside a bar in Leeds on Saturday night, police said. The gunman fired {figure} at the crowd before he fled on foot. Police in Leeds searched the streets around the bar for the gunman.';

test('rounds fired are shots: "fired 11 rounds" against "fired 14 shots" contradict; rounds of a fight are no count', () => {
  assert.deepEqual(conflictsOf(story(SHOOTING, ['11 rounds', '14 shots'])), [['contradiction', 'quantity/ammunition-rounds + quantity/count-of-noun → compare/intervals', '11 rounds', '14 shots']]);
  assert.deepEqual(analyze('Klitschko won after five rounds in Berlin.').claims.filter((c) => c.text.includes('rounds')), []);
});

test('"300 rounds of ammunition" is a count of its own, and "half a dozen" is six', () => {
  const claims = analyze('Marines seized six rifles and 300 rounds of ammunition. Police detained half a dozen protesters and a half-dozen journalists.').claims;
  assert.deepEqual(claims.filter((c) => c.rule.startsWith('quantity/')).map((c) => [c.text, c.slot, c.value.kind === 'interval' && c.value.interval.low]), [
    ['six rifles', 'rifle', 6],
    ['300 rounds of ammunition', 'round of ammunition', 300],
    ['half a dozen protesters', 'arrested', 6],
    ['half-dozen journalists', 'journalist', 6],
  ]);
});

test('no counted noun where the words after a number are a decade, a name, a contraction or glued by a lost dash', () => {
  const counted = (text: string): string[] => analyze(text).claims.filter((c) => c.rule.startsWith('quantity/')).map((c) => `${c.text} | ${c.slot}`);
  assert.deepEqual(counted('She became a star in the nineteen fifties in New York.'), []);
  assert.deepEqual(counted('The poll ranked Duke ahead of No. 8 Tennessee.'), []);
  assert.deepEqual(counted('The navy captured 23 Somali and Yemeni pirates near the port.'), ['23 | arrested']);
  assert.deepEqual(counted('Police said some 20,000 scientists-The Union backed the letter.'), ['some 20,000 scientists-The | scientist']);
  assert.deepEqual(counted('Klitschko (52-3, 46 KO) retained his title.').map((t) => t.split(' | ')[1]), ['win-loss record', 'knockouts']);
});
