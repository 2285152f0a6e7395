// `npm run bench`: speed and memory, as medians and ratios (the machines are shared and noisy: read trends, not single runs).
// `npm run bench:gate` (`dist/bench.js gate`) runs only the gate; `npm run bench -- reopen SIZE` times second starts,
// `npm run bench -- edits SIZE` edits on a workspace started from its persisted index, `npm run bench -- throughput`
// the analysis throughput and the CLI's ratio to the read+tokenize floor alone, `npm run bench -- hover-after-edit` the
// hover card right after an edit when a few entities are in every article, `npm run bench -- conflict-pass [ARTICLES]`
// the conflict pass after indexing (CPU, heap after GC with --expose-gc).
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { main } from '../eval/sections';
import { runGate } from './gate';
import { run as indexUpdate } from './indexUpdate';
import { run as ner } from './ner';
import { analyzeInWorker, run as pathological, WORKER_FLAG } from './pathological';
import { run as conflictPass } from './conflictPass';
import { run as editConflicts } from './editConflicts';
import { run as edits } from './edits';
import { run as hoverAfterEdit } from './hoverAfterEdit';
import { run as reopen } from './reopen';
import { run as server } from './server';
import { run as throughput } from './throughput';

const argv = process.argv.slice(2);
if (!isMainThread) {
  parentPort!.postMessage(analyzeInWorker((workerData as Record<string, Parameters<typeof analyzeInWorker>[0]>)[WORKER_FLAG]));
} else if (argv[0] === 'gate') {
  runGate(argv.slice(1)).catch((e) => {
    console.error(e);
    // A server left running would keep the gate from ever returning.
    process.exit(1);
  });
} else if (argv[0] === 'reopen' || argv[0] === 'edits') {
  (argv[0] === 'reopen' ? reopen : edits)(argv.slice(1)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else if (argv[0] === 'hover-after-edit') {
  hoverAfterEdit(argv.slice(1));
} else if (argv[0] === 'edit-conflicts') {
  editConflicts(argv.slice(1));
} else if (argv[0] === 'conflict-pass') {
  conflictPass(argv.slice(1));
} else if (argv[0] === 'throughput') {
  throughput(argv.slice(1));
} else {
  main([
    ['Tokeniser and tagger (ner)', ner],
    ['Index update cost', indexUpdate],
    ['Pathological inputs', () => pathological(argv)],
    ['Server and CLI, as users wait', () => server(argv)],
  ]);
}
