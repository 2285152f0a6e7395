// What users wait for (issue 14): the real server over stdio on generated workspaces of distinct stories (ECB+ with
// names renamed per copy, as in indexUpdate.ts): cold index, reopen, RSS, request latencies and edit → diagnostics;
// the CLI over all ECB+ against the read+tokenize floor. `npm run bench -- server [sizes...]`.
import './serverPath';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../server/src/analysis/analyze';
import { classifyText } from '../server/src/analysis/articleFiles';
import { tagTokens } from '../server/src/analysis/ner/tagger';
import { tokenize } from '../server/src/analysis/tokenize';
import { ECBPLUS_DIR, loadEcbPlus, table } from '../eval/ecbplus';
import { LspClient } from '../test/util/lspClient';
import { articleText } from './syntheticArticles';
import { LONG_ARTICLE_WORDS, longArticleText, timeEdits } from './longArticle';
import { atQuantile, sortedNumbers } from './stats';

export const DEFAULT_SIZES = [1000, 10000];
const INDEX_TIMEOUT_MS = 30 * 60 * 1000;
/** The rows of a type the Entities view asks for at once (client/src/entitiesView.ts). */
const SIDE_BAR_PAGE = 200;
/** A folder to write each server's CPU profile to (`node --cpu-prof`), for reading where the time of a figure goes. */
export const CPU_PROFILE_DIR = process.env.CROSSCHECK_BENCH_CPU_PROF;
/** The pause between two hovers timed while the server indexes or runs the passes after it. */
const PROBE_GAP_MS = 50;
/** How long after indexing hovers are timed, while the passes after it (stories, diagnostics, entity records) run. */
const AFTER_INDEX_PROBE_MS = 3000;
/** Edits timed of the long article, after the others. */
const LONG_ARTICLE_EDITS = 20;
/** How long the server is left alone before its idle memory is read: longer than the pool's RETIRE_IDLE_MS. */
const IDLE_MS = 12_000;

/** How much one size measures: the full bench times more and restarts the server; the CI gate keeps to the cheap part. */
export interface MeasureOptions {
  /** Requests of each kind timed, on articles spread over the workspace. */
  samples: number;
  /** Edits timed (each followed by a hover), on the first of those articles. */
  edits: number;
  /** Whether to time a second start of the same workspace. */
  reopen: boolean;
}

export const FULL_MEASURE: MeasureOptions = { samples: 60, edits: 30, reopen: true };

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

export interface ServerFigures {
  articles: number;
  /** The machine's load average (1, 5, 15 minutes) when this size began: other work on a shared machine slows it. */
  loadAverage: string;
  /** How many of them the server took for articles (a few ECB+ texts are too short to read as prose). */
  indexed: number;
  coldIndexS: number;
  /** The server's CPU time from its start to the end of the first indexing, worker threads included. */
  coldIndexCpuS: number;
  /** Second start of the same workspace, reading the persisted index the first one wrote; null when not measured. */
  reopenS: number | null;
  /** From the second start's initialize to its first diagnostics (the last session's, node/diagnosticsSnapshot); null when not measured or none came. */
  reopenDiagnosticsS: number | null;
  /** The second server's CPU time until it was ready (all threads); null when not measured. */
  reopenCpuS: number | null;
  rssAfterIndexMb: number;
  /** After the side bar's first requests and IDLE_MS with nothing asked (the pool ends its extra workers). */
  rssIdleMb: number;
  rssPeakMb: number;
  /** Right after the second start is ready; null when not measured. */
  rssAfterReopenMb: number | null;
  requestsMs: Record<string, Percentiles>;
  /** Requests that failed, by kind, out of the samples (the edits for those after an edit). */
  requestErrors: Record<string, number>;
  /** From the edit's didChange to the edited article's diagnostics, debounce included. */
  editToDiagnosticsMs: Percentiles;
  /** The same for an article of LONG_ARTICLE_WORDS words or more (bench/longArticle.ts, issue 13). */
  longArticleEditMs: Percentiles;
  /** The side bar's first answers after indexing (a user opening the views): the Conflicts groups; the Entities types and the largest type's first page. */
  sideBarFirstMs: { conflicts: number; entities: number };
}

export function percentiles(values: readonly number[]): Percentiles {
  const sorted = sortedNumbers(values);
  return { p50: atQuantile(sorted, 0.5), p95: atQuantile(sorted, 0.95), p99: atQuantile(sorted, 0.99) };
}

/** Writes `size` articles (distinct stories) into a fresh folder (or the one given), a hundred per subfolder. */
export function writeWorkspace(size: number, root = fs.mkdtempSync(path.join(os.tmpdir(), `crosscheck-bench-${size}-`))): string {
  const texts = loadEcbPlus().map((d) => d.text);
  fs.mkdirSync(root, { recursive: true });
  for (let i = 0; i < size; i++) {
    const dir = path.join(root, `part${Math.floor(i / 100)}`);
    if (i % 100 === 0) fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, `article${i}.txt`), articleText(texts, i));
  }
  return root;
}

/** Clock ticks a second in /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_S = 100;

/**
 * Resident memory (MB) and CPU time so far (s, all threads: the worker pool's too) of the server processes this process
 * started (children running server.js).
 */
export function serverUsage(): { rssMb: number; cpuS: number } {
  let rssMb = 0;
  let cpuS = 0;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The fields after the command name, from the state (field 3): ppid is field 4, utime and stime fields 14 and 15.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) !== process.pid || !fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('server.js')) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      rssMb += rss ? Number(rss[1]) / 1024 : 0;
      cpuS += (Number(fields[11]) + Number(fields[12])) / TICKS_PER_S;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return { rssMb, cpuS };
}

/**
 * Starts a server on the folder (keeping its persisted index in `storage`, as VS Code's storage folder) and waits for
 * the end of its first indexing; returns it, the seconds and the article count.
 */
export async function startIndexed(
  root: string,
  storage: string,
  started: LspClient[],
  whileIndexing?: (client: LspClient) => Promise<unknown>,
): Promise<{ client: LspClient; seconds: number; indexed: number; firstDiagnosticsS: number | null }> {
  const client = new LspClient(root, CPU_PROFILE_DIR ? ['--cpu-prof', '--cpu-prof-dir', CPU_PROFILE_DIR] : []);
  client.initializationOptions = { storagePath: storage };
  started.push(client);
  const begun = performance.now();
  let firstDiagnosticsS: number | null = null;
  const set = client.diagnostics.set.bind(client.diagnostics);
  client.diagnostics.set = (uri, list) => {
    firstDiagnosticsS ??= (performance.now() - begun) / 1000;
    return set(uri, list);
  };
  await client.initialize();
  let indexing = true;
  const probing = whileIndexing && (async () => {
    while (indexing) {
      await whileIndexing(client);
      await new Promise((resolve) => setTimeout(resolve, PROBE_GAP_MS));
    }
  })();
  const done = await client.until('the first indexing to end', () => {
    const busy = client.statuses.findIndex((s) => s.indexing);
    return busy >= 0 && client.statuses.slice(busy).find((s) => !s.indexing);
  }, INDEX_TIMEOUT_MS);
  indexing = false;
  await probing;
  client.diagnostics.set = set;
  return { client, seconds: (performance.now() - begun) / 1000, indexed: done.articles, firstDiagnosticsS };
}

/** How long a start may take to link its stories and check its diagnostics after it is ready. */
const SETTLE_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * Waits for the passes after a start's indexing (stories linked, the last session's diagnostics checked); false when
 * they did not end in time.
 */
export function untilSettled(client: LspClient): Promise<boolean> {
  const settled = () => client.log.some((line) => /checked the diagnostics of the last session|kept the diagnostics of/.test(line));
  return client.until('the passes after indexing', settled, SETTLE_TIMEOUT_MS).then(() => true, () => false);
}

/**
 * Counts the diagnostics the server publishes per document. An edit's republish must be told apart from the one its
 * opening (or the previous close) sent, which can arrive after the edit was sent: comparing the last list is not enough.
 */
export function countPublishes(client: LspClient): Map<string, number> {
  const counts = new Map<string, number>();
  const diagnostics = client.diagnostics;
  const set = diagnostics.set.bind(diagnostics);
  diagnostics.set = (uri, list) => {
    counts.set(uri, (counts.get(uri) ?? 0) + 1);
    return set(uri, list);
  };
  return counts;
}

/** How long a count must stay the same to be taken as settled. */
const QUIET_MS = 300;

/** Resolves once `count` has not changed for QUIET_MS. */
export async function quiet(count: () => number): Promise<void> {
  for (let last = count(); ; ) {
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    const now = count();
    if (now === last) return;
    last = now;
  }
}

/** The profile's clock (monotonic, in µs), for finding a moment of the bench in a server's CPU profile. */
export const profileClock = (): bigint => process.hrtime.bigint() / 1000n;

/** With CPU profiles written, a request slower than this is printed with its start on the profile's clock. */
const SLOW_REQUEST_MS = 8;

/** Times one request; a failed one is counted (the figures report it) and its time left out. */
async function timed(samples: number[], work: () => Promise<unknown>, failures?: { count: number }, name = 'request'): Promise<void> {
  const clock = profileClock();
  const started = performance.now();
  try {
    await work();
  } catch {
    if (failures) failures.count++;
    return;
  }
  const ms = performance.now() - started;
  samples.push(ms);
  if (CPU_PROFILE_DIR && ms >= SLOW_REQUEST_MS) console.log(`slow ${name}: ${ms.toFixed(1)} ms from ${clock} µs`);
}

export async function measureServer(size: number, options: MeasureOptions = FULL_MEASURE): Promise<ServerFigures> {
  const loadAverage = loadAverages();
  const root = writeWorkspace(size);
  const storage = `${root}-storage`;
  const clients: LspClient[] = [];
  try {
    // Hovers over the first article while the others are indexed, and right after, while the passes after indexing run:
    // they wait for whatever background step the server is in (the first of them waits for that article's analysis).
    const probe = probeHover(root);
    const duringIndexing: number[] = [];
    const cold = await startIndexed(root, storage, clients, (c) => timed(duringIndexing, () => c.request('textDocument/hover', probe)));
    const client = cold.client;
    const publishes = countPublishes(client);
    const published = (uri: string): number => publishes.get(uri) ?? 0;
    const { rssMb: rssAfterIndexMb, cpuS: coldIndexCpuS } = serverUsage();
    // The profile's clock (monotonic, in µs): what comes after this is the requests and edits, not the indexing.
    if (CPU_PROFILE_DIR) console.log(`indexing of ${size} done at ${profileClock()} µs`);
    const sideBarFirstMs = await firstSideBarRequests(client);
    const afterIndexing: number[] = [];
    for (const until = performance.now() + AFTER_INDEX_PROBE_MS; performance.now() < until; ) {
      await timed(afterIndexing, () => client.request('textDocument/hover', probe), undefined, 'hover right after indexing');
      await new Promise((resolve) => setTimeout(resolve, PROBE_GAP_MS));
    }
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    const rssIdleMb = serverUsage().rssMb;
    let rssPeakMb = rssAfterIndexMb;
    const requests: Record<string, number[]> = { hover: [], definition: [], references: [], 'workspace symbols': [], 'semantic tokens': [], 'hover after an edit': [] };
    const edits: number[] = [];
    const failed = Object.fromEntries(Object.keys(requests).map((name) => [name, { count: 0 }]));
    for (let k = 0; k < options.samples; k++) {
      const i = Math.floor((k * size) / options.samples);
      const file = path.join(root, `part${Math.floor(i / 100)}`, `article${i}.txt`);
      const text = fs.readFileSync(file, 'utf8');
      const uri = pathToFileURL(file).href;
      const document = TextDocument.create(uri, 'article', 1, text);
      const mention = analyze(text).mentions[0];
      const position = document.positionAt(mention?.start ?? 0);
      const at = { textDocument: { uri }, position };
      await timed(requests.hover, () => client.request('textDocument/hover', at), failed.hover, 'hover');
      await timed(requests.definition, () => client.request('textDocument/definition', at), failed.definition, 'definition');
      await timed(requests.references, () => client.request('textDocument/references', { ...at, context: { includeDeclaration: true } }), failed.references, 'references');
      await timed(requests['workspace symbols'], () => client.request('workspace/symbol', { query: mention?.text.slice(0, 4) ?? 'a' }), failed['workspace symbols'], 'workspace symbols');
      await timed(requests['semantic tokens'], () => client.request('textDocument/semanticTokens/full', { textDocument: { uri } }), failed['semantic tokens'], 'semantic tokens');
      // An edit of an open article: the time until its diagnostics come back, then a hover right after. A sampled file
      // too short to be an article is not edited: its edits wait for typing to pause (150 ms) and publish nothing.
      if (k >= options.edits || !classifyText(text).isArticle) continue;
      const opened = published(uri);
      await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text } });
      await client.until('diagnostics after opening', () => published(uri) > opened, INDEX_TIMEOUT_MS);
      // A refresh of another article (the previous close's) may republish this one as its conflict partner a little
      // later: the edit's republish is the first after the article's diagnostics have been quiet a while.
      await quiet(() => published(uri));
      const before = published(uri);
      const edited = `${text}\nEdit ${k}: officials said on Monday that the investigation would continue.`;
      const clock = profileClock();
      const started = performance.now();
      await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
      await client.until('diagnostics after the edit', () => published(uri) > before, INDEX_TIMEOUT_MS);
      edits.push(performance.now() - started);
      if (CPU_PROFILE_DIR) console.log(`edit: ${edits.at(-1)!.toFixed(1)} ms from ${clock} µs`);
      await timed(requests['hover after an edit'], () => client.request('textDocument/hover', at), failed['hover after an edit'], 'hover after an edit');
      // Closing goes back to the text on disk; the next sample's requests would otherwise wait for that refresh.
      const closed = published(uri);
      await client.notify('textDocument/didClose', { textDocument: { uri } });
      await client.until('diagnostics after closing', () => published(uri) > closed, INDEX_TIMEOUT_MS);
      rssPeakMb = Math.max(rssPeakMb, serverUsage().rssMb);
    }
    const longArticleEditMs = percentiles(await timeEdits(client, path.join(root, 'long-article.txt'), longArticleText(), Math.min(options.edits, LONG_ARTICLE_EDITS)));
    await clients.pop()!.shutdown();
    // The first server wrote its persisted index at the latest when it shut down: the second start reads it.
    const reopened = options.reopen ? await startIndexed(root, storage, clients) : undefined;
    const reopenS = reopened?.seconds ?? null;
    const reopenDiagnosticsS = reopened?.firstDiagnosticsS ?? null;
    // What the second start reused, for telling a slow one that missed the persisted state from one that used it.
    for (const line of reopened?.client.log.filter((l) => /persisted index|from the last session/.test(l)) ?? []) console.log(`second start: ${line}`);
    const reopenCpuS = reopened ? serverUsage().cpuS : null;
    // Read once the passes after indexing are done (stories, conflicts, diagnostics checked): at "ready" a second
    // start has not built them yet, so its RSS then is not comparable with the cold start's.
    const rssAfterReopenMb = reopened && (await untilSettled(reopened.client)) ? serverUsage().rssMb : null;
    requests['hover during indexing'] = duringIndexing.slice(1);
    requests['hover right after indexing'] = afterIndexing;
    const requestsMs = Object.fromEntries(Object.entries(requests).map(([name, values]) => [name, percentiles(values)]));
    const requestErrors = Object.fromEntries(Object.entries(failed).filter(([, f]) => f.count > 0).map(([name, f]) => [name, f.count]));
    return { articles: size, loadAverage, indexed: cold.indexed, coldIndexS: cold.seconds, coldIndexCpuS, reopenS, reopenDiagnosticsS, reopenCpuS, rssAfterIndexMb, rssIdleMb, rssPeakMb, rssAfterReopenMb, requestsMs, requestErrors, editToDiagnosticsMs: percentiles(edits), longArticleEditMs, sideBarFirstMs };
  } finally {
    for (const client of clients) await client.shutdown().catch(() => undefined);
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(storage, { recursive: true, force: true });
  }
}

/** A hover's parameters on the first mention of the workspace's first article. */
function probeHover(root: string): { textDocument: { uri: string }; position: { line: number; character: number } } {
  const file = path.join(root, 'part0', 'article0.txt');
  const text = fs.readFileSync(file, 'utf8');
  const document = TextDocument.create(pathToFileURL(file).href, 'article', 1, text);
  return { textDocument: { uri: document.uri }, position: document.positionAt(analyze(text).mentions[0]?.start ?? 0) };
}

/** Times the first Conflicts and Entities requests, as the views send them (protocol.ts) when first shown. */
async function firstSideBarRequests(client: LspClient): Promise<ServerFigures['sideBarFirstMs']> {
  let started = performance.now();
  await client.request('crosscheck/conflictGroups', {});
  const conflicts = performance.now() - started;
  started = performance.now();
  const types = await client.request<Array<{ type: string }>>('crosscheck/entityTypes', { filter: {} });
  if (types[0]) await client.request('crosscheck/entities', { filter: {}, type: types[0].type, limit: SIDE_BAR_PAGE });
  return { conflicts, entities: performance.now() - started };
}

/** The CLI over every ECB+ article against reading and tokenizing them in-process (the floor any analysis pays). */
export function measureCli(cli: string): { articles: number; cliS: number; floorS: number; ratio: number; error?: string } {
  const files = loadEcbPlus().map((d) => path.join(ECBPLUS_DIR, d.doc));
  const floorStarted = performance.now();
  for (const file of files) tokenize(fs.readFileSync(file, 'utf8'));
  const floorS = (performance.now() - floorStarted) / 1000;
  const started = performance.now();
  let error: string | undefined;
  try {
    execFileSync(process.execPath, [cli, 'analyze', ECBPLUS_DIR, '--format', 'json'], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  } catch (e) {
    // A failing CLI is a finding to report with the figures, not a reason to lose the server's.
    error = String((e as { stderr?: Buffer }).stderr ?? e).split('\n')[0];
  }
  const cliS = (performance.now() - started) / 1000;
  return { articles: files.length, cliS, floorS, ratio: cliS / floorS, ...(error ? { error } : {}) };
}

/** Tokens per second of the tagger alone and of the whole analysis, one pass over ECB+ after a warm-up. */
export function measureThroughput(): { taggerTokensPerS: number; analyzeTokensPerS: number } {
  const texts = loadEcbPlus().map((d) => d.text);
  for (const text of texts.slice(0, 50)) analyze(text);
  const tokens = texts.map((t) => tokenize(t));
  const count = tokens.reduce((sum, t) => sum + t.length, 0);
  let started = performance.now();
  for (const t of tokens) tagTokens(t);
  const taggerTokensPerS = count / ((performance.now() - started) / 1000);
  started = performance.now();
  for (const text of texts) analyze(text);
  return { taggerTokensPerS, analyzeTokensPerS: count / ((performance.now() - started) / 1000) };
}

export const loadAverages = (): string => os.loadavg().map((l) => l.toFixed(2)).join(' ');

/**
 * The workspace of a bench that is kept between runs (`NAME SIZE [DIR] [COUNT]`): SIZE articles written into
 * DIR/articles once (DIR a new temporary folder by default), with DIR/storage for the server's persisted index.
 */
export function keptWorkspace(name: string, argv: string[], defaultCount: number): { size: number; dir: string; root: string; storage: string; count: number } {
  const size = Number(argv[0]);
  if (!(size > 0)) throw new Error(`usage: ${name} SIZE [DIR] [COUNT]`);
  const dir = path.resolve(argv[1] ?? fs.mkdtempSync(path.join(os.tmpdir(), `crosscheck-${name}-${size}-`)));
  const root = path.join(dir, 'articles');
  if (!fs.existsSync(root)) writeWorkspace(size, root);
  return { size, dir, root, storage: path.join(dir, 'storage'), count: Number(argv[2] ?? defaultCount) };
}

/** The machine, for reading figures against each other. */
export function machine(): Record<string, string | number> {
  const cpus = os.cpus();
  return { cpu: cpus[0]?.model ?? 'unknown', cores: cpus.length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.type()} ${os.release()}`, loadAverage: loadAverages() };
}

/** Builds the server and CLI bundles the measurements run. */
export function buildProducts(): void {
  execFileSync(process.execPath, [path.resolve(__dirname, '..', 'esbuild.mjs')], { cwd: path.resolve(__dirname, '..'), stdio: 'inherit' });
}

export function serverTable(figures: readonly ServerFigures[]): string {
  const fmt = (p: Percentiles): string => `${p.p50.toFixed(1)} / ${p.p95.toFixed(1)} / ${p.p99.toFixed(1)}`;
  const rows: Array<Array<string | number>> = [['measure', ...figures.map((f) => `${f.articles} articles`)]];
  rows.push(['load average at the start', ...figures.map((f) => f.loadAverage)]);
  rows.push(['articles indexed', ...figures.map((f) => f.indexed)]);
  rows.push(['initialize → indexing done (s)', ...figures.map((f) => f.coldIndexS.toFixed(1))]);
  rows.push(['CPU time of the server until then (s)', ...figures.map((f) => f.coldIndexCpuS.toFixed(1))]);
  rows.push(['second start, from the persisted index (s; CPU s)', ...figures.map((f) => (f.reopenS === null ? 'not measured' : `${f.reopenS.toFixed(1)}; ${f.reopenCpuS?.toFixed(1)}`))]);
  rows.push(['second start: the last session\'s diagnostics shown (s)', ...figures.map((f) => f.reopenDiagnosticsS?.toFixed(2) ?? '-')]);
  rows.push(['server RSS after indexing / idle / peak while editing / after the second start, settled (MB)', ...figures.map((f) => `${f.rssAfterIndexMb.toFixed(0)} / ${f.rssIdleMb.toFixed(0)} / ${f.rssPeakMb.toFixed(0)} / ${f.rssAfterReopenMb?.toFixed(0) ?? '-'}`)]);
  rows.push(['edit of an article → diagnostics p50 / p95 / p99 (ms)', ...figures.map((f) => fmt(f.editToDiagnosticsMs))]);
  rows.push([`edit of a ${LONG_ARTICLE_WORDS}-word article → diagnostics p50 / p95 / p99 (ms)`, ...figures.map((f) => fmt(f.longArticleEditMs))]);
  rows.push(['first Conflicts / Entities request of the side bar (ms)', ...figures.map((f) => `${f.sideBarFirstMs.conflicts.toFixed(0)} / ${f.sideBarFirstMs.entities.toFixed(0)}`)]);
  for (const name of Object.keys(figures[0]?.requestsMs ?? {})) {
    const errors = (f: ServerFigures): string => (f.requestErrors[name] ? `, ${f.requestErrors[name]} failed` : '');
    rows.push([`${name} p50 / p95 / p99 (ms)`, ...figures.map((f) => fmt(f.requestsMs[name]) + errors(f))]);
  }
  return table(rows);
}

export async function run(argv: string[] = []): Promise<void> {
  const asked = argv.map(Number).filter((n) => n > 0);
  const sizes = asked.length > 0 ? asked : DEFAULT_SIZES;
  buildProducts();
  const figures: ServerFigures[] = [];
  const file = path.resolve(__dirname, '..', 'bench', 'results.json');
  for (const size of sizes) {
    console.log(`server over ${size} articles...`);
    figures.push(await measureServer(size));
    console.log(serverTable(figures));
    // Written after each size, so that a long run stopped early keeps what it measured.
    fs.writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), server: figures }, null, 2)}\n`);
  }
  const cli = measureCli(path.resolve(__dirname, 'cli.js'));
  console.log(`\nCLI over ${cli.articles} ECB+ articles: ${cli.cliS.toFixed(1)} s vs read+tokenize ${cli.floorS.toFixed(2)} s: ${cli.ratio.toFixed(0)}×${cli.error ? ` (FAILED: ${cli.error})` : ''}`);
  const throughput = measureThroughput();
  console.log(`tagger ${Math.round(throughput.taggerTokensPerS / 1000)} k tokens/s; whole analysis ${Math.round(throughput.analyzeTokensPerS / 1000)} k tokens/s`);
  const results = { date: new Date().toISOString(), machine: machine(), server: figures, cli, throughput };
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwritten to ${path.relative(process.cwd(), file)}`);
}
