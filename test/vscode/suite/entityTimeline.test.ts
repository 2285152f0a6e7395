// The timeline of one entity opens in the real editor, from its id (the hover's link) and from an Entities view row.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../../client/src/extension';
import { activated, waitFor } from './helpers';

const timelineTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.label.startsWith('Timeline: '));

suite('the timeline of an entity', () => {
  let api: CrosscheckApi;
  suiteSetup(async () => {
    api = await activated();
  });

  test('opens for an Entities view row, titled with the entity’s name', async () => {
    const entities = api.views.entities as vscode.TreeDataProvider<{ kind: string; entity?: { id: string; name: string } }>;
    const places = await waitFor(async () => (await entities.getChildren(undefined))?.find((n) => (n as { type?: { type: string } }).type?.type === 'place'), 'a Places group');
    const indonesia = await waitFor(async () => (await entities.getChildren(places))?.find((n) => n.entity?.name === 'Indonesia'), 'Indonesia among the places');
    await vscode.commands.executeCommand('crosscheck.showEntityTimeline', indonesia);
    const tab = await waitFor(() => timelineTabs().find((t) => t.label === 'Timeline: Indonesia'), 'a "Timeline: Indonesia" webview');
    assert.ok(tab.input instanceof vscode.TabInputWebview);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
