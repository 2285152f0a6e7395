// Update cost of the corpus index at 100, 1,000 and 10,000 articles: re-analysing one edited article and
// answering the queries an editor sends after it must not grow with the corpus.
import { Corpus } from '../server/src/analysis/corpus';
import { diagnostics } from '../server/src/analysis/features/diagnostics';
import { hover } from '../server/src/analysis/features/hover';
import { loadEcbPlus, table } from '../eval/ecbplus';

const SIZES = [100, 1000, 10000];
const EDITS = 40;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * The i-th article of a synthetic corpus: the 982 real ones, then copies in which every name written mid-sentence gets
 * a suffix of its own, so that a copy tells another story about other people (as a real corpus of 10,000 articles
 * would) instead of making every story ten times as long.
 */
export function articleText(texts: readonly string[], i: number): string {
  const copy = Math.floor(i / texts.length);
  const text = texts[i % texts.length];
  if (copy === 0) return text;
  const suffix = copy.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)));
  return text.replace(/(?<=[a-z,] )([A-Z][a-z]{2,})/g, `$1${suffix}`);
}

export async function run(): Promise<void> {
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
}
