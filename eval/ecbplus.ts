// Loads the ECB+ articles and their gold annotations from ../shared/corpus/ecbplus (read-only).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeArticle } from '../server/src/node/files';

export const CORPUS_DIR = path.resolve(process.env.CROSSCHECK_CORPUS ?? path.join(__dirname, '..', '..', 'shared', 'corpus'));
export const ECBPLUS_DIR = path.join(CORPUS_DIR, 'ecbplus');

export interface GoldMention {
  start: number;
  end: number;
  text: string;
  type: string;
  sentence: number;
  cluster: string;
}

export interface GoldDocument {
  /** Path relative to the ecbplus folder, e.g. "1/1_10ecb.txt". */
  doc: string;
  topic: number;
  /** "ecb" or "ecbplus": the two events of a topic. */
  group: 'ecb' | 'ecbplus';
  annotatedSentences: number[];
  /** Sentence number → 0-based line in the file (one sentence a line). */
  sentenceLines: Record<string, number>;
  mentions: GoldMention[];
  text: string;
}

/** Topics 1-35 are for tuning; 36-45 are held out and only reported. */
export const isTuningTopic = (topic: number): boolean => topic <= 35;

/**
 * ECB+ topics (of 1-35) left out of the tagger's training labels, to measure type accuracy on topics the model has not
 * seen (`NER_HOLDOUT_TOPICS=5,10,15 NER_MODEL_OUT=/tmp/fold.json npm run train`, then `NER_MODEL=/tmp/fold.json
 * NER_HOLDOUT_TOPICS=... node dist/eval.js ner`). Their text still feeds the name-list shares, so placeNames.json
 * stays the same.
 */
export const HOLDOUT_TOPICS: ReadonlySet<number> = new Set((process.env.NER_HOLDOUT_TOPICS ?? '').split(',').filter(Boolean).map(Number));

let cache: GoldDocument[] | undefined;

export function loadEcbPlus(): GoldDocument[] {
  if (cache) return cache;
  const lines = fs.readFileSync(path.join(ECBPLUS_DIR, 'gold.jsonl'), 'utf8').split('\n').filter(Boolean);
  cache = lines.map((line) => {
    const raw = JSON.parse(line) as { doc: string; topic: number; annotated_sentences: number[]; sentence_lines: Record<string, number>; mentions: GoldMention[] };
    return {
      doc: raw.doc,
      topic: raw.topic,
      group: raw.doc.endsWith('ecbplus.txt') ? 'ecbplus' : 'ecb',
      annotatedSentences: raw.annotated_sentences,
      sentenceLines: raw.sentence_lines,
      mentions: raw.mentions,
      text: readArticle(path.join(ECBPLUS_DIR, raw.doc)),
    };
  });
  return cache;
}

/** The text as the server and the CLI decode it (node/files), so gold offsets are checked against what users see. */
function readArticle(filePath: string): string {
  const read = decodeArticle(fs.readFileSync(filePath));
  if ('skipped' in read) throw new Error(`${filePath}: ${read.skipped}`);
  return read.text;
}

/** Character spans of a document's annotated sentences (one sentence a line), where precision can be scored. */
export function annotatedLineSpans(doc: GoldDocument): Array<{ start: number; end: number }> {
  const lineStarts = [0];
  for (let i = 0; i < doc.text.length; i++) if (doc.text[i] === '\n') lineStarts.push(i + 1);
  return doc.annotatedSentences.map((s) => {
    const line = doc.sentenceLines[String(s)];
    const start = lineStarts[line];
    const next = lineStarts[line + 1];
    return { start, end: next === undefined ? doc.text.length : next - 1 };
  });
}

/** A plain table for the terminal: first row is the header. */
export function table(rows: Array<Array<string | number>>): string {
  const cells = rows.map((r) => r.map((c) => (typeof c === 'number' ? (Number.isInteger(c) ? String(c) : c.toFixed(3)) : c)));
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}
