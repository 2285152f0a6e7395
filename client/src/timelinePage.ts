// The timeline webview's page, drawn from the server's TimelineData: plain SVG, no library, no remote resource. A
// Content-Security-Policy allows only this page's own style and script, by a nonce new to each render.
import { randomBytes } from 'node:crypto';
import type { MentionLocation, TimelineData, TimelineLane } from '../../server/src/protocol';

/** The panel's options: its own script runs; it may load no file, local or remote. */
export const TIMELINE_WEBVIEW = { enableScripts: true, localResourceRoots: [] };

const LANE_HEIGHT = 34;
/** Room for a story's title (30 characters) or an article's file name. */
const LABEL_WIDTH = 220;
const AXIS_HEIGHT = 34;
const PLOT_WIDTH = 560;
/** How far above its lane a conflict within one lane is drawn: clear of the largest dot (radius 7). */
const CONFLICT_LIFT = 12;
const DAY_MS = 86_400_000;

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The SVG, and the locations its focusable marks open (by index, so the page never sees a file path it could misuse). */
function render(data: TimelineData): { svg: string; locations: MentionLocation[] } {
  const ranges = data.lanes.flatMap((lane) => (lane.story && lane.date ? [lane.date, lane.story.end ?? lane.date] : []));
  const days = [...data.events.map((e) => e.day), ...data.conflicts.flatMap((c) => [c.a.day, c.b.day]), ...ranges].map((d) => Date.parse(d));
  const locations: MentionLocation[] = [];
  const height = AXIS_HEIGHT + data.lanes.length * LANE_HEIGHT + 10;
  const width = LABEL_WIDTH + PLOT_WIDTH + 30;
  if (days.length === 0) {
    return { svg: `<p>No dated event in these ${data.lanes.some((l) => l.story) ? 'stories' : 'articles'}.</p>`, locations };
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
    if (lane.story) parts.push(storyLane(lane, lane.story, i, x, y(i)));
    else parts.push(`<text class="label" x="${LABEL_WIDTH - 10}" y="${y(i) + 4}"><title>${escape(lane.label)}${lane.date ? `, ${lane.date}` : ''}</title>${escape(shorten(lane.label, 30))}</text>`);
  });
  for (const e of data.events) {
    const index = locations.push(e.location) - 1;
    const lane = data.lanes[e.lane];
    const others = e.mentions > 1 ? ` (and ${e.mentions - 1} more mention${e.mentions === 2 ? '' : 's'} of this day)` : '';
    const label = `${lane.story ? `${lane.label}: ` : ''}${e.text} (${e.day}): ${e.excerpt}${others}`;
    // A day many articles mention is drawn a little larger.
    const r = 4 + Math.min(3, Math.log2(e.mentions));
    parts.push(`<circle class="event" tabindex="0" role="button" data-open="${index}" aria-label="${escape(label)}" cx="${x(e.day)}" cy="${y(e.lane)}" r="${r.toFixed(1)}"><title>${escape(label)}</title></circle>`);
  }
  // Conflicts are drawn after the dots so that a dot never hides one; two sides in one lane (a story's lane in the
  // workspace timeline) are drawn just above it, where the lane's own dots cannot cover them.
  for (const c of data.conflicts) {
    const index = locations.push(c.locations[0]) - 1;
    locations.push(c.locations[1]);
    const lift = c.a.lane === c.b.lane ? CONFLICT_LIFT : 0;
    const [ax, ay, bx, by] = [x(c.a.day), y(c.a.lane) - lift, x(c.b.day), y(c.b.lane) - lift];
    parts.push(`<g class="conflict ${c.kind}" tabindex="0" role="button" data-open="${index}" aria-label="${escape(c.message)}"><title>${escape(c.message)}</title>`
      + `<line x1="${ax}" y1="${ay}" x2="${bx}" y2="${by}"/>`
      + `<path d="M${ax - 5},${ay - 5}l10,10m0,-10l-10,10M${bx - 5},${by - 5}l10,10m0,-10l-10,10"/></g>`);
  }
  return { svg: `<svg class="timeline" role="img" aria-label="Timeline" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`, locations };
}

/** A story's lane: its title and size, and a bar over its articles' dates; both open the story's own timeline. */
function storyLane(lane: TimelineLane, story: NonNullable<TimelineLane['story']>, index: number, x: (day: string) => number, at: number): string {
  const dates = lane.date ? (story.end && story.end !== lane.date ? `${lane.date} – ${story.end}` : lane.date) : 'undated';
  const size = `${story.articles} article${story.articles === 1 ? '' : 's'}${lane.conflicts ? ` · ${lane.conflicts} conflict${lane.conflicts === 1 ? '' : 's'}` : ''}`;
  const label = `${lane.label}, ${dates}, ${size}. Open its timeline.`;
  // At least as wide as a large dot, so a story of one day still shows its bar.
  const bar = lane.date ? `<rect class="range" x="${x(lane.date) - 7}" y="${at - 7}" width="${Math.max(14, x(story.end ?? lane.date) - x(lane.date) + 14)}" height="14" rx="7"/>` : '';
  return `<g class="story" tabindex="0" role="button" data-story="${index}" aria-label="${escape(label)}"><title>${escape(`${lane.label}\n${dates} · ${size}`)}</title>`
    + `<text class="label" x="${LABEL_WIDTH - 10}" y="${at - 2}">${escape(shorten(lane.label, 30))}</text>`
    + `<text class="size" x="${LABEL_WIDTH - 10}" y="${at + 11}">${escape(size)}</text>${bar}</g>`;
}

/** What the picture shows, and what it leaves out. */
function legend(data: TimelineData): string {
  const stories = data.lanes.some((l) => l.story);
  const shown = stories
    ? `One lane per story (the ${data.lanes.length} largest), in date order. A bar spans the dates of its articles; dots are the days its articles mention (larger when more of them do); a red cross pair is a conflict between two of its sources. Click a story’s name or bar (or Tab and Enter) to open its own timeline.`
    : 'One lane per article. Dots are the dates an article mentions; a red cross pair joined by a dashed line is a conflict between two sources.';
  const more = data.moreLanes > 0 ? ` ${data.moreLanes} more ${stories ? `stor${data.moreLanes === 1 ? 'y' : 'ies'}` : `article${data.moreLanes === 1 ? '' : 's'}`} not drawn${stories ? ': open them from the Stories view' : ''}.` : '';
  return `${shown} Dates far outside the rest sit at the edges. Hover a mark for the sentence; click it, or Tab and Enter, to open it.${more}`;
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

/** The page's HTML, and the locations its marks open by index (the page posts back an index, never a path). */
export function timelinePage(data: TimelineData): { html: string; locations: MentionLocation[] } {
  const { svg, locations } = render(data);
  return { html: page(svg, data, randomBytes(16).toString('base64')), locations };
}

function page(svg: string, data: TimelineData, nonce: string): string {
  const title = data.title;
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
  .size { fill: var(--vscode-descriptionForeground); font-size: 10px; text-anchor: end; }
  .story { cursor: pointer; }
  .range { fill: var(--vscode-charts-blue); opacity: 0.35; }
  .story:hover .label, .story:focus .label { text-decoration: underline; }
  .story:focus { outline: none; }
  .story:focus .range, .story:hover .range { opacity: 0.6; stroke: var(--vscode-focusBorder); }
  .event { fill: var(--vscode-charts-blue); stroke: var(--vscode-editor-background); stroke-width: 1.5; cursor: pointer; }
  .conflict { stroke: var(--vscode-charts-red); stroke-width: 2; fill: none; cursor: pointer; }
  .conflict line { stroke-dasharray: 5 3; }
  .conflict.discrepancy, .conflict.update { stroke: var(--vscode-charts-orange); }
  .event:focus, .conflict:focus, .event:hover, .conflict:hover { outline: none; stroke: var(--vscode-focusBorder); stroke-width: 3; }
</style></head>
<body>
<h1>${escape(title)}</h1>
<p class="legend">${escape(legend(data))}</p>
${svg}
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  const open = (target) => {
    const mark = target.closest('[data-open], [data-story]');
    if (mark) vscode.postMessage(mark.dataset.open !== undefined ? { open: Number(mark.dataset.open) } : { story: Number(mark.dataset.story) });
  };
  document.addEventListener('click', (event) => open(event.target));
  document.addEventListener('keydown', (event) => { if (event.key === 'Enter' || event.key === ' ') { open(event.target); event.preventDefault(); } });
</script>
</body></html>`;
}
