// Property tests over generated inputs (issue 10): odd encodings, scripts, line ends, very long lines and tokens, and the
// pathological recipes of test/fixtures/pathological at a small size. Whatever the input, analysis and the features
// built on it do not throw, every span lies inside the text on UTF-16 boundaries, and semantic tokens are sorted and
// do not overlap, and the recipes' cost stays linear. Seeded: a failure names the seed and run that reproduce it; a
// blow-up shows as a per-test timeout.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyze, MAX_ANALYSED_CHARS } from '../../server/src/analysis/analyze';
import { Corpus } from '../../server/src/analysis/corpus';
import { diagnostics } from '../../server/src/analysis/features/diagnostics';
import { hover } from '../../server/src/analysis/features/hover';
import { semanticTokens } from '../../server/src/analysis/features/semanticTokens';
import { documentSymbols } from '../../server/src/analysis/features/symbols';
import type { DocumentAnalysis, Span } from '../../server/src/analysis/types';
import { decodeArticle } from '../../server/src/node/files';
import recipesFile from '../fixtures/pathological/recipes.json';
import { buildInput, forAll, Random, sampleArticles, type Recipe } from '../util/random';
import { NOT_CANCELLED } from '../util/fixture';
import { decodeSemanticTokens } from '../util/positions';

const SAMPLES = sampleArticles(path.resolve(__dirname, '..', '..', '..'));
const HANG_GUARD = { timeout: 60_000 };

const EMOJI: Array<[number, number]> = [[0x1f600, 0x1f64f], [0x1f300, 0x1f5ff], [0x1f900, 0x1f9ff]];
const CJK: Array<[number, number]> = [[0x4e00, 0x9fff], [0x3040, 0x30ff]];
const RTL: Array<[number, number]> = [[0x0600, 0x06ff], [0x05d0, 0x05ea], [0x200f, 0x200f]];
const COMBINING: Array<[number, number]> = [[0x0300, 0x036f]];

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** An offset inside the text that does not fall between the two halves of a surrogate pair. */
function assertBoundary(text: string, offset: number, what: string): void {
  assert.ok(Number.isInteger(offset) && offset >= 0 && offset <= text.length, `${what}: offset ${offset} outside 0..${text.length}`);
  const splits = offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
  assert.ok(!splits, `${what}: offset ${offset} splits a surrogate pair`);
}

function assertSpan(text: string, span: Span, what: string): void {
  assertBoundary(text, span.start, what);
  assertBoundary(text, span.end, what);
  assert.ok(span.start <= span.end, `${what}: start ${span.start} after end ${span.end}`);
}

function assertAnalysis(analysis: DocumentAnalysis): void {
  const { text } = analysis;
  for (const list of [analysis.mentions, analysis.chains, analysis.dates, analysis.quantities, analysis.claims, analysis.dateIssues]) assert.ok(Array.isArray(list));
  analysis.mentions.forEach((m, i) => {
    assertSpan(text, m, `mention ${i} "${m.text}"`);
    assert.equal(text.slice(m.start, m.end), m.text, `mention ${i} text matches its span`);
    assert.ok(analysis.chains[m.chain]?.mentions.includes(i), `mention ${i} is in its chain`);
  });
  analysis.dates.forEach((d, i) => assertSpan(text, d, `date ${i} "${d.text}"`));
  analysis.quantities.forEach((q, i) => assertSpan(text, q, `quantity ${i} "${q.text}"`));
  analysis.dateIssues.forEach((d, i) => assertSpan(text, d, `date issue ${i}`));
  analysis.claims.forEach((c, i) => {
    assertSpan(text, c, `claim ${i} "${c.text}"`);
    assertSpan(text, c.sentence, `claim ${i} sentence`);
  });
  if (analysis.referenceDate?.span) assertSpan(text, analysis.referenceDate.span, 'reference date');
}

/** Analyses the text alone and as one of two articles in a corpus, and asks the features the editor asks. */
function check(text: string): void {
  assertAnalysis(analyze(text));
  const corpus = new Corpus();
  corpus.set('file:///fuzz/other.txt', SAMPLES[0]);
  const uri = 'file:///fuzz/input.txt';
  const article = corpus.set(uri, text);
  assertAnalysis(article.analysis);
  assertTokens(article.analysis.text, semanticTokens(article, NOT_CANCELLED).data, (line, character) => article.document.offsetAt({ line, character }));
  diagnostics(corpus, uri);
  documentSymbols(corpus, uri, NOT_CANCELLED);
  for (const m of article.analysis.mentions.slice(0, 5)) hover(corpus, uri, article.document.positionAt(m.start), NOT_CANCELLED);
  hover(corpus, uri, article.document.positionAt(text.length), NOT_CANCELLED);
}

/** Decodes LSP semantic tokens (relative line/character) and checks them: in order, non-empty, not overlapping, inside one line. */
function assertTokens(text: string, data: readonly number[], offsetAt: (line: number, character: number) => number): void {
  let previousEnd = -1;
  decodeSemanticTokens(data).forEach(({ line, character, length }, i) => {
    const start = offsetAt(line, character);
    const end = start + length;
    assert.ok(length > 0, `token ${i} is empty`);
    assert.ok(start >= previousEnd, `token ${i} at ${start} overlaps or precedes the one ending at ${previousEnd}`);
    assertSpan(text, { start, end }, `token ${i}`);
    assert.ok(!/[\r\n]/.test(text.slice(start, end)), `token ${i} crosses a line end`);
    previousEnd = end;
  });
}

/** A sample article with random code points from the ranges inserted between words. */
function sprinkled(random: Random, ranges: ReadonlyArray<readonly [number, number]>): string {
  return random.pick(SAMPLES).replace(/ /g, (space) => (random.next() < 0.1 ? ` ${random.codePoints(random.int(1, 4), ranges)}${random.next() < 0.5 ? ' ' : ''}` : space));
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
/** What the file reader makes of bytes, or their lenient UTF-8 reading when it skips them: the analysis must take either. */
function decoded(bytes: Uint8Array): string {
  const result = decodeArticle(bytes);
  return 'text' in result ? result.text : new TextDecoder('utf-8').decode(bytes);
}

describe('fuzz: encodings and bytes', () => {
  it('random bytes', HANG_GUARD, () => forAll(1, 20, (r) => decoded(r.bytes(r.int(0, 3000))), check));

  it('invalid UTF-8 sequences inside an article', HANG_GUARD, () =>
    forAll(2, 10, (r) => {
      const bytes = [...utf8(r.pick(SAMPLES))];
      for (let k = 0; k < 20; k++) bytes.splice(r.int(0, bytes.length), 0, r.int(0x80, 0xff));
      return decoded(Uint8Array.from(bytes));
    }, check));

  it('NUL characters', HANG_GUARD, () => forAll(3, 6, (r) => r.pick(SAMPLES).replace(/ /g, (s) => (r.next() < 0.05 ? '\u0000' : s)), check));

  it('UTF-16 with a BOM decodes to the article; without one it is still analysed', HANG_GUARD, () =>
    forAll(4, 6, (r) => r.pick(SAMPLES), (text) => {
      const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      assert.deepEqual(decodeArticle(le), { text });
      const be = Buffer.from(le);
      be.swap16();
      assert.deepEqual(decodeArticle(be), { text });
      check(decoded(Buffer.from(text, 'utf16le')));
    }));

  it('Latin-1 bytes', HANG_GUARD, () =>
    forAll(5, 6, (r) => decoded(Buffer.from(`${r.pick(SAMPLES)} Café, naïve façade, Müller in Zürich, £5, 20°.`, 'latin1')), check));

  it('a UTF-8 byte-order mark', HANG_GUARD, () => forAll(6, 4, (r) => `\ufeff${r.pick(SAMPLES)}`, (text) => {
    check(text);
    assert.equal(analyze(text).text, text.slice(1));
  }));
});

describe('fuzz: line ends and scripts', () => {
  it('CRLF and lone CR line ends', HANG_GUARD, () => forAll(7, 8, (r) => r.pick(SAMPLES).replace(/\n/g, r.next() < 0.5 ? '\r\n' : '\r'), check));
  it('emoji', HANG_GUARD, () => forAll(8, 6, (r) => sprinkled(r, EMOJI), check));
  it('CJK', HANG_GUARD, () => forAll(9, 6, (r) => sprinkled(r, CJK), check));
  it('right-to-left text', HANG_GUARD, () => forAll(10, 6, (r) => sprinkled(r, RTL), check));
  it('combining marks', HANG_GUARD, () => forAll(11, 6, (r) => r.pick(SAMPLES).replace(/[a-z]/g, (c) => (r.next() < 0.05 ? c + r.codePoints(1, COMBINING) : c)), check));
  it('emoji and combining marks inside capitalised names', HANG_GUARD, () =>
    forAll(12, 6, (r) => r.pick(SAMPLES).replace(/\b[A-Z][a-z]+/g, (w) => (r.next() < 0.2 ? w + r.codePoints(1, r.next() < 0.5 ? EMOJI : COMBINING) : w)), check));
});

describe('fuzz: long lines and tokens', () => {
  it('one very long token', HANG_GUARD, () => forAll(13, 3, (r) => `${r.pick(SAMPLES)} ${'Abc'.repeat(r.int(3000, 8000))} ${r.pick(SAMPLES)}`, check));
  it('an article on one line', HANG_GUARD, () => forAll(14, 3, (r) => SAMPLES.slice(0, r.int(3, 8)).join(' ').replace(/\n/g, ' '), check));
  it('a text over the analysis budget is analysed up to a line end and says where it stopped', HANG_GUARD, () => {
    const line = 'Nothing happened in Paris yesterday afternoon.\n';
    const text = line.repeat(Math.ceil((MAX_ANALYSED_CHARS * 1.02) / line.length));
    const analysis = analyze(text);
    assert.equal(analysis.text, text);
    const stop = Math.floor(MAX_ANALYSED_CHARS / line.length);
    assert.deepEqual(analysis.limits, [`analysis shortened after line ${stop}: only the first ${MAX_ANALYSED_CHARS / 1000} KB of the article are analysed`]);
    assert.ok(analysis.mentions.length > 0 && analysis.mentions.every((m) => m.end <= stop * line.length));
    assert.equal(analyze(line.repeat(3)).limits, undefined);
  });
  it('a long run of digits and separators', HANG_GUARD, () => forAll(15, 3, (r) => `Officials said ${'1,2.3'.repeat(r.int(2000, 5000))} people.`, check));
});

describe('fuzz: pathological recipes (test/fixtures/pathological)', () => {
  for (const recipe of recipesFile.recipes as Recipe[]) {
    it(recipe.name, HANG_GUARD, () => check(buildInput(recipe, 20_000, new Random(16), SAMPLES)));
  }
});

/** CPU milliseconds of this process (all threads; the tests run one at a time). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The median CPU ms of analysing `text`, of three runs. */
function analysisMs(text: string): number {
  const runs = [0, 1, 2].map(() => {
    const started = cpuMs();
    analyze(text);
    return cpuMs() - started;
  });
  return runs.sort((a, b) => a - b)[1];
}

// The time budget as a property that a loaded machine does not break: cost per character against the ordinary
// articles' in the same process (which the load slows alike), and growth with size (linear: 4× the text, at most
// about 4× the time; a quadratic step would make it 16×). Loose bounds: they catch blow-ups, not a few per cent. `npm run bench -- pathological` gives the milliseconds per 10 KB.
describe('fuzz: cost stays linear and near the ordinary articles\' (test/fixtures/pathological)', () => {
  const SMALL = 8_000;
  const LARGE = 4 * SMALL;
  /** Most that 4× the text may cost, in times the small text's (seen: 1.4-5.1, under a load of 12 on 2 cores). */
  const MAX_GROWTH = 10;
  /** Most that a character of a recipe may cost, in times an ordinary article's (seen: 0.4-2.5). */
  const MAX_PER_CHAR = 5;
  const ordinaryText = SAMPLES.join('\n\n');
  for (const recipe of recipesFile.recipes as Recipe[]) {
    it(recipe.name, HANG_GUARD, () => {
      analyze(buildInput(recipe, SMALL, new Random(17), SAMPLES));
      const ordinaryPerChar = analysisMs(ordinaryText) / ordinaryText.length;
      const small = buildInput(recipe, SMALL, new Random(18), SAMPLES);
      const large = buildInput(recipe, LARGE, new Random(18), SAMPLES);
      const [smallMs, largeMs] = [analysisMs(small), analysisMs(large)];
      const growth = largeMs / smallMs;
      const perChar = largeMs / large.length / ordinaryPerChar;
      assert.ok(growth <= MAX_GROWTH, `${LARGE / 1000} KB costs ${growth.toFixed(1)}× ${SMALL / 1000} KB (${largeMs.toFixed(0)} vs ${smallMs.toFixed(0)} ms)`);
      assert.ok(perChar <= MAX_PER_CHAR, `a character costs ${perChar.toFixed(1)}× an ordinary article's`);
    });
  }
});
