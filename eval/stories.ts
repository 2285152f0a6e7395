// Stories section: all 982 ECB+ articles indexed together, stories scored by B3 against the 86 gold stories
// (topic × ecb/ecbplus group) on topics 1-35 (tuning) and 36-45 (report only), beside a TF-IDF baseline.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../server/src/analysis/analyze';
import { Corpus } from '../server/src/analysis/corpus';
import { averageLink } from '../server/src/analysis/stories/cluster';
import type { DocumentAnalysis } from '../server/src/analysis/types';
import { ECBPLUS_DIR, type GoldDocument, isTuningTopic, loadEcbPlus, table } from './ecbplus';

export interface AnalyzedDocument {
  gold: GoldDocument;
  analysis: DocumentAnalysis;
}

let analyzed: AnalyzedDocument[] | undefined;

/** Every ECB+ article analysed once, with its path as the analysis sees it. */
export function analyzedEcbPlus(): AnalyzedDocument[] {
  analyzed ??= loadEcbPlus().map((gold) => ({ gold, analysis: analyze(gold.text, { path: gold.doc }) }));
  return analyzed;
}

export const goldStoryOf = (doc: GoldDocument): string => `${doc.topic}/${doc.group}`;

export interface B3 {
  precision: number;
  recall: number;
  f1: number;
}

/** B3 over the given documents; a document's system cluster is everything `clusterOf` maps to the same key. */
export function storyB3(docs: readonly GoldDocument[], clusterOf: (doc: string) => string, scored: (doc: GoldDocument) => boolean = () => true): B3 {
  const systemSize = new Map<string, number>();
  const goldSize = new Map<string, number>();
  const both = new Map<string, number>();
  for (const d of docs) {
    const s = clusterOf(d.doc);
    const g = goldStoryOf(d);
    systemSize.set(s, (systemSize.get(s) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    both.set(`${s}\n${g}`, (both.get(`${s}\n${g}`) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  let n = 0;
  for (const d of docs) {
    if (!scored(d)) continue;
    const s = clusterOf(d.doc);
    const shared = both.get(`${s}\n${goldStoryOf(d)}`)!;
    precision += shared / systemSize.get(s)!;
    recall += shared / goldSize.get(goldStoryOf(d))!;
    n++;
  }
  precision /= n;
  recall /= n;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

const tuning = (d: GoldDocument): boolean => isTuningTopic(d.topic);
const heldOut = (d: GoldDocument): boolean => !isTuningTopic(d.topic);

/** The reference: TF-IDF over capitalised words and numbers, cosine, average-link, threshold tuned on 1-35. */
function baselineClusters(docs: readonly GoldDocument[]): { threshold: number; clusterOf: Map<string, string> } {
  const termsOf = docs.map((d) => {
    const counts = new Map<string, number>();
    for (const m of d.text.matchAll(/\b(?:\p{Lu}[\p{L}'’-]*|\d[\d.,]*)/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    return counts;
  });
  const df = new Map<string, number>();
  for (const t of termsOf) for (const k of t.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const vectors = termsOf.map((t) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [k, tf] of t) {
      const w = tf * Math.log(docs.length / df.get(k)!);
      v.set(k, w);
      norm += w * w;
    }
    for (const [k, w] of v) v.set(k, w / Math.sqrt(norm || 1));
    return v;
  });
  const index = new Map(docs.map((d, i) => [d.doc, i]));
  const sims = new Map<string, number>();
  const neighbours = docs.map(() => new Map<string, number>());
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      let s = 0;
      for (const [k, w] of vectors[i]) s += w * (vectors[j].get(k) ?? 0);
      if (s <= 0.02) continue;
      sims.set(`${i} ${j}`, s);
      neighbours[i].set(docs[j].doc, s);
      neighbours[j].set(docs[i].doc, s);
    }
  }
  const clusterAt = (threshold: number): Map<string, string> => {
    // Linked groups first (average-link never joins unlinked articles), then average-link in each.
    const parent = docs.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    for (const [key, s] of sims) {
      if (s < threshold) continue;
      const [i, j] = key.split(' ').map(Number);
      parent[find(i)] = find(j);
    }
    const groups = new Map<number, string[]>();
    docs.forEach((d, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), d.doc]));
    const clusterOf = new Map<string, string>();
    for (const group of groups.values()) for (const members of averageLink(group, (doc) => neighbours[index.get(doc)!], threshold)) for (const m of members) clusterOf.set(m, members[0]);
    return clusterOf;
  };
  let best = { threshold: 0, f1: -1, clusterOf: new Map<string, string>() };
  for (let t = 0.05; t < 0.6; t += 0.025) {
    const clusterOf = clusterAt(t);
    const f1 = storyB3(docs, (doc) => clusterOf.get(doc)!, tuning).f1;
    if (f1 > best.f1) best = { threshold: t, f1, clusterOf };
  }
  return best;
}

function b3Row(name: string, docs: readonly GoldDocument[], clusterOf: (doc: string) => string): Array<string | number> {
  const t = storyB3(docs, clusterOf, tuning);
  const h = storyB3(docs, clusterOf, heldOut);
  return [name, new Set(docs.map((d) => clusterOf(d.doc))).size, t.precision, t.recall, t.f1, h.precision, h.recall, h.f1];
}

/**
 * The years of the events each group of topics 36-45 reports, read from the articles (their datelines and what
 * they report) for scoring article dates; several for a group that follows a story over years (36/ecbplus).
 */
const EVENT_YEARS_36_45 = new Map<string, number[]>([
  ['36/ecb', [2009]], ['36/ecbplus', [2008, 2010, 2011]], ['37/ecb', [2009]], ['37/ecbplus', [2013]], ['38/ecbplus', [2013]],
  ['39/ecb', [2009]], ['39/ecbplus', [2013]], ['40/ecb', [2009]], ['40/ecbplus', [2012]], ['41/ecb', [2009]], ['41/ecbplus', [2011]],
  ['42/ecb', [2009]], ['42/ecbplus', [2013]], ['43/ecb', [2006]], ['43/ecbplus', [2012]], ['44/ecb', [2008]], ['44/ecbplus', [2007]],
  ['45/ecb', [2004]], ['45/ecbplus', [2013]],
]);

/** Event years of the groups of topics 13-35 from the validation notes (the years each group's line gives). */
function validationEventYears(): Map<string, number[]> {
  const years = new Map<string, number[]>();
  let topic = '';
  for (const line of fs.readFileSync(path.join(ECBPLUS_DIR, 'conflicts-val-notes.md'), 'utf8').split('\n')) {
    const heading = /^# Topic (\d+)/.exec(line);
    if (heading) topic = heading[1];
    const group = /^- \*\*(ecb|ecbplus)\*\*:/.exec(line);
    const found = group ? [...line.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0])) : [];
    if (group && found.length > 0) years.set(`${topic}/${group[1]}`, [found[0]]);
  }
  return years;
}

/** Of the articles of groups with known event years: how many get a date, how many of those have the right year. */
function dateRows(label: string, corpus: Corpus, docs: readonly GoldDocument[], eventYears: Map<string, number[]>): Array<Array<string | number>> {
  const bySource = new Map<string, { dated: number; right: number }>();
  let articles = 0;
  for (const d of docs) {
    const years = eventYears.get(goldStoryOf(d));
    if (!years) continue;
    articles++;
    const own = corpus.get(d.doc)?.analysis.referenceDate;
    // An undated article's story day dates its event, not the article: a row of its own, outside "all".
    const storyDay = own ? undefined : corpus.storyDateOf(d.doc);
    const date = own ?? (storyDay && { value: storyDay.value, source: "undated, the story's day" });
    if (!date) continue;
    for (const source of own ? ['all', date.source] : [date.source]) {
      const s = bySource.get(source) ?? { dated: 0, right: 0 };
      s.dated++;
      if (years.includes(Number(date.value.slice(0, 4)))) s.right++;
      bySource.set(source, s);
    }
  }
  return [...bySource].map(([source, s]) => [label, source, articles, s.dated, s.dated / articles, s.right / s.dated]);
}

/** Conflicts whose two articles are in different gold stories: all of them, and those inside one system story. */
function crossStoryRows(corpus: Corpus, docs: readonly GoldDocument[]): Array<Array<string | number>> {
  const byDoc = new Map(docs.map((d) => [d.doc, d]));
  const rows: Array<Array<string | number>> = [];
  for (const [label, inScope] of [['1-35', tuning], ['36-45', heldOut]] as const) {
    const conflicts = corpus.conflicts.all().filter((c) => inScope(byDoc.get(c.a.docId)!) || inScope(byDoc.get(c.b.docId)!));
    const crossing = (c: (typeof conflicts)[number]) => goldStoryOf(byDoc.get(c.a.docId)!) !== goldStoryOf(byDoc.get(c.b.docId)!);
    const sameStory = conflicts.filter((c) => corpus.storyOf(c.a.docId) === corpus.storyOf(c.b.docId));
    const share = (list: typeof conflicts) => `${list.filter(crossing).length}/${list.length} = ${list.length ? (list.filter(crossing).length / list.length).toFixed(3) : '-'}`;
    rows.push([label, share(conflicts), share(sameStory)]);
  }
  return rows;
}

export async function run(): Promise<void> {
  const gold = loadEcbPlus();
  const corpus = new Corpus();
  const started = Date.now();
  for (const d of gold) corpus.set(d.doc, d.text, { path: d.doc });
  const indexMs = Date.now() - started;
  const baseline = baselineClusters(gold);
  console.log(`== Stories: all ${gold.length} ECB+ articles in one corpus, ${new Set(gold.map(goldStoryOf)).size} gold stories (topic × group); B3`);
  console.log(
    table([
      ['system', 'stories', 'P 1-35', 'R 1-35', 'F1 1-35', 'P 36-45', 'R 36-45', 'F1 36-45'],
      b3Row('crosscheck', gold, (doc) => corpus.storyOf(doc)!.id),
      b3Row(`TF-IDF baseline (t=${baseline.threshold.toFixed(3)})`, gold, (doc) => baseline.clusterOf.get(doc)!),
    ]),
  );
  console.log(`(corpus indexed in ${(indexMs / 1000).toFixed(1)} s)`);
  console.log('\nTitles of the ten largest stories:');
  for (const story of corpus.stories().sort((a, b) => b.documents.length - a.documents.length).slice(0, 10)) {
    console.log(`  ${story.documents.length} articles: ${story.title}`);
  }
  console.log('\n== Conflicts between articles of different gold stories (all 982 articles in one corpus)');
  console.log(table([['topics', 'as reported', 'inside one story'], ...crossStoryRows(corpus, gold)]));
  console.log('\n== Article dates: share of articles given a date, and of those the share in the year of the events their group reports');
  console.log(
    table([
      ['topics', 'source', 'articles', 'dated', 'share dated', 'right year'],
      ...dateRows('36-45', corpus, gold.filter(heldOut), EVENT_YEARS_36_45),
      ...dateRows('13-35 (validation notes)', corpus, gold.filter(tuning), validationEventYears()),
    ]),
  );
}
