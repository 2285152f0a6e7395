import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import type { DocumentAnalysis } from '../../server/src/analysis/types';

/** Each reference as "words → the chain's name (rule)". */
function links(analysis: DocumentAnalysis): string[] {
  return analysis.references.map((r) => `${r.text} → ${analysis.chains[r.chain].name} (${r.rule})`);
}

test('a pronoun stands for the one person named before it', () => {
  const analysis = analyze('Tara Reid checked into a rehab clinic in Malibu. She left the clinic on Friday.');
  assert.deepEqual(links(analysis), ['She → Tara Reid (coreference/pronoun)']);
  assert.equal(analysis.references[0].rivals, 0);
  assert.equal(analysis.references[0].sentencesBack, 1);
});

test('a pronoun with two people named in the sentence before stands for neither', () => {
  const analysis = analyze('John Smith met Mary Jones in Boston on Monday. Later he flew home.');
  assert.deepEqual(links(analysis), []);
});

test('a pronoun in the sentence that names its person is linked even beside another', () => {
  const analysis = analyze('Mary Jones said John Smith had lost his job.');
  assert.deepEqual(links(analysis), ['his → John Smith (coreference/pronoun)']);
});

test('a definite description stands for the last person named, but not in apposition to a name', () => {
  const described = analyze('Wladimir Klitschko retained his title in Mannheim. The 32-year-old champion stopped the challenger in the sixth round.');
  assert.ok(links(described).includes('The 32-year-old champion → Wladimir Klitschko (coreference/definite-description)'));
  const apposed = analyze('Wladimir Klitschko retained his title. The champion Hasim Rahman lost.');
  assert.ok(!links(apposed).some((l) => l.startsWith('The champion')));
});

test('a pronoun with no person or organization before it stands for nothing', () => {
  assert.deepEqual(links(analyze('He was sentenced to 14 years in prison.')), []);
});

test('a prison term given to "he" belongs to the person the pronoun stands for', () => {
  const analysis = analyze('Brian Nichols was convicted of murder in Atlanta. He was sentenced to 14 years in prison.');
  const term = analysis.claims.find((c) => c.kind === 'prison-term');
  assert.ok(term, 'a prison term claim');
  assert.equal(analysis.chains[term.subjectChains[0]].name, 'Brian Nichols');
});
