// Background work in slices (node/backgroundTurns): between its turns it gives way to a refresh the user waits for,
// for a bounded time, while that refresh's own slices go on.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inSlices, USER_WORK_WAIT_MS, userWork } from '../../server/src/node/backgroundTurns';

/** A step that runs for a bit over a slice (so every step is followed by a turn) and counts itself. */
function busySteps(count: number, log: string[], name: string): () => boolean {
  let done = 0;
  return () => {
    const until = performance.now() + 3;
    while (performance.now() < until) { /* a slice's worth of work */ }
    log.push(name);
    return ++done < count;
  };
}

describe('background turns', () => {
  it('lets a user refresh\'s slices run before the background\'s, then resumes the background', async () => {
    const log: string[] = [];
    const count = (name: string) => log.filter((entry) => entry === name).length;
    // Its first step runs at once; each later one waits for a turn.
    const background = inSlices(busySteps(6, log, 'background'));
    let duringRefresh = -1;
    await userWork(async () => {
      await inSlices(busySteps(4, log, 'user'), { user: true });
      duringRefresh = count('background');
    });
    assert.equal(count('user'), 4);
    assert.equal(duringRefresh, 1, 'the background ran steps while the user refresh ran');
    await background;
    assert.equal(count('background'), 6);
  });

  it('waits for a user refresh only so long each turn', async () => {
    const log: string[] = [];
    let release!: () => void;
    const refresh = userWork(() => new Promise<void>((resolve) => (release = resolve)));
    const started = performance.now();
    await inSlices(busySteps(3, log, 'background'));
    const waited = performance.now() - started;
    assert.ok(waited >= 2 * USER_WORK_WAIT_MS - 5, `the background waited ${waited.toFixed(0)} ms for two turns`);
    release();
    await refresh;
  });
});
