import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activated, openInEditor, waitFor, workspaceFile } from './helpers';

// quake-jakarta.txt says the Bengkulu earthquake killed six people, quake-bengkulu.txt says 11: one contradiction.
suite('conflicting claims between sources', () => {
  let here: vscode.Uri;
  let there: vscode.Uri;

  const conflictIn = (uri: vscode.Uri) =>
    vscode.languages.getDiagnostics(uri).find((d) => d.source === 'crosscheck' && (d.relatedInformation?.length ?? 0) > 0);

  suiteSetup(async () => {
    await activated();
    here = (await openInEditor('quake-bengkulu')).document.uri;
    there = await workspaceFile('quake-jakarta');
  });

  test('shows a conflict diagnostic with the other source as related information', async () => {
    const diagnostic = await waitFor(() => conflictIn(here), 'a crosscheck conflict diagnostic on quake-bengkulu.txt');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(diagnostic.message, /quake-jakarta\.txt/);
    assert.match(String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code), /^contradiction\//);
    const related = diagnostic.relatedInformation![0];
    assert.equal(related.location.uri.fsPath, there.fsPath);
    const other = await vscode.workspace.openTextDocument(there);
    assert.match(other.getText(related.location.range), /six/);
  });

  test('"Compare with" opens the other source beside this one', async () => {
    const diagnostic = await waitFor(() => conflictIn(here), 'the conflict diagnostic');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', here, diagnostic.range);
    const compare = actions.find((a) => a.title.startsWith('Compare with quake-jakarta.txt'));
    assert.ok(compare?.command, `no compare action among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(actions.some((a) => a.title.startsWith('Dismiss this conflict')), 'no dismiss action');
    await vscode.commands.executeCommand(compare.command.command, ...(compare.command.arguments ?? []));
    const visible = await waitFor(() => {
      const files = vscode.window.visibleTextEditors.map((e) => e.document.uri.fsPath);
      return files.includes(here.fsPath) && files.includes(there.fsPath) ? vscode.window.visibleTextEditors : undefined;
    }, 'both articles visible side by side');
    const columns = new Set(visible.filter((e) => [here.fsPath, there.fsPath].includes(e.document.uri.fsPath)).map((e) => e.viewColumn));
    assert.equal(columns.size, 2, 'the two articles are in two editor columns');
  });

  test('a dismissed conflict disappears and stays dismissed after the server restarts', async () => {
    const api = await activated();
    const diagnostic = await waitFor(() => conflictIn(here), 'the conflict diagnostic');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', here, diagnostic.range);
    const dismiss = actions.find((a) => a.title.startsWith('Dismiss this conflict'))!;
    const [id] = dismiss.command!.arguments as [string];
    await vscode.commands.executeCommand('crosscheck.dismissConflict', id, 'the later count includes the missing');
    await waitFor(() => (conflictIn(here) ? undefined : true), 'the conflict diagnostic to go away');
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const sidecar = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, '.crosscheck', 'dismissed.json')));
    assert.match(sidecar, /the later count includes the missing/);

    const reindexed = new Promise<void>((resolve) => {
      const listener = api.onIndexStatus((status) => {
        if (status.indexing) return;
        listener.dispose();
        resolve();
      });
    });
    await vscode.commands.executeCommand('crosscheck.restartServer');
    await reindexed;
    assert.equal(conflictIn(here), undefined, 'the dismissed conflict came back after a restart');
  });
});
