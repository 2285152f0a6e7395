// Tokeniser + tagger speed over the ECB+ articles (median of several passes) and the model's load time.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { recognizeEntities } from '../server/src/analysis/ner/recognize';
import { loadModel, tagTokens, type SerializedModel } from '../server/src/analysis/ner/tagger';
import { tokenize } from '../server/src/analysis/tokenize';
import { loadEcbPlus, table } from '../eval/ecbplus';
import { median } from './stats';

const PASSES = 7;
const MODEL_FILE = path.resolve(__dirname, '..', 'server', 'src', 'analysis', 'ner', 'model.json');


/**
 * Tokens per second of `work` over all texts, median of PASSES passes after one warm-up pass: by the wall clock, and
 * by the CPU time of this process (one core's work, which other load on a shared machine disturbs less); and the
 * fastest pass by CPU time, which other load can only slow (on the shared machine medians of one build ran 194-373k).
 */
function tokensPerSecond(texts: readonly string[], work: (text: string) => number): { wall: number; cpu: number; best: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let pass = 0; pass <= PASSES; pass++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    let tokens = 0;
    for (const text of texts) tokens += work(text);
    const used = process.cpuUsage(cpuStarted);
    if (pass === 0) continue;
    wall.push(tokens / ((performance.now() - started) / 1000));
    cpu.push(tokens / ((used.user + used.system) / 1e6));
  }
  return { wall: median(wall), cpu: median(cpu), best: Math.max(...cpu) };
}

const thousands = (rate: { wall: number; cpu: number; best: number }): string =>
  `${Math.round(rate.wall / 1000)} (CPU time: ${Math.round(rate.cpu / 1000)}, fastest pass ${Math.round(rate.best / 1000)})`;

export async function run(): Promise<void> {
  const texts = loadEcbPlus().map((d) => d.text);
  const tokenCount = texts.reduce((sum, t) => sum + tokenize(t).length, 0);
  const tokenizeOnly = tokensPerSecond(texts, (t) => tokenize(t).length);
  const tagged = tokensPerSecond(texts, (t) => {
    const tokens = tokenize(t);
    tagTokens(tokens);
    return tokens.length;
  });
  const recognized = tokensPerSecond(texts, (t) => {
    const tokens = tokenize(t);
    recognizeEntities(t, tokens);
    return tokens.length;
  });
  const json = fs.readFileSync(MODEL_FILE, 'utf8');
  const parseTimes: number[] = [];
  const decodeTimes: number[] = [];
  for (let i = 0; i < PASSES; i++) {
    const started = performance.now();
    const serialized = JSON.parse(json) as SerializedModel;
    const parsed = performance.now();
    loadModel(serialized);
    parseTimes.push(parsed - started);
    decodeTimes.push(performance.now() - parsed);
  }
  console.log(`${texts.length} ECB+ articles, ${tokenCount} tokens; medians of ${PASSES} passes, one core of ${os.cpus()[0]?.model ?? 'an unknown CPU'} (${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)})`);
  console.log(
    table([
      ['measure', 'value'],
      ['tokenize only (k tokens/s)', thousands(tokenizeOnly)],
      ['tokenize + tag (k tokens/s)', thousands(tagged)],
      ['tokenize + recognizeEntities (k tokens/s)', thousands(recognized)],
      ['model JSON parse (ms)', median(parseTimes)],
      ['model decode (ms)', median(decodeTimes)],
      ['model load total (ms)', median(parseTimes) + median(decodeTimes)],
      ['model file (MB)', json.length / 1e6],
    ]),
  );
}
