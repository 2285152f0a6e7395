// The Conflicts view: stories (when there are any) → subjects → conflicts → the two sources; dismiss and bring back from here.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { type ConflictGroupNode, ConflictGroupsRequest, type ConflictNode, ConflictsOfGroupRequest, type ConflictSideNode, SERVER_COMMANDS, type ServerCommandResult, SIDECAR_FILES } from '../../server/src/protocol';
import { capitalise } from '../../server/src/analysis/capitalise';
import { conflictTooltip } from './markdown';
import { arrayOf, editSidecar } from './sidecarEdit';
import { openLocationCommand } from './treeItems';

export type ConflictTreeNode =
  | { kind: 'story'; story: { id: string; title: string }; groups: ConflictGroupNode[] }
  | { kind: 'group'; group: ConflictGroupNode }
  | { kind: 'conflict'; conflict: ConflictNode }
  | { kind: 'side'; conflict: ConflictNode; side: ConflictSideNode };

const KIND_ICONS: ReadonlyMap<string, [string, string]> = new Map([
  ['contradiction', ['warning', 'list.warningForeground']],
  ['discrepancy', ['info', 'editorInfo.foreground']],
  ['update', ['history', 'descriptionForeground']],
]);

export class ConflictsView implements vscode.TreeDataProvider<ConflictTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ConflictTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<ConflictTreeNode>;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    this.view = vscode.window.createTreeView('crosscheck.conflicts', { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changed,
      vscode.commands.registerCommand('crosscheck.conflicts.dismiss', (node?: ConflictTreeNode) => node?.kind === 'conflict' && vscode.commands.executeCommand('crosscheck.dismissConflict', node.conflict.id)),
      vscode.commands.registerCommand('crosscheck.conflicts.undismiss', (node?: ConflictTreeNode) => node?.kind === 'conflict' && this.undismiss(node.conflict)),
      vscode.commands.registerCommand('crosscheck.conflicts.dismissGroup', (node?: ConflictTreeNode) => node?.kind === 'group' && this.dismissGroup(node.group)),
    );
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  async getChildren(node?: ConflictTreeNode): Promise<ConflictTreeNode[]> {
    if (!node) {
      const groups = await this.client.sendRequest(ConflictGroupsRequest, {});
      const live = groups.reduce((n, g) => n + g.count - g.dismissed, 0);
      this.view.badge = live > 0 ? { value: live, tooltip: `${live} conflicts between sources` } : undefined;
      if (!groups.some((g) => g.story)) return groups.map((group) => ({ kind: 'group', group }));
      const stories = new Map<string, ConflictTreeNode & { kind: 'story' }>();
      const loose: ConflictTreeNode[] = [];
      for (const group of groups) {
        if (!group.story) loose.push({ kind: 'group', group });
        else {
          const story = stories.get(group.story.id) ?? { kind: 'story', story: group.story, groups: [] };
          story.groups.push(group);
          stories.set(group.story.id, story);
        }
      }
      return [...stories.values(), ...loose];
    }
    switch (node.kind) {
      case 'story':
        return node.groups.map((group) => ({ kind: 'group', group }));
      case 'group':
        return (await this.client.sendRequest(ConflictsOfGroupRequest, { story: node.group.story?.id ?? null, subject: node.group.subject })).map((conflict) => ({ kind: 'conflict', conflict }));
      case 'conflict':
        return node.conflict.sides.map((side) => ({ kind: 'side', conflict: node.conflict, side }));
      default:
        return [];
    }
  }

  getTreeItem(node: ConflictTreeNode): vscode.TreeItem {
    const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    switch (node.kind) {
      case 'story': {
        const item = new vscode.TreeItem(node.story.title, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `story:${node.story.id}`;
        item.description = count(node.groups.reduce((n, g) => n + g.count - g.dismissed, 0), 'conflict', 'conflicts');
        item.iconPath = new vscode.ThemeIcon('layers');
        return item;
      }
      case 'group': {
        const { group } = node;
        const live = group.count - group.dismissed;
        const item = new vscode.TreeItem(group.subject, live > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `group:${group.story?.id ?? ''}/${group.subject}`;
        item.description = [live > 0 && count(live, 'conflict', 'conflicts'), group.dismissed > 0 && `${group.dismissed} dismissed`].filter(Boolean).join(' · ');
        item.iconPath = new vscode.ThemeIcon('symbol-event');
        item.contextValue = live > 0 ? 'conflictGroup' : 'conflictGroup.dismissed';
        return item;
      }
      case 'conflict': {
        const { conflict } = node;
        const [a, b] = conflict.sides;
        const item = new vscode.TreeItem(`${capitalise(conflict.attribute)}: “${a.quote}” vs “${b.quote}”`, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `conflict:${conflict.id}`;
        item.description = conflict.dismissed ? `${conflict.kind} · dismissed` : conflict.kind;
        const [icon, colour] = conflict.dismissed ? ['circle-slash', 'disabledForeground'] : KIND_ICONS.get(conflict.kind) ?? ['warning', 'list.warningForeground'];
        item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(colour));
        item.tooltip = new vscode.MarkdownString(conflictTooltip(conflict));
        item.contextValue = conflict.dismissed ? 'conflict.dismissed' : 'conflict';
        item.command = { title: 'Compare', command: 'crosscheck.compareWith', arguments: [a, b] };
        return item;
      }
      case 'side': {
        const { side } = node;
        const item = new vscode.TreeItem(side.source, vscode.TreeItemCollapsibleState.None);
        item.description = `“${side.quote}”${side.date ? ` · ${side.date}` : ''}`;
        item.resourceUri = vscode.Uri.parse(side.uri);
        item.iconPath = vscode.ThemeIcon.File;
        item.command = openLocationCommand(side, 'Open');
        return item;
      }
    }
  }

  private async dismissGroup(group: ConflictGroupNode): Promise<void> {
    const conflicts = (await this.client.sendRequest(ConflictsOfGroupRequest, { story: group.story?.id ?? null, subject: group.subject })).filter((c) => !c.dismissed);
    if (conflicts.length === 0) return;
    const reason = await vscode.window.showInputBox({
      title: `Dismiss all ${conflicts.length} conflicts about ${group.subject}`,
      prompt: 'Why are these not real conflicts? Kept in .crosscheck/dismissed.json.',
      placeHolder: 'e.g. different events',
    });
    if (reason === undefined) return;
    for (const conflict of conflicts) {
      const result = (await this.client.sendRequest('workspace/executeCommand', { command: SERVER_COMMANDS.dismissConflict, arguments: [conflict.id, reason || 'dismissed'] })) as ServerCommandResult;
      if (!result.ok) {
        void vscode.window.showErrorMessage(`Crosscheck: ${result.message}`);
        return;
      }
    }
    void vscode.window.showInformationMessage(`Crosscheck: dismissed ${conflicts.length} conflicts about ${group.subject}.`);
  }

  private async undismiss(conflict: ConflictNode): Promise<void> {
    const written = await editSidecar(vscode.Uri.parse(conflict.sides[0].uri), SIDECAR_FILES.dismissed, (json) => ({
      ...json,
      dismissed: arrayOf(json, 'dismissed').filter((entry) => (entry as { id?: unknown } | null)?.id !== conflict.id),
    }));
    if (written) void vscode.window.showInformationMessage(`Crosscheck: the ${conflict.attribute} conflict is shown again.`);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

