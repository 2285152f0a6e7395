// The language server: capabilities and one-line handlers over the analysis library, plus indexing and diagnostics.
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  type Connection,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type InitializeResult,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { Corpus } from '../analysis/corpus';
import { storyList } from '../analysis/stories/storyList';
import { summaryLenses } from '../analysis/features/articleSummary';
import { conflictActions } from '../analysis/features/codeActions';
import { diagnostics } from '../analysis/features/diagnostics';
import { hover } from '../analysis/features/hover';
import { inlayHints } from '../analysis/features/inlayHints';
import { definition, documentHighlights, neighbourMention, references } from '../analysis/features/navigation';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from '../analysis/features/semanticTokens';
import { documentSymbols, workspaceSymbols } from '../analysis/features/symbols';
import { ArticleStatusNotification, ConflictsAtRequest, EntityCandidatesRequest, IndexStatusNotification, NeighbourMentionRequest, SERVER_COMMANDS, StoriesRequest } from '../protocol';
import { conflictsAt, entityCandidates } from '../analysis/features/commandQueries';
import { conflictGroups, conflictsOfGroup } from '../analysis/features/conflictTree';
import { indexReport } from '../analysis/features/indexReport';
import { timeline } from '../analysis/features/timeline';
import { entitiesOfType, entityArticles, entityMentions, entityTypes } from '../analysis/features/entityTree';
import { ConflictGroupsRequest, ConflictsOfGroupRequest, EntitiesRequest, EntityArticlesRequest, EntityMentionsRequest, EntityTypesRequest, TimelineRequest } from '../protocol';
import { runServerCommand } from './serverCommands';
import { DEFAULT_SETTINGS, SettingsCache } from './settings';
import { ArticleWorkspace, type Folder, normalizeUri } from './workspace';

const EDIT_DEBOUNCE_MS = 150;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let settings: SettingsCache | undefined;
  let workspace: ArticleWorkspace | undefined;
  let folderUris: string[] = [];
  let watchFilesDynamically = false;
  let indexing: Promise<void> = Promise.resolve();
  let indexGeneration = 0;
  const pendingEdits = new Map<string, NodeJS.Timeout>();
  /** Articles last published with a conflict diagnostic, so a dismissal elsewhere can clear them. */
  const withConflicts = new Set<string>();
  const log = (message: string) => connection.console.log(message);
  const warn = (message: string) => {
    connection.console.warn(message);
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Crosscheck: ${message}` });
  };

  const ws = () => workspace!;
  const corpus = () => ws().corpus;
  const article = (uri: string) => workspace?.corpus.get(normalizeUri(uri));
  const key = normalizeUri;

  connection.onInitialize((params): InitializeResult => {
    folderUris = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (folderUris.length === 0 && params.rootUri) folderUris = [params.rootUri];
    const client = params.capabilities;
    watchFilesDynamically = client.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    settings = new SettingsCache(connection, client.workspace?.configuration === true, warn);
    workspace = new ArticleWorkspace(new Corpus(), documents, settings, {
      classified: (uri, classification) => {
        if (workspace?.openDocument(uri)) void connection.sendNotification(ArticleStatusNotification, { uri, ...classification });
      },
      changed: (uris) => void publishDiagnostics(uris),
      problem: warn,
    });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        documentSymbolProvider: { label: 'Crosscheck' },
        workspaceSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        inlayHintProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: false },
        executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'crosscheck', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    if (watchFilesDynamically) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.txt' }, { globPattern: '**/.crosscheck/*.json' }] });
    }
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((f) => f.uri));
      folderUris = [...folderUris.filter((u) => !removed.has(u)), ...event.added.map((f) => f.uri)];
      void reindex();
    });
    await reindex();
  });

  /** (Re)discovers and analyses every article, with a progress notification; a newer call supersedes an older one. */
  function reindex(): Promise<void> {
    const generation = ++indexGeneration;
    indexing = indexing.then(async () => {
      if (generation !== indexGeneration) return;
      sendStatus(true);
      const progress = await connection.window.createWorkDoneProgress();
      progress.begin('Crosscheck: indexing articles', 0, '', false);
      const started = Date.now();
      try {
        ws().useCorpusOptions({ metonymy: (await settings!.get(folderUris[0] ?? '')).metonymy });
        await ws().setFolders(folderUris);
        await ws().indexAll((done, total) => progress.report(Math.round((done / total) * 100), `${done}/${total}`), () => generation !== indexGeneration);
      } catch (e) {
        // Whatever went wrong, the articles indexed so far stay usable and the next change tries again.
        connection.console.error(`Indexing failed: ${(e as Error).stack ?? e}`);
      } finally {
        progress.done();
      }
      log(indexReport(ws().classifications, corpus().size, Date.now() - started, (uri) => ws().relativePath(uri)));
      await publishDiagnostics(new Set([...ws().classifications.keys()]));
      sendStatus(false);
      refreshEditorViews();
    });
    return indexing;
  }

  function sendStatus(busy: boolean): void {
    const c = corpus();
    void connection.sendNotification(IndexStatusNotification, {
      articles: c.size,
      entities: [...c.entities.all()].length,
      conflicts: c.conflicts.all().length,
      indexing: busy,
    });
  }

  async function publishDiagnostics(uris: Set<string>): Promise<void> {
    for (const uri of uris) {
      const folder = ws().folderOf(uri);
      const { severities } = settings ? await settings.get(folder?.uri ?? '') : DEFAULT_SETTINGS;
      const found = diagnostics(corpus(), uri, severities);
      if (found.some((d) => d.relatedInformation)) withConflicts.add(uri);
      else withConflicts.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: found });
    }
  }

  async function refreshFile(uri: string): Promise<void> {
    await indexing;
    await ws().refresh(uri);
    sendStatus(false);
  }

  documents.onDidOpen((e) => void refreshFile(e.document.uri));
  documents.onDidChangeContent((e) => {
    const uri = key(e.document.uri);
    clearTimeout(pendingEdits.get(uri));
    pendingEdits.set(uri, setTimeout(() => {
      pendingEdits.delete(uri);
      void refreshFile(uri);
    }, EDIT_DEBOUNCE_MS));
  });
  // Closing an editor drops unsaved text: the article goes back to what is on disk.
  documents.onDidClose((e) => void refreshFile(e.document.uri));

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    await indexing;
    const sidecarFolders = new Set<Folder>();
    for (const change of changes) {
      const folder = ws().isSidecar(key(change.uri));
      if (folder) sidecarFolders.add(folder);
      else if (change.type === FileChangeType.Deleted) ws().remove(change.uri);
      else if (!ws().openDocument(key(change.uri))) await ws().refresh(change.uri);
    }
    for (const folder of sidecarFolders) await sidecarsChanged(folder);
    if (sidecarFolders.size === 0) sendStatus(false);
  });

  /** Applies a folder's changed sidecar files with as little work as they need; a new entity list re-indexes all. */
  async function sidecarsChanged(folder: Folder): Promise<void> {
    const stale = await ws().reloadSidecars(folder);
    if (stale === 'all') return reindex();
    for (const uri of stale) await ws().refresh(uri, { quiet: true });
    // Identity decisions and dismissals change conflicts anywhere: republish where there were or are some.
    const conflicted = corpus().conflicts.all().flatMap((c) => [c.a.docId, c.b.docId]);
    await publishDiagnostics(new Set([...stale, ...withConflicts, ...conflicted]));
    sendStatus(false);
    refreshEditorViews();
  }

  /** Inlay hints and code lenses show article dates and counts that a re-index or a decision may have changed. */
  function refreshEditorViews(): void {
    void connection.languages.inlayHint.refresh().catch(() => undefined);
    // Tokens asked for before the first indexing finished came back empty: the editor asks again only when told.
    void connection.languages.semanticTokens.refresh().catch(() => undefined);
    void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  }

  connection.onDidChangeConfiguration(() => {
    settings?.clear();
    void reindex();
  });

  connection.onHover((p, token) => hover(corpus(), key(p.textDocument.uri), p.position, token));
  connection.onDefinition((p, token) => definition(corpus(), key(p.textDocument.uri), p.position, token));
  connection.onReferences((p, token) => references(corpus(), key(p.textDocument.uri), p.position, p.context.includeDeclaration, token));
  connection.onDocumentHighlight((p, token) => documentHighlights(corpus(), key(p.textDocument.uri), p.position, token));
  connection.onDocumentSymbol((p, token) => documentSymbols(corpus(), key(p.textDocument.uri), token));
  connection.onWorkspaceSymbol((p, token) => workspaceSymbols(corpus(), p.query, token));
  connection.onCodeAction((p) => conflictActions(corpus(), key(p.textDocument.uri), p.context.diagnostics));
  connection.onCodeLens(async (p, token) => { const a = article(p.textDocument.uri); return a && (await settings!.get(ws().folderOf(a.uri)?.uri ?? '')).codeLens ? summaryLenses(corpus(), a, token) : []; });
  connection.languages.inlayHint.on(async (p, token) => { const a = article(p.textDocument.uri); return a && (await settings!.get(ws().folderOf(a.uri)?.uri ?? '')).inlayHints ? inlayHints(a, p.range, token) : []; });
  connection.languages.semanticTokens.on((p, token) => { const a = article(p.textDocument.uri); return a ? semanticTokens(a, token) : { data: [] }; });
  connection.onRequest(NeighbourMentionRequest, (p) => neighbourMention(corpus(), key(p.textDocument.uri), p.position, p.direction));
  connection.onRequest(EntityCandidatesRequest, (p) => entityCandidates(corpus(), key(p.textDocument.uri), p.position));
  connection.onRequest(ConflictsAtRequest, (p) => conflictsAt(corpus(), key(p.textDocument.uri), p.position));
  connection.onRequest(EntityTypesRequest, (p) => entityTypes(corpus(), { ...p.filter, uri: p.filter.uri && key(p.filter.uri) }));
  connection.onRequest(EntitiesRequest, (p) => entitiesOfType(corpus(), { ...p.filter, uri: p.filter.uri && key(p.filter.uri) }, p.type, p.limit));
  connection.onRequest(EntityArticlesRequest, (p) => entityArticles(corpus(), p.id));
  connection.onRequest(EntityMentionsRequest, (p) => entityMentions(corpus(), p.id, key(p.uri)));
  connection.onRequest(ConflictGroupsRequest, () => conflictGroups(corpus()));
  connection.onRequest(ConflictsOfGroupRequest, (p) => conflictsOfGroup(corpus(), p.story, p.subject));
  connection.onRequest(TimelineRequest, (p) => timeline(corpus(), { story: p.story, uri: p.uri && key(p.uri) }));
  connection.onRequest(StoriesRequest, async () => { await indexing; return storyList(corpus()); });
  connection.onExecuteCommand(async (p) => { await indexing; return runServerCommand(ws(), p.command, p.arguments ?? [], sidecarsChanged); });

  documents.listen(connection);
  connection.listen();
}
