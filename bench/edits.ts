// `npm run bench -- edits SIZE [DIR] [EDITS]`: edit → diagnostics on one open article of a SIZE-article workspace, then on a long one (longArticle.ts),
// started from its persisted index (the workspace is kept in DIR as by `reopen`) once the passes after the start are done, for profiling the edit path with
// CROSSCHECK_BENCH_CPU_PROF without the cold index and the other requests of the full bench. Runs the server built
// last (`npm run build`), or CROSSCHECK_SERVER.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LspClient } from '../test/util/lspClient';
import { LONG_ARTICLE_WORDS, longArticleText, timeEdits } from './longArticle';
import { keptWorkspace, loadAverages, percentiles, serverUsage, startIndexed } from './server';

/** The longest wait for the passes after a start (stories, diagnostics, entity records) to end before the edits. */
const SETTLE_LIMIT_MS = 120_000;

/** Resolves once the server spent under 50 ms of CPU in a second: the passes after its start are done. */
async function serverIdle(): Promise<void> {
  for (const until = performance.now() + SETTLE_LIMIT_MS; performance.now() < until; ) {
    const before = serverUsage().cpuS;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    if (serverUsage().cpuS - before < 0.05) return;
  }
}

export async function run(argv: string[]): Promise<void> {
  const { size, root, storage, count } = keptWorkspace('edits', argv, 30);
  const clients: LspClient[] = [];
  try {
    const { client, seconds } = await startIndexed(root, storage, clients);
    // The edits of a session under way, not the first one's linking every story the start left unlinked.
    await serverIdle();
    console.log(`ready in ${seconds.toFixed(1)} s; profile clock at the first edit: ${process.hrtime.bigint() / 1000n} µs`);
    const file = path.join(root, 'part0', 'article0.txt');
    const times = await timeEdits(client, file, fs.readFileSync(file, 'utf8'), count);
    const p = percentiles(times);
    console.log(`edit → diagnostics over ${count} edits at ${size} articles: p50 ${p.p50.toFixed(0)} / p95 ${p.p95.toFixed(0)} ms (load average ${loadAverages()})`);
    const long = percentiles(await timeEdits(client, path.join(root, 'long-article.txt'), longArticleText(), count));
    console.log(`the same for a ${LONG_ARTICLE_WORDS}-word article: p50 ${long.p50.toFixed(0)} / p95 ${long.p95.toFixed(0)} ms (load average ${loadAverages()})`);
    await clients.pop()!.shutdown();
  } finally {
    for (const client of clients) await client.shutdown().catch(() => undefined);
  }
}
