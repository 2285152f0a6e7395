// The bundled CLI on the sample articles: the JSON report's shape, the text summary, and bad input.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { Report } from '../../server/src/analysis/report';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), ...args], { cwd: ROOT, encoding: 'utf8' });

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
    assert.equal((JSON.parse(run.stdout) as Report).documents.length, 1);
  });

  it('rejects an unknown format with usage', () => {
    const run = cli('analyze', 'samples/seeds', '--format', 'xml');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--format must be json or text/);
  });
});
