// Edits a `.crosscheck/*.json` sidecar as a document edit, so the change can be undone and nothing else in the file is lost.
import * as vscode from 'vscode';
import { SIDECAR_DIR } from '../../server/src/protocol';

type JsonObject = Record<string, unknown>;

/**
 * Applies `change` to the parsed sidecar of the folder holding `near` and saves it. A file that does not parse, or
 * has unsaved changes, is left alone and the user told why. Returns whether the file was written.
 */
export async function editSidecar(near: vscode.Uri, file: string, change: (json: JsonObject) => JsonObject): Promise<boolean> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showInformationMessage('Crosscheck: this folder is in Restricted Mode, so nothing is written to .crosscheck/. Trust the folder to record it.');
    return false;
  }
  const folder = vscode.workspace.getWorkspaceFolder(near);
  if (!folder) {
    void vscode.window.showErrorMessage('Crosscheck: this article is outside the workspace folders, so there is no .crosscheck folder to write to.');
    return false;
  }
  const uri = vscode.Uri.joinPath(folder.uri, SIDECAR_DIR, file);
  let document: vscode.TextDocument | undefined;
  let current: JsonObject = {};
  try {
    document = await vscode.workspace.openTextDocument(uri);
  } catch {
    // No such file yet: it is created below.
  }
  if (document) {
    if (document.isDirty) {
      void vscode.window.showErrorMessage(`Crosscheck: ${SIDECAR_DIR}/${file} has unsaved changes; save it first. Nothing was written.`);
      return false;
    }
    try {
      const parsed: unknown = JSON.parse(document.getText().replace(/^\ufeff/, '') || '{}');
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not a JSON object');
      current = parsed as JsonObject;
    } catch (e) {
      void vscode.window.showErrorMessage(`Crosscheck: ${SIDECAR_DIR}/${file} is not valid JSON (${(e as Error).message}); fix it first. Nothing was written.`);
      return false;
    }
  }
  let text: string;
  try {
    text = JSON.stringify(change(current), null, 2) + '\n';
  } catch (e) {
    void vscode.window.showErrorMessage(`Crosscheck: ${SIDECAR_DIR}/${file}: ${(e as Error).message}. Nothing was written.`);
    return false;
  }
  if (!document) {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    return true;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
  return (await vscode.workspace.applyEdit(edit)) && document.save();
}

/** The array under `key`, or a new one when the file has none; anything else there is the user's and is not replaced. */
export function arrayOf(json: JsonObject, key: string): unknown[] {
  const value = Object.hasOwn(json, key) ? json[key] : [];
  if (!Array.isArray(value)) throw new Error(`"${key}" is not an array`);
  return value;
}
