// The `.crosscheck/` sidecars and the workspace boundary over stdio: concurrent commands lose nothing, unknown keys
// survive a rewrite, bad arguments write nothing, a corrupt sidecar of any kind is reported with its position and
// never overwritten, and nothing outside the workspace folder is read, quoted or analysed.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { SymbolInformation } from 'vscode-languageserver-protocol';
import { LspClient } from '../util/lspClient';

const ROOT = path.resolve(__dirname, '..', '..', '..');
/** A name only the files outside the workspace hold: it must never reach the index. */
const SECRET = 'Zebulon Quagmire';
const SECRET_PROSE = `Geneva, June 3, 2024\n${SECRET} told reporters on Monday that the talks in Geneva had failed after three days of meetings.\n${SECRET} said the delegations would meet again next month, according to officials familiar with the matter.\n`;

describe('sidecar files and the workspace boundary', () => {
  let base: string;
  let folder: string;
  let client: LspClient;
  const sidecar = (name: string) => path.join(folder, '.crosscheck', name);
  const run = (command: string, ...args: unknown[]) => client.request<{ ok: boolean; message: string }>('workspace/executeCommand', { command: `crosscheck.server.${command}`, arguments: args });
  const changed = (file: string) => client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 2 }] });
  const secretIndexed = async () => (await client.request<SymbolInformation[]>('workspace/symbol', { query: 'Zebulon' })).length > 0;

  before(async () => {
    base = mkdtempSync(path.join(tmpdir(), 'crosscheck-sidecars-'));
    folder = path.join(base, 'articles');
    mkdirSync(path.join(base, 'outside'));
    writeFileSync(path.join(base, 'outside', 'secret.txt'), SECRET_PROSE);
    writeFileSync(path.join(base, 'outside', 'passwd'), `root:x:0:0:${SECRET}:/root:/bin/bash\n`);
    cpSync(path.join(ROOT, 'samples', 'seeds'), folder, { recursive: true });
    cpSync(path.join(ROOT, 'test', 'vscode', 'workspace'), folder, { recursive: true });
    mkdirSync(path.join(folder, '.crosscheck'));
    client = new LspClient(folder);
    await client.initialize();
    await client.idleAfter(0);
  });

  after(async () => {
    await client.shutdown();
    rmSync(base, { recursive: true, force: true });
  });

  it('keeps every decision of concurrent commands, and no temporary file', async () => {
    const names = readdirSync(folder).filter((f) => f.endsWith('.txt')).slice(0, 6);
    const answers = await Promise.all(names.map((name, i) => run('setArticleDate', client.uri(name), `2024-01-0${i + 1}`)));
    assert.ok(answers.every((a) => a.ok), JSON.stringify(answers));
    const written = JSON.parse(readFileSync(sidecar('articles.json'), 'utf8')) as { dates: Record<string, string> };
    assert.deepEqual(Object.keys(written.dates).sort(), [...names].sort());
    assert.deepEqual(readdirSync(path.join(folder, '.crosscheck')), ['articles.json']);
    rmSync(sidecar('articles.json'));
  });

  it('keeps keys and fields it does not know when it rewrites a sidecar', async () => {
    writeFileSync(sidecar('articles.json'), JSON.stringify({ comment: 'dates checked by the desk', articles: {}, dates: {}, reviewers: ['ana'] }));
    assert.equal((await run('setArticleDate', client.uri('quake-jakarta.txt'), '2024-06-01')).ok, true);
    const articles = JSON.parse(readFileSync(sidecar('articles.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(articles.comment, 'dates checked by the desk');
    assert.deepEqual(articles.reviewers, ['ana']);
    rmSync(sidecar('articles.json'));

    const other = { id: 'an-older-conflict', reason: 'same quake', at: '2024-01-01T00:00:00Z', attribute: 'death toll', quotes: [], reviewedBy: 'ana' };
    writeFileSync(sidecar('dismissed.json'), JSON.stringify({ version: 1, note: 'kept by hand', dismissed: [other] }));
    const conflicts = await client.request<Array<{ id: string }>>('crosscheck/conflictsAt', { textDocument: { uri: client.uri('quake-jakarta.txt') } });
    assert.ok(conflicts.length > 0);
    assert.equal((await run('dismissConflict', conflicts[0].id, 'two different quakes')).ok, true);
    const dismissed = JSON.parse(readFileSync(sidecar('dismissed.json'), 'utf8')) as { note: string; dismissed: Array<Record<string, unknown>> };
    assert.equal(dismissed.note, 'kept by hand');
    assert.deepEqual(dismissed.dismissed[0], other);
    assert.equal(dismissed.dismissed[1].id, conflicts[0].id);
    rmSync(sidecar('dismissed.json'));
    await changed(sidecar('dismissed.json'));
  });

  it('checks command arguments before writing anything', async () => {
    const uri = client.uri('quake-jakarta.txt');
    for (const [command, ...args] of [
      ['setArticleStatus', uri, 'yes'],
      ['setArticleStatus', 42, true],
      ['setArticleStatus', 'untitled:Untitled-1', true],
      ['setArticleDate', uri, 20240601],
      ['setArticleDate', uri, { toString: 'x' }],
      ['sameEntity', uri, 5, {}],
      ['sameEntity', uri, 'person:xi jinping', 'person:xi jinping'],
      ['notSameEntity', uri, 'nobody', 'person:xi jinping'],
      ['dismissConflict', 7, 'reason'],
      ['dismissConflict', 'some-id', ['not', 'text']],
    ] as Array<[string, ...unknown[]]>) {
      const answer = await run(command, ...args);
      assert.equal(answer.ok, false, `${command} ${JSON.stringify(args)} was accepted`);
    }
    assert.deepEqual(readdirSync(path.join(folder, '.crosscheck')), []);
  });

  it('reports a corrupt sidecar of each kind with its position, and never overwrites it', async () => {
    const uri = client.uri('quake-jakarta.txt');
    const corrupt: Array<[string, string, (() => Promise<{ ok: boolean }>) | undefined]> = [
      ['articles.json', '{ "articles": { "a.txt": tru } }', () => run('setArticleStatus', uri, true)],
      ['articles.json', '{ "articles": { "__proto__": true } }', () => run('setArticleStatus', uri, true)],
      ['articles.json', '{ "dates": { "../outside/secret.txt": "2024-01-01" } }', () => run('setArticleDate', uri, '2024-06-01')],
      ['identity.json', '{ "same": [["person:a", ', () => run('sameEntity', uri, 'person:xi jinping', 'person:joe biden')],
      ['identity.json', '{ "__proto__": { "same": [] } }', () => run('notSameEntity', uri, 'person:xi jinping', 'person:joe biden')],
      ['dismissed.json', '{ "version": 1, "dismissed": [ }', () => run('dismissConflict', 'some-id', 'reason')],
      ['entities.json', '{\n  "entities": [\n    { "name": "X" "type": "person" }\n  ]\n}', undefined],
    ];
    for (const [name, text, command] of corrupt) {
      writeFileSync(sidecar(name), text);
      const before = client.messages.length;
      await changed(sidecar(name));
      const message = await client.until(`a message about ${name}`, () => client.messages.slice(before).find((m) => m.includes(name)));
      if (!text.includes('__proto__') && !text.includes('../')) assert.match(message, /line \d+, column \d+/);
      if (command) assert.equal((await command()).ok, false, `${name} was rewritten over ${text}`);
      assert.equal(readFileSync(sidecar(name), 'utf8'), text);
      rmSync(sidecar(name));
      await changed(sidecar(name));
    }
    assert.equal(await secretIndexed(), false);
  });

  it('refuses a sidecar that is a link, without quoting what it points at', async () => {
    symlinkSync(path.join(base, 'outside', 'passwd'), sidecar('identity.json'));
    const before = client.messages.length;
    await changed(sidecar('identity.json'));
    const message = await client.until('a message about the link', () => client.messages.slice(before).find((m) => m.includes('identity.json')));
    assert.match(message, /not a regular file/);
    assert.ok(!message.includes('root') && !message.includes('Zebulon'), message);
    assert.equal((await run('sameEntity', client.uri('quake-jakarta.txt'), 'person:xi jinping', 'person:joe biden')).ok, false);
    rmSync(sidecar('identity.json'));
    await changed(sidecar('identity.json'));
  });

  it('reads no file outside the workspace folder, whatever names it', async () => {
    const secret = path.join(base, 'outside', 'secret.txt');
    await changed(secret);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(secret).href, type: 1 }] });
    writeFileSync(path.join(folder, 'link.txt'), '');
    rmSync(path.join(folder, 'link.txt'));
    symlinkSync(secret, path.join(folder, 'link.txt'));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('link.txt'), type: 1 }] });
    await client.request('workspace/symbol', { query: '' });
    assert.equal(await secretIndexed(), false);
    rmSync(path.join(folder, 'link.txt'));
  });

  it('keeps the size limit for a file treated as an article', async () => {
    const big = path.join(folder, 'huge.txt');
    writeFileSync(big, SECRET_PROSE.repeat(Math.ceil(2_100_000 / SECRET_PROSE.length)));
    assert.equal((await run('setArticleStatus', client.uri('huge.txt'), true)).ok, true);
    const uri = client.uri('huge.txt');
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text: readFileSync(big, 'utf8') } });
    const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.deepEqual(tokens.data, []);
    assert.equal(await secretIndexed(), false);
    await client.notify('textDocument/didClose', { textDocument: { uri } });
  });
});
