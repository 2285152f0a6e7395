// The server fuzzed over stdio (issue 10): random and pathological documents opened, edited with random incremental
// changes (ranges that split surrogate pairs and CRLF line ends included) and asked hover, semantic tokens, symbols,
// definition, references and code lenses right after each change. Properties: no error answer but cancellation, the
// server stays alive, every range in the edited document lies inside it on UTF-16 boundaries, tokens decode sorted
// and non-overlapping, diagnostics lie inside the text. Seeded and bounded in time: a failure names seed and run.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type CodeLens, type DocumentSymbol, type Hover, type Location, LSPErrorCodes, type Range, type SemanticTokens } from 'vscode-languageserver-protocol';
import recipesFile from '../fixtures/pathological/recipes.json';
import { buildInput, Random, sampleArticles, type Recipe } from '../util/random';
import { startServer, type ServerSession } from '../util/serverSession';
import { decodeSemanticTokens } from '../util/positions';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SAMPLES = sampleArticles(ROOT);
const REGRESSIONS = path.join(ROOT, 'test', 'fixtures', 'pathological');
const SEED = Number(process.env.CROSSCHECK_FUZZ_SEED ?? 20261201);
/** The time the random part may take; the regression fixtures run first, whatever the time. */
const BUDGET_MS = 12_000;
const EDITS_PER_DOCUMENT = 6;

const PIECES = ['😀', '🇫🇷', '\ud83d', '\ude00', '\r\n', '\r', '\n', '\u0000', '\ufeff', 'é', 'e\u0301', '中国', 'مرحبا', ' ', 'President Joe Biden', ' said "', '$5 million', '12.5%', 'on May 5, 2024', 'constructor', '__proto__', 'Xi Jinping'];
const recipes = recipesFile.recipes as Recipe[];

/** A document to open: a sample article mangled one way or another, a recipe, or random characters. */
function document(random: Random): string {
  const sample = random.pick(SAMPLES);
  switch (random.int(0, 6)) {
    case 0: return sample.replace(/\n/g, random.next() < 0.5 ? '\r\n' : '\r');
    case 1: return sample.replace(/ /g, (s) => (random.next() < 0.1 ? ` ${random.pick(PIECES)}` : s));
    case 2: return `\ufeff${sample}`;
    case 3: return buildInput(random.pick(recipes), random.int(1000, 20_000), random, SAMPLES);
    case 4: return random.codePoints(random.int(0, 3000), [[0x20, 0x7e], [0x0a, 0x0a], [0x0d, 0x0d], [0x1f600, 0x1f64f], [0x4e00, 0x4fff], [0x0300, 0x036f], [0xd800, 0xdfff]]);
    case 5: return sample.replace(/\n/g, ' ');
    default: return sample;
  }
}

/** A random edit of the text: any range (inside surrogate pairs and between CR and LF too), any replacement. */
function edit(random: Random, doc: TextDocument): { range: Range; text: string } {
  const length = doc.getText().length;
  const start = random.int(0, length);
  const end = Math.min(length, start + (random.next() < 0.5 ? random.int(0, 3) : random.int(0, 400)));
  let text = '';
  for (let k = random.int(0, 4); k > 0; k--) text += random.next() < 0.7 ? random.pick(PIECES) : random.pick(SAMPLES).slice(0, random.int(0, 200));
  return { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text };
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** A position inside the document's lines that does not fall between the halves of a surrogate pair. */
function assertPosition(doc: TextDocument, p: { line: number; character: number }, what: string): void {
  const text = doc.getText();
  assert.ok(p.line >= 0 && p.line < doc.lineCount, `${what}: line ${p.line} outside 0..${doc.lineCount - 1}`);
  const lineStart = doc.offsetAt({ line: p.line, character: 0 });
  const lineEnd = p.line + 1 < doc.lineCount ? doc.offsetAt({ line: p.line + 1, character: 0 }) : text.length;
  const lineText = text.slice(lineStart, lineEnd).replace(/\r?\n$|\r$/, '');
  assert.ok(p.character >= 0 && p.character <= lineText.length, `${what}: character ${p.character} outside line ${p.line} of length ${lineText.length}`);
  const at = lineStart + p.character;
  assert.ok(!(isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))), `${what}: ${JSON.stringify(p)} splits a surrogate pair`);
}

function assertRange(doc: TextDocument, range: Range, what: string): void {
  assertPosition(doc, range.start, `${what} start`);
  assertPosition(doc, range.end, `${what} end`);
  assert.ok(doc.offsetAt(range.start) <= doc.offsetAt(range.end), `${what}: ${JSON.stringify(range)} ends before it starts`);
}

function assertTokens(doc: TextDocument, data: readonly number[]): void {
  let previousEnd = -1;
  decodeSemanticTokens(data).forEach(({ line, character, length }, i) => {
    const what = `token ${i}`;
    assert.ok(length > 0, `${what} is empty`);
    const range = { start: { line, character }, end: { line, character: character + length } };
    assertRange(doc, range, what);
    const start = doc.offsetAt(range.start);
    assert.ok(start >= previousEnd, `${what} at ${start} overlaps or precedes the one ending at ${previousEnd}`);
    previousEnd = start + length;
  });
}

const CANCELLED = new Set<number>([LSPErrorCodes.RequestCancelled, LSPErrorCodes.ServerCancelled]);

describe('fuzz: the server over stdio', () => {
  let session: ServerSession;
  const texts = new Map<string, TextDocument>();
  /** Answers with something in them, so the properties are known to have been checked on real answers. */
  const answered = { hovers: 0, tokens: 0, symbols: 0, locations: 0, lenses: 0, diagnostics: 0 };

  before(async () => {
    session = await startServer('crosscheck-fuzz-');
    for (const name of readdirSync(session.folder).filter((n) => n.endsWith('.txt'))) {
      const uri = session.client.uri(name);
      texts.set(uri, TextDocument.create(uri, 'article', 0, readFileSync(path.join(session.folder, name), 'utf8')));
    }
  });

  after(() => session.close());

  /** Asks what an editor asks right after a change and checks the answers against the text the change made. */
  async function askAll(random: Random, doc: TextDocument): Promise<void> {
    const { client } = session;
    const textDocument = { uri: doc.uri };
    const at = () => doc.positionAt(random.int(0, doc.getText().length));
    const ask = <R>(method: string, params: object) => client.request<R>(method, params).catch((e: { code?: number; message?: string }) => {
      if (e.code !== undefined && CANCELLED.has(e.code)) return null;
      throw new Error(`${method} answered an error: ${e.code} ${e.message}`);
    });
    const [hover, tokens, symbols, definition, references, lenses] = await Promise.all([
      ask<Hover | null>('textDocument/hover', { textDocument, position: at() }),
      ask<SemanticTokens | null>('textDocument/semanticTokens/full', { textDocument }),
      ask<DocumentSymbol[] | null>('textDocument/documentSymbol', { textDocument }),
      ask<Location | Location[] | null>('textDocument/definition', { textDocument, position: at() }),
      ask<Location[] | null>('textDocument/references', { textDocument, position: at(), context: { includeDeclaration: true } }),
      ask<CodeLens[] | null>('textDocument/codeLens', { textDocument }),
    ]);
    answered.hovers += hover ? 1 : 0;
    answered.tokens += tokens?.data.length ? 1 : 0;
    answered.symbols += symbols?.length ? 1 : 0;
    answered.locations += [definition ?? [], references ?? []].flat().length > 0 ? 1 : 0;
    answered.lenses += lenses?.length ? 1 : 0;
    if (hover?.range) assertRange(doc, hover.range, 'hover');
    if (tokens) assertTokens(doc, tokens.data);
    const symbolRanges = (list: DocumentSymbol[]): Range[] => list.flatMap((s) => [s.range, s.selectionRange, ...symbolRanges(s.children ?? [])]);
    symbolRanges(symbols ?? []).forEach((r, i) => assertRange(doc, r, `symbol ${i}`));
    const locations = [definition ?? [], references ?? []].flat();
    locations.forEach((l, i) => {
      const target = texts.get(l.uri);
      if (target) assertRange(target, l.range, `location ${i} in ${path.basename(l.uri)}`);
    });
    (lenses ?? []).forEach((l, i) => assertRange(doc, l.range, `code lens ${i}`));
  }

  /** Opens the text, edits it with no pause before the requests, and checks the last diagnostics. */
  async function exercise(random: Random, name: string, text: string): Promise<void> {
    const { client } = session;
    const uri = client.uri(name);
    let doc = TextDocument.create(uri, 'article', 1, text);
    texts.set(uri, doc);
    void client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text } });
    await askAll(random, doc);
    for (let k = 0; k < EDITS_PER_DOCUMENT; k++) {
      const change = edit(random, doc);
      doc = TextDocument.update(doc, [change], doc.version + 1);
      texts.set(uri, doc);
      void client.notify('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [change] });
      if (random.next() < 0.5) await askAll(random, doc);
    }
    await askAll(random, doc);
    answered.diagnostics += client.diagnostics.get(uri)?.length ? 1 : 0;
    (client.diagnostics.get(uri) ?? []).forEach((d, i) => assertRange(doc, d.range, `diagnostic ${i} "${d.message}"`));
    await client.notify('textDocument/didClose', { textDocument: { uri } });
    texts.delete(uri);
  }

  it('keeps the regression inputs answered correctly (test/fixtures/pathological/*.txt)', { timeout: 120_000 }, async () => {
    const random = new Random(SEED);
    const names = readdirSync(REGRESSIONS).filter((n) => n.endsWith('.txt'));
    assert.ok(names.length > 0, `no regression inputs in ${REGRESSIONS}`);
    for (const name of names) {
      await exercise(random, `regression-${name}`, readFileSync(path.join(REGRESSIONS, name), 'utf8'));
    }
  });

  it(`answers random documents and edits within its properties (seed ${SEED}, about ${BUDGET_MS / 1000} s)`, { timeout: 120_000 }, async (t) => {
    const random = new Random(SEED);
    const started = Date.now();
    let run = 0;
    let slowest = { ms: 0, run: 0, length: 0 };
    for (; Date.now() - started < BUDGET_MS; run++) {
      const text = document(random);
      const begun = Date.now();
      try {
        await exercise(random, `fuzz-${run}.txt`, text);
        if (Date.now() - begun > slowest.ms) slowest = { ms: Date.now() - begun, run, length: text.length };
      } catch (e) {
        throw new Error(`seed ${SEED}, run ${run} (text ${JSON.stringify(text.slice(0, 200))}…): ${(e as Error).message}`, { cause: e });
      }
    }
    t.diagnostic(`${run} documents, ${run * EDITS_PER_DOCUMENT} edits; non-empty answers: ${JSON.stringify(answered)}; slowest document: ${JSON.stringify(slowest)}`);
    assert.ok(run >= 3, `only ${run} documents in ${BUDGET_MS} ms`);
    assert.ok(answered.hovers > 0 && answered.tokens > 0 && answered.symbols > 0 && answered.locations > 0, `the properties met few real answers: ${JSON.stringify(answered)}`);
    // Alive and answering, and nothing failed on the way.
    const seed = [...texts.values()][0];
    assert.ok(await session.client.request('textDocument/documentSymbol', { textDocument: { uri: seed.uri } }));
    const said = [...session.client.log, ...session.client.stderr].join('\n');
    assert.ok(!/unhandled rejection|failed/i.test(said), said.slice(0, 2000));
  });
});
