// A real JSON-RPC client that starts the bundled server (`node dist/server.js --stdio`) and speaks LSP to it.
import { type ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { IndexStatusNotification, type IndexStatusParams } from '../../server/src/protocol';

export const SERVER_JS = process.env.CROSSCHECK_SERVER ?? path.resolve(__dirname, '..', '..', '..', 'dist', 'server.js');

/** How long shutdown waits for the server to exit on its own before killing it. */
const EXIT_WAIT_MS = 2000;

export class LspClient {
  readonly connection: MessageConnection;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams['diagnostics']>();
  readonly statuses: IndexStatusParams[] = [];
  readonly stderr: string[] = [];
  readonly messages: string[] = [];
  readonly log: string[] = [];
  /** The `crosscheck` settings section the client answers with (null: all defaults). */
  configuration: unknown = null;
  /** What the client sends as initializationOptions (e.g. a storagePath for the persisted index). */
  initializationOptions: unknown = undefined;
  private readonly process: ChildProcess;
  private readonly waiters: Array<() => void> = [];

  /** `nodeArgs` go before the server script (e.g. `--require` a preload). */
  constructor(readonly folder: string, nodeArgs: string[] = []) {
    this.process = spawn(process.execPath, [...nodeArgs, SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (d) => this.stderr.push(String(d)));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      this.wake();
    });
    this.connection.onNotification(IndexStatusNotification.method, (p: IndexStatusParams) => {
      this.statuses.push(p);
      this.wake();
    });
    // The server asks for settings, progress tokens and watcher registration; answer as a plain client would.
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.configuration));
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/inlayHint/refresh', () => null);
    this.connection.onRequest('workspace/codeLens/refresh', () => null);
    this.connection.onNotification('window/showMessage', (p: { message: string }) => {
      this.messages.push(p.message);
      this.wake();
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.log.push(p.message);
    });
    this.connection.onNotification('$/progress', () => undefined);
    this.connection.listen();
  }

  uri(name: string): string {
    return pathToFileURL(path.join(this.folder, name)).href;
  }

  async initialize(): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(this.folder).href,
      workspaceFolders: [{ uri: pathToFileURL(this.folder).href, name: 'articles' }],
      initializationOptions: this.initializationOptions,
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
        window: { workDoneProgress: true },
        textDocument: { hover: { contentFormat: ['markdown'] }, publishDiagnostics: { relatedInformation: true } },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Resolves when the condition holds, checked after each notification and every 100 ms; fails after a timeout. */
  async until<T>(what: string, condition: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await condition();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; server log: ${this.log.join('\n')}; stderr: ${this.stderr.join('')}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  /** Waits for the next "indexing finished" status after the given count of statuses. */
  idleAfter(count: number): Promise<IndexStatusParams> {
    return this.until('the index to settle', () => this.statuses.slice(count).find((s) => !s.indexing));
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  async shutdown(): Promise<void> {
    await this.connection.sendRequest('shutdown');
    // A server that exits by itself writes what it writes at exit (a --cpu-prof profile); one that does not is killed.
    const exited = new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
    await this.connection.sendNotification('exit');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, EXIT_WAIT_MS))]);
    this.connection.dispose();
    this.process.kill();
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }
}
