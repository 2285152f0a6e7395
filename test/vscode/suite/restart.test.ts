import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activated, markdownOf, openInEditor, positionOf, waitFor } from './helpers';

/** The language server: the child of this extension host running dist/server.js (Linux /proc). */
function serverPid(): number | undefined {
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      const parent = /^PPid:\s+(\d+)/m.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1];
      if (cmdline.includes('dist/server.js') && Number(parent) === process.pid) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  return undefined;
}

suite('the server dies', () => {
  suiteSetup(async () => {
    await activated();
  });

  test('the client restarts it, and hovers and diagnostics come back', async () => {
    const api = await activated();
    const editor = await openInEditor('000_');
    const hoverText = async () => markdownOf(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, 'Xi Jinping')));
    await waitFor(async () => ((await hoverText()).includes('Xi Jinping') ? true : undefined), 'a hover before the crash');
    // An earlier suite dismissed the quake conflict; forget that, so its diagnostic is there to come back.
    const quake = (await openInEditor('quake-bengkulu')).document.uri;
    const dismissed = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.crosscheck', 'dismissed.json');
    await vscode.workspace.fs.delete(dismissed).then(() => undefined, () => undefined);
    const conflict = () => vscode.languages.getDiagnostics(quake).find((d) => d.source === 'crosscheck' && (d.relatedInformation?.length ?? 0) > 0);
    await waitFor(conflict, 'the quake conflict diagnostic before the crash');
    const pid = await waitFor(serverPid, 'the server process');
    const reindexed = new Promise<void>((resolve) => {
      let sawIndexing = false;
      const listener = api.onIndexStatus((status) => {
        sawIndexing ||= status.indexing;
        if (!sawIndexing || status.indexing) return;
        listener.dispose();
        resolve();
      });
    });
    process.kill(pid, 'SIGKILL');
    await waitFor(() => { const now = serverPid(); return now !== undefined && now !== pid ? now : undefined; }, 'a new server process', 30000);
    await reindexed;
    await waitFor(async () => ((await hoverText()).includes('Xi Jinping') ? true : undefined), 'the hover after the restart');
    // The restart dropped the old diagnostics with their collection: these are published by the new server.
    const after = await waitFor(conflict, 'the conflict diagnostic after the restart');
    assert.match(after.message, /quake-jakarta\.txt/);
  });
});
