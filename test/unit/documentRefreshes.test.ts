// The server's per-document refresh queue: order, superseded refreshes, the typing debounce and bounded waits.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CancellationTokenSource } from 'vscode-languageserver/node';
import { DocumentRefreshes } from '../../server/src/lsp/documentRefreshes';

const NEVER = new CancellationTokenSource().token;
/** Bounds for a request about no one document: every refresh counts as its own. */
const within = (limitMs: number) => ({ limitMs, recentMs: limitMs, othersMs: limitMs });

function recorder(delayMs = 5, delays: Record<string, number> = {}) {
  const runs: string[] = [];
  const failures: string[] = [];
  const signals = new Map<string, AbortSignal[]>();
  const queue = new DocumentRefreshes(async (uri, signal) => {
    runs.push(`start ${uri}`);
    signals.set(uri, [...(signals.get(uri) ?? []), signal]);
    await new Promise((resolve) => setTimeout(resolve, Object.hasOwn(delays, uri) ? delays[uri] : delayMs));
    if (uri === 'broken') throw new Error('analysis failed');
    runs.push(`end ${uri}`);
  }, (uri, error) => failures.push(`${uri}: ${(error as Error).message}`));
  return { queue, runs, failures, signals };
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
    assert.equal(await queue.settled(NEVER, within(1000)), true);
    assert.deepEqual(runs, ['start a', 'end a', 'start a', 'end a']);
  });

  it('starts a debounced edit as soon as a request waits for it', async () => {
    const { queue, runs } = recorder();
    queue.later('a', 60_000);
    assert.equal(await queue.settled(NEVER, within(1000)), true);
    assert.deepEqual(runs, ['start a', 'end a']);
  });

  it('starts an edit once its analysis is in, and only the latest edit\'s', async () => {
    const { queue, runs } = recorder();
    let first!: () => void;
    let second!: () => void;
    queue.later('a', new Promise<void>((resolve) => (first = resolve)));
    queue.later('a', new Promise<void>((resolve) => (second = resolve)));
    first();
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.deepEqual(runs, [], 'the replaced edit\'s analysis started a refresh');
    second();
    await new Promise((resolve) => setTimeout(resolve, 1));
    assert.deepEqual(runs, ['start a'], 'the refresh did not start once the analysis was in');
    assert.equal(await queue.settled(NEVER, within(1000)), true);
    assert.deepEqual(runs, ['start a', 'end a']);
  });

  it('stops waiting at the bound, or when the request is cancelled', async () => {
    const { queue } = recorder(300);
    void queue.now('slow');
    assert.equal(await queue.settled(NEVER, within(20)), false);
    const cancel = new CancellationTokenSource();
    const waiting = queue.settled(cancel.token, within(60_000));
    cancel.cancel();
    assert.equal(await waiting, false);
    assert.equal(await queue.settled(NEVER, within(5000)), true);
  });

  it('reports a failed refresh and keeps going', async () => {
    const { queue, runs, failures } = recorder();
    void queue.now('broken');
    void queue.now('b');
    assert.equal(await queue.settled(NEVER, within(1000)), true);
    assert.deepEqual(failures, ['broken: analysis failed']);
    assert.ok(runs.includes('end b'));
  });

  it('tells a running refresh to stop when a newer version is asked for, now or after typing', async () => {
    const { queue, signals } = recorder(50);
    void queue.now('a');
    await new Promise((resolve) => setTimeout(resolve, 10));
    queue.later('a', 60_000);
    assert.equal(signals.get('a')![0].aborted, true, 'an edit did not stop the refresh of the older version');
    assert.equal(await queue.settled(NEVER, within(1000)), true);
    assert.equal(signals.get('a')!.length, 2);
    assert.equal(signals.get('a')![1].aborted, false);
  });

  it('waits for the request\'s own document fully and for a slow other one changed earlier only briefly', async () => {
    const { queue, runs } = recorder(5, { slow: 2000, own: 150, other: 100 });
    void queue.now('slow');
    await new Promise((resolve) => setTimeout(resolve, 60));
    const started = Date.now();
    assert.equal(await queue.settled(NEVER, { uri: 'quiet', limitMs: 5000, recentMs: 50, othersMs: 50 }), false);
    assert.ok(Date.now() - started < 1000, `a request about another document waited ${Date.now() - started} ms`);
    // Others changed just before the request are waited for like its own.
    void queue.now('other');
    assert.equal(await queue.settled(NEVER, { uri: 'quiet', limitMs: 5000, recentMs: 50, othersMs: 50 }), false);
    assert.ok(runs.includes('end other'), runs.join(', '));
    // Others are waited for as long as the request's own document takes.
    await new Promise((resolve) => setTimeout(resolve, 60));
    void queue.now('own');
    assert.equal(await queue.settled(NEVER, { uri: 'own', limitMs: 5000, recentMs: 0, othersMs: 0 }), false);
    assert.ok(runs.includes('end own'));
    assert.ok(!runs.includes('end slow'));
  });
});
