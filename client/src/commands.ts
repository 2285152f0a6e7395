// The Crosscheck commands: each gathers what it needs from the user, then asks the server or moves the editor.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ConflictsAtRequest, type ConflictsOfClaim, EntityCandidatesRequest, type MentionLocation, NeighbourMentionRequest, SERVER_COMMANDS, type ServerCommandResult, StoriesRequest } from '../../server/src/protocol';
import type { StoryTreeNode } from './storiesView';


export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
  const toCode = client.protocol2CodeConverter;
  const editorAt = () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) void vscode.window.showInformationMessage('Crosscheck: open an article first.');
    return editor;
  };
  const position = (editor: vscode.TextEditor) => ({ textDocument: { uri: editor.document.uri.toString() }, position: editor.selection.active });
  const server = async (command: string, ...args: unknown[]) => {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showInformationMessage('Crosscheck: this folder is in Restricted Mode, so no decision is written to .crosscheck/. Trust the folder to record it.');
      return false;
    }
    const result = (await client.sendRequest('workspace/executeCommand', { command, arguments: args })) as ServerCommandResult;
    if (result.ok) void vscode.window.showInformationMessage(`Crosscheck: ${result.message}`);
    else void vscode.window.showErrorMessage(`Crosscheck: ${result.message}`);
    return result.ok;
  };
  const reveal = async (location: MentionLocation, column?: vscode.ViewColumn) => {
    const range = toCode.asRange(location.range);
    const editor = await vscode.window.showTextDocument(vscode.Uri.parse(location.uri), { selection: range, viewColumn: column, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  };
  const neighbour = (direction: 'next' | 'previous') => async () => {
    const editor = editorAt();
    if (!editor) return;
    const target = await client.sendRequest(NeighbourMentionRequest, { ...position(editor), direction });
    if (target) await reveal(target);
    else void vscode.window.setStatusBarMessage('Crosscheck: no other mention of a recognised entity here', 3000);
  };
  /** The entity at a location given by the Entities view, or else under the cursor. */
  const pickEntity = async (title: string, at?: MentionLocation) => {
    const editor = at ? undefined : editorAt();
    const where = at ? { textDocument: { uri: at.uri }, position: at.range.start } : editor && position(editor);
    if (!where) return undefined;
    const found = await client.sendRequest(EntityCandidatesRequest, where);
    if (!found) {
      void vscode.window.showInformationMessage('Crosscheck: put the cursor on a name first.');
      return undefined;
    }
    const picked = await vscode.window.showQuickPick(found.candidates.map((c) => ({ label: c.name, description: c.detail, id: c.id })), {
      title: `${title} (${found.entity.name})`,
      matchOnDescription: true,
    });
    return picked && { uri: where.textDocument.uri, a: found.entity.id, b: picked.id };
  };

  /** One of a claim's conflicts, of those under the cursor, or of the whole article; asks only when there are several. */
  const pickConflict = async (title: string, of?: ConflictsOfClaim) => {
    const editor = of ? undefined : editorAt();
    const uri = of?.uri ?? editor?.document.uri.toString();
    if (!uri) return undefined;
    const found = await client.sendRequest(ConflictsAtRequest, { textDocument: { uri }, position: of ? undefined : editor?.selection.active });
    const conflicts = of ? found.filter((c) => of.conflicts.includes(c.id)) : found;
    if (conflicts.length <= 1) return conflicts[0];
    const items = conflicts.map((c) => ({ label: c.other.label, description: c.attribute, detail: c.message, conflict: c }));
    return (await vscode.window.showQuickPick(items, { title, matchOnDescription: true, matchOnDetail: true }))?.conflict;
  };

  /** The article a story command is about: a Stories view row, an explorer file, or the active editor. */
  const articleOf = (target?: StoryTreeNode | vscode.Uri) =>
    target instanceof vscode.Uri ? target.toString() : target?.kind === 'storyArticle' ? target.article.uri : editorAt()?.document.uri.toString();

  const commands: Record<string, (...args: never[]) => unknown> = {
    'crosscheck.moveArticleToStory': async (target?: StoryTreeNode | vscode.Uri) => {
      const uri = articleOf(target);
      if (!uri) return;
      const stories = (await client.sendRequest(StoriesRequest, {})).filter((s) => !s.articles.some((a) => a.uri === uri));
      const picked = await vscode.window.showQuickPick(
        stories.map((story) => ({ label: story.title, description: `${story.start ?? 'undated'} · ${story.articles.length} article${story.articles.length === 1 ? '' : 's'}`, story })),
        { title: 'Move article to story…', matchOnDescription: true, placeHolder: 'The story this article reports' },
      );
      // A story is named by one of its articles: the moved article follows that one wherever its story goes.
      if (picked) await server(SERVER_COMMANDS.moveArticleToStory, uri, picked.story.articles[0].uri);
    },
    'crosscheck.splitArticleIntoOwnStory': async (target?: StoryTreeNode | vscode.Uri) => {
      const uri = articleOf(target);
      if (uri) await server(SERVER_COMMANDS.splitArticleIntoOwnStory, uri);
    },
    'crosscheck.treatAsArticle': async (uri?: vscode.Uri) => server(SERVER_COMMANDS.setArticleStatus, (uri ?? editorAt()?.document.uri)?.toString(), true),
    'crosscheck.notAnArticle': async (uri?: vscode.Uri) => server(SERVER_COMMANDS.setArticleStatus, (uri ?? editorAt()?.document.uri)?.toString(), false),
    'crosscheck.nextMention': neighbour('next'),
    'crosscheck.previousMention': neighbour('previous'),
    'crosscheck.setArticleDate': async (uri?: string) => {
      const target = uri ?? editorAt()?.document.uri.toString();
      if (!target) return;
      const date = await vscode.window.showInputBox({
        title: 'Crosscheck: Set Article Date',
        prompt: 'The date the article was published (YYYY-MM-DD); empty to take it from the text again. Stored in .crosscheck/articles.json.',
        placeHolder: '2024-05-02',
        validateInput: (v) => (v === '' || /^\d{4}-\d\d-\d\d$/.test(v) ? undefined : 'Write the date as YYYY-MM-DD'),
      });
      if (date !== undefined) await server(SERVER_COMMANDS.setArticleDate, target, date === '' ? null : date);
    },
    'crosscheck.sameEntityAs': async (at?: MentionLocation) => {
      const choice = await pickEntity('Same entity as…', at);
      if (choice) await server(SERVER_COMMANDS.sameEntity, choice.uri, choice.a, choice.b);
    },
    'crosscheck.notSameEntity': async (at?: MentionLocation) => {
      const choice = await pickEntity('Not the same entity as…', at);
      if (choice) await server(SERVER_COMMANDS.notSameEntity, choice.uri, choice.a, choice.b);
    },
    /** Two locations compare at once; a claim's conflicts (from a quick fix) or none (the whole article) ask which. */
    'crosscheck.compareWith': async (here?: MentionLocation | ConflictsOfClaim, other?: MentionLocation) => {
      if (!here || !('range' in here) || !other) {
        const picked = await pickConflict('Compare with…', here && 'conflicts' in here ? here : undefined);
        if (!picked) return;
        [here, other] = [picked.here, picked.other];
      }
      await reveal(here, vscode.ViewColumn.One);
      await reveal(other, vscode.ViewColumn.Beside);
    },
    /** With both arguments (from a script or a keybinding) it asks nothing. */
    'crosscheck.dismissConflict': async (id?: string | ConflictsOfClaim, givenReason?: string) => {
      if (typeof id !== 'string') id = (await pickConflict('Dismiss which conflict?', id))?.id;
      if (!id) return;
      const reason = givenReason ?? (await vscode.window.showInputBox({ title: 'Dismiss this conflict', prompt: 'Why is this not a real conflict? Kept in .crosscheck/dismissed.json.', placeHolder: 'e.g. different events' }));
      if (reason !== undefined) await server(SERVER_COMMANDS.dismissConflict, id, reason || 'dismissed');
    },
    'crosscheck.showClaims': async (subject: string, claims: Array<{ location: MentionLocation; label: string }>) => {
      const picked = await vscode.window.showQuickPick(claims.map((c) => ({ label: c.label, location: c.location })), { title: `Claims about ${subject}` });
      if (picked) await reveal(picked.location);
    },
    'crosscheck.showRelatedArticles': async (_uri: string, related: Array<{ uri: string; shared: string[] }>) => {
      const picked = await vscode.window.showQuickPick(
        related.map((r) => ({ label: decodeURIComponent(r.uri.slice(r.uri.lastIndexOf('/') + 1)), description: `shares ${r.shared.slice(0, 4).join(', ')}${r.shared.length > 4 ? '…' : ''}`, uri: r.uri })),
        { title: 'Related articles' },
      );
      if (picked) await vscode.window.showTextDocument(vscode.Uri.parse(picked.uri));
    },
    'crosscheck.showOutline': () => vscode.commands.executeCommand('workbench.action.gotoSymbol'),
    'crosscheck.showOutput': () => client.outputChannel.show(),
    'crosscheck.restartServer': () => client.restart(),
  };
  for (const [id, run] of Object.entries(commands)) context.subscriptions.push(vscode.commands.registerCommand(id, run));
}
