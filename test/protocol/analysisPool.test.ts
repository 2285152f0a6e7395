// The worker pool the server indexes with, run from the bundled server as in production: the same analyses as
// in this thread, several at once, and a closed pool still answering (in the calling thread); what the user opened
// goes first, a cancelled analysis is dropped, its worker ended when it runs on, and an index pass's workers are
// retired when it ends.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { AnalysisCancelled, AnalysisPool } from '../../server/src/node/analysisPool';
import recipesFile from '../fixtures/pathological/recipes.json';
import { SERVER_JS } from '../util/lspClient';
import { buildInput, Random, type Recipe } from '../util/random';

const SEEDS = path.resolve(__dirname, '..', '..', '..', 'samples', 'seeds');

describe('analysis worker pool', () => {
  it('analyses on worker threads exactly as in this thread', async () => {
    const pool = new AnalysisPool(SERVER_JS, 2);
    const texts = readdirSync(SEEDS).map((name) => ({ name, text: readFileSync(path.join(SEEDS, name), 'utf8') }));
    try {
      const running = texts.map(({ name, text }) => pool.analyze(text, { path: `file:///seeds/${name}`, referenceDate: '2024-05-02' }));
      // What the index pass reads to tell whether the workers are busy (it links stories meanwhile).
      assert.equal(pool.analysing, texts.length);
      const analyses = await Promise.all(running);
      assert.equal(pool.analysing, 0);
      assert.equal(pool.workers, 2, 'the analyses did not run on two workers');
      texts.forEach(({ name, text }, i) => assert.deepEqual(analyses[i], analyze(text, { path: `file:///seeds/${name}`, referenceDate: '2024-05-02' }), name));
    } finally {
      await pool.close();
    }
    const after = await pool.analyze(texts[0].text, {});
    assert.ok(after.mentions.length > 0);
  });

  it('retires the workers of an index pass when it ends, and starts none after a pass that needed none', async () => {
    const pool = new AnalysisPool(SERVER_JS, 2);
    const texts = readdirSync(SEEDS).map((name) => readFileSync(path.join(SEEDS, name), 'utf8'));
    try {
      pool.passEnded();
      assert.equal(pool.workers, 0, 'a pass from the persisted index started a worker');
      await Promise.all(texts.map((text) => pool.analyze(text, {})));
      assert.equal(pool.workers, 2);
      // At once, not after the idle wait: one fresh worker stands by for the edits that follow.
      pool.passEnded();
      assert.equal(pool.workers, 1);
      assert.deepEqual(await pool.analyze(texts[0], {}), analyze(texts[0], {}));
    } finally {
      await pool.close();
    }
  });

  it('analyses urgent work before waiting work', async () => {
    const pool = new AnalysisPool(SERVER_JS, 1);
    const [text] = readdirSync(SEEDS).map((name) => readFileSync(path.join(SEEDS, name), 'utf8'));
    const order: string[] = [];
    try {
      await Promise.all([
        pool.analyze(text, {}).then(() => order.push('first')),
        pool.analyze(text, {}).then(() => order.push('waiting')),
        pool.analyze(text, {}, { urgent: true }).then(() => order.push('urgent')),
      ]);
    } finally {
      await pool.close();
    }
    assert.deepEqual(order, ['first', 'urgent', 'waiting']);
  });

  it('drops a cancelled analysis, waiting or running, and ends the worker of one that runs on', async () => {
    const pool = new AnalysisPool(SERVER_JS, 1);
    const samples = readdirSync(SEEDS).map((name) => readFileSync(path.join(SEEDS, name), 'utf8'));
    const recipe = (recipesFile.recipes as Recipe[]).find((r) => r.name === 'articles concatenated')!;
    const slow = buildInput(recipe, 500_000, new Random(3), samples);
    try {
      const running = new AbortController();
      const waiting = new AbortController();
      const slowAnalysis = pool.analyze(slow, {}, { signal: running.signal });
      const queued = pool.analyze(samples[0], {}, { signal: waiting.signal });
      waiting.abort();
      await assert.rejects(queued, AnalysisCancelled);
      await new Promise((resolve) => setTimeout(resolve, 200));
      running.abort();
      await assert.rejects(slowAnalysis, AnalysisCancelled);
      await assert.rejects(pool.analyze(samples[0], {}, { signal: running.signal }), AnalysisCancelled, 'an aborted signal starts nothing');
      // Past the grace period the slow analysis is still running: its worker is ended, and a fresh one takes new work.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      assert.equal(pool.workers, 0, 'the worker of the cancelled analysis was not ended');
      assert.deepEqual(await pool.analyze(samples[1], {}), analyze(samples[1], {}));
      assert.equal(pool.workers, 1);
    } finally {
      await pool.close();
    }
  });
});
