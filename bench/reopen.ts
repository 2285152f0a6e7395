// `npm run bench -- reopen SIZE [DIR] [TIMES]`: how long a second start of a SIZE-article workspace takes when it reads
// the persisted index. The workspace and its storage folder are kept in DIR (a temporary folder by default), so later
// runs (with CROSSCHECK_BENCH_CPU_PROF to profile them) skip the cold index that writes the persisted index. Runs the
// server built last (`npm run build`), or CROSSCHECK_SERVER. The starts are recorded under `reopen` in bench/results.json.
// CROSSCHECK_BENCH_REOPEN=new (or changed) adds one article (or changes one) before every start but the first: what a
// user does between sessions, which must not make the next start index cold.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LspClient } from '../test/util/lspClient';
import { loadEcbPlus } from '../eval/ecbplus';
import { keptWorkspace, loadAverages, machine, serverUsage, startIndexed, untilSettled } from './server';
import { articleText } from './syntheticArticles';

/** One start of the workspace, as measured from the client. */
interface Start {
  loadAverage: string;
  /** From initialize to the first diagnostics published (the last session's, when kept). */
  firstDiagnosticsS: number | null;
  /** From initialize to the end of the first indexing. */
  readyS: number;
  /** The server's CPU time (all threads) and resident memory right after. */
  cpuS: number;
  rssMb: number;
  /**
   * From initialize to the end of the passes after indexing (stories linked, the last session's diagnostics checked),
   * and the resident memory then: what a session holds once its index is whole. Null when the check never came.
   */
  settledS: number | null;
  rssSettledMb: number | null;
  /** The server's log lines on what it took from the persisted index, the diagnostics snapshot and the entity resolutions. */
  reuse: string;
}

export async function run(argv: string[]): Promise<void> {
  const { size, dir, root, storage, count: times } = keptWorkspace('reopen', argv, 3);
  const clients: LspClient[] = [];
  const starts: Start[] = [];
  const between = process.env.CROSSCHECK_BENCH_REOPEN;
  try {
    for (let i = 0; i <= times; i++) {
      if (i > 0 && (between === 'new' || between === 'changed')) console.log(changeOneArticle(root, size, between));
      const loadAverage = loadAverages();
      const { client, seconds, indexed, firstDiagnosticsS } = await startIndexed(root, storage, clients);
      const readyAt = performance.now();
      const reuse = client.log.find((line) => line.includes('persisted index of')) ?? 'no persisted index';
      // Whether the diagnostics of the last session were shown at once (node/diagnosticsSnapshot) or computed again.
      const snapshot = client.log.find((line) => /from the last session|kept the diagnostics/.test(line)) ?? 'no diagnostics snapshot';
      const entities = client.log.find((line) => line.includes('entity resolutions')) ?? 'entities resolved afresh';
      const { cpuS, rssMb } = serverUsage();
      const checked = await untilSettled(client);
      const settledS = checked ? seconds + (performance.now() - readyAt) / 1000 : null;
      const rssSettledMb = checked ? serverUsage().rssMb : null;
      const taken = `${reuse.replace(/^.*: /, '')}; ${snapshot}; ${entities}`;
      starts.push({ loadAverage, firstDiagnosticsS, readyS: seconds, cpuS, rssMb, settledS, rssSettledMb, reuse: taken });
      console.log(`start ${i}: first diagnostics at ${firstDiagnosticsS?.toFixed(2) ?? '-'} s, ${indexed} articles ready in ${seconds.toFixed(2)} s, server CPU ${cpuS.toFixed(1)} s, RSS ${rssMb.toFixed(0)} MB; settled at ${settledS?.toFixed(1) ?? '-'} s, RSS ${rssSettledMb?.toFixed(0) ?? '-'} MB (load average ${loadAverage}); ${taken}`);
      await clients.pop()!.shutdown();
    }
  } finally {
    for (const client of clients) await client.shutdown().catch(() => undefined);
  }
  record({ date: new Date().toISOString(), articles: size, machine: machine(), starts });
  console.log(`workspace and persisted index kept in ${dir}`);
}

/**
 * Adds an article the workspace has not had (the next synthetic one after those there) or changes the first one (a
 * line appended); says which.
 */
function changeOneArticle(root: string, size: number, how: 'new' | 'changed'): string {
  if (how === 'changed') {
    const file = path.join(root, 'part0', 'article0.txt');
    fs.appendFileSync(file, `\nUpdated at ${new Date().toISOString()}.\n`);
    return `changed ${file}`;
  }
  const added = path.join(root, 'added');
  fs.mkdirSync(added, { recursive: true });
  const n = size + fs.readdirSync(added).length;
  const file = path.join(added, `article${n}.txt`);
  fs.writeFileSync(file, articleText(loadEcbPlus().map((d) => d.text), n));
  return `added ${file}`;
}

/** Puts the starts into bench/results.json beside what the other benches wrote there. */
function record(reopen: { date: string; articles: number; machine: Record<string, string | number>; starts: Start[] }): void {
  const file = path.resolve(__dirname, '..', 'bench', 'results.json');
  const results = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  fs.writeFileSync(file, `${JSON.stringify({ ...results, reopen }, null, 2)}\n`);
}
