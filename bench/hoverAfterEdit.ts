// The hover card right after an edit, in-process, when a few entities are in every article: the edit drops the
// records of the entities it mentions, and the card reads the hovered one and its co-mentioned ones again.
// `npm run bench -- hover-after-edit [ARTICLES]` (default 1,200 small articles, 60 edits).
import { Corpus } from '../server/src/analysis/corpus';
import { hover } from '../server/src/analysis/features/hover';
import { table } from '../eval/ecbplus';
import { quantile } from './stats';

const DEFAULT_ARTICLES = 1200;
const EDITS = 60;
const NEVER = { isCancellationRequested: false };

/** A small article naming the same six people and a place, plus one name of its own. */
function articleText(i: number, edit = ''): string {
  return [
    `Angela Merkel met Vladimir Putin and Emmanuel Macron in Berlin on Monday, officials said.`,
    `Merkel told Xi Jinping, Joe Biden and Narendra Modi that talks would continue after report ${i}.`,
    `Local councillor Person${String.fromCharCode(65 + (i % 26))}${i} welcomed the meeting.${edit}`,
  ].join(' ');
}


export function run(argv: readonly string[]): void {
  const size = Number(argv[0] ?? DEFAULT_ARTICLES);
  const corpus = new Corpus();
  const uri = (i: number) => `file:///bench/hover/${i}.txt`;
  for (let i = 0; i < size; i++) corpus.set(uri(i), articleText(i));
  const probe = corpus.get(uri(0))!;
  const at = probe.document.positionAt(probe.analysis.mentions[0].start);
  hover(corpus, uri(0), at, NEVER);
  const times: number[] = [];
  let card = '';
  for (let e = 0; e < EDITS; e++) {
    const edited = 1 + ((e * 37) % (size - 1));
    corpus.set(uri(edited), articleText(edited, ` Edit ${e}: Merkel said the talks went well.`));
    const t0 = performance.now();
    card = (hover(corpus, uri(0), at, NEVER)?.contents as { value: string }).value;
    times.push(performance.now() - t0);
  }
  console.log(table([['articles', 'edits', 'hover after an edit p50 ms', 'p90', 'max'], [size, EDITS, quantile(times, 0.5), quantile(times, 0.9), Math.max(...times)]]));
  console.log(`\nThe last card's co-mentions: ${card.split('\n').find((line) => line.startsWith('*Often with')) ?? '(none)'}`);
}
