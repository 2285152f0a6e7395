// The bundled CLI on the sample articles: the JSON report's shape, the text summary, and bad input.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { addDismissal, EMPTY_DISMISSED, serializeDismissed } from '../../server/src/analysis/conflicts/dismissed';
import { Corpus } from '../../server/src/analysis/corpus';
import type { Report } from '../../server/src/analysis/report';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
type CliReport = Report & { skipped: Array<{ path: string; reason: string }> };

describe('crosscheck analyze', () => {
  it('prints the version 1 JSON report for a folder of articles', () => {
    const run = cli('analyze', 'samples/seeds', '--format', 'json');
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout) as Report;
    assert.equal(report.version, 1);
    assert.equal(report.documents.length, 5);
    const post = report.documents.find((d) => d.path.endsWith('002_81b7c91e4df976a3.txt'))!;
    assert.equal(post.referenceDate, '2024-05-02');
    const text = (m: { start: number; end: number }) => post.mentions.find((x) => x.start === m.start)!.text;
    for (const m of post.mentions) assert.equal(text(m), m.text);
    assert.ok(post.dates.some((d) => d.text.includes('Wednesday') && d.value === '2024-05-01' && d.kind === 'date'));
    const tiktok = report.entities.find((e) => e.name === 'TikTok')!;
    assert.equal(tiktok.type, 'organization');
    assert.ok(tiktok.documents >= 4);
    const ids = new Set(report.entities.map((e) => e.id));
    assert.ok(report.documents.every((d) => d.mentions.every((m) => ids.has(m.entity))));
    assert.ok(Array.isArray(report.conflicts));
  });

  it('prints offsets into the text as decoded, so slicing the file gives the mention', () => {
    const run = cli('analyze', 'samples/seeds/001_6619271a46b3abb3.txt', '--format', 'json');
    const report = JSON.parse(run.stdout) as Report;
    const source = readFileSync(path.join(ROOT, 'samples/seeds/001_6619271a46b3abb3.txt'), 'utf8');
    for (const m of report.documents[0].mentions) assert.equal(source.slice(m.start, m.end), m.text);
  });

  it('summarises for people with --format text', () => {
    const run = cli('analyze', 'samples/seeds');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /dated: 2024-05-02/);
    assert.match(run.stdout, /Xi Jinping \(person/);
  });

  it('reports unreadable paths on stderr, exits non-zero and still analyses the rest', () => {
    const run = cli('analyze', 'samples/seeds/000_42d2d06c1d8f408d.txt', 'no/such/file.txt', '--format', 'json');
    assert.equal(run.status, 1);
    assert.match(run.stderr, /no\/such\/file\.txt: cannot be read/);
    const report = JSON.parse(run.stdout) as CliReport;
    assert.equal(report.documents.length, 1);
    assert.deepEqual(report.skipped, [{ path: 'no/such/file.txt', reason: 'cannot be read: ENOENT' }]);
  });

  it('says its version', () => {
    const run = cli('--version');
    assert.equal(run.status, 0);
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.equal(run.stdout.trim(), `crosscheck ${version}`);
  });

  it('rejects an unknown format with usage', () => {
    const run = cli('analyze', 'samples/seeds', '--format', 'xml');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--format must be json, text, sarif, webanno or brat/);
  });
});

describe('crosscheck analyze with a .crosscheck/ folder', () => {
  const QUAKES = path.join(ROOT, 'test', 'vscode', 'workspace');
  let folder: string;
  const analyse = (...args: string[]) => {
    const run = cli('analyze', folder, '--format', 'json', ...args);
    assert.equal(run.status, 0, run.stderr);
    return { report: JSON.parse(run.stdout) as CliReport, stderr: run.stderr };
  };
  const sidecar = (name: string, value: unknown) => writeFileSync(path.join(folder, '.crosscheck', name), typeof value === 'string' ? value : JSON.stringify(value));

  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-cli-'));
    cpSync(path.join(ROOT, 'samples', 'seeds'), folder, { recursive: true });
    for (const name of ['quake-bengkulu.txt', 'quake-jakarta.txt']) cpSync(path.join(QUAKES, name), path.join(folder, name));
    writeFileSync(path.join(folder, 'notes.txt'), 'buy milk\n');
    mkdirSync(path.join(folder, '.crosscheck'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('lists the files it did not analyse, with the reason, in the JSON, the text and on stderr', () => {
    const { report, stderr } = analyse();
    assert.deepEqual(report.skipped, [{ path: path.join(folder, 'notes.txt'), reason: 'too short to read as an article' }]);
    assert.match(stderr, /skipped .*notes\.txt: too short to read as an article/);
    assert.match(cli('analyze', folder).stdout, /Skipped \(1\):\n {2}.*notes\.txt: too short/);
  });

  it('leaves out a dismissed conflict', () => {
    const [reported, ...others] = analyse().report.conflicts;
    assert.equal(others.length, 0);
    assert.match(reported.rule, /^quantity\/.* → compare\//, 'a conflict says which extractor and comparison made it');
    const corpus = new Corpus();
    for (const name of ['quake-bengkulu.txt', 'quake-jakarta.txt']) corpus.set(pathToFileURL(path.join(folder, name)).href, readFileSync(path.join(folder, name), 'utf8'));
    const [conflict] = corpus.conflicts.all();
    sidecar('dismissed.json', serializeDismissed(addDismissal(EMPTY_DISMISSED, conflict, 'two different quakes', '2024-06-01T00:00:00Z')));
    assert.deepEqual(analyse().report.conflicts, []);
    rmSync(path.join(folder, '.crosscheck', 'dismissed.json'));
  });

  it('applies identity merges, article decisions and dates, also for a file named inside the folder', () => {
    sidecar('identity.json', { same: [['person:xi jinping', 'person:joe biden']], different: [] });
    sidecar('articles.json', { articles: { '003_8366d6cc39c1548e.txt': false }, dates: { '000_42d2d06c1d8f408d.txt': '2024-04-03' } });
    const { report } = analyse();
    const xi = report.entities.find((e) => e.name === 'Xi Jinping' || e.aliases.includes('Xi Jinping'))!;
    assert.ok(xi.name === 'Joe Biden' || xi.aliases.includes('Joe Biden'), JSON.stringify(xi));
    assert.ok(!report.documents.some((d) => d.path.endsWith('003_8366d6cc39c1548e.txt')));
    assert.equal(report.documents.find((d) => d.path.endsWith('000_42d2d06c1d8f408d.txt'))!.referenceDate, '2024-04-03');
    const single = cli('analyze', path.join(folder, '000_42d2d06c1d8f408d.txt'), '--format', 'json');
    assert.equal((JSON.parse(single.stdout) as Report).documents[0].referenceDate, '2024-04-03');
    rmSync(path.join(folder, '.crosscheck', 'identity.json'));
    rmSync(path.join(folder, '.crosscheck', 'articles.json'));
  });

  it('recognises the names in entities.json', () => {
    const name = 'Advertisment';
    const before = analyse().report;
    assert.ok(!before.entities.some((e) => e.name === name));
    sidecar('entities.json', { entities: [{ name, type: 'work' }] });
    const entity = analyse().report.entities.find((e) => e.name === name);
    assert.equal(entity?.type, 'work');
    rmSync(path.join(folder, '.crosscheck', 'entities.json'));
  });

  it('reports a broken sidecar on stderr and analyses without it', () => {
    sidecar('identity.json', '{ "same": [');
    const { report, stderr } = analyse();
    assert.match(stderr, /identity\.json.*not valid JSON/);
    assert.equal(report.documents.length, 7);
    rmSync(path.join(folder, '.crosscheck', 'identity.json'));
  });
});
