// `node scripts/checkHeldOut.mjs [--min-words N] [--corpus DIR]`: run by hand, never by the tests.
// Reports text in the repo that was copied from data kept for measuring: every run of at least N (default 6)
// consecutive words, compared case- and punctuation-insensitively, that also stands in conflicts-val.jsonl
// (quotes, notes, subjects), conflicts-val-notes.md or an ECB+ article of topics 13-45; and each proper name of
// those topics (a capitalised word or pair of them that neither the tuning data, topics 1-12, CoNLL-2003 train and
// valid, nor the seeds contain) that appears in the repo. The corpus is CROSSCHECK_CORPUS or ../shared/corpus;
// without it the script says so and exits 0.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCANNED = ['server/', 'client/', 'test/', 'eval/', 'bench/', 'scripts/', 'docs/', 'README.md', 'ARCHITECTURE.md'];
const TEXT_FILE = /\.(ts|mts|mjs|cjs|js|json|md|txt|sh|lua|vim)$/;
const LARGEST_FILE = 1 << 20; // the tagger's weights (ner/model.json) hold no sentences
const FIRST_HELD_OUT_TOPIC = 13;
const WORD = /[\p{L}\p{N}]+/gu;

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
}

const minWords = Number(option('--min-words', '6'));
const corpusDir = resolve(option('--corpus', process.env.CROSSCHECK_CORPUS ?? join(repoRoot, '..', 'shared', 'corpus')));
const ecbDir = join(corpusDir, 'ecbplus');
if (!existsSync(join(ecbDir, 'conflicts-val.jsonl'))) {
  console.log(`checkHeldOut: no corpus at ${corpusDir} (set CROSSCHECK_CORPUS); nothing checked.`);
  process.exit(0);
}

/** The words of a text with the line each starts on. */
function words(text) {
  const found = [];
  let line = 1;
  let lineCountedTo = 0;
  for (const match of text.matchAll(WORD)) {
    for (let i = text.indexOf('\n', lineCountedTo); i !== -1 && i < match.index; i = text.indexOf('\n', i + 1)) line++;
    lineCountedTo = match.index;
    found.push({ word: match[0], lower: match[0].toLowerCase(), line });
  }
  return found;
}

const gramKey = (list, start) => list.slice(start, start + minWords).map((w) => w.lower).join(' ');

// Held-out sources: every N-word run → the first source it stands in.
const heldOutGrams = new Map();
const heldOutTexts = []; // { topic, text }
function addHeldOut(source, text, topic) {
  heldOutTexts.push({ topic, text });
  const list = words(text);
  for (let i = 0; i + minWords <= list.length; i++) {
    const key = gramKey(list, i);
    if (!heldOutGrams.has(key)) heldOutGrams.set(key, source);
  }
}

const topicDirs = readdirSync(ecbDir).filter((name) => /^\d+$/.test(name));
const articlesOf = (topic) => readdirSync(join(ecbDir, topic)).filter((f) => f.endsWith('.txt')).map((f) => join(topic, f));
for (const topic of topicDirs.filter((t) => Number(t) >= FIRST_HELD_OUT_TOPIC)) {
  for (const doc of articlesOf(topic)) addHeldOut(doc, readFileSync(join(ecbDir, doc), 'utf8'), topic);
}
for (const [index, line] of readFileSync(join(ecbDir, 'conflicts-val.jsonl'), 'utf8').split('\n').entries()) {
  if (line.trim() === '') continue;
  const label = JSON.parse(line);
  const source = `conflicts-val.jsonl:${index + 1}`;
  for (const text of [label.a?.quote, label.b?.quote, label.note, label.subject]) if (text) addHeldOut(source, text, String(label.topic));
}
const valNotes = join(ecbDir, 'conflicts-val-notes.md');
if (existsSync(valNotes)) {
  for (const [index, line] of readFileSync(valNotes, 'utf8').split('\n').entries()) addHeldOut(`conflicts-val-notes.md:${index + 1}`, line, undefined);
}

// Tuning sources, for telling a held-out topic's own names from names the tuning data has too.
const tuningTexts = [];
for (const topic of topicDirs.filter((t) => Number(t) < FIRST_HELD_OUT_TOPIC)) {
  for (const doc of articlesOf(topic)) tuningTexts.push(readFileSync(join(ecbDir, doc), 'utf8'));
}
tuningTexts.push(readFileSync(join(ecbDir, 'conflicts-dev.jsonl'), 'utf8'));
for (const split of ['train.txt', 'valid.txt']) {
  const file = join(corpusDir, 'conll2003', split);
  if (existsSync(file)) tuningTexts.push(readFileSync(file, 'utf8').split('\n').map((l) => l.split(' ')[0]).join(' '));
}
const seedsDir = join(corpusDir, 'seeds');
if (existsSync(seedsDir)) for (const f of readdirSync(seedsDir)) tuningTexts.push(readFileSync(join(seedsDir, f), 'utf8'));

const capitalised = (w) => /^\p{Lu}\p{Ll}+$/u.test(w);
const tuningWords = new Set();
const tuningPairs = new Set();
for (const text of tuningTexts) {
  const list = words(text);
  list.forEach((w, i) => {
    tuningWords.add(w.lower);
    if (i > 0) tuningPairs.add(`${list[i - 1].lower} ${w.lower}`);
  });
}
// A held-out name: a capitalised word (never lowercase in the held-out texts) that the tuning data lacks, or a pair
// of capitalised words it never has together, that stands in one held-out topic only: a topic's own people and
// places, not the names every quake or trial story shares.
const lowercaseSomewhere = new Set();
const topicsOfName = new Map();
const noteName = (name, topic) => topicsOfName.set(name, (topicsOfName.get(name) ?? new Set()).add(topic));
for (const { topic, text } of heldOutTexts) {
  if (topic === undefined) continue;
  const list = words(text);
  list.forEach((w, i) => {
    if (!capitalised(w.word)) {
      lowercaseSomewhere.add(w.lower);
      return;
    }
    if (!tuningWords.has(w.lower)) noteName(w.lower, topic);
    const before = list[i - 1];
    if (before && capitalised(before.word) && !tuningPairs.has(`${before.lower} ${w.lower}`)) noteName(`${before.lower} ${w.lower}`, topic);
  });
}
const heldOutNames = new Map(); // name → its topic
for (const [name, topics] of topicsOfName) {
  if (topics.size === 1 && !name.split(' ').every((w) => lowercaseSomewhere.has(w))) heldOutNames.set(name, [...topics][0]);
}

// The repo's files.
const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', ...SCANNED], { cwd: repoRoot, encoding: 'utf8' })
  .split('\n').filter((f) => TEXT_FILE.test(f) && f !== 'scripts/checkHeldOut.mjs');
const runs = [];
const names = [];
const skipped = [];
for (const file of tracked) {
  const path = join(repoRoot, file);
  if (!existsSync(path)) continue;
  if (statSync(path).size > LARGEST_FILE) {
    skipped.push(file);
    continue;
  }
  const list = words(readFileSync(path, 'utf8'));
  let runStart = -1;
  for (let i = 0; i <= list.length; i++) {
    const source = i + minWords <= list.length ? heldOutGrams.get(gramKey(list, i)) : undefined;
    if (source !== undefined && runStart < 0) runStart = i;
    if (source === undefined && runStart >= 0) {
      const end = i - 1 + minWords;
      runs.push({
        file, line: list[runStart].line, words: end - runStart, source: heldOutGrams.get(gramKey(list, runStart)),
        text: list.slice(runStart, end).map((w) => w.word).join(' '),
      });
      runStart = -1;
    }
  }
  list.forEach((w, i) => {
    if (!capitalised(w.word)) return;
    const before = list[i - 1];
    const pair = before && capitalised(before.word) ? `${before.lower} ${w.lower}` : undefined;
    const single = lowercaseSomewhere.has(w.lower) ? undefined : w.lower;
    const name = [pair, single].find((n) => n !== undefined && heldOutNames.has(n));
    if (name !== undefined) names.push({ file, line: w.line, name: `${name} (topic ${heldOutNames.get(name)})` });
  });
}

console.log(`== Runs of ${minWords}+ words that stand in held-out text (val labels and notes, topics 13-45): ${runs.length}`);
for (const run of runs.sort((a, b) => b.words - a.words || a.file.localeCompare(b.file))) {
  console.log(`${run.file}:${run.line}  ${run.words} words  [${run.source}]  ${run.text}`);
}
console.log(`\n== Names of topics 13-45 that the tuning data lacks, in the repo: ${names.length}`);
const byName = new Map();
for (const { file, line, name } of names) byName.set(name, [...(byName.get(name) ?? []), `${file}:${line}`]);
for (const [name, places] of [...byName].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`${name}  ${places.join(', ')}`);
if (skipped.length > 0) console.log(`\nnot read (over ${LARGEST_FILE} bytes): ${skipped.join(', ')}`);
console.log(`\n(${tracked.length} files read; corpus ${relative(repoRoot, corpusDir) || corpusDir})`);
