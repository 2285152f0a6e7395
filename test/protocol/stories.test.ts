// The crosscheck/stories request and the story commands over stdio, on a copy of the story fixtures.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { StoryItem } from '../../server/src/protocol';
import type { LspClient } from '../util/lspClient';
import { type ServerSession, startServer } from '../util/serverSession';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'stories');

describe('stories over stdio', () => {
  let session: ServerSession;
  let folder: string;
  let client: LspClient;
  const stories = () => client.request<StoryItem[]>('crosscheck/stories', {});
  const labels = (items: StoryItem[]) => items.map((s) => s.articles.map((a) => a.label));
  const run = (command: string, ...args: unknown[]) => client.request<{ ok: boolean; message: string }>('workspace/executeCommand', { command, arguments: args });
  const sidecar = () => path.join(folder, '.crosscheck', 'stories.json');

  before(async () => {
    session = await startServer('crosscheck-stories-', { from: FIXTURES });
    ({ folder, client } = session);
  });

  after(() => session.close());

  it('lists the stories earliest first, with titles, date ranges and dated articles in reading order', async () => {
    const items = await stories();
    assert.deepEqual(labels(items), [
      ['reid-rehab-people.txt', 'reid-rehab-eonline.txt'],
      ['california-quake-latimes.txt', 'california-quake-ap.txt'],
      ['aceh-quake-ap.txt', 'aceh-quake-reuters.txt', 'aceh-quake-guardian.txt'],
    ]);
    const aceh = items[2];
    assert.match(aceh.title, /Malaybalay.*July 2013/);
    assert.deepEqual([aceh.start, aceh.end], ['2013-07-02', '2013-07-04']);
    assert.deepEqual(aceh.articles.map((a) => a.date), ['2013-07-02', '2013-07-03', '2013-07-04']);
    assert.ok(aceh.articles[0].uri.startsWith('file://'));
  });

  it('splits an article off and moves one into another story, recorded in .crosscheck/stories.json', async () => {
    const split = await run('crosscheck.server.splitArticleIntoOwnStory', client.uri('reid-rehab-eonline.txt'));
    assert.deepEqual(split, { ok: true, message: 'reid-rehab-eonline.txt is now a story of its own' });
    const moved = await run('crosscheck.server.moveArticleToStory', client.uri('california-quake-ap.txt'), client.uri('aceh-quake-ap.txt'));
    assert.deepEqual(moved, { ok: true, message: 'california-quake-ap.txt moved to the story of aceh-quake-ap.txt' });
    assert.deepEqual(JSON.parse(readFileSync(sidecar(), 'utf8')), { with: { 'california-quake-ap.txt': 'aceh-quake-ap.txt' }, alone: ['reid-rehab-eonline.txt'] });
    const items = await stories();
    assert.equal(items.length, 4);
    assert.ok(labels(items).some((l) => l.length === 1 && l[0] === 'reid-rehab-eonline.txt'));
    assert.ok(labels(items).some((l) => l.includes('california-quake-ap.txt') && l.includes('aceh-quake-ap.txt')));
  });

  it('reports a broken stories.json by name, never overwrites it, and refuses to record more', async () => {
    writeFileSync(sidecar(), '{ "with": [ broken');
    const before = client.statuses.length;
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(sidecar()).href, type: 2 }] });
    await client.idleAfter(before);
    await client.until('a message naming stories.json', () => client.messages.some((m) => m.includes('stories.json')));
    const refused = await run('crosscheck.server.splitArticleIntoOwnStory', client.uri('aceh-quake-ap.txt'));
    assert.equal(refused.ok, false);
    assert.match(refused.message, /stories\.json has errors/);
    assert.equal(readFileSync(sidecar(), 'utf8'), '{ "with": [ broken');
    // Without readable decisions the automatic stories stand.
    assert.equal((await stories()).length, 3);
  });
});
