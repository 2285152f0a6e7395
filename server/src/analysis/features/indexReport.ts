// The log's account of an indexing run: how many articles, how long, and which files were skipped and why.
import type { Classification } from '../articleFiles';

/** Skipped files named one by one before the rest are only counted. */
const LISTED_SKIPPED = 30;

export function indexReport(classifications: ReadonlyMap<string, Classification>, articles: number, milliseconds: number, relative: (uri: string) => string): string {
  const skipped = [...classifications].filter(([, c]) => !c.isArticle).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = [`Indexed ${articles} article${articles === 1 ? '' : 's'} in ${milliseconds} ms${skipped.length ? `; skipped ${skipped.length} file${skipped.length === 1 ? '' : 's'}:` : '.'}`];
  for (const [uri, { reason }] of skipped.slice(0, LISTED_SKIPPED)) lines.push(`  ${relative(uri)}: ${reason}`);
  if (skipped.length > LISTED_SKIPPED) {
    const byReason = new Map<string, number>();
    for (const [, { reason }] of skipped.slice(LISTED_SKIPPED)) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
    for (const [reason, count] of [...byReason].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) lines.push(`  and ${count} more: ${reason}`);
  }
  return lines.join('\n');
}
