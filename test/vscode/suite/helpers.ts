// Shared by the *.test.ts files that run in the VS Code extension host.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../../client/src/extension';

export const EXTENSION_ID = 'crosscheck.crosscheck';
const POLL_INTERVAL_MS = 100;

let activation: Promise<CrosscheckApi> | undefined;

/** Activates the extension once per test run and waits for the first workspace indexing. */
export function activated(): Promise<CrosscheckApi> {
  activation ??= (async () => {
    const extension = vscode.extensions.getExtension<CrosscheckApi>(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not installed`);
    const api = await extension.activate();
    await withTimeout(api.ready, 60000, 'the first workspace indexing (api.ready)');
    return api;
  })();
  return activation;
}

async function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Polls `probe` until it returns a value other than undefined, and returns that value.
 * Language features answer asynchronously, so tests wait on a condition, never a fixed delay.
 */
export async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 30000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}

/** The workspace file whose name starts with `prefix` (the seed articles are named 000_…, 001_…). */
export async function workspaceFile(prefix: string): Promise<vscode.Uri> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder');
  const entries = await vscode.workspace.fs.readDirectory(folder.uri);
  const name = entries.map(([entry]) => entry).find((entry) => entry.startsWith(prefix));
  assert.ok(name, `no file starting with ${prefix} in ${folder.uri.fsPath}`);
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openInEditor(prefix: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(await workspaceFile(prefix));
  return vscode.window.showTextDocument(document);
}

/** The language id VS Code currently gives the document (it changes when the client switches it). */
export function languageOf(uri: vscode.Uri): string | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId;
}

/** Position inside the `occurrence`-th (0-based) match of `text`, `offset` characters in. */
export function positionOf(document: vscode.TextDocument, text: string, occurrence = 0, offset = 1): vscode.Position {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = document.getText().indexOf(text, index + 1);
    assert.ok(index >= 0, `"${text}" occurs fewer than ${occurrence + 1} times in ${document.uri.fsPath}`);
  }
  return document.positionAt(index + offset);
}

export function markdownOf(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

export function asLocations(result: readonly (vscode.Location | vscode.LocationLink)[] | vscode.Location | undefined): vscode.Location[] {
  if (!result) return [];
  const list = Array.isArray(result) ? result : [result as vscode.Location];
  return list.map((item) => ('targetUri' in item ? new vscode.Location(item.targetUri, item.targetSelectionRange ?? item.targetRange) : item));
}

export async function textAt(location: vscode.Location): Promise<string> {
  return (await vscode.workspace.openTextDocument(location.uri)).getText(location.range);
}

export function nonEmpty<T>(items: readonly T[] | undefined): readonly T[] | undefined {
  return items && items.length > 0 ? items : undefined;
}
