// The export formats behind `crosscheck analyze --format …` and the editor's "Export Analysis…": each one a list of
// files (a path relative to the target and its text), so the CLI and the client write them the same way.
import { buildBrat } from './brat';
import type { ExportSource } from './exportSource';
import { buildSarif } from './sarif';
import { buildWebAnnotations } from './webAnnotation';

export const EXPORT_FORMATS = ['sarif', 'brat', 'webanno'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  /** Relative to the folder the user chose ("/" between folders); one file for SARIF and Web Annotation. */
  path: string;
  content: string;
}

/** The file name a single-file format suggests. */
export const EXPORT_FILE_NAMES: Record<Exclude<ExportFormat, 'brat'>, string> = { sarif: 'crosscheck.sarif', webanno: 'crosscheck-annotations.jsonld' };

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function exportFiles(format: ExportFormat, source: ExportSource): ExportFile[] {
  switch (format) {
    case 'sarif':
      return [{ path: EXPORT_FILE_NAMES.sarif, content: `${JSON.stringify(buildSarif(source), null, 2)}\n` }];
    case 'webanno':
      return [{ path: EXPORT_FILE_NAMES.webanno, content: `${JSON.stringify(buildWebAnnotations(source), null, 2)}\n` }];
    case 'brat':
      return buildBrat(source).flatMap((d) => [{ path: `${d.path}.txt`, content: d.text }, { path: `${d.path}.ann`, content: d.ann }]);
  }
}
