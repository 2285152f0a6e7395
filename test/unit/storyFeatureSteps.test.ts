// A large article's story features are read in steps (articleFeatureSteps, run between requests by
// Corpus.setAnalysisInSteps): whatever the step sizes, the features are articleFeatures' own. So are those made from
// the lists a worker thread sends with its analysis (featureLists, cloned as a message is), and a corpus given them
// links the same stories.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { Corpus } from '../../server/src/analysis/corpus';
import { articleFeatureSteps, articleFeatures, featureLists, featuresOf, offerFeatureLists } from '../../server/src/analysis/stories/features';
import { decodeAnalysis, encodeAnalysis } from '../../server/src/node/analysisRecords';
import recipesFile from '../fixtures/pathological/recipes.json';
import { buildInput, Random, sampleArticles, type Recipe } from '../util/random';

const samples = sampleArticles(path.resolve(__dirname, '..', '..', '..'));
const recipes = recipesFile.recipes as Recipe[];

function stepped(text: string, charsPerStep: number, chainsPerStep: number): { features: ReturnType<typeof articleFeatures>; steps: number } {
  const step = articleFeatureSteps(analyze(text), charsPerStep, chainsPerStep);
  for (let steps = 1; ; steps++) {
    const features = step();
    if (features) return { features, steps };
  }
}

const texts: Array<[string, string]> = [
  ['a sample article', samples[0]],
  ['leading blank lines, possessives and hyphens', "\n\n  Smith's plan — the co-owner's “last-minute” offer\nJones’s reply came on Monday, 12 May 2014. Smith's team said the offer's terms were fair."],
  ['letters beyond ASCII and the Basic Multilingual Plane', 'Zürich und Genève: Çağlar Öztürk met 𝒜lice in Malmö.\nThe talks in Zürich ended; Öztürk’s team left Genève.'],
  ['one line without a break', samples.slice(0, 3).join(' ').replace(/\n/g, ' ')],
  ...recipes.filter((r) => !r.samples).map((r): [string, string] => [r.name, buildInput(r, 6_000, new Random(3), samples)]),
];

for (const [name, text] of texts) {
  test(`story features in steps equal those at once: ${name}`, () => {
    const atOnce = articleFeatures(analyze(text));
    for (const [chars, chains] of [[1, 1], [7, 3], [100, 50]]) {
      const { features, steps } = stepped(text, chars, chains);
      assert.deepEqual(features, atOnce, `in steps of ${chars} characters and ${chains} chains`);
      if (chars === 1 && text.length > 100) assert.ok(steps > 10, 'a small step reads the text in many steps');
    }
  });
}

for (const [name, text] of texts) {
  test(`story features from a worker's lists equal those made here: ${name}`, () => {
    const analysis = analyze(text);
    const received = decodeAnalysis(encodeAnalysis(analysis));
    assert.deepEqual(featuresOf(received, structuredClone(featureLists(analysis))), articleFeatures(analysis));
  });
}

test('a corpus given the worker\'s lists with each analysis links the same stories', () => {
  const plain = new Corpus();
  const offered = new Corpus();
  samples.forEach((text, i) => {
    const uri = `file:///samples/${i}.txt`;
    const analysis = analyze(text, { path: uri });
    plain.setAnalysis(uri, analysis);
    const received = decodeAnalysis(encodeAnalysis(analysis));
    offerFeatureLists(received, structuredClone(featureLists(analysis)));
    offered.setAnalysis(uri, received);
  });
  assert.ok(plain.stories().some((story) => story.documents.length > 1), 'the samples make a story of several articles');
  assert.deepEqual(offered.stories(), plain.stories());
});
