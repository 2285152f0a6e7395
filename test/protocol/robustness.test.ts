// Odd documents and encodings over stdio: a BOM keeps the client's positions, documents that are no files (or come
// without text) neither crash nor reject, UTF-16 without a BOM and Latin-1 are read as text, and the server opens
// no network connection while it indexes and answers.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Hover, SemanticTokens, SymbolInformation } from 'vscode-languageserver-protocol';
import type { LspClient } from '../util/lspClient';
import { positionOf } from '../util/positions';
import { startServer, type ServerSession } from '../util/serverSession';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const GUARD = path.join(ROOT, 'test', 'util', 'networkGuard.mjs');
const PROSE = 'President Joe Biden met Chinese leader Xi Jinping in San Francisco on Wednesday to discuss trade.\nBiden said the talks with Xi had been constructive and that both sides would meet again next year.\nOfficials from both governments described the meeting as frank, according to the White House.\n';

describe('odd documents, encodings and the network', () => {
  let session: ServerSession;
  let folder: string;
  let client: LspClient;
  const hoverAt = (uri: string, text: string, needle: string) => client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, needle) });
  const found = async (query: string) => (await client.request<SymbolInformation[]>('workspace/symbol', { query })).some((s) => s.name === query);

  before(async () => {
    session = await startServer('crosscheck-robust-', {
      nodeArgs: ['--import', pathToFileURL(GUARD).href],
      prepare: (at) => {
        const utf16 = PROSE.replace(/Joe Biden/g, 'Gavin Newsom').replace(/Biden/g, 'Newsom');
        writeFileSync(path.join(at, 'utf16.txt'), Buffer.from(utf16, 'utf16le'));
        writeFileSync(path.join(at, 'latin1.txt'), Buffer.from(PROSE.replace(/Joe Biden/g, 'José Márquez').replace(/Biden/g, 'Márquez'), 'latin1'));
      },
    });
    ({ folder, client } = session);
  });

  after(() => session.close());

  it('keeps the client\'s positions on the first line of a document with a BOM', async () => {
    const uri = client.uri('bom.txt');
    const text = `\ufeff${PROSE}`;
    writeFileSync(path.join(folder, 'bom.txt'), text);
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text } });
    const hover = await hoverAt(uri, text, 'Joe Biden');
    assert.match((hover?.contents as { value: string }).value, /Joe Biden\*\* · person/);
    assert.deepEqual(hover!.range!.start, { line: 0, character: text.indexOf('Joe Biden') });
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.equal(tokens.data[1], text.indexOf('Joe Biden'), 'the first token starts where the client sees the name');
    await client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  it('answers for documents that are no files, or come without text, and keeps working', async () => {
    await client.notify('textDocument/didOpen', { textDocument: { uri: 'untitled:Untitled-1', languageId: 'plaintext', version: 1, text: PROSE } });
    await client.notify('textDocument/didOpen', { textDocument: { uri: 'http://example.invalid/article.txt', languageId: 'plaintext', version: 1, text: PROSE } });
    await client.notify('textDocument/didOpen', { textDocument: { uri: client.uri('000_42d2d06c1d8f408d.txt'), languageId: 'article', version: 1 } });
    assert.equal(await hoverAt('untitled:Untitled-1', PROSE, 'Joe Biden'), null);
    assert.equal(await hoverAt('http://example.invalid/article.txt', PROSE, 'Joe Biden'), null);
    const seed = readFileSync(path.join(folder, '000_42d2d06c1d8f408d.txt'), 'utf8');
    assert.ok(await hoverAt(client.uri('000_42d2d06c1d8f408d.txt'), seed, 'Xi Jinping'));
    // The server's console goes to the client's log (window/logMessage), its crashes to stderr.
    const said = [...client.log, ...client.stderr].join('\n');
    assert.ok(!/unhandled rejection|failed/i.test(said), said);
  });

  it('reads UTF-16 without a BOM and Latin-1 as the text they are', async () => {
    assert.ok(await found('Gavin Newsom'), 'UTF-16 without BOM was not read as text');
    assert.ok(await found('José Márquez'), 'Latin-1 was not decoded');
  });

  it('opens no network connection while indexing and answering', () => {
    const log = client.stderr.join('');
    assert.match(log, /network guard active/);
    assert.ok(!log.includes('NETWORK ATTEMPT'), log);
    // The guard itself sees a connection when one is made.
    const control = spawnSync(process.execPath, ['--import', pathToFileURL(GUARD).href, '-e', "require('node:net').connect(9, '127.0.0.1').on('error', () => undefined)"], { encoding: 'utf8' });
    assert.match(control.stderr, /NETWORK ATTEMPT: connect/);
  });
});
