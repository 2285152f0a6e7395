// The timeline of the whole workspace opens in the real editor, a lane per story, from its command.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activated, waitFor } from './helpers';

const timelineTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.label.startsWith('Timeline: '));

suite('the timeline of the workspace', () => {
  suiteSetup(async () => {
    await activated();
  });

  test('opens from its command, titled "All stories"', async () => {
    assert.ok((await vscode.commands.getCommands(true)).includes('crosscheck.showWorkspaceTimeline'));
    await vscode.commands.executeCommand('crosscheck.showWorkspaceTimeline');
    const tab = await waitFor(() => timelineTabs().find((t) => t.label === 'Timeline: All stories'), 'a "Timeline: All stories" webview');
    assert.ok(tab.input instanceof vscode.TabInputWebview);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
