// The persisted index over stdio: a second start of the same workspace reuses the analyses the first one stored
// (same diagnostics, same stories), a changed file is analysed again, and a corrupt index file is discarded.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { StoryItem } from '../../server/src/protocol';
import { LspClient } from '../util/lspClient';

const ROOT = path.resolve(__dirname, '..', '..', '..');
// One ECB+ topic: 30 articles whose sources disagree, so there are diagnostics to compare across starts.
const FIXTURES = path.join(ROOT, 'samples', 'ecbplus', '12');
const ARTICLES = readdirSync(FIXTURES).filter((name) => name.endsWith('.txt')).length;

interface Start {
  diagnostics: Record<string, unknown>;
  stories: StoryItem[];
  /** Workspace symbols for a few letters: the entities, their names, kinds and places as the entity index ranks them. */
  symbols: unknown[][];
  /** The server's line on what the index pass took from the persisted index. */
  reuse: string;
  log: string[];
}

describe('persisted index over stdio', () => {
  let root: string;
  let folder: string;
  let storage: string;
  const indexDir = () => path.join(storage, 'index');
  const indexFiles = () => (existsSync(indexDir()) ? readdirSync(indexDir()).filter((f) => f.endsWith('.index')) : []);

  /** Starts a server on the folder, waits for its first index pass and its diagnostics, and stops it. */
  async function start(options: { storage?: boolean; waitForWrite?: boolean; waitForLog?: RegExp } = {}): Promise<Start> {
    const client = new LspClient(folder);
    if (options.storage !== false) client.initializationOptions = { storagePath: storage };
    const written = indexFiles().map((f) => readFileSync(path.join(indexDir(), f)));
    try {
      await client.initialize();
      await client.idleAfter(0);
      // The last session's diagnostics, when shown, are checked after ready: the start's own are those after the check.
      if (client.log.some((line) => /published from the last session/.test(line))) {
        await client.until('the kept diagnostics checked', () => client.log.some((line) => /checked the diagnostics of the last session/.test(line)));
      }
      const stories = await client.request<StoryItem[]>('crosscheck/stories', {});
      const symbols = await Promise.all(['a', 'po', 'mari'].map((query) => client.request<unknown[]>('workspace/symbol', { query })));
      // The index is written a moment after indexing: wait until its file is new, so the next start can read it.
      if (options.waitForWrite) {
        await client.until('the persisted index to be written', () => {
          const now = indexFiles().map((f) => readFileSync(path.join(indexDir(), f)));
          return now.length === 1 && (written.length === 0 || !now[0].equals(written[0]));
        });
      }
      const logged = options.waitForLog;
      if (logged) await client.until(`a log line ${logged}`, () => client.log.some((line) => logged.test(line)));
      const reuse = client.log.find((line) => line.includes('persisted index of')) ?? '';
      return { diagnostics: Object.fromEntries([...client.diagnostics].sort(([a], [b]) => (a < b ? -1 : 1))), stories, symbols, reuse, log: [...client.log] };
    } finally {
      await client.shutdown();
    }
  }

  let cold: Start;

  before(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'crosscheck-persist-'));
    folder = path.join(root, 'articles');
    storage = path.join(root, 'storage');
    cpSync(FIXTURES, folder, { recursive: true });
    cold = await start({ storage: false });
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  it('reuses every analysis on a second start, with the same diagnostics, stories and entities as a start without it', async () => {
    const first = await start({ waitForWrite: true });
    assert.match(first.reuse, new RegExp(`: 0 analyses reused, ${ARTICLES} made`));
    const second = await start();
    assert.match(second.reuse, new RegExp(`: ${ARTICLES} analyses reused, 0 made`));
    assert.deepEqual(second.diagnostics, cold.diagnostics);
    assert.deepEqual(second.stories, cold.stories);
    assert.deepEqual(second.symbols, cold.symbols);
    assert.ok(cold.symbols.every((found) => found.length > 0), 'a query finds no entity to compare');
    assert.ok(Object.values(cold.diagnostics).some((d) => (d as unknown[]).length > 0), 'the fixture has no diagnostics to compare');
  });

  it('analyses a changed file again and reuses the others', async () => {
    appendFileSync(path.join(folder, '12_1ecb.txt'), '\nThe navy said on Thursday that 42 pirates were still held.\n');
    const changed = await start({ waitForWrite: true });
    assert.match(changed.reuse, new RegExp(`: ${ARTICLES - 1} analyses reused, 1 made`));
    const again = await start();
    assert.match(again.reuse, new RegExp(`: ${ARTICLES} analyses reused, 0 made`));
    assert.deepEqual(again.diagnostics, changed.diagnostics);
  });

  it('discards a truncated or garbled index file with a log line and indexes from scratch', async () => {
    const [file] = indexFiles();
    const full = path.join(indexDir(), file);
    const bytes = readFileSync(full);
    writeFileSync(full, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const truncated = await start({ waitForWrite: true });
    assert.ok(truncated.log.some((line) => /discarded the persisted index .*checksum/.test(line)), truncated.log.join('\n'));
    assert.match(truncated.reuse, new RegExp(`: 0 analyses reused, ${ARTICLES} made`));
    const garbled = Buffer.from(readFileSync(full));
    garbled[Math.floor(garbled.length / 2)] ^= 0xff;
    writeFileSync(full, garbled);
    const flipped = await start();
    assert.match(flipped.reuse, /: 0 analyses reused/);
    assert.deepEqual(flipped.stories, truncated.stories);
    assert.deepEqual(flipped.diagnostics, truncated.diagnostics);
  });

  it('discards an intact index written by another version', async () => {
    if (indexFiles().length === 0) await start({ waitForWrite: true });
    const full = path.join(indexDir(), indexFiles()[0]);
    // The file's layout: a magic line, length-prefixed records (the first is the header), a sha256 of all before it.
    const bytes = readFileSync(full);
    const magic = 'crosscheck-index\n'.length;
    const headerLength = bytes.readUInt32LE(magic);
    const header = JSON.parse(bytes.subarray(magic + 4, magic + 4 + headerLength).toString('utf8')) as { fingerprint: string };
    const foreign = Buffer.from(JSON.stringify({ ...header, fingerprint: header.fingerprint.replace(/^crosscheck \S+/, 'crosscheck 0.0.0') }));
    const length = Buffer.alloc(4);
    length.writeUInt32LE(foreign.length);
    const body = Buffer.concat([bytes.subarray(0, magic), length, foreign, bytes.subarray(magic + 4 + headerLength, bytes.length - 32)]);
    writeFileSync(full, Buffer.concat([body, createHash('sha256').update(body).digest()]));
    const other = await start();
    assert.ok(other.log.some((line) => /discarded the persisted index .*made by another version \(crosscheck 0\.0\.0/.test(line)), other.log.join('\n'));
    assert.match(other.reuse, new RegExp(`: 0 analyses reused, ${ARTICLES} made`));
  });

  it('publishes the last session\'s diagnostics at once when nothing changed, checks them and corrects a wrong snapshot', async () => {
    const checked = /checked the diagnostics of the last session: (\d+) articles' differed/;
    const snapshots = () => (existsSync(indexDir()) ? readdirSync(indexDir()).filter((f) => /^diagnostics-.*\.json$/.test(f)) : []);
    const fresh = await start({ storage: false });
    for (const name of snapshots()) rmSync(path.join(indexDir(), name));
    await start({ waitForLog: /kept the diagnostics of \d+ articles for the next start/ });
    assert.equal(snapshots().length, 1, readdirSync(indexDir()).join(', '));
    const again = await start({ waitForLog: checked });
    const shown = again.log.findIndex((line) => /diagnostics of \d+ articles published from the last session/.test(line));
    assert.ok(shown >= 0, again.log.join('\n'));
    // Shown from the persisted index's file sizes and times alone, before the index pass read any article.
    assert.ok(shown < again.log.findIndex((line) => /^Indexed \d+ articles/.test(line)), again.log.join('\n'));
    assert.equal(checked.exec(again.log.find((line) => checked.test(line))!)![1], '0');
    assert.deepEqual(again.diagnostics, fresh.diagnostics);
    // A snapshot with the right key but a wrong list is shown, then corrected by the check.
    const file = path.join(indexDir(), snapshots()[0]);
    const snapshot = JSON.parse(readFileSync(file, 'utf8')) as { diagnostics: Array<[string, Array<{ message: string }>]> };
    snapshot.diagnostics[0][1][0].message = 'not what the analysis says';
    writeFileSync(file, JSON.stringify(snapshot));
    const corrected = await start({ waitForLog: checked });
    assert.equal(checked.exec(corrected.log.find((line) => checked.test(line))!)![1], '1');
    assert.deepEqual(corrected.diagnostics, fresh.diagnostics);
    // A changed article: the others' diagnostics are published from the snapshot, not its own, then checked, and
    // they end as a start without the persisted index has them.
    appendFileSync(path.join(folder, '12_2ecb.txt'), '\nThe navy said on Friday that 17 pirates were freed.\n');
    const changed = await start({ waitForLog: checked });
    const partly = /diagnostics of (\d+) articles published from the last session, of (\d+) kept/.exec(changed.log.find((line) => /published from the last session, of/.test(line)) ?? '');
    assert.ok(partly && Number(partly[1]) === Number(partly[2]) - 1, changed.log.join('\n'));
    assert.deepEqual(changed.diagnostics, (await start({ storage: false })).diagnostics);
  });

  it('takes the entity resolutions of the last session, resolving again only the names that read what changed since', async () => {
    const kept = /kept the entity resolutions of \d+ names for the next start/;
    const taken = /entity resolutions of \d+ names taken from the last session/;
    const entityFiles = () => (existsSync(indexDir()) ? readdirSync(indexDir()).filter((f) => /^entities-.*\.bin$/.test(f)) : []);
    const fresh = await start({ storage: false });
    for (const name of entityFiles()) rmSync(path.join(indexDir(), name));
    const first = await start({ waitForLog: kept });
    assert.ok(!first.log.some((line) => taken.test(line)), first.log.join('\n'));
    const second = await start();
    assert.ok(second.log.some((line) => taken.test(line)), second.log.join('\n'));
    assert.deepEqual(second.diagnostics, fresh.diagnostics);
    assert.deepEqual(second.stories, fresh.stories);
    // A damaged file is discarded with a log line, the names resolved and kept again.
    const file = path.join(indexDir(), entityFiles()[0]);
    const garbled = readFileSync(file);
    garbled[garbled.length >> 1] ^= 0xff;
    writeFileSync(file, garbled);
    const damaged = await start({ waitForLog: kept });
    assert.ok(damaged.log.some((line) => /discarded the kept entity resolutions: truncated or corrupt/.test(line)), damaged.log.join('\n'));
    assert.deepEqual(damaged.diagnostics, fresh.diagnostics);
    // A changed article and a new one: the resolutions are taken, the names that read what changed resolved again,
    // and the start gives what a start without the persisted index gives; what it resolved is kept for the next.
    appendFileSync(path.join(folder, '12_3ecb.txt'), '\nThe navy said on Friday that 23 pirates were freed.\n');
    writeFileSync(path.join(folder, '12_99new.txt'), `${readFileSync(path.join(FIXTURES, '12_4ecb.txt'), 'utf8')}\nIndian Navy commander Ravi Menon said the pirates were held in Mumbai.\n`);
    const changed = await start({ waitForLog: kept });
    assert.ok(changed.log.some((line) => /taken from the last session, \d+ names to resolve again/.test(line)), changed.log.join('\n'));
    assert.match(changed.reuse, new RegExp(`: ${ARTICLES - 1} analyses reused, 2 made`));
    const coldAfterChange = await start({ storage: false });
    assert.deepEqual(changed.diagnostics, coldAfterChange.diagnostics);
    assert.deepEqual(changed.stories, coldAfterChange.stories);
    assert.deepEqual(changed.symbols, coldAfterChange.symbols);
    const next = await start();
    assert.ok(next.log.some((line) => taken.test(line) && !/to resolve again/.test(line)), next.log.join('\n'));
    rmSync(path.join(folder, '12_99new.txt'));
    // An article changed after the index pass: the resolutions are kept again at shutdown, and the next start takes them.
    const during = new LspClient(folder);
    during.initializationOptions = { storagePath: storage };
    try {
      await during.initialize();
      await during.idleAfter(0);
      await during.until('the resolutions taken', () => during.log.some((line) => taken.test(line)));
      appendFileSync(path.join(folder, '12_3ecb.txt'), '\nA coast guard officer said 40 crew members were aboard.\n');
      const statuses = during.statuses.length;
      await during.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: during.uri('12_3ecb.txt'), type: 2 }] });
      await during.idleAfter(statuses);
      await during.request('crosscheck/stories', {});
    } finally {
      await during.shutdown();
    }
    assert.ok(during.log.some((line) => kept.test(line)), during.log.join('\n'));
    const afterChange = await start();
    assert.ok(afterChange.log.some((line) => taken.test(line)), afterChange.log.join('\n'));
    assert.deepEqual(afterChange.diagnostics, (await start({ storage: false })).diagnostics);
  });

  it('removes the temporary files of writes that never finished (index and entity resolutions), and only old ones', async () => {
    if (indexFiles().length === 0) await start({ waitForWrite: true });
    const entityFile = readdirSync(indexDir()).find((f) => /^entities-.*\.bin$/.test(f));
    assert.ok(entityFile, 'an earlier start kept the entity resolutions');
    const temporaries = [indexFiles()[0], entityFile].map((file) => ['abandoned', 'fresh'].map((name) => path.join(indexDir(), `${file}.${name}.tmp`)));
    const hourAgo = new Date(Date.now() - 3600_000);
    for (const [abandoned, fresh] of temporaries) {
      writeFileSync(abandoned, 'half a write');
      writeFileSync(fresh, 'a write in progress');
      utimesSync(abandoned, hourAgo, hourAgo);
    }
    await start();
    for (const [abandoned, fresh] of temporaries) {
      assert.equal(existsSync(abandoned), false, abandoned);
      assert.equal(existsSync(fresh), true, fresh);
      rmSync(fresh);
    }
  });

  it('a file that is no article, changed just before a start, holds up the last session\'s diagnostics only until its time can be trusted', async () => {
    // Shown from the persisted index's sizes and times alone, before the index pass read any article.
    // All of them, as those of a workspace as it was (not some: those of one where something changed).
    const shownEarly = (log: string[]) => {
      const shown = log.findIndex((line) => /diagnostics of \d+ articles published from the last session; checking/.test(line));
      return shown >= 0 && shown < log.findIndex((line) => /^Indexed \d+ articles/.test(line));
    };
    const note = path.join(folder, 'desk-note.txt');
    writeFileSync(note, 'Call the desk back.\n');
    // A time a few seconds ahead: the first start finds it too recent to trust (RACY_MS), whatever the machine's load.
    const mtime = Date.now() + 4000;
    utimesSync(note, mtime / 1000, mtime / 1000);
    // Its diagnostics snapshot is kept, or found the same as one kept already.
    await start({ waitForWrite: true, waitForLog: /kept the diagnostics of \d+ articles for the next start|checked the diagnostics of the last session/ });
    while (Date.now() < mtime + 2500) await new Promise((resolve) => setTimeout(resolve, 250));
    // Its entry says the time is not to be trusted: this start cannot tell the workspace by times alone, and shows
    // the articles' diagnostics as those of a workspace where something changed.
    const checking = await start();
    assert.ok(!shownEarly(checking.log), checking.log.join('\n'));
    // That start checked the file by its hash and trusts its time from now on.
    const trusting = await start();
    assert.ok(shownEarly(trusting.log), trusting.log.join('\n'));
    rmSync(note);
  });
});

describe('persisted index in the CLI (--cache)', () => {
  it('reuses the analyses of a previous run and prints the same report', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-cli-cache-'));
    try {
      const cli = () => spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'analyze', FIXTURES, '--format', 'json', '--cache', dir], { encoding: 'utf8' });
      const [first, second] = [cli(), cli()];
      assert.equal(first.status, 0, first.stderr);
      assert.match(first.stderr, new RegExp(`crosscheck: persisted index of .*: 0 analyses reused, ${ARTICLES} made`));
      assert.match(second.stderr, new RegExp(`: ${ARTICLES} analyses reused, 0 made`));
      assert.equal(second.stdout, first.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
