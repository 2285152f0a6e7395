// Eval section "conflicts": all ECB+ articles of all topics in one folder, indexed one article at a time through the
// Corpus as the editor does. Recall per labelled kind on topics 1-12 (conflicts-dev.jsonl, for tuning) and 13-35
// (conflicts-val.jsonl, validation only), the share of predictions on labelled pairs, predictions across the two
// events of a topic or across topics (false alarms by construction), topics 36-45 (no labels: counts only), the
// precision of each rule, and look-alikes flagged on the five seeds.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PAIR_STAGES, type Conflict, type ConflictIndex } from '../server/src/analysis/conflicts/conflictIndex';
import { Corpus } from '../server/src/analysis/corpus';
import type { Claim, Span } from '../server/src/analysis/types';
import { pushTo } from '../server/src/analysis/multiMap';
import { CORPUS_DIR, ECBPLUS_DIR, loadEcbPlus, table } from './ecbplus';
import { WRITTEN_FROM_VALIDATION, writtenFromValidation } from './valWrittenRules';

interface Side {
  doc: string;
  quote: string;
}

export interface Label {
  topic: number;
  group: string;
  attribute: string;
  kind: string;
  a: Side;
  b: Side;
  also: { a: string[]; b: string[] };
}

interface Range {
  name: string;
  first: number;
  last: number;
  labels?: string;
  /** Also print its recall and share on labelled pairs counting only conflicts of rules not written from its labels. */
  heldOut?: boolean;
}

const RANGES: Range[] = [
  { name: 'dev 1-12', first: 1, last: 12, labels: 'conflicts-dev.jsonl' },
  { name: 'val 13-35', first: 13, last: 35, labels: 'conflicts-val.jsonl', heldOut: true },
  { name: 'report 36-45', first: 36, last: 45 },
];

/** Indexes articles one at a time, in the given order, as the language server does for a workspace. */
function indexArticles(articles: Array<{ id: string; text: string }>): { index: ConflictIndex; conflicts: Conflict[]; texts: Map<string, string>; claims: Map<string, Claim[]> } {
  const corpus = new Corpus();
  for (const a of articles) corpus.set(a.id, a.text);
  const all = [...corpus.all()];
  return { index: corpus.conflicts, conflicts: corpus.conflicts.all(), texts: new Map(all.map((a) => [a.uri, a.analysis.text])), claims: new Map(all.map((a) => [a.uri, a.analysis.claims])) };
}

/** A name written two ways that the story's spellings did not pair (the other stages are PAIR_STAGES). */
const NAME_NOT_PAIRED = 'name variant not paired';
const MISS_STAGES = ['no claim on either quote', 'no claim on one quote', ...PAIR_STAGES.filter((s) => s !== 'shown'), NAME_NOT_PAIRED, 'shown'];

/**
 * The stage a label not found is lost at, on its two quoted articles (documents of `also` left out): no claim read
 * on a quote, the articles not compared, the claims on other slots or events, their values judged alike, a conflict
 * found but not shown; for a name variant, the articles not in one story or the spelling not paired. "shown": a
 * conflict of the two claims is shown but answers no label of its family.
 */
function missStage(label: Label, index: ConflictIndex, texts: Map<string, string>, claims: Map<string, Claim[]>): { stage: string; why?: string } {
  if (label.kind === 'name_variant') {
    const { stage } = index.stageOf(label.a.doc, [], label.b.doc, []);
    return { stage: stage === 'not in one story' ? stage : NAME_NOT_PAIRED };
  }
  const [a, b] = [claimsOn(label.a, texts, claims), claimsOn(label.b, texts, claims)];
  if (a.length === 0 && b.length === 0) return { stage: 'no claim on either quote' };
  if (a.length === 0 || b.length === 0) return { stage: 'no claim on one quote' };
  return index.stageOf(label.a.doc, a, label.b.doc, b);
}

/** The claims on a label's quote in its document. */
function claimsOn(side: Side, texts: Map<string, string>, claims: Map<string, Claim[]>): Claim[] {
  const start = texts.get(side.doc)?.indexOf(side.quote) ?? -1;
  return start < 0 ? [] : (claims.get(side.doc) ?? []).filter((c) => c.start < start + side.quote.length && start < c.end);
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

export function matches(conflict: Pick<Conflict, 'a' | 'b'>, label: Label, texts: Map<string, string>): boolean {
  const a = quoteSpans(label.a, label.also.a, texts);
  const b = quoteSpans(label.b, label.also.b, texts);
  return (hits(conflict.a, a) && hits(conflict.b, b)) || (hits(conflict.a, b) && hits(conflict.b, a));
}

/**
 * A spelling conflict answers only a name-variant label and a value conflict only a value label: an `also` document
 * counts as a whole, and without this a spelling pair in it would find a contradiction about a number.
 */
export function sameFamily(conflict: Pick<Conflict, 'rule'>, label: Label): boolean {
  return conflict.rule.startsWith('names/') === (label.kind === 'name_variant');
}

function claimQuote(ref: Conflict['a']): string {
  return `${path.basename(ref.docId)} '${ref.claim.text}'`;
}

/**
 * The general family of a label, read from its attribute's words ("count (injured)", "value stolen (dollars)",
 * "time served in prison"), so that each reading's effect is measured where it acts. The order matters: "time
 * served" is a duration before it is a time, "count (days of rioting)" a count before it is a day.
 */
const LABEL_FAMILIES: ReadonlyArray<readonly [family: string, words: RegExp]> = [
  ['duration', /\b(?:duration|time served|contract length|prison|sentence)\b/],
  ['money', /\b(?:money|dollars?|value|offer|contract|salary|price|cost|paid|payment)\b/],
  ['percentage/measure', /\b(?:percent(?:age)?|share|magnitude|distance|speed|weight|temperature|size|area|height)\b/],
  ['age', /\bage\b/],
  ['count/toll', /\b(?:count|toll|number|injured|population|punches)\b/],
  ['date/day/year', /\b(?:date|day|year)\b/],
  ['time', /\btime\b/],
  ['place', /\b(?:place|residence|direction|street|epicentre)\b/],
  ['name', /\b(?:name[ds]?|title|role|rank|identity|who)\b/],
];

export function labelFamily(label: Pick<Label, 'attribute' | 'kind'>): string {
  if (label.kind === 'name_variant') return 'name';
  const attribute = label.attribute.toLowerCase();
  return LABEL_FAMILIES.find(([, words]) => words.test(attribute))?.[0] ?? 'other';
}

const FAMILY_ORDER = [...LABEL_FAMILIES.map(([family]) => family), 'other'];

const topicOf = (doc: string): number => Number(doc.split('/')[0]);
const groupOf = (doc: string): string => (doc.endsWith('ecbplus.txt') ? 'ecbplus' : 'ecb');
const ratio = (n: number, d: number): string => `${n}/${d} = ${d ? (n / d).toFixed(3) : '-'}`;

export function readLabels(file: string): Label[] {
  return fs.readFileSync(path.join(ECBPLUS_DIR, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Label);
}

interface RuleTally {
  predicted: number;
  onLabels: number;
}

function allTopicsFigures(verbose: boolean): string[] {
  const docs = [...loadEcbPlus()].sort((x, y) => (x.doc < y.doc ? -1 : 1));
  const { index, conflicts, texts, claims } = indexArticles(docs.map((d) => ({ id: d.doc, text: d.text })));
  const stages: Array<Array<string | number>> = [['range', 'kind', ...MISS_STAGES]];
  const whys: Array<Array<string | number>> = [['range', 'stage', 'what decided it', 'contradiction', 'discrepancy']];
  // The editor indexes in whatever order files arrive: Z→A must give the same conflicts.
  const reversed = new Set(indexArticles([...docs].reverse().map((d) => ({ id: d.doc, text: d.text }))).conflicts.map((c) => c.id));
  const forward = new Set(conflicts.map((c) => c.id));
  const differ = [...forward].filter((id) => !reversed.has(id)).length + [...reversed].filter((id) => !forward.has(id)).length;
  const lines: string[] = [`All ${docs.length} ECB+ articles of topics 1-45 in one folder, indexed A→Z: ${conflicts.length} conflicts; indexed Z→A: ${reversed.size}, ${differ} differ.`];
  const crossTopic = conflicts.filter((c) => topicOf(c.a.docId) !== topicOf(c.b.docId));
  const rules = new Map<string, Map<string, RuleTally>>();
  const summary: Array<Array<string | number>> = [['range', 'kind', 'labels', 'found', 'recall']];
  const predictions: Array<Array<string | number>> = [['range', 'predicted', 'on labelled pairs', 'across events', 'across topics', 'contradiction', 'discrepancy', 'update', 'name_variant']];
  const families: Array<Array<string | number>> = [['range', 'family', 'labels', 'found', 'recall', 'contradiction', 'discrepancy', 'name_variant']];
  const unmatched: string[][] = [['topic', 'kind', 'rule', 'side a', 'side b']];
  const missed: string[][] = [['topic', 'kind', 'attribute', 'side a', 'side b', 'lost at', 'read as (a | b)']];
  for (const range of RANGES) {
    const inRange = (doc: string): boolean => topicOf(doc) >= range.first && topicOf(doc) <= range.last;
    // A conflict across topics counts against each range it touches.
    const own = conflicts.filter((c) => inRange(c.a.docId) || inRange(c.b.docId));
    const labels = range.labels ? readLabels(range.labels) : [];
    const found = new Set<Label>();
    const tallies = new Map<string, RuleTally>();
    const labelsOf = new Map<Conflict, Label[]>();
    for (const conflict of own) {
      const labelled = labels.filter((l) => l.topic === topicOf(conflict.a.docId) && sameFamily(conflict, l) && matches(conflict, l, texts));
      labelsOf.set(conflict, labelled);
      for (const l of labelled) found.add(l);
      if (labelled.length === 0 && range.labels && (verbose || range.first === 1) && topicOf(conflict.a.docId) === topicOf(conflict.b.docId)) unmatched.push([String(topicOf(conflict.a.docId)), conflict.kind, conflict.rule, claimQuote(conflict.a), claimQuote(conflict.b)]);
      const tally = tallies.get(conflict.rule) ?? { predicted: 0, onLabels: 0 };
      tally.predicted++;
      if (labelled.length > 0) tally.onLabels++;
      tallies.set(conflict.rule, tally);
    }
    rules.set(range.name, tallies);
    const stageOf = new Map(labels.filter((l) => !found.has(l)).map((l) => [l, missStage(l, index, texts, claims)]));
    for (const kind of [...new Set(labels.map((l) => l.kind))].sort()) {
      const count = new Map<string, number>();
      for (const [l, { stage }] of stageOf) if (l.kind === kind) count.set(stage, (count.get(stage) ?? 0) + 1);
      stages.push([range.name, kind, ...MISS_STAGES.map((s) => count.get(s) ?? 0)]);
    }
    const decided = new Map<string, Label[]>();
    for (const [l, { stage, why }] of stageOf) if (why) pushTo(decided, `${stage}\u0000${why}`, l);
    for (const [key, ofWhy] of [...decided].sort(([x], [y]) => (x < y ? -1 : 1))) {
      const count = (kind: string): number => ofWhy.filter((l) => l.kind === kind).length;
      whys.push([range.name, ...key.split('\u0000'), count('contradiction'), count('discrepancy')]);
    }
    // Sentences of missed labels are listed for dev always; for val only when asked (its sentences are not to write from).
    if (verbose || range.first === 1) for (const [l, { stage, why }] of stageOf) {
      const read = (side: Side): string => claimsOn(side, texts, claims).map((c) => c.attribute).join(', ') || '-';
      missed.push([String(l.topic), l.kind, l.attribute, `${path.basename(l.a.doc)} '${l.a.quote}'`, `${path.basename(l.b.doc)} '${l.b.quote}'`, why ? `${stage} (${why})` : stage, `${read(l.a)} | ${read(l.b)}`]);
    }
    const kinds = [...new Set(labels.map((l) => l.kind))].sort();
    const recallRows = (name: string, hits: ReadonlySet<Label>): void => {
      for (const kind of kinds) {
        const ofKind = labels.filter((l) => l.kind === kind);
        const hit = ofKind.filter((l) => hits.has(l)).length;
        summary.push([name, kind, ofKind.length, hit, hit / ofKind.length]);
      }
    };
    recallRows(range.name, found);
    // The same labels, found only by rules not written from them (eval/valWrittenRules.ts).
    const kept = range.heldOut ? own.filter((c) => !writtenFromValidation(c)) : [];
    if (range.heldOut) recallRows(`${range.name}, rules not written from val`, new Set(kept.flatMap((c) => labelsOf.get(c) ?? [])));
    for (const family of FAMILY_ORDER) {
      const ofFamily = labels.filter((l) => labelFamily(l) === family);
      if (ofFamily.length === 0) continue;
      const hit = ofFamily.filter((l) => found.has(l)).length;
      const byKind = (kind: string): string => {
        const ofKind = ofFamily.filter((l) => l.kind === kind);
        return ofKind.length === 0 ? '' : `${ofKind.filter((l) => found.has(l)).length}/${ofKind.length}`;
      };
      families.push([range.name, family, ofFamily.length, hit, hit / ofFamily.length, byKind('contradiction'), byKind('discrepancy'), byKind('name_variant')]);
    }
    const predictionRow = (name: string, conflicts: Conflict[]): void => {
      const ofKind = (kind: string): number => conflicts.filter((c) => c.kind === kind).length;
      const acrossTopics = conflicts.filter((c) => topicOf(c.a.docId) !== topicOf(c.b.docId)).length;
      const acrossEvents = conflicts.filter((c) => topicOf(c.a.docId) === topicOf(c.b.docId) && groupOf(c.a.docId) !== groupOf(c.b.docId)).length;
      const labelled = conflicts.filter((c) => (labelsOf.get(c) ?? []).length > 0).length;
      predictions.push([name, conflicts.length, range.labels ? ratio(labelled, conflicts.length) : '(no labels)', acrossEvents, acrossTopics, ofKind('contradiction'), ofKind('discrepancy'), ofKind('update'), ofKind('name_variant')]);
    };
    predictionRow(range.name, own);
    if (range.heldOut) predictionRow(`${range.name}, rules not written from val`, kept);
  }
  const ruleNames = [...new Set([...rules.values()].flatMap((t) => [...t.keys()]))].sort();
  const ruleRows: Array<Array<string | number>> = [['rule', ...RANGES.map((r) => r.name)]];
  for (const rule of ruleNames) {
    ruleRows.push([rule, ...RANGES.map((r) => {
      const t = rules.get(r.name)?.get(rule);
      if (!t) return '';
      return r.labels ? ratio(t.onLabels, t.predicted) : String(t.predicted);
    })]);
  }
  return [
    ...lines,
    table(summary),
    '',
    table(predictions),
    `("rules not written from val" leaves out conflicts made by any of: ${[...WRITTEN_FROM_VALIDATION.keys()].join(', ')}; why each, eval/valWrittenRules.ts)`,
    '',
    'Recall by label family (read from the words of the attribute):',
    table(families),
    '',
    'Labels not found, by the stage they are lost at (on the two quoted articles; a quote is read when a claim overlaps it; conflictIndex.ts PAIR_STAGES):',
    table(stages),
    'Of these, what told two events apart or kept a conflict from being shown:',
    table(whys),
    '',
    'Precision per rule (on labelled pairs / predicted; 36-45: predicted only):',
    table(ruleRows),
    '',
    `Predicted conflicts matching no label (${unmatched.length - 1}${verbose ? '' : ', topics 1-12; CROSSCHECK_EVAL_VERBOSE=1 adds 13-35'}):`,
    unmatched.length > 1 ? table(unmatched) : '(none)',
    '',
    `Labels not found (${missed.length - 1}${verbose ? '' : ', topics 1-12; CROSSCHECK_EVAL_VERBOSE=1 adds 13-35'}):`,
    table(missed),
    ...(crossTopic.length > 0 ? ['', `Across topics (false alarms; ${crossTopic.length} in all, the first 30):`, table([['kind', 'rule', 'side a', 'side b'], ...crossTopic.slice(0, 30).map((c) => [c.kind, c.rule, `${c.a.docId} '${c.a.claim.text}'`, `${c.b.docId} '${c.b.claim.text}'`])])] : []),
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
  const verbose = process.env.CROSSCHECK_EVAL_VERBOSE === '1';
  const lines = ['== Conflicts ==', ...allTopicsFigures(verbose), ...seedFigures(), `(${((Date.now() - started) / 1000).toFixed(1)} s)`];
  console.log(lines.join('\n'));
}
