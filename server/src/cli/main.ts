// The command-line tool: `crosscheck analyze <file-or-folder>... [--format json|text]`, the same library headless.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { classifyArticle, DEFAULT_ARTICLE_RULES, isExcluded } from '../analysis/articleFiles';
import { Corpus } from '../analysis/corpus';
import { pathToUri, readArticleFile, toRelative, walkFiles } from '../node/files';
import { buildReport } from '../analysis/report';
import { renderText } from './renderText';

const USAGE = `Usage: crosscheck analyze <file-or-folder>... [--format json|text]

Analyses news articles (.txt) and prints entities, resolved dates and conflicting claims.
A folder means every article under it; a file named explicitly is analysed even if it does not read as prose.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === undefined) {
    (command === undefined ? process.stderr : process.stdout).write(USAGE + '\n');
    return command === undefined ? 2 : 0;
  }
  if (command !== 'analyze') {
    process.stderr.write(`crosscheck: unknown command "${command}"\n\n${USAGE}\n`);
    return 2;
  }
  let format = 'text';
  const inputs: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--format') format = rest[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg.startsWith('-')) {
      process.stderr.write(`crosscheck: unknown option ${arg}\n`);
      return 2;
    } else inputs.push(arg);
  }
  if (format !== 'json' && format !== 'text') {
    process.stderr.write(`crosscheck: --format must be json or text, not "${format}"\n`);
    return 2;
  }
  if (inputs.length === 0) {
    process.stderr.write(`crosscheck: nothing to analyse\n\n${USAGE}\n`);
    return 2;
  }
  const corpus = new Corpus();
  const paths = new Map<string, string>();
  let failures = 0;
  for (const { file, explicit } of await expand(inputs)) {
    const read = await readArticleFile(file);
    if ('skipped' in read) {
      if (explicit) {
        process.stderr.write(`crosscheck: ${file}: ${read.skipped}\n`);
        failures++;
      }
      continue;
    }
    if (!explicit && !classifyArticle(path.basename(file), read.text, DEFAULT_ARTICLE_RULES).isArticle) continue;
    const uri = pathToUri(path.resolve(file));
    paths.set(uri, file);
    corpus.set(uri, read.text);
  }
  const report = buildReport(corpus, (uri) => paths.get(uri) ?? uri);
  process.stdout.write(format === 'json' ? JSON.stringify(report, null, 2) + '\n' : renderText(report));
  return failures > 0 ? 1 : 0;
}

/** Files named on the command line, and the .txt files under folders named there; missing paths are reported. */
async function expand(inputs: string[]): Promise<Array<{ file: string; explicit: boolean }>> {
  const files: Array<{ file: string; explicit: boolean }> = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => undefined);
    if (!stat) {
      files.push({ file: input, explicit: true });
    } else if (stat.isDirectory()) {
      const found: string[] = [];
      for await (const file of walkFiles(input, (relative) => !isExcluded(relative + '/', DEFAULT_ARTICLE_RULES))) if (/\.txt$/i.test(file)) found.push(file);
      found.sort((a, b) => toRelative(input, a).localeCompare(toRelative(input, b)));
      files.push(...found.map((file) => ({ file, explicit: false })));
    } else {
      files.push({ file: input, explicit: true });
    }
  }
  return files;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => {
  process.stderr.write(`crosscheck: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
});
