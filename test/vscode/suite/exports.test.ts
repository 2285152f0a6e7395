// "Export Analysis…" in the real editor: SARIF to a file, brat into an empty folder (and never over existing files),
// and an article refused as the target. Format and target are passed as arguments, as a script would.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { activated, EXTENSION_ID, workspaceFile } from './helpers';

const EXPORT = 'crosscheck.exportAnalysis';

suite('Export Analysis…', () => {
  let out: string;

  suiteSetup(async () => {
    await activated();
    out = mkdtempSync(path.join(tmpdir(), 'crosscheck-export-'));
  });
  suiteTeardown(() => rmSync(out, { recursive: true, force: true }));

  test('is in the command palette and the Conflicts view title', () => {
    const contributes = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON.contributes;
    assert.ok(contributes.commands.some((c: { command: string }) => c.command === EXPORT));
    assert.ok(contributes.menus['view/title'].some((m: { command: string; when: string }) => m.command === EXPORT && m.when === 'view == crosscheck.conflicts'));
    assert.ok(!contributes.menus.commandPalette.some((m: { command: string }) => m.command === EXPORT), 'not hidden from the palette');
  });

  test('writes the workspace’s conflicts as SARIF to the file chosen, paths relative to the workspace folder', async () => {
    const target = vscode.Uri.file(path.join(out, 'analysis.sarif'));
    const written = (await vscode.commands.executeCommand(EXPORT, 'sarif', target)) as vscode.Uri[] | undefined;
    assert.deepEqual(written?.map((u) => u.fsPath), [target.fsPath]);
    const log = JSON.parse(readFileSync(target.fsPath, 'utf8')) as { version: string; runs: Array<{ originalUriBaseIds: Record<string, { uri: string }>; results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    assert.equal(log.version, '2.1.0');
    const [run] = log.runs;
    assert.equal(path.resolve(vscode.Uri.parse(run.originalUriBaseIds['%SRCROOT%'].uri).fsPath), path.resolve(vscode.workspace.workspaceFolders![0].uri.fsPath));
    const quake = run.results.find((r) => / → compare\//.test(r.ruleId) && r.locations[0].physicalLocation.artifactLocation.uri.startsWith('quake-'));
    assert.ok(quake, `no conflict of the quake reports among ${run.results.map((r) => r.ruleId).join(', ')}`);
  });

  test('writes brat standoff into an empty folder, and nothing into one where its files exist', async () => {
    const folder = vscode.Uri.file(path.join(out, 'brat'));
    await vscode.workspace.fs.createDirectory(folder);
    const written = (await vscode.commands.executeCommand(EXPORT, 'brat', folder)) as vscode.Uri[] | undefined;
    assert.ok(written && written.length >= 4, `wrote ${written?.length}`);
    const names = readdirSync(folder.fsPath);
    assert.ok(names.includes('quake-jakarta.ann') && names.includes('quake-jakarta.txt'), names.join(', '));
    writeFileSync(path.join(folder.fsPath, 'quake-jakarta.ann'), 'T1\tPlace 0 7\tJakarta\n');
    assert.equal(await vscode.commands.executeCommand(EXPORT, 'brat', folder), undefined);
    assert.equal(readFileSync(path.join(folder.fsPath, 'quake-jakarta.ann'), 'utf8'), 'T1\tPlace 0 7\tJakarta\n');
  });

  test('refuses an article as the target and leaves it as it was', async () => {
    const article = await workspaceFile('quake-jakarta');
    const before = readFileSync(article.fsPath, 'utf8');
    assert.equal(await vscode.commands.executeCommand(EXPORT, 'webanno', article), undefined);
    assert.equal(readFileSync(article.fsPath, 'utf8'), before);
  });
});
