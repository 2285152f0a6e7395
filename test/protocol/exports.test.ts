// The CLI's exports on articles with CR LF line ends, a byte-order mark and a character outside the BMP (an emoji):
// SARIF validates against the bundled 2.1.0 schema and its regions point at the claims; brat and Web Annotation
// offsets (code points) slice the text to the mention; a dismissed conflict is a suppressed result.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';
import { addDismissal, EMPTY_DISMISSED, serializeDismissed } from '../../server/src/analysis/conflicts/dismissed';
import { Corpus } from '../../server/src/analysis/corpus';
import type { SarifLog } from '../../server/src/analysis/export/sarif';
import type { AnnotationCollection } from '../../server/src/analysis/export/webAnnotation';
import type { ExportResult } from '../../server/src/protocol';
import type { LspClient } from '../util/lspClient';
import { type ServerSession, startServer } from '../util/serverSession';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const QUAKES = path.join(ROOT, 'test', 'vscode', 'workspace');
const SCHEMA = path.join(ROOT, 'test', 'fixtures', 'schemas', 'sarif-2.1.0-rtm.5.json');
const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
const EMOJI = '🌏';

/**
 * The schema's formats, checked as far as these outputs need (ajv ships no format checks of its own); its patterns
 * are compiled without the u flag, as one of them ("…{2}]?$", a stray bracket) is not a valid Unicode regex.
 */
function sarifValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z\d+.-]*:\S*$/i.test(s));
  ajv.addFormat('uri-reference', (s: string) => !/\s/.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);
}

describe('crosscheck analyze exports', () => {
  let folder: string;
  /** The articles as written on disk, by file name. */
  const written = new Map<string, string>();
  const validate = sarifValidator();
  const sarif = () => {
    const run = cli('analyze', folder, '--format', 'sarif');
    assert.equal(run.status, 0, run.stderr);
    return JSON.parse(run.stdout) as SarifLog;
  };

  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-exports-'));
    mkdirSync(path.join(folder, '.crosscheck'));
    for (const [i, name] of ['quake-bengkulu.txt', 'quake-jakarta.txt'].entries()) {
      const lines = readFileSync(path.join(QUAKES, name), 'utf8').split('\n');
      lines[1] = `${EMOJI} ${lines[1]}`;
      const text = (i === 0 ? '\ufeff' : '') + lines.join('\r\n');
      written.set(name, text);
      writeFileSync(path.join(folder, name), text);
    }
    writeFileSync(path.join(folder, 'requirements.txt'), 'ajv==8\n');
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('lists a file ruled out by its name alone among the skipped, with the reason', () => {
    const run = cli('analyze', folder, '--format', 'json');
    const { skipped } = JSON.parse(run.stdout) as { skipped: Array<{ path: string; reason: string }> };
    assert.deepEqual(skipped, [{ path: path.join(folder, 'requirements.txt'), reason: 'requirements.txt is a project file, not an article' }]);
  });

  it('writes SARIF that the 2.1.0 schema accepts, each region pointing at the claim in UTF-16 units', () => {
    const log = sarif();
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const [run] = log.runs;
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, `${pathToFileURL(folder).href}/`);
    const conflicts = run.results.filter((r) => r.partialFingerprints['crosscheckConflictId/v1']);
    assert.equal(conflicts.length, 1, JSON.stringify(run.results));
    const [result] = conflicts;
    assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
    assert.match(result.ruleId, /^quantity\/.* → compare\//);
    assert.equal(result.suppressions, undefined);
    for (const location of [result.locations[0], ...result.relatedLocations!]) {
      const { artifactLocation, region } = location.physicalLocation;
      assert.equal(artifactLocation.uriBaseId, '%SRCROOT%');
      const text = written.get(artifactLocation.uri)!.replace(/^\ufeff/, '');
      assert.ok(text, artifactLocation.uri);
      const quoted = text.slice(region!.charOffset, region!.charOffset + region!.charLength);
      assert.match(quoted, /^(11|six) people$/);
      assert.equal(region!.snippet.text, quoted);
      // Line and column (1-based, CR LF one line end) land on the same UTF-16 offset, after the emoji's two units.
      const lines = text.split('\r\n');
      const offsetOf = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 2, 0) + column - 1;
      assert.equal(offsetOf(region!.startLine, region!.startColumn), region!.charOffset);
      assert.equal(offsetOf(region!.endLine, region!.endColumn), region!.charOffset + region!.charLength);
      assert.equal(region!.startLine, 2);
      assert.ok(lines[1].startsWith(EMOJI));
    }
  });

  it('marks a dismissed conflict as an external suppression, with the reason, and keeps its fingerprint', () => {
    const corpus = new Corpus();
    for (const [name, text] of written) corpus.set(pathToFileURL(path.join(folder, name)).href, text);
    const [conflict] = corpus.conflicts.all();
    const dismissed = path.join(folder, '.crosscheck', 'dismissed.json');
    writeFileSync(dismissed, serializeDismissed(addDismissal(EMPTY_DISMISSED, conflict, 'two reports of one quake, toll rose', '2024-06-01T00:00:00Z')));
    try {
      const log = sarif();
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
      const [result] = log.runs[0].results.filter((r) => r.partialFingerprints['crosscheckConflictId/v1'] === conflict.id);
      assert.ok(result, 'the dismissed conflict is still a result');
      assert.deepEqual(result.suppressions, [{
        kind: 'external',
        status: 'accepted',
        justification: 'two reports of one quake, toll rose',
        location: { physicalLocation: { artifactLocation: { uri: '.crosscheck/dismissed.json', uriBaseId: '%SRCROOT%' } } },
        properties: { dismissedAt: '2024-06-01T00:00:00Z' },
      }]);
    } finally {
      rmSync(dismissed);
    }
  });

  it('writes brat standoff whose code-point offsets slice the .txt to each annotation’s text, and never overwrites', () => {
    // Outside the folder analysed: the .txt copies would be articles of the next run.
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'crosscheck-brat-')), 'brat');
    try {
      checkBrat(out);
    } finally {
      rmSync(path.dirname(out), { recursive: true, force: true });
    }
  });

  function checkBrat(out: string): void {
    const run = cli('analyze', folder, '--format', 'brat', '--out', out);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(readdirSync(out).sort(), ['quake-bengkulu.ann', 'quake-bengkulu.txt', 'quake-jakarta.ann', 'quake-jakarta.txt']);
    let afterEmoji = 0;
    for (const [name, original] of written) {
      const base = name.replace(/\.txt$/, '');
      const text = readFileSync(path.join(out, `${base}.txt`), 'utf8');
      assert.equal(text, original.replace(/^\ufeff/, ''), 'the .txt is the text analysed: no BOM, CR LF kept');
      const points = Array.from(text);
      const lines = readFileSync(path.join(out, `${base}.ann`), 'utf8').trimEnd().split('\n');
      const spans = lines.filter((l) => l.startsWith('T'));
      assert.ok(spans.length >= 5, lines.join('\n'));
      for (const line of spans) {
        const match = /^T\d+\t[A-Za-z]+ ((?:\d+ \d+;)*\d+ \d+)\t(.*)$/.exec(line);
        assert.ok(match, line);
        const fragments = match[1].split(';').map((f) => f.split(' ').map(Number));
        assert.equal(fragments.map(([s, e]) => points.slice(s, e).join('')).join(' '), match[2], line);
        if (fragments[0][0] > points.indexOf(EMOJI)) afterEmoji++;
      }
      assert.ok(spans.some((l) => l.endsWith('\tCurup')), spans.join('\n'));
    }
    assert.ok(afterEmoji > 0, 'some annotations follow the emoji, where code points and UTF-16 units differ');
    const before = readFileSync(path.join(out, 'quake-jakarta.ann'), 'utf8');
    writeFileSync(path.join(out, 'quake-jakarta.ann'), 'T1\tPerson 0 7\tJakarta\n');
    const again = cli('analyze', folder, '--format', 'brat', '--out', out);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /already exist/);
    assert.equal(readFileSync(path.join(out, 'quake-jakarta.ann'), 'utf8'), 'T1\tPerson 0 7\tJakarta\n', 'hand-made annotations are kept');
    assert.notEqual(before, '');
  }

  it('writes Web Annotation JSON-LD whose position (code points) and quote selectors agree with the text', () => {
    const run = cli('analyze', folder, '--format', 'webanno');
    assert.equal(run.status, 0, run.stderr);
    const collection = JSON.parse(run.stdout) as AnnotationCollection;
    assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(collection.total, collection.first.items.length);
    const texts = new Map([...written].map(([name, text]) => [pathToFileURL(path.join(folder, name)).href, Array.from(text.replace(/^\ufeff/, ''))]));
    for (const annotation of collection.first.items) {
      const points = texts.get(annotation.target.source)!;
      const [position, quote] = annotation.target.selector;
      assert.equal(points.slice(position.start, position.end).join(''), quote.exact);
      assert.ok(points.slice(0, position.start).join('').endsWith(quote.prefix));
      assert.ok(points.slice(position.end).join('').startsWith(quote.suffix));
    }
    assert.ok(collection.first.items.some((a) => a.body.some((b) => b.purpose === 'identifying' && b.value === 'Curup')));
  });

  it('asks for a folder for brat and refuses --out for the formats that print', () => {
    assert.match(cli('analyze', folder, '--format', 'brat').stderr, /--out <folder>/);
    assert.equal(cli('analyze', folder, '--format', 'sarif', '--out', 'x').status, 2);
  });
});

describe('the server’s crosscheck/export request', () => {
  let session: ServerSession;
  let folder: string;
  let client: LspClient;

  before(async () => {
    session = await startServer('crosscheck-export-server-', {
      from: null,
      prepare: (at) => {
        for (const name of ['quake-bengkulu.txt', 'quake-jakarta.txt']) writeFileSync(path.join(at, name), readFileSync(path.join(QUAKES, name)));
      },
    });
    ({ folder, client } = session);
  });
  after(() => session.close());

  it('builds the same files as the CLI, with the same builders', async () => {
    for (const format of ['sarif', 'webanno'] as const) {
      const result = await client.request<ExportResult>('crosscheck/export', { format });
      assert.ok('files' in result, JSON.stringify(result));
      assert.equal(result.files.length, 1);
      assert.equal(result.files[0].content, cli('analyze', folder, '--format', format).stdout, format);
    }
    const brat = await client.request<ExportResult>('crosscheck/export', { format: 'brat' });
    assert.ok('files' in brat);
    assert.deepEqual(brat.files.map((f) => f.path).sort(), ['quake-bengkulu.ann', 'quake-bengkulu.txt', 'quake-jakarta.ann', 'quake-jakarta.txt']);
  });

  it('refuses an article as the target, and an unknown format', async () => {
    const onArticle = await client.request<ExportResult>('crosscheck/export', { format: 'sarif', target: client.uri('quake-jakarta.txt') });
    assert.deepEqual(onArticle, { error: 'That file is an article: choose another file to export to.' });
    const unknown = await client.request<ExportResult>('crosscheck/export', { format: 'xml' });
    assert.match('error' in unknown ? unknown.error : '', /Unknown export format "xml"/);
  });
});
