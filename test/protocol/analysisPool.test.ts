// The worker pool the server indexes with, run from the bundled server as in production: the same analyses as
// in this thread, several at once, and a closed pool still answering (in the calling thread).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { AnalysisPool } from '../../server/src/node/analysisPool';
import { SERVER_JS } from '../util/lspClient';

const SEEDS = path.resolve(__dirname, '..', '..', '..', 'samples', 'seeds');

describe('analysis worker pool', () => {
  it('analyses on worker threads exactly as in this thread', async () => {
    const pool = new AnalysisPool(SERVER_JS, 2);
    const texts = readdirSync(SEEDS).map((name) => ({ name, text: readFileSync(path.join(SEEDS, name), 'utf8') }));
    try {
      const analyses = await Promise.all(texts.map(({ name, text }) => pool.analyze(text, { path: `file:///seeds/${name}`, referenceDate: '2024-05-02' })));
      assert.equal(pool.workers, 2, 'the analyses did not run on two workers');
      texts.forEach(({ name, text }, i) => assert.deepEqual(analyses[i], analyze(text, { path: `file:///seeds/${name}`, referenceDate: '2024-05-02' }), name));
    } finally {
      await pool.close();
    }
    const after = await pool.analyze(texts[0].text, {});
    assert.ok(after.mentions.length > 0);
  });
});
