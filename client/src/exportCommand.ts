// "Export Analysis…": asks for a format and a target, lets the server build the files with the CLI's builders, and
// writes only where the user chose. Articles are never written over: the server refuses an article as the target,
// and a brat export into a folder writes nothing if any of its files already exists there.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExportRequest, type ExportFormatName } from '../../server/src/protocol';

export const EXPORT_COMMAND = 'crosscheck.exportAnalysis';

const FORMATS: Array<{ format: ExportFormatName; label: string; detail: string; file?: { name: string; filters: Record<string, string[]> } }> = [
  { format: 'sarif', label: 'SARIF 2.1.0', detail: 'Conflicts and date issues, for code-scanning tools; dismissed conflicts as suppressed results.', file: { name: 'crosscheck.sarif', filters: { SARIF: ['sarif', 'json'] } } },
  { format: 'brat', label: 'brat standoff', detail: 'Entity and date mentions: a .txt and an .ann per article, into a folder you choose.' },
  { format: 'webanno', label: 'W3C Web Annotation (JSON-LD)', detail: 'Entity and date mentions with position and quote selectors.', file: { name: 'crosscheck-annotations.jsonld', filters: { 'JSON-LD': ['jsonld', 'json'] } } },
];

/**
 * Registers the command. With a format and a target (a file, or a folder for brat) it asks nothing, for scripts and
 * tests; it resolves to the files written, or undefined when it wrote nothing.
 */
export function registerExportCommand(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(vscode.commands.registerCommand(EXPORT_COMMAND, async (givenFormat?: ExportFormatName, givenTarget?: vscode.Uri) => {
    const choice = givenFormat ? FORMATS.find((f) => f.format === givenFormat) : await vscode.window.showQuickPick(FORMATS, { title: 'Export Analysis…', placeHolder: 'Export format' });
    if (!choice) return undefined;
    const target = givenTarget ?? (await askTarget(choice));
    if (!target) return undefined;
    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Crosscheck: exporting ${choice.label}…` }, () =>
      client.sendRequest(ExportRequest, { format: choice.format, ...(choice.file ? { target: target.toString() } : {}) }),
    );
    if ('error' in result) return fail(result.error);
    const files = result.files.map((f) => ({ uri: choice.file ? target : vscode.Uri.joinPath(target, ...f.path.split('/')), content: f.content }));
    if (!choice.file) {
      // The .txt copies beside the .ann files would be indexed as articles of the workspace, each one twice.
      if (vscode.workspace.getWorkspaceFolder(target)) return fail('Choose a folder outside the workspace for the brat export: its .txt copies would be indexed as articles.');
      const existing = (await Promise.all(files.map(async (f) => ((await exists(f.uri)) ? f.uri : undefined)))).filter((u) => u !== undefined);
      if (existing.length > 0) return fail(`${existing.length} of the brat files already exist in ${target.fsPath} (${vscode.workspace.asRelativePath(existing[0])}…); nothing was written. Choose an empty folder.`);
    }
    for (const f of files) await vscode.workspace.fs.writeFile(f.uri, Buffer.from(f.content, 'utf8'));
    void vscode.window.showInformationMessage(`Crosscheck: exported ${choice.label} to ${target.fsPath}${choice.file ? '' : ` (${files.length} files)`}`);
    return files.map((f) => f.uri);
  }));
}

async function askTarget(choice: (typeof FORMATS)[number]): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (choice.file) {
    return vscode.window.showSaveDialog({ title: `Export ${choice.label}`, saveLabel: 'Export', filters: choice.file.filters, ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, choice.file.name) } : {}) });
  }
  const picked = await vscode.window.showOpenDialog({ title: 'Export brat standoff into folder', openLabel: 'Export Here', canSelectFiles: false, canSelectFolders: true, canSelectMany: false });
  return picked?.[0];
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}

function fail(message: string): undefined {
  void vscode.window.showErrorMessage(`Crosscheck: ${message}`);
  return undefined;
}
