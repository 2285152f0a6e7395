// What the side bar's trees share: icons per entity type and the command that opens a location from a row.
import * as vscode from 'vscode';
import { MARKDOWN_COMMANDS, type MentionLocation } from '../../server/src/protocol';

/** Icons and colours that echo the editor's: people purple, organisations green, places orange. */
const TYPE_ICONS: ReadonlyMap<string, [string, string | undefined]> = new Map([
  ['person', ['person', 'charts.purple']],
  ['organization', ['organization', 'charts.green']],
  ['place', ['location', 'charts.orange']],
  ['event', ['calendar', 'charts.yellow']],
  ['law', ['law', undefined]],
  ['work', ['book', undefined]],
  ['group', ['account', undefined]],
]);

export function typeIcon(type: string): vscode.ThemeIcon {
  const [icon, colour] = TYPE_ICONS.get(type) ?? ['symbol-misc', undefined];
  return new vscode.ThemeIcon(icon, colour ? new vscode.ThemeColor(colour) : undefined);
}

export const OPEN_LOCATION = MARKDOWN_COMMANDS.openLocation;

export function openLocationCommand(location: MentionLocation, title: string): vscode.Command {
  return { title, command: OPEN_LOCATION, arguments: [location] };
}

/** Opens a location from a tree row (keeping the focus in the side bar) or in a given column, selecting its range. */
export function registerOpenLocation(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(OPEN_LOCATION, async (location: MentionLocation, viewColumn?: vscode.ViewColumn) => {
    const { start, end } = location.range;
    const selection = new vscode.Range(start.line, start.character, end.line, end.character);
    const editor = await vscode.window.showTextDocument(vscode.Uri.parse(location.uri), { selection, preserveFocus: viewColumn === undefined, viewColumn });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }));
}
