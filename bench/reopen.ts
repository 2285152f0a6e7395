// `npm run bench -- reopen SIZE [DIR] [TIMES]`: how long a second start of a SIZE-article workspace takes when it reads
// the persisted index. The workspace and its storage folder are kept in DIR (a temporary folder by default), so later
// runs (with CROSSCHECK_BENCH_CPU_PROF to profile them) skip the cold index that writes the persisted index. Runs the
// server built last (`npm run build`), or CROSSCHECK_SERVER.
import type { LspClient } from '../test/util/lspClient';
import { keptWorkspace, loadAverages, serverUsage, startIndexed } from './server';

export async function run(argv: string[]): Promise<void> {
  const { dir, root, storage, count: times } = keptWorkspace('reopen', argv, 3);
  const clients: LspClient[] = [];
  try {
    for (let i = 0; i <= times; i++) {
      const load = loadAverages();
      const { client, seconds, indexed, firstDiagnosticsS } = await startIndexed(root, storage, clients);
      const reuse = client.log.find((line) => line.includes('persisted index of')) ?? 'no persisted index';
      // Whether the diagnostics of the last session were shown at once (node/diagnosticsSnapshot) or computed again.
      const snapshot = client.log.find((line) => /from the last session|kept the diagnostics/.test(line)) ?? 'no diagnostics snapshot';
      const entities = client.log.find((line) => line.includes('entity resolutions')) ?? 'entities resolved afresh';
      const { cpuS, rssMb } = serverUsage();
      console.log(`start ${i}: first diagnostics at ${firstDiagnosticsS?.toFixed(2) ?? '-'} s, ${indexed} articles ready in ${seconds.toFixed(2)} s, server CPU ${cpuS.toFixed(1)} s, RSS ${rssMb.toFixed(0)} MB (load average ${load}); ${reuse.replace(/^.*: /, '')}; ${snapshot}; ${entities}`);
      await clients.pop()!.shutdown();
    }
  } finally {
    for (const client of clients) await client.shutdown().catch(() => undefined);
  }
  console.log(`workspace and persisted index kept in ${dir}`);
}
