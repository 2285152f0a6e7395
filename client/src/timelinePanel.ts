// The timeline webview: a story's (or an entity's) dated expressions on one time axis, one lane per article, conflicts
// between lanes; or the workspace's, one lane per story, whose name or date bar opens the story's own timeline.
// The page itself is timelinePage.ts.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EntityCandidatesRequest, type MentionLocation, type TimelineLane, TimelineRequest, type TimelineScope } from '../../server/src/protocol';
import { TIMELINE_WEBVIEW, timelinePage } from './timelinePage';
import { OPEN_LOCATION } from './treeItems';

export function registerTimeline(context: vscode.ExtensionContext, client: LanguageClient): void {
  let panel: vscode.WebviewPanel | undefined;
  let locations: MentionLocation[] = [];
  let lanes: TimelineLane[] = [];
  const show = async (scope: TimelineScope) => {
    const data = await client.sendRequest(TimelineRequest, scope);
    if (!data) {
      const what = scope.workspace ? 'No article is indexed yet: open a folder of articles.' : scope.entity !== undefined ? 'That entity is no longer mentioned in any article.' : 'Open an article (or pick a story) to see its timeline.';
      void vscode.window.showInformationMessage(`Crosscheck: ${what}`);
      return;
    }
    if (!panel) {
      panel = vscode.window.createWebviewPanel('crosscheck.timeline', 'Timeline', vscode.ViewColumn.Beside, TIMELINE_WEBVIEW);
      panel.onDidDispose(() => (panel = undefined));
      panel.webview.onDidReceiveMessage((message: { open?: number; story?: number }) => {
        const location = typeof message.open === 'number' ? locations[message.open] : undefined;
        const story = typeof message.story === 'number' ? lanes[message.story]?.story : undefined;
        if (location) void vscode.commands.executeCommand(OPEN_LOCATION, location, vscode.ViewColumn.One);
        else if (story) void show({ story: story.id });
      });
    }
    panel.title = `Timeline: ${data.title}`;
    const drawn = timelinePage(data);
    locations = drawn.locations;
    lanes = data.lanes;
    panel.webview.html = drawn.html;
    panel.reveal(vscode.ViewColumn.Beside);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('crosscheck.showTimeline', (target?: { story?: { id: string } } | vscode.Uri) => {
      const story = target && 'story' in target ? target.story?.id : undefined;
      const uri = target instanceof vscode.Uri ? target.toString() : vscode.window.activeTextEditor?.document.uri.toString();
      return show(story ? { story } : { uri });
    }),
    vscode.commands.registerCommand('crosscheck.showWorkspaceTimeline', () => show({ workspace: true })),
    // From an Entities view row, with the entity id (the hover's link), or for the name under the cursor.
    vscode.commands.registerCommand('crosscheck.showEntityTimeline', async (target?: { entity?: { id: string } } | string) => {
      const editor = vscode.window.activeTextEditor;
      const atCursor = async () => editor && (await client.sendRequest(EntityCandidatesRequest, { textDocument: { uri: editor.document.uri.toString() }, position: editor.selection.active }))?.entity.id;
      const entity = typeof target === 'string' ? target : (target?.entity?.id ?? (await atCursor()));
      if (entity === undefined) void vscode.window.showInformationMessage('Crosscheck: put the cursor on a name (or pick an entity in the Entities view) to see its timeline.');
      else await show({ entity });
    }),
  );
}
