// An article merged into the corpus in steps (Corpus.setAnalysisInSteps, run by the server between requests for a
// large article) leaves the corpus a merge at once leaves: entity records, stories and conflicts, whatever requests
// read in between; a later change of the article stops the steps.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { Corpus } from '../../server/src/analysis/corpus';
import type { DocumentAnalysis } from '../../server/src/analysis/types';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'samples', 'ecbplus', '12');
const articles: Array<[string, DocumentAnalysis]> = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => [`file:///samples/${name}`, analyze(readFileSync(path.join(FIXTURES, name), 'utf8'), { path: `file:///samples/${name}` })]);
/** The article with the most chains is merged; the others are in the corpus before. */
const merged = articles.reduce((most, article) => (article[1].chains.length > most[1].chains.length ? article : most));
const others = articles.filter((article) => article !== merged);
/** Another article's text under the merged one's name: an edit that changes every chain. */
const edited = analyze(others[0][1].text, { path: merged[0] });

function corpusOf(docs: ReadonlyArray<[string, DocumentAnalysis]>): Corpus {
  const corpus = new Corpus();
  for (const [uri, analysis] of docs) corpus.setAnalysis(uri, analysis);
  return corpus;
}

/** What a user can read of the corpus: every entity's record, the stories and the conflicts. */
function stateOf(corpus: Corpus): unknown {
  const records = corpus.entities.ids().map((id) => {
    const record = corpus.entities.get(id)!;
    return { ...record, documents: [...record.documents].sort(([a], [b]) => (a < b ? -1 : 1)) };
  });
  const stories = corpus.stories().map((story) => story.documents);
  const conflicts = corpus.conflicts.all().map((c) => `${c.id} ${c.a.docId} ${c.b.docId} ${c.message}`).sort();
  return { records, counts: corpus.entities.counts(), stories, conflicts };
}

/** Merges in steps of 5 chains, reading entities, stories and conflicts between steps as requests would; returns the steps taken. */
function mergeInSteps(corpus: Corpus, uri: string, analysis: DocumentAnalysis): number {
  const step = corpus.setAnalysisInSteps(uri, analysis, 0, 5);
  let steps = 1;
  for (; step(); steps++) {
    const other = corpus.get(others[1][0])!;
    for (const mention of other.analysis.mentions.slice(0, 20)) corpus.entityOfMention(other, mention);
    corpus.entities.counts();
    corpus.conflictsFor(others[1][0]);
    corpus.storyOf(uri);
  }
  return steps;
}

test('an article merged in steps leaves the corpus a merge at once leaves', () => {
  assert.ok(merged[1].chains.length > 10, 'the merged article has chains for several steps');
  const atOnce = corpusOf(others);
  const stepped = corpusOf(others);
  stateOf(stepped);
  atOnce.setAnalysis(merged[0], merged[1]);
  assert.ok(atOnce.conflictsFor(merged[0]).length > 0, 'the merged article has conflicts to compare');
  assert.equal(mergeInSteps(stepped, merged[0], merged[1]), Math.ceil(merged[1].chains.length / 5));
  assert.deepEqual(stateOf(stepped), stateOf(atOnce));
  // Replaced in steps: the old chains go with the first step.
  atOnce.setAnalysis(merged[0], edited);
  mergeInSteps(stepped, merged[0], edited);
  assert.deepEqual(stateOf(stepped), stateOf(atOnce));
});

test('an article changed while it is merged in steps stops the steps; the change decides', () => {
  const atOnce = corpusOf(others);
  const stepped = corpusOf(others);
  atOnce.setAnalysis(merged[0], edited);
  const step = stepped.setAnalysisInSteps(merged[0], merged[1], 0, 5);
  assert.equal(step(), true);
  stepped.setAnalysis(merged[0], edited);
  assert.equal(step(), false);
  assert.deepEqual(stateOf(stepped), stateOf(atOnce));
  // Removed while merged in steps: it stays removed.
  const removed = stepped.setAnalysisInSteps(merged[0], merged[1], 0, 5);
  assert.equal(removed(), true);
  stepped.remove(merged[0]);
  atOnce.remove(merged[0]);
  assert.equal(removed(), false);
  assert.deepEqual(stateOf(stepped), stateOf(atOnce));
});

test('an article with few chains is merged in one step, and nothing before it', () => {
  const corpus = corpusOf(others);
  const step = corpus.setAnalysisInSteps(merged[0], merged[1]);
  assert.equal(corpus.has(merged[0]), false);
  assert.equal(step(), false);
  assert.deepEqual(stateOf(corpus), stateOf(corpusOf(articles)));
});
