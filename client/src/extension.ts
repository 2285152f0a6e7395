// Activation: starts the language server over IPC and adds what needs the VS Code API (language switch, commands, status bar).
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { ARTICLE_LANGUAGE_ID, ArticleStatusNotification, IndexStatusNotification, type IndexStatusParams } from '../../server/src/protocol';
import { registerCommands } from './commands';
import { IndexStatusBar } from './statusBar';

export interface CrosscheckApi {
  /** Resolves when the first indexing of the workspace has finished. */
  ready: Promise<void>;
  /** Every index status the server sends: after indexing (also after a restart) and after each change. */
  onIndexStatus: vscode.Event<IndexStatusParams>;
  client: LanguageClient;
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
  await client.start();
  return { ready, onIndexStatus: indexStatus.event, client };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
