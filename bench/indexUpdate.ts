// Update cost of the corpus index at 100, 1,000 and 10,000 articles: re-analysing one edited article and
// answering the queries an editor sends after it must not grow with the corpus. The stories alone are measured
// apart at 1,000, 3,000 and 10,000 (`npm run bench -- update stories` runs only that part).
import { analyze } from '../server/src/analysis/analyze';
import { Corpus } from '../server/src/analysis/corpus';
import { StorySet } from '../server/src/analysis/stories/stories';
import { diagnostics } from '../server/src/analysis/features/diagnostics';
import { hover } from '../server/src/analysis/features/hover';
import { loadEcbPlus, table } from '../eval/ecbplus';
import { articleText } from './syntheticArticles';
import { median } from './stats';

const SIZES = [100, 1000, 10000];
const EDITS = 40;
const STORY_SIZES = [1000, 3000, 10000];
const STORY_EDITS = 20;


/**
 * Re-indexing one edited article in the stories and asking its story, at each size: the edit re-clusters the groups
 * (joined by core links) whose best links it changes, which must stay bounded as the corpus grows. Analyses are made once and shared by the sizes.
 */
export function storyEditRows(): Array<Array<string | number>> {
  const texts = loadEcbPlus().map((d) => d.text);
  const largest = Math.max(...STORY_SIZES);
  const analyses = Array.from({ length: largest }, (_, i) => analyze(articleText(texts, i), { path: `file:///bench/${i}.txt` }));
  const rows: Array<Array<string | number>> = [['articles', 'build s', 'largest story', 'edit + storyOf ms (median)', 'max', 'last']];
  for (const size of STORY_SIZES) {
    const stories = new StorySet();
    const started = performance.now();
    for (let i = 0; i < size; i++) stories.setDocument(`file:///bench/${i}.txt`, analyses[i]);
    const largestStory = Math.max(...stories.stories().map((s) => s.documents.length));
    const buildSeconds = (performance.now() - started) / 1000;
    const times: number[] = [];
    for (let e = 0; e < STORY_EDITS; e++) {
      const i = (e * 37) % size;
      const uri = `file:///bench/${i}.txt`;
      const edited = analyze(`${articleText(texts, i)}\nEdit ${e}: officials said on Monday that the investigation would continue.`, { path: uri });
      const t0 = performance.now();
      stories.setDocument(uri, edited);
      stories.storyOf(uri);
      times.push(performance.now() - t0);
    }
    rows.push([size, buildSeconds, largestStory, median(times), Math.max(...times), times[times.length - 1]]);
  }
  return rows;
}

export async function run(): Promise<void> {
  if (process.argv.includes('stories')) {
    console.log(table(storyEditRows()));
    return;
  }
  const texts = loadEcbPlus().map((d) => d.text);
  const rows: Array<Array<string | number>> = [['articles', 'build s', 'heap MB', 'update ms (median)', 'update+queries ms (median)', 'vs 100']];
  let base = 0;
  for (const size of SIZES) {
    global.gc?.();
    const corpus = new Corpus();
    const started = performance.now();
    for (let i = 0; i < size; i++) corpus.set(`file:///bench/${i}.txt`, articleText(texts, i));
    const buildSeconds = (performance.now() - started) / 1000;
    global.gc?.();
    const heap = process.memoryUsage().heapUsed / 1e6;
    const updates: number[] = [];
    const withQueries: number[] = [];
    for (let e = 0; e < EDITS; e++) {
      const i = (e * 37) % size;
      const uri = `file:///bench/${i}.txt`;
      const edited = `${articleText(texts, i)}\nEdit ${e}: officials said on Monday that the investigation would continue.`;
      const t0 = performance.now();
      const article = corpus.set(uri, edited);
      const t1 = performance.now();
      diagnostics(corpus, uri);
      const first = article.analysis.mentions[0];
      if (first) hover(corpus, uri, article.document.positionAt(first.start), { isCancellationRequested: false });
      const t2 = performance.now();
      updates.push(t1 - t0);
      withQueries.push(t2 - t0);
    }
    const m = median(withQueries);
    if (size === SIZES[0]) base = m;
    rows.push([size, buildSeconds, heap, median(updates), m, `${(m / base).toFixed(2)}×`]);
  }
  console.log(table(rows));
  console.log('\nAn update re-analyses the edited article, updates the entity and conflict indexes, then computes its diagnostics and one hover.');
  console.log('\nStories alone: an edit re-indexes the article in the stories and asks its story.');
  console.log(table(storyEditRows()));
}
