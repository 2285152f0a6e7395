// The CLI's exports: SARIF and Web Annotation to standard output, brat into the --out folder. Nothing is written
// over an existing file, so an article (or earlier annotation work) in the folder is never replaced.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Corpus } from '../analysis/corpus';
import { exportFiles, type ExportFormat } from '../analysis/export/exportAnalysis';
import { exportSourceOf, type WorkspaceFolder } from '../node/bootstrap';

/** What is wrong with the --out option for the format, if anything. */
export function checkOut(format: string, out: string | undefined): string | undefined {
  if (format === 'brat' && !out) return '--format brat writes a folder of files: name it with --out <folder>';
  if (format !== 'brat' && out !== undefined) return '--out is for --format brat; the other formats print to standard output';
  return undefined;
}

/** Prints or writes the export; returns the exit code (1 when the files could not be written). */
export async function writeExport(format: ExportFormat, corpus: Corpus, folders: readonly WorkspaceFolder[], out: string | undefined): Promise<number> {
  const files = exportFiles(format, exportSourceOf(corpus, folders));
  if (format !== 'brat') {
    process.stdout.write(files[0].content);
    return 0;
  }
  const targets = files.map((f) => ({ target: path.join(out!, ...f.path.split('/')), content: f.content }));
  const existing = (await Promise.all(targets.map(async (t) => ((await exists(t.target)) ? t.target : undefined)))).filter((t) => t !== undefined);
  if (existing.length > 0) {
    process.stderr.write(`crosscheck: not writing the brat export: ${existing.length} of its files already exist (${existing.slice(0, 3).join(', ')}${existing.length > 3 ? ', …' : ''}); choose an empty folder\n`);
    return 1;
  }
  for (const { target, content } of targets) {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, content, { flag: 'wx' });
  }
  process.stderr.write(`crosscheck: wrote ${targets.length / 2} articles as brat standoff to ${out}\n`);
  return 0;
}

async function exists(file: string): Promise<boolean> {
  return fs.lstat(file).then(() => true, () => false);
}
