// "Export Analysis…" on the server: the workspace's corpus through the same pure builders as `crosscheck analyze --format`.
import { exportFiles, isExportFormat } from '../analysis/export/exportAnalysis';
import { commonFolderUri, type ExportSource } from '../analysis/export/exportSource';
import { SIDECAR_DIR, SIDECAR_FILES, type ExportParams, type ExportResult } from '../protocol';
import { VERSION } from '../node/version';
import { type ArticleWorkspace, normalizeUri } from './workspace';

export function exportWorkspace(ws: ArticleWorkspace, params: ExportParams): ExportResult {
  if (!isExportFormat(params.format)) return { error: `Unknown export format ${JSON.stringify(params.format)}.` };
  if (typeof params.target === 'string' && ws.corpus.has(normalizeUri(params.target))) return { error: 'That file is an article: choose another file to export to.' };
  if (ws.corpus.size === 0) return { error: 'No articles are indexed in this workspace, so there is nothing to export.' };
  const withDismissals = ws.folders.find((f) => f.sidecars.dismissed);
  const source: ExportSource = {
    corpus: ws.corpus,
    root: commonFolderUri(ws.folders.map((f) => f.uri)),
    toolVersion: VERSION,
    ...(withDismissals?.sidecars.dismissed
      ? { dismissals: { file: `${withDismissals.uri.replace(/\/?$/, '/')}${SIDECAR_DIR}/${SIDECAR_FILES.dismissed}`, entries: withDismissals.sidecars.dismissed.dismissed } }
      : {}),
  };
  return { files: exportFiles(params.format, source) };
}
