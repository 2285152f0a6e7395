// The command-line tool: `crosscheck analyze <file-or-folder>... [--format json|text]`, the same library headless,
// assembling the corpus the way the server does (node/bootstrap), `.crosscheck/` decisions included.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../analysis/corpus';
import { isExportFormat } from '../analysis/export/exportAnalysis';
import { buildReport } from '../analysis/report';
import { AnalysisPool, isAnalysisWorker, runAnalysisWorker } from '../node/analysisPool';
import { applyDecisions, applyLoaded, articleRules, type CacheLocation, candidateFiles, isInside, type LoadedArticle, openFolder, readArticle, sidecarRootOf, type WorkspaceFolder } from '../node/bootstrap';
import { pathToUri, toRelative } from '../node/files';
import { VERSION } from '../node/version';
import { checkOut, writeExport } from './writeExport';
import { renderText } from './renderText';

const USAGE = `Usage: crosscheck analyze <file-or-folder>... [--format json|text|sarif|webanno] [--cache DIR]
       crosscheck analyze <file-or-folder>... --format brat --out <folder> [--cache DIR]
       crosscheck --version

Analyses news articles (.txt) and prints entities, resolved dates and conflicting claims.
--format sarif prints conflicts and date issues as SARIF 2.1.0 (dismissed conflicts as suppressed results);
--format webanno prints entity and date mentions as W3C Web Annotation JSON-LD; --format brat writes a brat
.txt and .ann per article into the --out folder, never over an existing file.
A folder means every article under it; a file named explicitly is analysed even if it does not read as prose.
The decisions in a .crosscheck/ folder (in the folder analysed or the nearest one above it) apply as in the editor:
articles.json, entities.json, identity.json and dismissed.json. Files not analysed are listed with the reason.
--cache DIR keeps each folder's analyses in DIR, so a later run re-analyses only the files that changed.`;

/** A file to analyse: named on the command line (`explicit`) or found by walking a folder inside its workspace folder (`walked`). */
interface WorkItem {
  file: string;
  folder: WorkspaceFolder;
  explicit: boolean;
  walked: boolean;
}

/** A file that was looked at and not analysed, and why. */
interface SkippedFile {
  path: string;
  reason: string;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === undefined) {
    (command === undefined ? process.stderr : process.stdout).write(USAGE + '\n');
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-V') {
    process.stdout.write(`crosscheck ${VERSION}\n`);
    return 0;
  }
  if (command !== 'analyze') {
    process.stderr.write(`crosscheck: unknown command "${command}"\n\n${USAGE}\n`);
    return 2;
  }
  let format = 'text';
  let out: string | undefined;
  let cacheDir: string | undefined;
  const inputs: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--format') format = rest[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg === '--out') out = rest[++i] ?? '';
    else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--cache' || arg.startsWith('--cache=')) {
      cacheDir = arg === '--cache' ? rest[++i] : arg.slice('--cache='.length);
      if (!cacheDir) {
        process.stderr.write('crosscheck: --cache needs a folder\n');
        return 2;
      }
    }
    else if (arg.startsWith('-')) {
      process.stderr.write(`crosscheck: unknown option ${arg}\n`);
      return 2;
    } else inputs.push(arg);
  }
  if (format !== 'json' && format !== 'text' && !isExportFormat(format)) {
    process.stderr.write(`crosscheck: --format must be json, text, sarif, webanno or brat, not "${format}"\n`);
    return 2;
  }
  const outProblem = checkOut(format, out);
  if (outProblem) {
    process.stderr.write(`crosscheck: ${outProblem}\n`);
    return 2;
  }
  if (inputs.length === 0) {
    process.stderr.write(`crosscheck: nothing to analyse\n\n${USAGE}\n`);
    return 2;
  }
  const cache = cacheDir === undefined ? undefined : { dir: cacheDir, log: (message: string) => process.stderr.write(`crosscheck: ${message}\n`) };
  const { corpus, folders, paths, skipped, failures } = await analyse(inputs, cache);
  for (const s of skipped) process.stderr.write(`crosscheck: skipped ${s.path}: ${s.reason}\n`);
  if (isExportFormat(format)) return (await writeExport(format, corpus, folders, out)) || (failures > 0 ? 1 : 0);
  const report = buildReport(corpus, (uri) => paths.get(uri) ?? uri);
  process.stdout.write(format === 'json' ? JSON.stringify({ ...report, skipped }, null, 2) + '\n' : renderText(report) + renderSkipped(skipped));
  return failures > 0 ? 1 : 0;
}

/**
 * Analyses the inputs into one corpus, with the folders whose sidecars apply and each article's path as given;
 * `failures` counts the files named explicitly that could not be analysed.
 */
async function analyse(inputs: string[], cache?: CacheLocation): Promise<{ corpus: Corpus; folders: WorkspaceFolder[]; paths: Map<string, string>; skipped: SkippedFile[]; failures: number }> {
  const corpus = new Corpus();
  const folders = new Map<string, WorkspaceFolder>();
  const problem = (message: string) => process.stderr.write(`crosscheck: ${message}\n`);
  /** The workspace folder of an input: the nearest one with a .crosscheck/ folder, else the folder itself. */
  const folderFor = async (dir: string): Promise<WorkspaceFolder> => {
    const root = path.resolve((await sidecarRootOf(dir)) ?? dir);
    let folder = folders.get(root);
    if (!folder) folders.set(root, (folder = await openFolder(root, problem, cache)));
    return folder;
  };
  const work: WorkItem[] = [];
  const skipped: SkippedFile[] = [];
  let failures = 0;
  for (const input of inputs) {
    const stat = await fs.stat(input).catch((e: NodeJS.ErrnoException) => e.code ?? e.message);
    if (typeof stat === 'string') {
      skipped.push({ path: input, reason: `cannot be read: ${stat}` });
      failures++;
    } else if (stat.isDirectory()) {
      const folder = await folderFor(input);
      const found: string[] = [];
      const rejected: SkippedFile[] = [];
      for await (const file of candidateFiles(folder, articleRules(folder), input, (file, reason) => rejected.push({ path: file, reason }))) found.push(file);
      const byPath = (a: string, b: string) => toRelative(input, a).localeCompare(toRelative(input, b));
      found.sort(byPath);
      skipped.push(...rejected.sort((a, b) => byPath(a.path, b.path)));
      // The walk enters no link, so a walk from the folder or inside it stays there: its files need no realpath each
      // (isInside is false for the folder itself, the usual input, which cost a realpath a file).
      const realInput = await fs.realpath(input);
      const walked = realInput === folder.realPath || isInside(folder.realPath, realInput);
      work.push(...found.map((file) => ({ file, folder, explicit: false, walked })));
    } else {
      work.push({ file: input, folder: await folderFor(path.dirname(input)), explicit: true, walked: false });
    }
  }
  applyDecisions(corpus, [...folders.values()]);
  const paths = new Map<string, string>();
  await readAll(work, (i, loaded) => {
    const { file, explicit } = work[i];
    const classification = applyLoaded(corpus, loaded);
    if (classification.isArticle) {
      paths.set(pathToUri(path.resolve(file)), file);
      // Linked now, in the order added as all at once would, while the workers analyse the next files.
      corpus.linkStories();
    } else {
      skipped.push({ path: file, reason: classification.reason });
      if (explicit) failures++;
    }
  });
  for (const folder of folders.values()) folder.cache?.settled();
  await Promise.all([...folders.values()].map((folder) => folder.cache?.flush()));
  return { corpus, folders: [...folders.values()], paths, skipped, failures };
}

/**
 * Reads and analyses every file on a worker pool, a few files in flight per worker, and hands each result to `use`
 * in the order of `work` as soon as it and all before it are in: the corpus is built in the same order whatever
 * finishes first, and while the workers analyse the rest.
 */
async function readAll(work: readonly WorkItem[], use: (i: number, loaded: LoadedArticle) => void): Promise<void> {
  const pool = new AnalysisPool(__filename);
  const results: Array<LoadedArticle | undefined> = new Array(work.length);
  let next = 0;
  let used = 0;
  const lane = async () => {
    for (let i = next++; i < work.length; i = next++) {
      const { file, folder, explicit, walked } = work[i];
      results[i] = await readArticle(path.resolve(file), folder, articleRules(folder), { explicit, walked, analyze: pool.analyze });
      for (let ready = results[used]; ready !== undefined; ready = results[used]) {
        // Let go of each result once used: the corpus keeps what it needs.
        results[used] = undefined;
        use(used++, ready);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: pool.lanes }, lane));
  } finally {
    await pool.close();
  }
}

function renderSkipped(skipped: SkippedFile[]): string {
  if (skipped.length === 0) return '';
  return [`\nSkipped (${skipped.length}):`, ...skipped.map((s) => `  ${s.path}: ${s.reason}`)].join('\n') + '\n';
}

// The same bundle runs the analysis workers (node/analysisPool): a worker analyses, it runs no command.
if (isAnalysisWorker()) runAnalysisWorker();
else main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => {
  process.stderr.write(`crosscheck: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
});
