// "Export Analysis…" on the server: the workspace's corpus through the same pure builders as `crosscheck analyze --format`.
import { exportFiles, isExportFormat } from '../analysis/export/exportAnalysis';
import { exportSourceOf } from '../node/bootstrap';
import type { ExportParams, ExportResult } from '../protocol';
import { type ArticleWorkspace, normalizeUri } from './workspace';

export function exportWorkspace(ws: ArticleWorkspace, params: ExportParams): ExportResult {
  if (!isExportFormat(params.format)) return { error: `Unknown export format ${JSON.stringify(params.format)}.` };
  if (typeof params.target === 'string' && ws.corpus.has(normalizeUri(params.target))) return { error: 'That file is an article: choose another file to export to.' };
  if (ws.corpus.size === 0) return { error: 'No articles are indexed in this workspace, so there is nothing to export.' };
  return { files: exportFiles(params.format, exportSourceOf(ws.corpus, ws.folders)) };
}
