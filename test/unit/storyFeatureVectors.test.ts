// The story features' vectors as the index keeps them (stories/weightVector.ts): the same keys, weights, order and
// cosines as the Maps they are made from.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { articleFeatures, cosine, FAMILIES } from '../../server/src/analysis/stories/features';

const QUAKE = 'Quake shakes Klamath County\nA magnitude 4.6 earthquake struck near Chiloquin on Thursday, March 14, 2013, seismologists said. No damage was reported in Klamath County.';
const FOLLOW_UP = 'Aftershocks follow Klamath quake\nSeveral aftershocks followed the magnitude 4.6 earthquake near Chiloquin, seismologists said on Friday. Residents of Klamath County felt them.';

/** A cosine of two plain maps, over the smaller one's keys in the order written, as vectors were compared before. */
function mapCosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [key, w] of small) if (large.has(key)) sum += w * (large.get(key) as number);
  return sum;
}

describe('story feature vectors', () => {
  const a = articleFeatures(analyze(QUAKE));
  const b = articleFeatures(analyze(FOLLOW_UP));

  it('keep every key with its weight in the order written, and find each', () => {
    const words = [...a.vectors.words];
    assert.ok(words.length > 5, 'the article has words');
    assert.deepEqual([...a.vectors.words.keys()], words.map(([key]) => key));
    assert.equal(a.vectors.words.size, words.length);
    for (const [key] of words) assert.ok(a.vectors.words.has(key), key);
    assert.ok(!a.vectors.words.has('aftershocks'));
    assert.ok(b.vectors.words.has('aftershocks'));
    const norm = words.reduce((sum, [, w]) => sum + w * w, 0);
    assert.ok(Math.abs(norm - 1) < 1e-12, `unit length, got ${norm}`);
  });

  it('keep two words in a row as the phrase they write, without a key of the shared table for it', () => {
    const phrases = [...a.vectors.phrases.keys()];
    assert.ok(phrases.includes('earthquake struck'), phrases.join(', '));
    for (const phrase of phrases) assert.ok(a.vectors.phrases.has(phrase), phrase);
    assert.ok(!a.vectors.phrases.has('earthquake'));
    assert.ok(!a.vectors.words.has('earthquake struck'));
    assert.ok(!b.vectors.phrases.has('klamath county felt'));
  });

  it('give the cosines the maps of their entries give, bit for bit, in both directions', () => {
    let shared = 0;
    for (const family of FAMILIES) {
      const expected = mapCosine(new Map(a.vectors[family]), new Map(b.vectors[family]));
      assert.equal(cosine(a.vectors[family], b.vectors[family]), expected, family);
      assert.equal(cosine(b.vectors[family], a.vectors[family]), mapCosine(new Map(b.vectors[family]), new Map(a.vectors[family])), family);
      if (expected > 0) shared++;
    }
    assert.ok(shared >= 3, 'the two reports share names, places and words');
    assert.ok(Math.abs(cosine(a.vectors.words, a.vectors.words) - 1) < 1e-12);
  });
});
