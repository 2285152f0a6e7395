// The conflict update of an edit, in-process: one article of a workspace of generated articles edited as a writer
// types (a sentence added at the end), each edit analysed outside the timing, then its story linked, compared in
// steps (ConflictIndex.compareSome, as the server's refresh runs it) and its conflicts read: the CPU ms of those, per edit.
// `node dist/bench.js edit-conflicts [ARTICLES] [EDITS] [long]` (default 1,000 of bench/syntheticArticles.ts, 60 edits;
// `long`: the edits are of the 2,000-word article of longArticle.ts, added to the workspace);
// with CROSSCHECK_BENCH_CPU_PROF=FILE, a CPU profile of the timed parts alone is written to FILE.
import * as fs from 'node:fs';
import { Session } from 'node:inspector';
import { analyze } from '../server/src/analysis/analyze';
import { Corpus } from '../server/src/analysis/corpus';
import { loadEcbPlus, table } from '../eval/ecbplus';
import { longArticleText } from './longArticle';
import { quantile } from './stats';
import { articleText } from './syntheticArticles';

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export function run(argv: readonly string[]): void {
  const size = Number(argv[0] ?? 1000);
  const edits = Number(argv[1] ?? 60);
  const texts = loadEcbPlus().map((d) => d.text);
  const uri = (i: number): string => `file:///bench/${i}.txt`;
  const corpus = new Corpus();
  for (let i = 0; i < size; i++) corpus.set(uri(i), articleText(texts, i));
  corpus.stories();
  const long = argv[2] === 'long';
  const edited = long ? 'file:///bench/long-article.txt' : uri(0);
  const original = long ? longArticleText() : articleText(texts, 0);
  if (long) corpus.set(edited, original);
  const update = (): number => {
    const started = cpuMs();
    corpus.linkStories();
    while (corpus.conflicts.compareSome(edited));
    corpus.conflictsFor(edited);
    return cpuMs() - started;
  };
  update();
  const profileFile = process.env.CROSSCHECK_BENCH_CPU_PROF;
  const session = profileFile ? new Session() : undefined;
  session?.connect();
  const profiler = (method: string): unknown => {
    let result: unknown;
    session?.post(method, (error, value) => {
      if (error) throw error;
      result = value;
    });
    return result;
  };
  profiler('Profiler.enable');
  const times: number[] = [];
  let shown = 0;
  const profiles: unknown[] = [];
  for (let k = 0; k < edits; k++) {
    const analysis = analyze(`${original}\nEdit ${k}: officials said on Monday that 3${k} people were hurt.`, { path: edited });
    corpus.setAnalysis(edited, analysis);
    profiler('Profiler.start');
    times.push(update());
    const stopped = profiler('Profiler.stop') as { profile: unknown } | undefined;
    if (stopped) profiles.push(stopped.profile);
    shown += corpus.conflictsFor(edited).length;
  }
  if (profileFile) fs.writeFileSync(profileFile, JSON.stringify(profiles));
  console.log(table([['articles', 'edits', 'story members', 'conflicts shown', 'CPU ms an edit p50', 'p90', 'max'], [size, edits, corpus.storyOf(edited)?.documents.length ?? 0, shown, quantile(times, 0.5), quantile(times, 0.9), Math.max(...times)]]));
}
