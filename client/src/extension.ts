// Activation: starts the language server over IPC and adds what needs the VS Code API (language switch, commands, status bar).
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, State, TransportKind } from 'vscode-languageclient/node';
import { ARTICLE_LANGUAGE_ID, ArticleStatusNotification, IndexStatusNotification, type IndexStatusParams } from '../../server/src/protocol';
import { registerCommands } from './commands';
import { ConflictsView } from './conflictsView';
import { EntitiesView } from './entitiesView';
import { registerExportCommand } from './exportCommand';
import { SERVER_MARKDOWN } from './markdown';
import { restartingErrorHandler } from './restarts';
import { StoriesView } from './storiesView';
import { IndexStatusBar } from './statusBar';
import { registerTimeline } from './timelinePanel';
import { registerOpenLocation } from './treeItems';

/** Index updates arrive after every edit; the side bar redraws at most this often. */
const VIEW_REFRESH_MS = 400;

export interface CrosscheckApi {
  /** Resolves when the first indexing of the workspace has finished. */
  ready: Promise<void>;
  /** Every index status the server sends: after indexing (also after a restart) and after each change. */
  onIndexStatus: vscode.Event<IndexStatusParams>;
  client: LanguageClient;
  /** The side bar's tree providers, for tests that read what the views show. */
  views: { entities: EntitiesView; conflicts: ConflictsView; stories: StoriesView };
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<CrosscheckApi> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: ARTICLE_LANGUAGE_ID },
      { scheme: 'file', language: 'plaintext', pattern: '**/*.txt' },
    ],
    synchronize: { configurationSection: 'crosscheck' },
    outputChannelName: 'Crosscheck',
    // Links in hovers may run the few Crosscheck commands the cards link to and nothing else; no HTML.
    markdown: SERVER_MARKDOWN,
    errorHandler: restartingErrorHandler((line) => client?.outputChannel.appendLine(line)),
    // The persisted index lives in this workspace's storage folder (InitializationOptions in protocol.ts).
    initializationOptions: { storagePath: context.storageUri?.fsPath },
  };
  client = new LanguageClient('crosscheck', 'Crosscheck', serverOptions, clientOptions);
  const statusBar = new IndexStatusBar();
  const indexStatus = new vscode.EventEmitter<IndexStatusParams>();
  context.subscriptions.push(statusBar, indexStatus);

  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  // Files this extension switched to the article language, so a later "not an article" can switch them back.
  const switchedByUs = new Set<string>();

  context.subscriptions.push(
    client.onNotification(IndexStatusNotification, (status) => {
      statusBar.update(status);
      indexStatus.fire(status);
      if (!status.indexing) markReady();
    }),
    client.onNotification(ArticleStatusNotification, async ({ uri, isArticle, reason }) => {
      const target = vscode.Uri.parse(uri).fsPath;
      const document = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && d.uri.fsPath === target);
      if (!document) return;
      statusBar.showFileStatus(isArticle, reason);
      if (isArticle && document.languageId === 'plaintext') {
        switchedByUs.add(uri);
        await vscode.languages.setTextDocumentLanguage(document, ARTICLE_LANGUAGE_ID);
      } else if (!isArticle && document.languageId === ARTICLE_LANGUAGE_ID && switchedByUs.delete(uri)) {
        await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
      }
    }),
  );
  registerCommands(context, client);
  registerOpenLocation(context);
  registerTimeline(context, client);
  registerExportCommand(context, client);
  const entities = new EntitiesView(client);
  const conflicts = new ConflictsView(client);
  const stories = new StoriesView(client, conflicts);
  const views = [stories, entities, conflicts];
  context.subscriptions.push(...views);
  let refreshTimer: NodeJS.Timeout | undefined;
  const refreshViews = () => {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => views.forEach((v) => v.refresh()), VIEW_REFRESH_MS);
  };
  context.subscriptions.push(
    indexStatus.event((status) => status.indexing || refreshViews()),
    // After a crash the restarted server indexes afresh; the status bar says so until it is done.
    client.onDidChangeState(({ newState }) => newState === State.Starting && statusBar.update({ articles: 0, entities: 0, conflicts: 0, indexing: true })),
    { dispose: () => clearTimeout(refreshTimer) },
  );
  await client.start();
  return { ready, onIndexStatus: indexStatus.event, client, views: { entities, conflicts, stories } };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
