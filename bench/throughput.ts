// `npm run bench -- throughput [RUNS]`: the analysis throughput and the CLI-to-floor ratio alone, median of RUNS (3)
// runs in one process, so two versions of the pipeline can be compared at the same load without the server bench.
import * as path from 'node:path';
import { buildProducts, loadAverages, measureCli, measureThroughput } from './server';
import { median } from './stats';


export function run(argv: string[]): void {
  const runs = Number(argv[0] ?? 3);
  if (!(runs > 0)) throw new Error('usage: throughput [RUNS]');
  buildProducts();
  const load = loadAverages();
  const tagger: number[] = [];
  const analysis: number[] = [];
  const cliS: number[] = [];
  const floorS: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { taggerTokensPerS, analyzeTokensPerS } = measureThroughput();
    tagger.push(taggerTokensPerS);
    analysis.push(analyzeTokensPerS);
    const cli = measureCli(path.resolve(__dirname, 'cli.js'));
    if (cli.error) throw new Error(`the CLI failed: ${cli.error}`);
    cliS.push(cli.cliS);
    floorS.push(cli.floorS);
    ratios.push(cli.ratio);
    console.log(`run ${i + 1}: tagger ${Math.round(taggerTokensPerS / 1000)}k, analyze() ${Math.round(analyzeTokensPerS / 1000)}k tokens/s; CLI ${cli.cliS.toFixed(1)} s vs floor ${cli.floorS.toFixed(2)} s: ${cli.ratio.toFixed(1)}×`);
  }
  console.log(`median of ${runs} (load average ${load} at the start, ${loadAverages()} at the end): tagger ${Math.round(median(tagger) / 1000)}k tokens/s, analyze() ${Math.round(median(analysis) / 1000)}k tokens/s; CLI ${median(cliS).toFixed(1)} s vs floor ${median(floorS).toFixed(2)} s: ${median(ratios).toFixed(1)}×`);
}
