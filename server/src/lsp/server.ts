// The language server: capabilities and one-line handlers over the analysis library, plus indexing and diagnostics.
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  type CancellationToken,
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
import {
  ArticleStatusNotification, ConflictGroupsRequest, ConflictsAtRequest, ConflictsOfGroupRequest, EntitiesRequest, EntityArticlesRequest, EntityCandidatesRequest,
  EntityMentionsRequest, EntityTypesRequest, ExportRequest, IndexStatusNotification, NeighbourMentionRequest, SERVER_COMMANDS, StoriesRequest, TimelineRequest,
} from '../protocol';
import { conflictsAt, entityCandidates } from '../analysis/features/commandQueries';
import { conflictGroups, conflictsOfGroup } from '../analysis/features/conflictTree';
import { indexReport } from '../analysis/features/indexReport';
import { timeline } from '../analysis/features/timeline';
import { entitiesOfType, entityArticles, entityMentions, entityTypes } from '../analysis/features/entityTree';
import { runServerCommand } from './serverCommands';
import { exportWorkspace } from './exportRequest';
import { DEFAULT_SETTINGS, SettingsCache, settingsChange } from './settings';
import type { AnalysisPool } from '../node/analysisPool';
import { VERSION } from '../node/version';
import { DocumentRefreshes } from './documentRefreshes';
import { type DiagnosticsSnapshot, PassSnapshot, snapshotFile, writeSnapshot } from '../node/diagnosticsSnapshot';
import { corpusKey } from '../node/storageFiles';
import { PublishedDiagnostics } from './publishedDiagnostics';
import { cacheLocation } from './persistedIndex';
import { ArticleWorkspace, editorText, type Folder, normalizeUri, SETTLE_STEP } from './workspace';
import { EarlyAnalyses } from '../node/earlyAnalyses';
import { deferred } from '../node/deferred';
import { MAX_ARTICLE_BYTES } from '../analysis/articleFiles';
import { inSlices, Slices, userWork } from '../node/backgroundTurns';

/** How long typing must pause before a file is refreshed when no analysis of its new text began at the edit. */
const EDIT_DEBOUNCE_MS = 150;
/** The longest a request waits for the analysis of changes sent before it; after that it answers from what is indexed. */
const REQUEST_WAIT_MS = 5000;
/**
 * Changes to other documents sent this shortly before a request are waited for as its own (a client that opens
 * several and asks at once; generous, for a loaded machine); an older one still being analysed, a slow article,
 * holds a request about another document up for OTHER_DOCUMENTS_WAIT_MS at most.
 */
const RECENT_CHANGE_MS = 1000;
const OTHER_DOCUMENTS_WAIT_MS = 200;

/** `pool` analyses articles off this thread; without one, analysis runs here. */
export function startServer(connection: Connection, pool?: AnalysisPool): void {
  const documents = new TextDocuments(TextDocument);
  /** The pool, with edited articles analysed as their edits arrive. */
  const analyses = pool && new EarlyAnalyses(pool);
  let settings: SettingsCache | undefined;
  let workspace: ArticleWorkspace | undefined;
  let folderUris: string[] = [];
  let watchFilesDynamically = false;
  let indexing: Promise<void> = Promise.resolve();
  let indexBusy = false;
  let indexGeneration = 0;
  /** Resolves once the folders and their sidecars of the latest (re)index are read: open documents wait for no more. */
  let foldersReady = deferred();
  const published = new PublishedDiagnostics((uri, list) => void connection.sendDiagnostics({ uri, diagnostics: list }));
  /** The entity count of the snapshot a start published its diagnostics from, until that start has checked them. */
  let snapshotEntities: number | undefined;
  /** The key of the diagnostics snapshot on disk, when this server read or wrote it. */
  let keptKey: string | undefined;
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
    }, analyses);
    workspace.cacheLocation = cacheLocation(params.initializationOptions, log);
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
      serverInfo: { name: 'crosscheck', version: VERSION },
    };
  });

  connection.onInitialized(async () => {
    const indexed = reindex();
    if (watchFilesDynamically) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.txt' }, { globPattern: '**/.crosscheck/*.json' }] });
    }
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((f) => f.uri));
      folderUris = [...folderUris.filter((u) => !removed.has(u)), ...event.added.map((f) => f.uri)];
      void reindex();
    });
    await indexed;
  });

  /** (Re)discovers and analyses every article, with a progress notification; a newer call supersedes an older one. */
  function reindex(): Promise<void> {
    const generation = ++indexGeneration;
    const previousFolders = foldersReady;
    const folders = (foldersReady = deferred());
    indexing = indexing.then(async () => {
      previousFolders.resolve();
      if (generation !== indexGeneration) return;
      indexBusy = true;
      sendStatus();
      const progress = await connection.window.createWorkDoneProgress();
      progress.begin('Crosscheck: indexing articles', 0, '', false);
      const started = Date.now();
      /** The diagnostics snapshot this pass read, until it is checked against the index (restoreKept). */
      let kept: PassSnapshot | undefined;
      /** Whether the snapshot's diagnostics were published before any article was read. */
      let shownEarly = false;
      try {
        ws().useCorpusOptions({ metonymy: (await settings!.get(folderUris[0] ?? '')).metonymy });
        await ws().setFolders(folderUris);
        kept = new PassSnapshot(snapshotPath());
        folders.resolve();
        const candidates = await ws().candidates();
        shownEarly = await showKeptDiagnostics(kept.read(), () => ws().persistedSources(candidates));
        // One progress notification a percent (and the last): one a file cost a tenth of a start from the persisted index.
        let reported = -1;
        const report = (done: number, total: number) => {
          const percent = Math.floor((done / total) * 100);
          if (percent === reported && done < total) return;
          reported = percent;
          progress.report(percent, `${done}/${total}`);
        };
        await ws().indexAll(candidates, report, () => generation !== indexGeneration);
        pool?.passEnded();
      } catch (e) {
        // Whatever went wrong, the articles indexed so far stay usable and the next change tries again.
        connection.console.error(`Indexing failed: ${(e as Error).stack ?? e}`);
      } finally {
        folders.resolve();
        indexBusy = false;
        progress.done();
      }
      // A pass a newer one replaced says nothing: its count is of a half-built index.
      if (generation !== indexGeneration) return;
      // Every file has been visited: the persisted index may now be written, and rewritten as files change.
      for (const folder of ws().folders) folder.cache?.settled();
      log(indexReport(ws().classifications, corpus().size, Date.now() - started, (uri) => ws().relativePath(uri)));
      const key = await diagnosticsKey(ws().sourcesDigest());
      const restored = await restoreKept(kept, key, shownEarly);
      if (restored) keptKey = key;
      // Ready: every article is in, the last session's diagnostics are shown (those of the articles as they were, when
      // some changed since); they are checked below. Without them, ready waits for the diagnostics (a start that
      // waited for every story to be linked because one file was new: 10,000 articles, 48 s).
      if (restored || shownEarly) sendStatus();
      // The entities ranked by size for the Entities view, then the stories linked and clustered (Corpus.settleStories),
      // in batches after the articles are in, so requests are answered meanwhile.
      await inSlices(() => generation === indexGeneration && corpus().catalog.rankSome(1));
      await inSlices(() => corpus().settleStories(1));
      // Diagnostics shown before indexing may be of files that are gone since: those are cleared too.
      const changed = await publishDiagnostics(new Set([...ws().classifications.keys(), ...(shownEarly ? published.uris() : [])]), { sparse: true });
      if (generation !== indexGeneration) return;
      if (restored || shownEarly) log(`checked the diagnostics of the last session: ${changed} articles' differed`);
      if (restored) {
        // A snapshot that was wrong is written again.
        if (changed > 0) keptKey = undefined;
      }
      snapshotEntities = undefined;
      sendStatus();
      // Views refreshed when diagnostics were shown before indexing were drawn from articles read on demand.
      if (!restored || shownEarly) refreshEditorViews();
      await keepDiagnostics();
      // The entity records the Entities view and workspace symbols read, built now in batches rather than all in their first request.
      await inSlices(() => generation === indexGeneration && corpus().catalog.build(1));
    });
    return indexing;
  }

  /**
   * Publishes the diagnostics of the last session before any article is read, when the persisted indexes say that
   * the workspace is as it was then (`sources`: ArticleWorkspace.persistedSources), or, when some files changed, are
   * new or are gone, those of the articles whose files are as they were. What indexing reads afterwards is checked
   * against them (reindex), so a file that changed unseen, an analysis that no longer reads, or a conflict with an
   * article that changed, is corrected.
   */
  async function showKeptDiagnostics(kept: Promise<DiagnosticsSnapshot | undefined>, sources: () => Promise<{ lines: Map<string, string>; digest: string | undefined }>): Promise<boolean> {
    const snapshot = await kept;
    if (!snapshot || snapshot.setup !== (await diagnosticsSetupKey())) return false;
    const { lines, digest } = await sources();
    if (snapshot.key === (await diagnosticsKey(digest))) showDiagnostics(snapshot);
    else {
      const unchanged = snapshot.diagnostics.filter(([uri]) => {
        const line = lines.get(uri);
        return line !== undefined && line === snapshot.sources[uri];
      });
      if (unchanged.length === 0) return false;
      showDiagnostics({ ...snapshot, diagnostics: unchanged }, `, of ${snapshot.diagnostics.length} kept (the others' files changed since, or their times cannot tell)`);
    }
    sendStatus();
    return true;
  }

  /**
   * Whether the snapshot the pass read (none when it failed before reading one) is of `key`; it is then published,
   * unless it was before indexing (`shownEarly`). It is taken from the pass either way: the snapshot is not held
   * through the passes after indexing.
   */
  async function restoreKept(kept: PassSnapshot | undefined, key: string | undefined, shownEarly: boolean): Promise<boolean> {
    const snapshot = await kept?.take();
    if (key === undefined || snapshot?.key !== key) return false;
    if (!shownEarly) {
      showDiagnostics(snapshot);
      refreshEditorViews();
    }
    return true;
  }

  /**
   * Publishes a snapshot's diagnostics: the workspace is as it was when the snapshot was kept, so they are this
   * index's, shown now and checked after indexing, story by story, while requests are answered. `which` says when
   * they are only some of the snapshot's.
   */
  function showDiagnostics(snapshot: DiagnosticsSnapshot, which = ''): void {
    for (const [uri, list] of snapshot.diagnostics) published.publish(uri, list, { sparse: true });
    snapshotEntities = snapshot.entities;
    log(`diagnostics of ${snapshot.diagnostics.length} articles published from the last session${which}; checking them`);
  }

  /** Where the diagnostics snapshot of the open folders is kept; none without a storage folder. */
  function snapshotPath(): string | undefined {
    const dir = ws().cacheLocation?.dir;
    return dir && snapshotFile(dir, ws().folders.map((f) => f.path));
  }

  /**
   * The key of what the diagnostics are computed from (node/storageFiles), with the digest of every article's source
   * (ArticleWorkspace.sourcesDigest); undefined when there is none to keep.
   */
  async function diagnosticsKey(sources: string | undefined): Promise<string | undefined> {
    if (sources === undefined || snapshotPath() === undefined) return undefined;
    return corpusKey(await diagnosticsSetup(), sources);
  }

  /** The key of what the diagnostics are computed from but the articles. */
  async function diagnosticsSetupKey(): Promise<string> {
    return corpusKey(await diagnosticsSetup(), '');
  }

  async function diagnosticsSetup(): Promise<unknown> {
    const folders = await Promise.all(ws().folders.map(async (f) => ({ path: f.path, sidecars: f.sidecars, settings: await settings?.get(f.uri) })));
    return { folders, workspace: await settings?.get('') };
  }

  /** Keeps the published diagnostics for the next start, unless the snapshot on disk already holds them. */
  async function keepDiagnostics(): Promise<void> {
    const file = snapshotPath();
    const key = await diagnosticsKey(ws().sourcesDigest());
    if (!file || key === undefined || key === keptKey) return;
    const entities = snapshotEntities ?? corpus().entities.counts().entities;
    const diagnostics = published.snapshot();
    const sources: Record<string, string> = {};
    for (const [uri] of diagnostics) {
      const line = ws().articleSource(uri);
      if (line !== undefined) sources[uri] = line;
    }
    await writeSnapshot(file, { key, setup: await diagnosticsSetupKey(), sources, entities, diagnostics }).then(
      () => {
        keptKey = key;
        log(`kept the diagnostics of ${diagnostics.length} articles for the next start`);
      },
      (e: unknown) => log(`the diagnostics snapshot ${file} was not written: ${(e as Error).message}`),
    );
  }

  /** The status bar's figures, all kept as the index changes: nothing here walks the corpus. */
  function sendStatus(): void {
    const c = corpus();
    void connection.sendNotification(IndexStatusNotification, {
      articles: c.size,
      entities: snapshotEntities ?? c.entities.counts().entities,
      conflicts: published.conflicts,
      indexing: indexBusy,
    });
  }

  /**
   * Publishes the articles' diagnostics, the first first (an edited article before its conflict partners), letting
   * requests in between (an article's diagnostics can cost tens of milliseconds); `sparse` for a pass over many
   * articles, which sends only the lists that changed (PublishedDiagnostics). Returns how many lists were sent.
   */
  async function publishDiagnostics(uris: Iterable<string>, { sparse = false } = {}): Promise<number> {
    let sent = 0;
    const slices = new Slices();
    for (const uri of uris) {
      await slices.maybeTurn();
      const folder = ws().folderOf(uri);
      const { severities } = settings ? await settings.get(folder?.uri ?? '') : DEFAULT_SETTINGS;
      if (published.publish(uri, diagnostics(corpus(), uri, severities), { sparse })) sent++;
    }
    return sent;
  }

  /** One document brought up to date: analysed as soon as the folders are read, between files of a running index. */
  async function refreshFile(uri: string, signal: AbortSignal): Promise<void> {
    await foldersReady.promise;
    // The passes in the background give way to it: its diagnostics are what the user waits for.
    await userWork(() => ws().refresh(uri, { signal }));
    if (!signal.aborted) void statusAfterSettling();
  }

  /**
   * The status once the entity groups a change unsettled are resolved, in slices after the refresh (its diagnostics
   * first): counting them resolves every one at once, a block of this thread that grows with the corpus.
   */
  async function statusAfterSettling(): Promise<void> {
    await inSlices(() => corpus().entities.settleSome(SETTLE_STEP));
    sendStatus();
  }
  const refreshes = new DocumentRefreshes(refreshFile, (uri, e) => connection.console.error(`Analysing ${uri} failed: ${(e as Error).stack ?? e}`));
  /** Waits for the changes sent before a request (about `uri`, or about the workspace), within the bounds. */
  const changesBefore = (token: CancellationToken, uri?: string) => refreshes.settled(token, { uri, limitMs: REQUEST_WAIT_MS, recentMs: RECENT_CHANGE_MS, othersMs: OTHER_DOCUMENTS_WAIT_MS });

  // The document library reports an opening as a change too: that text is being analysed already, so it is no edit.
  const openedVersions = new Map<string, number>();
  documents.onDidOpen((e) => {
    openedVersions.set(key(e.document.uri), e.document.version);
    void refreshes.now(key(e.document.uri));
  });
  documents.onDidChangeContent((e) => {
    const uri = key(e.document.uri);
    if (openedVersions.get(uri) === e.document.version) return;
    // An article's new text goes to the pool now; its refresh, once that analysis is in, takes it. Other files (and
    // an article not analysed for the user yet) wait for typing to pause.
    const text = editorText(e.document);
    const analysed = text !== undefined && text.length <= MAX_ARTICLE_BYTES && ws().classifications.get(uri)?.isArticle ? analyses?.begin(uri, text) : undefined;
    refreshes.later(uri, analysed ?? EDIT_DEBOUNCE_MS);
  });
  // Closing an editor drops unsaved text: the article goes back to what is on disk.
  documents.onDidClose((e) => {
    const uri = key(e.document.uri);
    openedVersions.delete(uri);
    analyses?.forget(uri);
    // The refresh from disk is a user's analysis too: its options are not kept for a document no longer open.
    void refreshes.now(uri).then(() => { if (!documents.get(e.document.uri)) analyses?.forget(uri); });
  });

  /**
   * Wraps a request about one document so that it answers after the changes sent before it are analysed (bounded;
   * a cancelled request stops waiting). A file the running index has not reached yet is analysed first.
   */
  function afterChanges<P extends { textDocument: { uri: string } }, R>(answer: (p: P, token: CancellationToken) => R | Promise<R>) {
    return async (p: P, token: CancellationToken): Promise<R> => {
      const uri = key(p.textDocument.uri);
      if (indexBusy && !ws().classifications.has(uri) && !refreshes.isPending(uri)) void refreshes.now(uri);
      await changesBefore(token, uri);
      return answer(p, token);
    };
  }

  // Files changed on disk join the same per-document queue as edits, so requests after the event see them.
  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    await foldersReady.promise;
    const sidecarFolders = new Set<Folder>();
    let removed = false;
    for (const change of changes) {
      const uri = key(change.uri);
      const folder = ws().isSidecar(uri);
      if (folder) sidecarFolders.add(folder);
      else if (change.type === FileChangeType.Deleted) removed = ws().remove(uri) || removed;
      else if (!ws().openDocument(uri)) void refreshes.now(uri);
    }
    if (removed) sendStatus();
    if (sidecarFolders.size === 0) return;
    await indexing;
    for (const folder of sidecarFolders) await sidecarsChanged(folder);
  });

  /** Applies a folder's changed sidecar files with as little work as they need; a new entity list re-indexes all. */
  async function sidecarsChanged(folder: Folder): Promise<void> {
    const stale = await ws().reloadSidecars(folder);
    if (stale === 'all') return reindex();
    for (const uri of stale) await ws().refresh(uri, { quiet: true });
    // Identity decisions and dismissals change conflicts anywhere: republish where there were or are some.
    const conflicted = corpus().conflicts.all().flatMap((c) => [c.a.docId, c.b.docId]);
    await publishDiagnostics(new Set([...stale, ...published.uris(), ...conflicted]), { sparse: true });
    sendStatus();
    refreshEditorViews();
  }

  /** Inlay hints and code lenses show article dates and counts that a re-index or a decision may have changed. */
  function refreshEditorViews(): void {
    void connection.languages.inlayHint.refresh().catch(() => undefined);
    // Tokens asked for before the first indexing finished came back empty: the editor asks again only when told.
    void connection.languages.semanticTokens.refresh().catch(() => undefined);
    void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  }

  /** Settings that reshape the index re-index; the others only republish diagnostics or refresh the views. */
  connection.onDidChangeConfiguration(async () => {
    if (!settings) return;
    const scopes = ['', ...ws().folders.map((f) => f.uri)];
    const before = await Promise.all(scopes.map((scope) => settings!.get(scope)));
    settings.clear();
    const after = await Promise.all(scopes.map((scope) => settings!.get(scope)));
    const changes = new Set(scopes.map((_, i) => settingsChange(before[i], after[i])));
    if (changes.has('index')) return void reindex();
    await indexing;
    if (changes.has('diagnostics')) await publishDiagnostics([...corpus().all()].map((a) => a.uri), { sparse: true });
    sendStatus();
    if (changes.has('views')) refreshEditorViews();
  });

  connection.onHover(afterChanges((p, token) => hover(corpus(), key(p.textDocument.uri), p.position, token)));
  connection.onDefinition(afterChanges((p, token) => definition(corpus(), key(p.textDocument.uri), p.position, token)));
  connection.onReferences(afterChanges((p, token) => references(corpus(), key(p.textDocument.uri), p.position, p.context.includeDeclaration, token)));
  connection.onDocumentHighlight(afterChanges((p, token) => documentHighlights(corpus(), key(p.textDocument.uri), p.position, token)));
  connection.onDocumentSymbol(afterChanges((p, token) => documentSymbols(corpus(), key(p.textDocument.uri), token)));
  connection.onWorkspaceSymbol(async (p, token) => { await changesBefore(token); return workspaceSymbols(corpus(), p.query, token); });
  connection.onCodeAction(afterChanges((p) => conflictActions(corpus(), key(p.textDocument.uri), p.context.diagnostics)));
  connection.onCodeLens(afterChanges(async (p, token) => { const a = article(p.textDocument.uri); return a && (await settings!.get(ws().folderOf(a.uri)?.uri ?? '')).codeLens ? summaryLenses(corpus(), a, token) : []; }));
  connection.languages.inlayHint.on(afterChanges(async (p, token) => { const a = article(p.textDocument.uri); return a && (await settings!.get(ws().folderOf(a.uri)?.uri ?? '')).inlayHints ? inlayHints(a, p.range, token) : []; }));
  connection.languages.semanticTokens.on(afterChanges((p, token) => { const a = article(p.textDocument.uri); return a ? semanticTokens(a, token) : { data: [] }; }));
  connection.onRequest(NeighbourMentionRequest, afterChanges((p) => neighbourMention(corpus(), key(p.textDocument.uri), p.position, p.direction)));
  connection.onRequest(EntityCandidatesRequest, afterChanges((p) => entityCandidates(corpus(), key(p.textDocument.uri), p.position)));
  connection.onRequest(ConflictsAtRequest, afterChanges((p) => conflictsAt(corpus(), key(p.textDocument.uri), p.position)));
  connection.onRequest(StoriesRequest, async (_, token) => { await changesBefore(token); return storyList(corpus()); });
  connection.onRequest(EntityTypesRequest, (p) => entityTypes(corpus(), { ...p.filter, uri: p.filter.uri && key(p.filter.uri) }));
  connection.onRequest(EntitiesRequest, (p) => entitiesOfType(corpus(), { ...p.filter, uri: p.filter.uri && key(p.filter.uri) }, p.type, p.limit));
  connection.onRequest(EntityArticlesRequest, (p) => entityArticles(corpus(), p.id));
  connection.onRequest(EntityMentionsRequest, (p) => entityMentions(corpus(), p.id, key(p.uri)));
  connection.onRequest(ConflictGroupsRequest, () => conflictGroups(corpus()));
  connection.onRequest(ConflictsOfGroupRequest, (p) => conflictsOfGroup(corpus(), p.story, p.subject));
  connection.onRequest(TimelineRequest, (p) => timeline(corpus(), { story: p.story, uri: p.uri && key(p.uri), entity: p.entity, workspace: p.workspace }));
  connection.onRequest(ExportRequest, async (p, token) => { await indexing; await changesBefore(token); return exportWorkspace(ws(), p); });
  connection.onExecuteCommand(async (p) => { await indexing; return runServerCommand(ws(), p.command, p.arguments ?? [], sidecarsChanged); });

  // A persisted index changed in the last seconds is written before the server goes.
  // So are the diagnostics and the entity resolutions, when they changed since the files on disk.
  connection.onShutdown(async () => {
    await Promise.all((workspace?.folders ?? []).map((folder) => folder.cache?.flush()));
    if (workspace) await Promise.all([keepDiagnostics(), workspace.keepResolutions()]);
  });

  documents.listen(connection);
  connection.listen();
}
