// The LSP ordering rule over stdio: a request about a document reflects every notification sent before it, even
// when the client asks in the same tick as it opens or edits the document, while the workspace is still indexing.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeLens, DocumentHighlight, Hover, InlayHint, Location, SemanticTokens } from 'vscode-languageserver-protocol';
import type { LspClient } from '../util/lspClient';
import { positionOf } from '../util/positions';
import { startServer, type ServerSession } from '../util/serverSession';

const XI_FILE = '000_42d2d06c1d8f408d.txt';

describe('requests sent right after the notifications they depend on', () => {
  let session: ServerSession;
  let client: LspClient;
  const texts = new Map<string, string>();

  before(async () => {
    session = await startServer('crosscheck-ordering-', { indexed: false });
    client = session.client;
    for (const name of readdirSync(session.folder)) texts.set(name, readFileSync(path.join(session.folder, name), 'utf8'));
  });

  after(() => session.close());

  it('answers hover, definition and references sent in the same tick as opening the five seeds', async () => {
    const uri = client.uri(XI_FILE);
    // No await between the notifications and the requests: they leave in one burst, before indexing has finished.
    for (const [name, text] of texts) void client.notify('textDocument/didOpen', { textDocument: { uri: client.uri(name), languageId: 'article', version: 1, text } });
    const at = { textDocument: { uri }, position: positionOf(texts.get(XI_FILE)!, 'Xi Jinping') };
    const [hover, definition, references, highlights, tokens, hints, lenses] = await Promise.all([
      client.request<Hover | null>('textDocument/hover', at),
      client.request<Location | null>('textDocument/definition', at),
      client.request<Location[] | null>('textDocument/references', { ...at, context: { includeDeclaration: true } }),
      client.request<DocumentHighlight[] | null>('textDocument/documentHighlight', at),
      client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } }),
      client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } } }),
      client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } }),
    ]);
    assert.ok(hover, 'hover answered null');
    assert.match((hover.contents as { value: string }).value, /Xi Jinping\*\* · person/);
    assert.ok(definition?.uri.endsWith('.txt'), JSON.stringify(definition));
    assert.ok(new Set((references ?? []).map((r) => r.uri)).size >= 3, JSON.stringify(references));
    assert.ok((highlights ?? []).length >= 1);
    assert.ok(tokens.data.length > 50, `only ${tokens.data.length / 5} tokens`);
    assert.ok(Array.isArray(hints));
    assert.ok(lenses.length > 0, 'no code lens');
  });

  it('answers about an edit sent in the same tick, without waiting for the typing debounce', async () => {
    const uri = client.uri(XI_FILE);
    const added = 'Tesla chief executive Elon Musk met Chinese Premier Li Qiang in Beijing on Monday.\n';
    void client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: added }],
    });
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(added, 'Elon Musk') });
    assert.ok(hover, 'hover on the new text answered null');
    assert.match((hover.contents as { value: string }).value, /Elon Musk\*\* · person/);
    // The old first line moved down by one: a name there is found at its new position.
    const moved = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(added + texts.get(XI_FILE)!, 'Joe Biden') });
    assert.match((moved?.contents as { value: string }).value, /Joe Biden\*\* · person/);
  });

  it('publishes diagnostics for every opened seed and settles the index', async () => {
    await client.until('diagnostics for each seed', () => [...texts.keys()].every((name) => client.diagnostics.has(client.uri(name))));
    await client.until('the index settled on the five seeds', () => client.statuses.some((s) => !s.indexing && s.articles === 5));
  });
});
