// Issue 13's long article: edits of an article of 2,000 words or more, timed from didChange to its diagnostics, in a
// workspace of many articles. The article is the ECB+ reports of one event joined (topic 1's first event: the
// workspace's first story), so it belongs to a story and its claims are compared with the other reports'.
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadEcbPlus } from '../eval/ecbplus';
import type { LspClient } from '../test/util/lspClient';
import { CPU_PROFILE_DIR, countPublishes, profileClock, quiet } from './server';

export const LONG_ARTICLE_WORDS = 2000;
/** How long an edit may take to come back before the bench gives up on it. */
const EDIT_TIMEOUT_MS = 60_000;

/** The reports of the first ECB+ event joined, one after the other, until they hold LONG_ARTICLE_WORDS words. */
export function longArticleText(): string {
  const [first, ...others] = loadEcbPlus();
  const parts = [first.text.trim()];
  let words = parts[0].split(/\s+/).length;
  for (const d of others) {
    if (words >= LONG_ARTICLE_WORDS) break;
    if (d.topic !== first.topic || d.group !== first.group) continue;
    parts.push(d.text.trim());
    words += parts[parts.length - 1].split(/\s+/).length;
  }
  return `${parts.join('\n\n')}\n`;
}

/**
 * Writes `text` to `file` in the workspace and opens it, then times `count` edits of it (a sentence added at the end,
 * as a writer types): each from its didChange to its diagnostics. Closes it afterwards.
 */
export async function timeEdits(client: LspClient, file: string, text: string, count: number): Promise<number[]> {
  fs.writeFileSync(file, text);
  const uri = pathToFileURL(file).href;
  const counts = countPublishes(client);
  const published = (): number => counts.get(uri) ?? 0;
  await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text } });
  await client.until('diagnostics after opening', () => published() > 0, EDIT_TIMEOUT_MS);
  // Its story's other articles, republished after it, may republish it again as their conflict partner.
  await quiet(published);
  const times: number[] = [];
  for (let k = 0; k < count; k++) {
    const before = published();
    const clock = profileClock();
    const started = performance.now();
    const edited = `${text}\nEdit ${k}: officials said on Monday that 3${k} people were hurt.`;
    await client.notify('textDocument/didChange', { textDocument: { uri, version: k + 2 }, contentChanges: [{ text: edited }] });
    await client.until('diagnostics after the edit', () => published() > before, EDIT_TIMEOUT_MS);
    times.push(performance.now() - started);
    if (CPU_PROFILE_DIR) console.log(`long article edit: ${times.at(-1)!.toFixed(1)} ms from ${clock} µs`);
  }
  const closed = published();
  await client.notify('textDocument/didClose', { textDocument: { uri } });
  await client.until('diagnostics after closing', () => published() > closed, EDIT_TIMEOUT_MS);
  return times;
}
