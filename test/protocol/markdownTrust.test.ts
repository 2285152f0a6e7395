// The Markdown the server sends (hover cards) over stdio: an article's own text, however link- or HTML-like, stays
// text, and the only links are to the commands the client trusts (MARKDOWN_COMMANDS), opening only the workspace's articles.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Hover } from 'vscode-languageserver-protocol';
import { MARKDOWN_COMMANDS } from '../../server/src/protocol';
import type { LspClient } from '../util/lspClient';
import { hasRawAngle, markdownLinks } from '../util/markdown';
import { positionOf } from '../util/positions';
import { startServer, type ServerSession } from '../util/serverSession';

/** Link, image and HTML syntax in an article's lines, each line short enough to be quoted whole in a card. */
const LINK = '[Run](command:crosscheck.restartServer)';
const HTML = '<img src=x onerror=alert(1)>';
const IMAGE = '![p](https://t.invalid/p.png)';
/** A file name whose lone parenthesis would end an unencoded link early. */
const ODD_NAME = 'draft) notes.txt';
const TEXTS: Record<string, string> = {
  'bridge.txt': `Helena Varga ${LINK} spoke on 3 March 2025.\nVarga said the Kestrel Bridge in Eastport would carry trams across the estuary.\nThe council had approved the plan two years earlier, and work began the following spring.\nOfficials said the crossing would cut the journey into the city centre by twenty minutes.\n`,
  [ODD_NAME]: `On 3 March 2025 ${HTML} Helena Varga spoke.\nVarga, the mayor of Eastport, thanked the engineers who built the Kestrel Bridge.\nThe council had approved the plan two years earlier, and work began the following spring.\nOfficials said the crossing would cut the journey into the city centre by twenty minutes.\n`,
  'pixel.txt': `On 3 March 2025 ${IMAGE} Helena Varga spoke.\nVarga told residents of Eastport that the Kestrel Bridge had cost less than planned.\nThe council had approved the plan two years earlier, and work began the following spring.\nOfficials said the crossing would cut the journey into the city centre by twenty minutes.\n`,
};
const FIRST = TEXTS['bridge.txt'];

/** The article an openLocation link opens: the uri of its first argument. */
const openedUri = (link: string): string => (JSON.parse(decodeURIComponent(link.slice(link.indexOf('?') + 1))) as [{ uri: string }])[0].uri;

describe('the Markdown the server sends', () => {
  let session: ServerSession;
  let client: LspClient;
  const trusted = new Set<string>(Object.values(MARKDOWN_COMMANDS));

  before(async () => {
    session = await startServer('crosscheck-markdown-', {
      from: null,
      prepare: (at) => {
        for (const [name, text] of Object.entries(TEXTS)) writeFileSync(path.join(at, name), text);
      },
    });
    ({ client } = session);
  });

  after(() => session.close());

  const markdownAt = async (name: string, text: string, needle: string) => {
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: client.uri(name) }, position: positionOf(text, needle) });
    const contents = hover?.contents as { kind: string; value: string } | undefined;
    assert.equal(contents?.kind, 'markdown', `a Markdown hover on "${needle}"`);
    return contents!.value;
  };

  /** Every link is a trusted command or one of the workspace's articles, and nothing else is live. */
  const assertOnlyOwnLinks = (markdown: string) => {
    assert.equal(hasRawAngle(markdown), false, `no raw HTML or autolink in:\n${markdown}`);
    const links = markdownLinks(markdown);
    assert.ok(links.length > 0, 'the card links its articles');
    for (const link of links) {
      assert.ok(link.startsWith('command:') && trusted.has(link.slice('command:'.length).split('?')[0]), `${link} is a trusted command`);
      if (!link.startsWith(`command:${MARKDOWN_COMMANDS.openLocation}?`)) continue;
      const file = fileURLToPath(openedUri(link));
      assert.ok(Object.keys(TEXTS).some((name) => file === path.join(session.folder, name)), `${link} opens an article`);
    }
    return links;
  };

  it('links only articles and the trusted commands from an entity card, whatever the articles say', async () => {
    const markdown = await markdownAt('bridge.txt', FIRST, 'Helena Varga');
    for (const quoted of ['restartServer', 'onerror', 'invalid']) assert.ok(markdown.includes(quoted), `the card quotes ${quoted}`);
    const links = assertOnlyOwnLinks(markdown);
    assert.ok(links.some((l) => l.startsWith(`command:${MARKDOWN_COMMANDS.showEntityTimeline}?`)), 'the timeline link is there');
    assert.ok(links.some((l) => l.startsWith(`command:${MARKDOWN_COMMANDS.openLocation}?`) && openedUri(l).endsWith('notes.txt')), 'the article with a parenthesis in its name is linked whole');
  });

  it('links only articles from a date card that quotes another article', async () => {
    const markdown = await markdownAt('bridge.txt', FIRST, '3 March 2025');
    assert.match(markdown, /Also on this day/);
    for (const quoted of ['onerror', 'invalid']) assert.ok(markdown.includes(quoted), `the card quotes ${quoted}`);
    assertOnlyOwnLinks(markdown);
  });
});
