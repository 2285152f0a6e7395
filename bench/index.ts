// `npm run bench`: speed and memory, as medians and ratios (the machines are shared and noisy: read trends, not single runs).
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { main } from '../eval/sections';
import { run as indexUpdate } from './indexUpdate';
import { run as ner } from './ner';
import { analyzeInWorker, run as pathological, WORKER_FLAG } from './pathological';

if (isMainThread) {
  main([
    ['Tokeniser and tagger', ner],
    ['Index update cost', indexUpdate],
    ['Pathological inputs', () => pathological(process.argv.slice(2))],
  ]);
} else {
  parentPort!.postMessage(analyzeInWorker((workerData as Record<string, Parameters<typeof analyzeInWorker>[0]>)[WORKER_FLAG]));
}
