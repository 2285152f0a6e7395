// Dates section: the ten seed dates, ECB+ TIME_DATE recall and TIME_* precision in annotated sentences,
// ours beside chrono-node alone (reference = the first date chrono finds in the text).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as chrono from 'chrono-node';
import { findDates } from '../server/src/analysis/dates/findDates';
import { CORPUS_DIR, type GoldDocument, annotatedLineSpans, isTuningTopic, loadEcbPlus, table } from './ecbplus';

interface Predicted {
  start: number;
  end: number;
  /** Resolved value, or null when the system leaves it open. */
  value: string | null;
}

interface System {
  name: string;
  dates: (text: string) => Predicted[];
}

const pad = (n: number): string => String(n).padStart(2, '0');

function chronoDates(text: string): Predicted[] {
  const first = chrono.parse(text)[0];
  const reference = first ? first.start.date() : new Date();
  return chrono.parse(text, reference).map((r) => {
    const d = r.start.date();
    const value = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    return { start: r.index, end: r.index + r.text.length, value };
  });
}

const SYSTEMS: System[] = [
  { name: 'crosscheck', dates: (text) => findDates(text, {}).dates },
  { name: 'chrono-node', dates: chronoDates },
];

interface ExpectedDate {
  doc: string;
  text: string;
  resolves_to: string | null;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** Seed dates: found (a prediction overlaps the expected text) and right (value equal at the expected granularity). */
function scoreSeeds(system: System): { found: number; right: number; rows: string[][] } {
  const seedsDir = path.join(CORPUS_DIR, 'seeds');
  const expected = (JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, 'seeds-expected.json'), 'utf8')) as { dates: ExpectedDate[] }).dates;
  const files = fs.readdirSync(seedsDir);
  let found = 0;
  let right = 0;
  const rows: string[][] = [];
  for (const e of expected) {
    const file = files.find((f) => f.startsWith(`${e.doc}_`));
    const text = file ? fs.readFileSync(path.join(seedsDir, file), 'utf8') : '';
    const at = text.indexOf(e.text);
    const hit = at < 0 ? undefined : system.dates(text).find((p) => overlaps(p, { start: at, end: at + e.text.length }));
    const value = hit?.value ?? null;
    const ok = hit !== undefined && (e.resolves_to === null ? value === null : value !== null && value.slice(0, e.resolves_to.length) === e.resolves_to && !/^\d/.test(value.slice(e.resolves_to.length, e.resolves_to.length + 1)));
    found += hit ? 1 : 0;
    right += ok ? 1 : 0;
    rows.push([e.doc, e.text, String(e.resolves_to), hit ? String(value) : '(not found)', ok ? 'ok' : 'WRONG']);
  }
  return { found, right, rows };
}

interface EcbScore {
  goldDates: number;
  goldFound: number;
  predicted: number;
  predictedRight: number;
}

function scoreEcb(system: System, docs: readonly GoldDocument[], misses?: string[]): EcbScore {
  const s: EcbScore = { goldDates: 0, goldFound: 0, predicted: 0, predictedRight: 0 };
  for (const doc of docs) {
    const predicted = system.dates(doc.text);
    const goldTimes = doc.mentions.filter((m) => m.type.startsWith('TIME_'));
    for (const g of goldTimes.filter((m) => m.type === 'TIME_DATE')) {
      s.goldDates++;
      if (predicted.some((p) => overlaps(p, g))) s.goldFound++;
      else misses?.push(`${doc.doc}: missed "${g.text}"`);
    }
    const annotated = annotatedLineSpans(doc);
    for (const p of predicted.filter((p) => annotated.some((a) => p.start >= a.start && p.end <= a.end))) {
      s.predicted++;
      if (goldTimes.some((g) => overlaps(p, g))) s.predictedRight++;
      else misses?.push(`${doc.doc}: extra "${doc.text.slice(p.start, p.end)}"`);
    }
  }
  return s;
}

export async function run(): Promise<void> {
  const docs = loadEcbPlus();
  const tuning = docs.filter((d) => isTuningTopic(d.topic));
  const heldOut = docs.filter((d) => !isTuningTopic(d.topic));
  const verbose = process.env.DATES_EVAL_VERBOSE === '1';
  const rows: Array<Array<string | number>> = [['system', 'seeds found', 'seeds right', 'R 1-35', 'P 1-35', 'R 36-45', 'P 36-45', 'ms']];
  let seedRows: string[][] = [];
  for (const system of SYSTEMS) {
    const started = Date.now();
    const seeds = scoreSeeds(system);
    if (system.name === 'crosscheck') seedRows = seeds.rows;
    // Errors are listed for the tuning topics only; 36-45 are for reporting.
    const misses = verbose && system.name === 'crosscheck' ? [] : undefined;
    const t = scoreEcb(system, tuning, misses);
    const h = scoreEcb(system, heldOut);
    rows.push([system.name, `${seeds.found}/10`, `${seeds.right}/10`, t.goldFound / t.goldDates, t.predictedRight / t.predicted, h.goldFound / h.goldDates, h.predictedRight / h.predicted, Date.now() - started]);
    if (misses) console.log(misses.join('\n'));
  }
  console.log('\n== Dates: seeds (../shared/corpus/seeds-expected.json), crosscheck');
  console.log(table([['doc', 'text', 'expected', 'got', ''], ...seedRows]));
  console.log('\n== Dates: ECB+ TIME_DATE recall (overlap) and precision (predictions in annotated sentences overlapping a TIME_* mention)');
  console.log(table(rows));
}
