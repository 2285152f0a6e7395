// The Entities view: types → entities (most articles first) → articles → mentions, each level asked of the server when expanded.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  EntitiesRequest,
  EntityArticlesRequest,
  type EntityArticleNode,
  type EntityFilter,
  EntityMentionsRequest,
  type EntityMentionNode,
  type EntityNode,
  EntityTypesRequest,
  type EntityTypeNode,
  SIDECAR_FILES,
} from '../../server/src/protocol';
import { entityTooltip } from './markdown';
import { arrayOf, editSidecar } from './sidecarEdit';
import { openLocationCommand, typeIcon } from './treeItems';

/** How many entities of one type are listed before a "N more: filter to narrow" row; the server sorts the rest away. */
const PAGE = 200;

type Node =
  | { kind: 'type'; type: EntityTypeNode }
  | { kind: 'entity'; entity: EntityNode }
  | { kind: 'more'; type: string; hidden: number }
  | { kind: 'article'; entity: EntityNode; article: EntityArticleNode }
  | { kind: 'mention'; entity: EntityNode; mention: EntityMentionNode };

export class EntitiesView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private filter: { text?: string; onlyThisArticle: boolean; inConflicts: boolean } = { onlyThisArticle: false, inConflicts: false };
  private readonly view: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[] = [];
  private limits = new Map<string, number>();

  constructor(private readonly client: LanguageClient) {
    this.view = vscode.window.createTreeView('crosscheck.entities', { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.filter.onlyThisArticle && this.refresh()),
      ...Object.entries(this.commands()).map(([id, run]) => vscode.commands.registerCommand(id, run)),
    );
    void this.showFilter();
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  private commands(): Record<string, (node?: Node) => unknown> {
    const entityOf = (node?: Node) => (node && 'entity' in node ? node.entity : undefined);
    return {
      'crosscheck.entities.filter': async () => {
        const text = await vscode.window.showInputBox({ title: 'Filter entities', prompt: 'Show entities whose name or alias contains this text (empty for all).', value: this.filter.text ?? '' });
        if (text !== undefined) this.setFilter({ text: text.trim() || undefined });
      },
      'crosscheck.entities.clearFilter': () => this.setFilter({ text: undefined, onlyThisArticle: false, inConflicts: false }),
      'crosscheck.entities.onlyThisArticle': () => this.setFilter({ onlyThisArticle: true }),
      'crosscheck.entities.allArticles': () => this.setFilter({ onlyThisArticle: false }),
      'crosscheck.entities.onlyInConflicts': () => this.setFilter({ inConflicts: true }),
      'crosscheck.entities.allEntities': () => this.setFilter({ inConflicts: false }),
      'crosscheck.entities.showMore': (node?: Node) => {
        if (node?.kind !== 'more') return;
        this.limits.set(node.type, (this.limits.get(node.type) ?? PAGE) + PAGE);
        this.refresh();
      },
      'crosscheck.entities.findReferences': async (node?: Node) => {
        const entity = entityOf(node);
        if (!entity) return;
        const uri = vscode.Uri.parse(entity.first.uri);
        const position = this.client.protocol2CodeConverter.asPosition(entity.first.range.start);
        await vscode.window.showTextDocument(uri, { selection: new vscode.Range(position, position) });
        const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, position);
        await vscode.commands.executeCommand('editor.action.showReferences', uri, position, locations);
      },
      'crosscheck.entities.sameAs': (node?: Node) => vscode.commands.executeCommand('crosscheck.sameEntityAs', entityOf(node)?.first),
      'crosscheck.entities.notSameAs': (node?: Node) => vscode.commands.executeCommand('crosscheck.notSameEntity', entityOf(node)?.first),
      'crosscheck.entities.addAlias': async (node?: Node) => {
        const entity = entityOf(node);
        if (!entity) return;
        const alias = (await vscode.window.showInputBox({
          title: `Add an alias for ${entity.name}`,
          prompt: 'Another way articles write this name. Kept in .crosscheck/entities.json; the workspace is re-indexed.',
          validateInput: (v) => (v.trim() === '' ? 'Write the alias' : undefined),
        }))?.trim();
        if (!alias) return;
        const written = await editSidecar(vscode.Uri.parse(entity.first.uri), SIDECAR_FILES.entities, (json) => {
          const entries = arrayOf(json, 'entities');
          const existing = entries.find((e): e is { name: string; aliases?: unknown } => typeof e === 'object' && e !== null && (e as { name?: unknown }).name === entity.name);
          if (!existing) return { ...json, entities: [...entries, { name: entity.name, type: entity.type, aliases: [alias] }] };
          const aliases = Array.isArray(existing.aliases) ? existing.aliases : [];
          if (!aliases.includes(alias)) existing.aliases = [...aliases, alias];
          return { ...json, entities: entries };
        });
        if (written) void vscode.window.showInformationMessage(`Crosscheck: “${alias}” is now an alias of ${entity.name}.`);
      },
    };
  }

  private setFilter(change: Partial<typeof this.filter>): void {
    this.filter = { ...this.filter, ...change };
    this.limits.clear();
    void this.showFilter();
    this.refresh();
  }

  private async showFilter(): Promise<void> {
    const { text, onlyThisArticle, inConflicts } = this.filter;
    await vscode.commands.executeCommand('setContext', 'crosscheck.entities.onlyThisArticle', onlyThisArticle);
    await vscode.commands.executeCommand('setContext', 'crosscheck.entities.onlyInConflicts', inConflicts);
    await vscode.commands.executeCommand('setContext', 'crosscheck.entities.filtered', Boolean(text) || onlyThisArticle || inConflicts);
    const parts = [text && `“${text}”`, onlyThisArticle && 'this article', inConflicts && 'in conflicts'].filter(Boolean);
    this.view.description = parts.length ? `Filter: ${parts.join(', ')}` : undefined;
  }

  private serverFilter(): EntityFilter {
    const editor = vscode.window.activeTextEditor;
    return {
      text: this.filter.text,
      inConflicts: this.filter.inConflicts || undefined,
      // With no article open, "this article" matches nothing rather than everything.
      uri: this.filter.onlyThisArticle ? (editor?.document.uri.toString() ?? 'none:') : undefined,
    };
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      const types = await this.client.sendRequest(EntityTypesRequest, { filter: this.serverFilter() });
      this.view.message = types.length === 0 && this.view.description ? 'No entity matches the filter.' : undefined;
      return types.map((type) => ({ kind: 'type', type }));
    }
    switch (node.kind) {
      case 'type': {
        const limit = this.limits.get(node.type.type) ?? PAGE;
        const { entities, total } = await this.client.sendRequest(EntitiesRequest, { filter: this.serverFilter(), type: node.type.type, limit });
        const nodes: Node[] = entities.map((entity) => ({ kind: 'entity', entity }));
        if (total > entities.length) nodes.push({ kind: 'more', type: node.type.type, hidden: total - entities.length });
        return nodes;
      }
      case 'entity':
        return (await this.client.sendRequest(EntityArticlesRequest, { id: node.entity.id })).map((article) => ({ kind: 'article', entity: node.entity, article }));
      case 'article':
        return (await this.client.sendRequest(EntityMentionsRequest, { id: node.entity.id, uri: node.article.uri })).map((mention) => ({ kind: 'mention', entity: node.entity, mention }));
      default:
        return [];
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    const collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    switch (node.kind) {
      case 'type': {
        const item = new vscode.TreeItem(node.type.label, collapsed);
        item.id = `type:${node.type.type}`;
        item.description = String(node.type.count);
        item.iconPath = typeIcon(node.type.type);
        return item;
      }
      case 'entity': {
        const { entity } = node;
        const item = new vscode.TreeItem(entity.name, collapsed);
        item.id = `entity:${entity.id}`;
        const description = `${count(entity.articles, 'article', 'articles')} · ${count(entity.mentions, 'mention', 'mentions')}`;
        item.description = description;
        item.tooltip = new vscode.MarkdownString(entityTooltip(entity, description));
        item.iconPath = typeIcon(entity.type);
        item.contextValue = 'entity';
        item.command = openLocationCommand(entity.first, 'Open first mention');
        return item;
      }
      case 'more': {
        const item = new vscode.TreeItem(`${count(node.hidden, 'more entity', 'more entities')}…`, vscode.TreeItemCollapsibleState.None);
        item.tooltip = 'Show more, or filter by name to narrow the list';
        item.iconPath = new vscode.ThemeIcon('ellipsis');
        item.command = { title: 'Show more', command: 'crosscheck.entities.showMore', arguments: [node] };
        return item;
      }
      case 'article': {
        const { article } = node;
        const item = new vscode.TreeItem(article.label, collapsed);
        item.id = `entity:${node.entity.id}/${article.uri}`;
        item.description = [article.date, count(article.mentions, 'mention', 'mentions')].filter(Boolean).join(' · ');
        item.resourceUri = vscode.Uri.parse(article.uri);
        item.iconPath = vscode.ThemeIcon.File;
        item.command = openLocationCommand(article.first, 'Open');
        return item;
      }
      case 'mention': {
        const { mention } = node;
        const item = new vscode.TreeItem({ label: mention.excerpt, highlights: mention.highlight ? [mention.highlight] : undefined }, vscode.TreeItemCollapsibleState.None);
        item.description = `line ${mention.range.start.line + 1}`;
        item.command = openLocationCommand(mention, 'Open mention');
        return item;
      }
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
