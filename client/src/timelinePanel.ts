// The timeline webview: a story's (or an entity's) dated expressions on one time axis, one lane per article, conflicts between lanes.
// Plain SVG drawn here: no library, no remote resource; a CSP with a nonce allows only this page's own script and style.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EntityCandidatesRequest, type MentionLocation, type TimelineData, TimelineRequest } from '../../server/src/protocol';
import { OPEN_LOCATION } from './treeItems';

const LANE_HEIGHT = 34;
const LABEL_WIDTH = 180;
const AXIS_HEIGHT = 34;
const PLOT_WIDTH = 560;
const DAY_MS = 86_400_000;

export function registerTimeline(context: vscode.ExtensionContext, client: LanguageClient): void {
  let panel: vscode.WebviewPanel | undefined;
  let locations: MentionLocation[] = [];
  const show = async (scope: { uri?: string; story?: string; entity?: string }) => {
    const data = await client.sendRequest(TimelineRequest, scope);
    if (!data) {
      const what = scope.entity !== undefined ? 'That entity is no longer mentioned in any article.' : 'Open an article (or pick a story) to see its timeline.';
      void vscode.window.showInformationMessage(`Crosscheck: ${what}`);
      return;
    }
    if (!panel) {
      panel = vscode.window.createWebviewPanel('crosscheck.timeline', 'Timeline', vscode.ViewColumn.Beside, { enableScripts: true, localResourceRoots: [] });
      panel.onDidDispose(() => (panel = undefined));
      panel.webview.onDidReceiveMessage((message: { open?: number }) => {
        const location = typeof message.open === 'number' ? locations[message.open] : undefined;
        if (location) void vscode.commands.executeCommand(OPEN_LOCATION, location, vscode.ViewColumn.One);
      });
    }
    panel.title = `Timeline: ${data.title}`;
    const drawn = render(data);
    locations = drawn.locations;
    panel.webview.html = page(drawn.svg, data.title, randomBytes(16).toString('base64'));
    panel.reveal(vscode.ViewColumn.Beside);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('crosscheck.showTimeline', (target?: { story?: { id: string } } | vscode.Uri) => {
      const story = target && 'story' in target ? target.story?.id : undefined;
      const uri = target instanceof vscode.Uri ? target.toString() : vscode.window.activeTextEditor?.document.uri.toString();
      return show(story ? { story } : { uri });
    }),
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

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The SVG, and the locations its focusable marks open (by index, so the page never sees a file path it could misuse). */
function render(data: TimelineData): { svg: string; locations: MentionLocation[] } {
  const days = [...data.events.map((e) => e.day), ...data.conflicts.flatMap((c) => [c.a.day, c.b.day])].map((d) => Date.parse(d));
  const locations: MentionLocation[] = [];
  const height = AXIS_HEIGHT + data.lanes.length * LANE_HEIGHT + 10;
  const width = LABEL_WIDTH + PLOT_WIDTH + 30;
  if (days.length === 0) {
    return { svg: `<p>No dated event in these articles.</p>`, locations };
  }
  // The axis covers the middle of the dates: one background year ("since 1945") would squash the story into a dot.
  const sorted = [...days].sort((a, b) => a - b);
  const [min, max] = [sorted[Math.floor((sorted.length - 1) * 0.1)], sorted[Math.ceil((sorted.length - 1) * 0.9)]];
  const span = Math.max(max - min, DAY_MS);
  const x = (day: string) => LABEL_WIDTH + 10 + (Math.min(Math.max(Date.parse(day) - min, 0), span) / span) * (PLOT_WIDTH - 20);
  const y = (lane: number) => AXIS_HEIGHT + lane * LANE_HEIGHT + LANE_HEIGHT / 2;
  const parts: string[] = [];
  for (const tick of ticks(min, max)) {
    const at = x(tick.day);
    parts.push(`<line class="grid" x1="${at}" y1="${AXIS_HEIGHT - 6}" x2="${at}" y2="${height - 10}"/><text class="tick" x="${at}" y="${AXIS_HEIGHT - 12}">${escape(tick.label)}</text>`);
  }
  data.lanes.forEach((lane, i) => {
    parts.push(`<line class="lane" x1="${LABEL_WIDTH}" y1="${y(i)}" x2="${width - 20}" y2="${y(i)}"/>`);
    parts.push(`<text class="label" x="${LABEL_WIDTH - 10}" y="${y(i) + 4}"><title>${escape(lane.label)}${lane.date ? `, ${lane.date}` : ''}</title>${escape(shorten(lane.label, 30))}</text>`);
  });
  for (const c of data.conflicts) {
    const index = locations.push(c.locations[0]) - 1;
    locations.push(c.locations[1]);
    parts.push(`<g class="conflict ${c.kind}" tabindex="0" role="button" data-open="${index}" aria-label="${escape(c.message)}"><title>${escape(c.message)}</title>`
      + `<line x1="${x(c.a.day)}" y1="${y(c.a.lane)}" x2="${x(c.b.day)}" y2="${y(c.b.lane)}"/>`
      + `<path d="M${x(c.a.day) - 5},${y(c.a.lane) - 5}l10,10m0,-10l-10,10M${x(c.b.day) - 5},${y(c.b.lane) - 5}l10,10m0,-10l-10,10"/></g>`);
  }
  for (const e of data.events) {
    const index = locations.push(e.location) - 1;
    const label = `${e.text} (${e.day}): ${e.excerpt}`;
    parts.push(`<circle class="event" tabindex="0" role="button" data-open="${index}" aria-label="${escape(label)}" cx="${x(e.day)}" cy="${y(e.lane)}" r="5"><title>${escape(label)}</title></circle>`);
  }
  return { svg: `<svg class="timeline" role="img" aria-label="Timeline" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`, locations };
}

/** Tick marks at years, months or days, whichever gives a handful across the range. */
function ticks(min: number, max: number): Array<{ day: string; label: string }> {
  const start = new Date(min);
  const years = new Date(max).getUTCFullYear() - start.getUTCFullYear();
  const result: Array<{ day: string; label: string }> = [];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const step = years > 3 ? 'year' : (max - min) / DAY_MS > 60 ? 'month' : 'day';
  const everyDays = Math.max(1, Math.ceil((max - min) / DAY_MS / 8));
  const cursor = new Date(Date.UTC(start.getUTCFullYear(), step === 'year' ? 0 : start.getUTCMonth(), step === 'day' ? start.getUTCDate() : 1));
  while (cursor.getTime() <= max && result.length < 40) {
    if (cursor.getTime() >= min) {
      const label = step === 'year' ? String(cursor.getUTCFullYear()) : step === 'month' ? `${months[cursor.getUTCMonth()]} ${cursor.getUTCFullYear()}` : `${cursor.getUTCDate()} ${months[cursor.getUTCMonth()]}`;
      result.push({ day: cursor.toISOString().slice(0, 10), label });
    }
    if (step === 'year') cursor.setUTCFullYear(cursor.getUTCFullYear() + Math.max(1, Math.ceil(years / 8)));
    else if (step === 'month') cursor.setUTCMonth(cursor.getUTCMonth() + Math.max(1, Math.ceil((max - min) / DAY_MS / 30 / 8)));
    else cursor.setUTCDate(cursor.getUTCDate() + everyDays);
  }
  return result;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function page(svg: string, title: string, nonce: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<title>${escape(title)}</title>
<style nonce="${nonce}">
  body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
  h1 { font-size: 1.2em; font-weight: 600; }
  svg.timeline { width: 100%; min-width: 640px; height: auto; }
  p.legend { color: var(--vscode-descriptionForeground); }
  .tick { fill: var(--vscode-descriptionForeground); font-size: 11px; text-anchor: middle; }
  .grid { stroke: var(--vscode-editorIndentGuide-background, var(--vscode-panel-border)); stroke-dasharray: 2 3; }
  .lane { stroke: var(--vscode-panel-border, var(--vscode-descriptionForeground)); }
  .label { fill: var(--vscode-foreground); font-size: 12px; text-anchor: end; }
  .event { fill: var(--vscode-charts-blue); stroke: var(--vscode-editor-background); stroke-width: 1.5; cursor: pointer; }
  .conflict { stroke: var(--vscode-charts-red); stroke-width: 2; fill: none; cursor: pointer; }
  .conflict line { stroke-dasharray: 5 3; }
  .conflict.discrepancy, .conflict.update { stroke: var(--vscode-charts-orange); }
  .event:focus, .conflict:focus, .event:hover, .conflict:hover { outline: none; stroke: var(--vscode-focusBorder); stroke-width: 3; }
</style></head>
<body>
<h1>${escape(title)}</h1>
<p class="legend">One lane per article. Dots are the dates an article mentions; a red cross pair joined by a dashed line is a conflict between two sources. Dates far outside the rest sit at the edges. Hover for the sentence; click, or Tab and Enter, to open it.</p>
${svg}
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  const open = (target) => { const mark = target.closest('[data-open]'); if (mark) vscode.postMessage({ open: Number(mark.dataset.open) }); };
  document.addEventListener('click', (event) => open(event.target));
  document.addEventListener('keydown', (event) => { if (event.key === 'Enter' || event.key === ' ') { open(event.target); event.preventDefault(); } });
</script>
</body></html>`;
}
