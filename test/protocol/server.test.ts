// The bundled server over stdio, driven by a real JSON-RPC client on a copy of the sample articles.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeLens, DocumentSymbol, Hover, Location, SemanticTokens, SymbolInformation } from 'vscode-languageserver-protocol';
import { LspClient } from '../util/lspClient';
import { positionOf } from '../util/positions';

const SAMPLES = path.resolve(__dirname, '..', '..', '..', 'samples', 'seeds');
const XI_FILE = '000_42d2d06c1d8f408d.txt';
const POST_FILE = '002_81b7c91e4df976a3.txt';

describe('language server over stdio', () => {
  let folder: string;
  let client: LspClient;
  let xiText: string;

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-protocol-'));
    cpSync(SAMPLES, folder, { recursive: true });
    writeFileSync(path.join(folder, 'requirements.txt'), 'numpy==1.26\npandas>=2\n');
    xiText = readFileSync(path.join(folder, XI_FILE), 'utf8');
    client = new LspClient(folder);
    const result = (await client.initialize()) as { capabilities: Record<string, unknown> };
    assert.ok(result.capabilities.hoverProvider);
    assert.ok(result.capabilities.semanticTokensProvider);
    await client.idleAfter(0);
  });

  after(async () => {
    await client.shutdown();
    rmSync(folder, { recursive: true, force: true });
  });

  it('indexes the unopened articles of the workspace, and not the requirements file', () => {
    const last = client.statuses.at(-1)!;
    assert.equal(last.articles, 5);
    assert.ok(last.entities > 20, `only ${last.entities} entities`);
  });

  it('hovers a name in a file that was never opened', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: client.uri(XI_FILE) }, position: positionOf(xiText, 'Xi Jinping') });
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /Xi Jinping\*\* · person/);
    assert.match(value, /Mentioned in [3-9] articles/);
  });

  it('finds references across files and a definition', async () => {
    const at = { textDocument: { uri: client.uri(XI_FILE) }, position: positionOf(xiText, 'Xi Jinping') };
    const refs = await client.request<Location[]>('textDocument/references', { ...at, context: { includeDeclaration: true } });
    assert.ok(new Set(refs.map((r) => r.uri)).size >= 3, JSON.stringify(refs.map((r) => r.uri)));
    const def = await client.request<Location>('textDocument/definition', at);
    assert.ok(def.uri.endsWith('.txt'));
  });

  it('answers document and workspace symbols and semantic tokens', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: client.uri(XI_FILE) } });
    assert.ok(symbols.some((s) => s.name === 'People' && s.children!.some((c) => c.name === 'Xi Jinping')), JSON.stringify(symbols.map((s) => s.name)));
    const found = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'ByteDance' });
    assert.ok(found.some((s) => s.name === 'ByteDance'));
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: client.uri(POST_FILE) } });
    assert.ok(tokens.data.length > 100);
  });

  it('follows edits of an open document', async () => {
    const uri = client.uri(XI_FILE);
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text: xiText } });
    const before = client.statuses.length;
    const edited = `Chinese Premier Li Qiang met Elon Musk in Beijing on Monday.\n${xiText}`;
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: edited.slice(0, edited.length - xiText.length) }] });
    await client.until('the edit to be indexed', async () => {
      const found = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'Li Qiang' });
      return found.some((s) => s.name === 'Li Qiang');
    });
    assert.ok(client.statuses.length > before);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(edited, 'Elon Musk') });
    assert.match((hover.contents as { value: string }).value, /Elon Musk\*\* · person/);
    await client.notify('textDocument/didClose', { textDocument: { uri } });
    // Closing drops the unsaved edit: the article is the file on disk again.
    await client.until('the unsaved edit to be dropped', async () => {
      const found = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'Li Qiang' });
      return !found.some((s) => s.name === 'Li Qiang');
    });
  });

  it('follows files created, renamed and deleted on disk', async () => {
    const created = path.join(folder, 'fresh.txt');
    const text = 'Beijing, June 3, 2024\nChinese President Xi Jinping told visiting officials on Monday that China would keep its markets open to foreign firms.\nXi said trade talks with the United States would continue next month, according to state media.\n';
    writeFileSync(created, text);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('fresh.txt'), type: 1 }] });
    const referencesFrom = (name: string) => client.request<Location[]>('textDocument/references', {
      textDocument: { uri: client.uri(XI_FILE) }, position: positionOf(xiText, 'Xi Jinping'), context: { includeDeclaration: true },
    }).then((refs) => (refs ?? []).some((r) => r.uri === client.uri(name)));
    await client.until('the new file among the references', () => referencesFrom('fresh.txt'));

    renameSync(created, path.join(folder, 'renamed.txt'));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('fresh.txt'), type: 3 }, { uri: client.uri('renamed.txt'), type: 1 }] });
    await client.until('the renamed file among the references', () => referencesFrom('renamed.txt'));
    assert.ok(!(await referencesFrom('fresh.txt')), 'the old name is gone');

    unlinkSync(path.join(folder, 'renamed.txt'));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('renamed.txt'), type: 3 }] });
    await client.until('the deleted file gone from the references', async () => !(await referencesFrom('renamed.txt')));
    await client.until('five articles again', () => client.statuses.at(-1)?.articles === 5);
  });

  it('records the user\'s decisions in .crosscheck/articles.json and applies them', async () => {
    const run = (command: string, ...args: unknown[]) => client.request<{ ok: boolean; message: string }>('workspace/executeCommand', { command, arguments: args });
    const dated = await run('crosscheck.server.setArticleDate', client.uri(XI_FILE), '2024-04-03');
    assert.deepEqual(dated, { ok: true, message: `${XI_FILE} is dated 2024-04-03` });
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: client.uri(XI_FILE) } });
    assert.ok(lenses.some((l) => l.command?.title === 'dated 2024-04-03 (override)'), JSON.stringify(lenses.map((l) => l.command?.title)));
    assert.match(readFileSync(path.join(folder, '.crosscheck', 'articles.json'), 'utf8'), /"000_42d2d06c1d8f408d.txt": "2024-04-03"/);
    assert.equal((await run('crosscheck.server.setArticleDate', client.uri(XI_FILE), '2024-02-30')).ok, false);

    assert.equal((await run('crosscheck.server.setArticleStatus', client.uri('requirements.txt'), true)).ok, true);
    await client.until('requirements.txt counted as an article', () => client.statuses.at(-1)?.articles === 6);
    assert.equal((await run('crosscheck.server.setArticleStatus', client.uri('requirements.txt'), null)).ok, true);
    await client.until('requirements.txt back to not an article', () => client.statuses.at(-1)?.articles === 5);
  });

  it('matches an open file however the client spells its URI', async () => {
    const name = 'a & b.txt';
    const text = 'Paris, June 3, 2024\nFrench President Emmanuel Macron met Chancellor Olaf Scholz in Paris on Monday to discuss the budget.\nMacron said the talks had been useful, according to the Elysee.\n';
    writeFileSync(path.join(folder, name), 'Old text on disk, before the edit, which is not what the editor shows now.\n');
    const clientUri = client.uri('a').replace(/a$/, 'a%20%26%20b.txt');
    await client.notify('textDocument/didOpen', { textDocument: { uri: clientUri, languageId: 'plaintext', version: 1, text } });
    const hover = await client.until('a hover in the open file', async () => {
      const answer = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: clientUri }, position: positionOf(text, 'Emmanuel Macron') });
      return answer ?? undefined;
    });
    assert.match((hover.contents as { value: string }).value, /Emmanuel Macron\*\* · person/);
    await client.notify('textDocument/didClose', { textDocument: { uri: clientUri } });
    unlinkSync(path.join(folder, name));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: clientUri, type: 3 }] });
  });

  it('skips a binary file and keeps working', async () => {
    writeFileSync(path.join(folder, 'binary.txt'), Buffer.from([0, 1, 2, 3, 255, 0, 12]));
    const before = client.statuses.length;
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('binary.txt'), type: 1 }] });
    await client.idleAfter(before);
    assert.equal(client.statuses.at(-1)!.articles, 5);
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: client.uri('binary.txt') } });
    assert.deepEqual(tokens.data, []);
  });

  it('reports a broken sidecar file, leaves it as it is and keeps working', async () => {
    const sidecar = path.join(folder, '.crosscheck', 'entities.json');
    mkdirSync(path.dirname(sidecar), { recursive: true });
    writeFileSync(sidecar, '{ "entities": [ broken');
    const before = client.statuses.length;
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(sidecar).href, type: 1 }] });
    await client.idleAfter(before);
    await client.until('a message about the broken file', () => client.messages.some((m) => m.includes('entities.json')));
    assert.equal(readFileSync(sidecar, 'utf8'), '{ "entities": [ broken');
    assert.equal(client.statuses.at(-1)!.articles, 5);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: client.uri(XI_FILE) }, position: positionOf(xiText, 'Xi Jinping') });
    assert.ok(hover);
  });
});
