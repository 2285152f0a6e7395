// The client's Markdown: hovers trust only the commands the server's cards link to, each one the extension contributes,
// and never HTML; the views' tooltips keep names and quotes as text.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { conflictTooltip, entityTooltip, SERVER_MARKDOWN, storyTooltip } from '../../client/src/markdown';
import type { ConflictSideNode } from '../../server/src/protocol';
import { hasRawAngle, markdownLinks } from '../util/markdown';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const INJECTED = '[Run it](command:crosscheck.restartServer) <img src=x> ![pixel](https://tracker.invalid/p.png)';
const location = { uri: 'file:///tmp/a.txt', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } };

describe('the client\'s Markdown', () => {
  it('trusts a short list of the extension\'s own commands in hovers, and no HTML', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { commands: Array<{ command: string }> } };
    const contributed = new Set(manifest.contributes.commands.map((c) => c.command));
    const { isTrusted, supportHtml } = SERVER_MARKDOWN;
    assert.equal(supportHtml, false);
    assert.ok(typeof isTrusted === 'object' && Array.isArray(isTrusted.enabledCommands), 'an allow-list, not `true`');
    assert.ok(isTrusted.enabledCommands.length > 0 && isTrusted.enabledCommands.length <= 3, 'only the commands a card links to');
    for (const command of isTrusted.enabledCommands) assert.ok(contributed.has(command), `${command} is one of the extension's commands`);
  });

  it('keeps link, image and HTML syntax in names and quotes as text in the tooltips', () => {
    const side: ConflictSideNode = { ...location, source: `a.txt ${INJECTED}`, quote: `12 ${INJECTED}`, date: null };
    const tooltips = [
      conflictTooltip({ id: 'c', kind: 'contradiction', attribute: `deaths ${INJECTED}`, subject: `quake ${INJECTED}`, message: '', dismissed: false, sides: [side, side] }),
      entityTooltip({ id: 'e', name: `Ann ${INJECTED}`, type: 'person', articles: 1, mentions: 1, aliases: [INJECTED], first: location }, '1 article'),
      storyTooltip({ id: 's', title: `Floods ${INJECTED}`, start: null, end: null, articles: [], conflicts: 0 }, `undated ${INJECTED}`),
    ];
    for (const tooltip of tooltips) {
      assert.ok(tooltip.includes('Run it'), 'the text is still there');
      assert.deepEqual(markdownLinks(tooltip), [], tooltip);
      assert.equal(hasRawAngle(tooltip), false, tooltip);
    }
  });
});
