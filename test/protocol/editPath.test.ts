// What a change costs and shows over stdio: the status bar counts the conflict diagnostics actually published,
// view-only and severity settings do not re-index, settings that reshape the index do, and the log never
// reports a half-built index.
import assert from 'node:assert/strict';
import { cpSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { LspClient } from '../util/lspClient';
import { startServer, type ServerSession } from '../util/serverSession';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('status, settings and the edit path', () => {
  let session: ServerSession;
  let client: LspClient;
  const publishedConflicts = () => [...client.diagnostics.values()].flat().filter((d) => d.relatedInformation).length;

  before(async () => {
    session = await startServer('crosscheck-status-', { prepare: (folder) => cpSync(path.join(ROOT, 'test', 'vscode', 'workspace'), folder, { recursive: true }), indexed: false });
    client = session.client;
    // The client sends its settings once at start, as VS Code does; unchanged settings must not re-index.
    void client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.idleAfter(0);
  });

  after(() => session.close());

  it('counts the conflicts the Problems panel shows, and logs only complete indexes', async () => {
    await client.until('conflict diagnostics', () => publishedConflicts() > 0);
    const status = client.statuses.at(-1)!;
    assert.equal(status.conflicts, publishedConflicts());
    assert.equal(status.articles, 7);
    assert.ok(status.entities > 20);
    const indexed = client.log.filter((l) => l.startsWith('Indexed'));
    assert.equal(indexed.length, 1, indexed.join('\n'));
    assert.match(indexed[0], /^Indexed 7 articles in \d+ ms[.;]/);
  });

  it('republishes diagnostics without re-indexing when only a severity changes', async () => {
    const before = client.statuses.length;
    client.configuration = { conflicts: { severity: { contradiction: 'off' } } };
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.until('the contradiction gone', () => publishedConflicts() === 0);
    await client.until('a status counting no conflicts', () => client.statuses.slice(before).some((s) => s.conflicts === 0));
    assert.ok(client.statuses.slice(before).every((s) => !s.indexing), 'a severity change re-indexed');
  });

  it('re-indexes when the include globs change which files are articles', async () => {
    const before = client.statuses.length;
    client.configuration = { conflicts: { severity: { contradiction: 'off' } }, articles: { include: ['quake-*.txt'] } };
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    const status = await client.until('a re-index', () => client.statuses.slice(before).some((s) => s.indexing) && client.statuses.slice(before).find((s, i, all) => i > 0 && all[i - 1].indexing && !s.indexing));
    assert.equal(status.articles, 2);
  });
});
