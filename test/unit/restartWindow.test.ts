// The client's limit on restarting a server that keeps dying: four restarts within three minutes, then none until the
// oldest of them is more than three minutes old; a refused restart is not counted.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_RESTARTS, RestartWindow, WINDOW_MS } from '../../client/src/restartWindow';

const SECOND = 1000;

describe('the restart limit', () => {
  it('restarts four times within the window, then stops', () => {
    const window = new RestartWindow();
    assert.equal(MAX_RESTARTS, 4);
    assert.deepEqual([0, 1, 2, 3].map((i) => window.admit(i * SECOND)), [1, 2, 3, 4]);
    assert.equal(window.admit(4 * SECOND), undefined, 'the fifth crash within the window is not restarted');
    assert.equal(window.admit(WINDOW_MS), undefined, 'still not while the first restart is exactly the window old');
  });

  it('restarts again once the oldest restart has left the window, and a refusal does not count', () => {
    const window = new RestartWindow();
    for (let i = 0; i < MAX_RESTARTS; i++) window.admit(i * 10 * SECOND);
    assert.equal(window.admit(60 * SECOND), undefined);
    assert.equal(window.admit(WINDOW_MS + 1), 4, 'the first left the window: one more restart, four again in it');
    assert.equal(window.admit(WINDOW_MS + 2), undefined, 'full again');
    // Those at 10, 20 and 30 s have left too; recorded refusals (60 s, just now) would make this 4.
    assert.equal(window.admit(WINDOW_MS + 30 * SECOND + 1), 2, 'the refusals were not recorded');
  });

  it('restarts a server that dies now and then without limit', () => {
    const window = new RestartWindow();
    for (let i = 0; i < 50; i++) assert.equal(window.admit(i * (WINDOW_MS + 1)), 1);
  });
});
