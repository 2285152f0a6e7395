// The server's per-document refresh queue: order, superseded refreshes, the typing debounce and bounded waits.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CancellationTokenSource } from 'vscode-languageserver/node';
import { DocumentRefreshes } from '../../server/src/lsp/documentRefreshes';

const NEVER = new CancellationTokenSource().token;

function recorder(delayMs = 5) {
  const runs: string[] = [];
  const failures: string[] = [];
  const queue = new DocumentRefreshes(async (uri) => {
    runs.push(`start ${uri}`);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (uri === 'broken') throw new Error('analysis failed');
    runs.push(`end ${uri}`);
  }, (uri, error) => failures.push(`${uri}: ${(error as Error).message}`));
  return { queue, runs, failures };
}

describe('document refreshes', () => {
  it('runs one document\'s refreshes one at a time and drops those a newer one replaced before they started', async () => {
    const { queue, runs } = recorder();
    void queue.now('a');
    void queue.now('a');
    await new Promise((resolve) => setTimeout(resolve, 1));
    assert.deepEqual(runs, ['start a'], 'the first call was replaced before it started');
    void queue.now('a');
    void queue.now('a');
    assert.equal(await queue.settled(NEVER, 1000), true);
    assert.deepEqual(runs, ['start a', 'end a', 'start a', 'end a']);
  });

  it('starts a debounced edit as soon as a request waits for it', async () => {
    const { queue, runs } = recorder();
    queue.later('a', 60_000);
    assert.equal(await queue.settled(NEVER, 1000), true);
    assert.deepEqual(runs, ['start a', 'end a']);
  });

  it('stops waiting at the bound, or when the request is cancelled', async () => {
    const { queue } = recorder(300);
    void queue.now('slow');
    assert.equal(await queue.settled(NEVER, 20), false);
    const cancel = new CancellationTokenSource();
    const waiting = queue.settled(cancel.token, 60_000);
    cancel.cancel();
    assert.equal(await waiting, false);
    assert.equal(await queue.settled(NEVER, 5000), true);
  });

  it('reports a failed refresh and keeps going', async () => {
    const { queue, runs, failures } = recorder();
    void queue.now('broken');
    void queue.now('b');
    assert.equal(await queue.settled(NEVER, 1000), true);
    assert.deepEqual(failures, ['broken: analysis failed']);
    assert.ok(runs.includes('end b'));
  });
});
