// Eval section "conflicts": recall per labelled kind on ECB+ topics 1-12, the share of predictions on labelled
// pairs, every unmatched prediction for reading, conflicts across the two events of a topic (topics 1-35, both
// groups indexed together, as a user's folder mixes them) and look-alikes flagged on the five seeds.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../server/src/analysis/analyze';
import { ConflictIndex, type Conflict } from '../server/src/analysis/conflicts/conflictIndex';
import { EntityIndex } from '../server/src/analysis/identity/entityIndex';
import type { Span } from '../server/src/analysis/types';
import { CORPUS_DIR, ECBPLUS_DIR, isTuningTopic, loadEcbPlus, table, type GoldDocument } from './ecbplus';

interface Side {
  doc: string;
  quote: string;
}

interface Label {
  topic: number;
  group: string;
  attribute: string;
  kind: string;
  a: Side;
  b: Side;
  also: { a: string[]; b: string[] };
}

/** Indexes a set of articles together, as the language server does for a workspace. */
function indexArticles(articles: Array<{ id: string; text: string }>): { conflicts: Conflict[]; texts: Map<string, string> } {
  const entities = new EntityIndex({ metonymy: true });
  const conflicts = new ConflictIndex();
  const analyses = articles.map((a) => ({ id: a.id, analysis: analyze(a.text, { path: a.id }) }));
  for (const { id, analysis } of analyses) entities.setDocument(id, analysis);
  for (const { id, analysis } of analyses) conflicts.setDocument(id, analysis, (chain) => entities.entityOf(id, chain));
  return { conflicts: conflicts.all(), texts: new Map(analyses.map(({ id, analysis }) => [id, analysis.text])) };
}

/** The spans of a quote in each document that states it: the labelled document and its `also` list. */
function quoteSpans(side: Side, also: string[], texts: Map<string, string>): Array<{ doc: string; span: Span }> {
  const spans: Array<{ doc: string; span: Span }> = [];
  const start = texts.get(side.doc)?.indexOf(side.quote) ?? -1;
  if (start >= 0) spans.push({ doc: side.doc, span: { start, end: start + side.quote.length } });
  // Documents in `also` state the same value in their own words: any span of theirs counts.
  for (const doc of also) spans.push({ doc, span: { start: 0, end: texts.get(doc)?.length ?? 0 } });
  return spans;
}

function hits(ref: Conflict['a'], spans: Array<{ doc: string; span: Span }>): boolean {
  return spans.some((s) => s.doc === ref.docId && ref.claim.start < s.span.end && s.span.start < ref.claim.end);
}

function matches(conflict: Conflict, label: Label, texts: Map<string, string>): boolean {
  const a = quoteSpans(label.a, label.also.a, texts);
  const b = quoteSpans(label.b, label.also.b, texts);
  return (hits(conflict.a, a) && hits(conflict.b, b)) || (hits(conflict.a, b) && hits(conflict.b, a));
}

function claimQuote(ref: Conflict['a']): string {
  return `${path.basename(ref.docId)} '${ref.claim.text}'`;
}

/** Tuning articles grouped by a key (topic group, or topic). */
function tuningArticles(keyOf: (doc: GoldDocument) => string | undefined): Map<string, GoldDocument[]> {
  const grouped = new Map<string, GoldDocument[]>();
  for (const doc of loadEcbPlus()) {
    const key = isTuningTopic(doc.topic) ? keyOf(doc) : undefined;
    if (key !== undefined) grouped.set(key, [...(grouped.get(key) ?? []), doc]);
  }
  return grouped;
}

function devFigures(): string[] {
  const labels = fs.readFileSync(path.join(ECBPLUS_DIR, 'conflicts-dev.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Label);
  const byGroup = tuningArticles((doc) => (doc.topic <= 12 ? `${doc.topic}/${doc.group}` : undefined));
  const found = new Map<Label, boolean>();
  const predictedKinds = new Map<string, number>();
  let predicted = 0;
  let onLabels = 0;
  const unmatched: string[][] = [['topic', 'kind', 'attribute', 'side a', 'side b']];
  for (const [key, docs] of byGroup) {
    const { conflicts, texts } = indexArticles(docs.map((d) => ({ id: d.doc, text: d.text })));
    const groupLabels = labels.filter((l) => `${l.topic}/${l.group}` === key);
    for (const conflict of conflicts) {
      predicted++;
      predictedKinds.set(conflict.kind, (predictedKinds.get(conflict.kind) ?? 0) + 1);
      const labelled = groupLabels.filter((l) => matches(conflict, l, texts));
      for (const l of labelled) found.set(l, true);
      if (labelled.length > 0) onLabels++;
      else unmatched.push([key, conflict.kind, conflict.attribute, claimQuote(conflict.a), claimQuote(conflict.b)]);
    }
  }
  const kinds = [...new Set(labels.map((l) => l.kind))];
  const recallRows: Array<Array<string | number>> = [['labelled kind', 'labels', 'found', 'recall']];
  for (const kind of kinds) {
    const ofKind = labels.filter((l) => l.kind === kind);
    const hit = ofKind.filter((l) => found.get(l)).length;
    recallRows.push([kind, ofKind.length, hit, hit / ofKind.length]);
  }
  const predictedRows = [['predicted', 'count'], ...[...predictedKinds].map(([k, n]) => [k, n]), ['on labelled pairs', `${onLabels}/${predicted} = ${predicted ? (onLabels / predicted).toFixed(3) : '-'}`]];
  return [
    'ECB+ topics 1-12 (conflicts-dev.jsonl):',
    table(recallRows),
    '',
    table(predictedRows),
    '',
    `Predicted conflicts matching no label (${unmatched.length - 1}):`,
    unmatched.length > 1 ? table(unmatched) : '(none)',
  ];
}

/**
 * A folder often mixes articles about two events of one kind (two earthquakes, two arrests years apart). Both groups
 * of each tuning topic are indexed together: every conflict between the groups is a false alarm by construction.
 */
function crossEventFigures(): string[] {
  const rows: Array<Array<string | number>> = [['topic', 'within events', 'across events']];
  const falseAlarms: string[][] = [['topic', 'attribute', 'side a', 'side b']];
  let within = 0;
  let across = 0;
  for (const [topic, docs] of tuningArticles((doc) => String(doc.topic))) {
    const groupOf = new Map(docs.map((d) => [d.doc, d.group]));
    const { conflicts } = indexArticles(docs.map((d) => ({ id: d.doc, text: d.text })));
    const crossing = conflicts.filter((c) => groupOf.get(c.a.docId) !== groupOf.get(c.b.docId));
    within += conflicts.length - crossing.length;
    across += crossing.length;
    if (crossing.length > 0) rows.push([topic, conflicts.length - crossing.length, crossing.length]);
    for (const c of crossing) falseAlarms.push([topic, c.attribute, claimQuote(c.a), claimQuote(c.b)]);
  }
  rows.push(['all 1-35', within, across]);
  return [
    '',
    'Both events of a topic in one folder (topics 1-35; conflicts across events are false alarms), topics with any:',
    table(rows),
    ...(falseAlarms.length > 1 ? ['', table(falseAlarms)] : []),
  ];
}

/** Seeds: every conflict among the five articles is a look-alike (must_not_flag lists the known ones). */
function seedFigures(): string[] {
  const dir = path.join(CORPUS_DIR, 'seeds');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const { conflicts, texts } = indexArticles(files.map((f) => ({ id: f, text: fs.readFileSync(path.join(dir, f), 'utf8') })));
  const expected = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, 'seeds-expected.json'), 'utf8')) as { must_not_flag: Array<{ a: Side; b: Side }> };
  // Seed quotes name documents by their number ("000"): map them to the file names.
  const fileOf = (prefix: string): string => files.find((f) => f.startsWith(`${prefix}_`)) ?? prefix;
  const noAlso = { a: [], b: [] };
  const lookAlikes = conflicts.filter((c) =>
    expected.must_not_flag.some((p) => matches(c, { topic: 0, group: '', attribute: '', kind: '', a: { ...p.a, doc: fileOf(p.a.doc) }, b: { ...p.b, doc: fileOf(p.b.doc) }, also: noAlso }, texts)),
  );
  return [
    '',
    `Seeds: ${conflicts.length} conflicts flagged in all (every one would be a false alarm); ${lookAlikes.length} on must_not_flag look-alikes (target 0).`,
    ...conflicts.map((c) => `  ${c.kind} ${c.attribute}: ${claimQuote(c.a)} vs ${claimQuote(c.b)}`),
  ];
}

export async function run(): Promise<void> {
  const started = Date.now();
  const lines = ['== Conflicts ==', ...devFigures(), ...crossEventFigures(), ...seedFigures(), `(${((Date.now() - started) / 1000).toFixed(1)} s)`];
  console.log(lines.join('\n'));
}
