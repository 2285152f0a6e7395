// The timeline webview's page: a Content-Security-Policy that allows nothing remote and only this render's own style
// and script by a nonce new to each render, no other live markup, and the server's text kept as text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TIMELINE_WEBVIEW, timelinePage } from '../../client/src/timelinePage';
import type { MentionLocation, TimelineData } from '../../server/src/protocol';

const HOSTILE = '</script><script>alert(1)</script><img src="https://t.invalid/p.png" onerror="alert(2)"> " onclick="alert(3)';
const at = (line: number): MentionLocation => ({ uri: 'file:///tmp/a.txt', range: { start: { line, character: 0 }, end: { line, character: 4 } } });

function articles(text: string): TimelineData {
  return {
    title: `Floods ${text}`,
    lanes: [{ label: `a.txt ${text}`, date: '2024-05-02', uri: 'file:///tmp/a.txt', conflicts: 1 }, { label: 'b.txt', date: '2024-05-03', uri: 'file:///tmp/b.txt', conflicts: 1 }],
    events: [{ lane: 0, day: '2024-05-01', text: `Wednesday ${text}`, excerpt: `It rained ${text}`, location: at(0), mentions: 2 }, { lane: 1, day: '2024-05-02', text: 'Thursday', excerpt: 'It rained', location: at(1), mentions: 1 }],
    conflicts: [{ a: { lane: 0, day: '2024-05-01' }, b: { lane: 1, day: '2024-05-02' }, message: `The day differs ${text}`, kind: 'contradiction', locations: [at(0), at(1)] }],
    moreLanes: 2,
  };
}

function stories(text: string): TimelineData {
  return {
    title: 'Workspace',
    lanes: [{ label: `Floods ${text}`, date: '2024-05-01', story: { id: 's1', end: '2024-05-09', articles: 3 }, conflicts: 0 }],
    events: [{ lane: 0, day: '2024-05-04', text: `Saturday ${text}`, excerpt: text, location: at(2), mentions: 1 }],
    conflicts: [],
    moreLanes: 0,
  };
}

/** The policy's directives, by name. */
function policyOf(html: string): Map<string, string[]> {
  const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)];
  assert.equal(metas.length, 1, 'one policy');
  assert.ok(metas[0].index < html.search(/<(style|script)\b/), 'the policy comes before any style or script');
  return new Map(metas[0][1].split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name, sources]));
}

describe('the timeline page', () => {
  for (const [view, data] of [['an article timeline', articles(HOSTILE)], ['the workspace timeline', stories(HOSTILE)]] as const) {
    it(`sets a policy with nothing remote and a nonce for its own style and script (${view})`, () => {
      const { html } = timelinePage(data);
      const policy = policyOf(html);
      assert.deepEqual(policy.get('default-src'), ["'none'"]);
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy.get('script-src')?.join(' ') ?? '')?.[1];
      assert.ok(nonce && nonce.length >= 22, 'a nonce of at least 128 bits');
      for (const [name, sources] of policy) {
        if (name === 'default-src') continue;
        assert.deepEqual(sources, [`'nonce-${nonce}'`], `${name} allows this render's nonce and nothing else`);
      }
      const tags = [...html.matchAll(/<(script|style)\b([^>]*)>/g)];
      assert.deepEqual(tags.map((t) => t[1]).sort(), ['script', 'style'], 'one style and one script: the server\'s text added none');
      for (const tag of tags) assert.equal(tag[2].trim(), `nonce="${nonce}"`, `<${tag[1]}> carries the nonce and loads nothing`);
    });

    it(`has no other live markup, however odd the server's text (${view})`, () => {
      const { html } = timelinePage(data);
      // The page escapes <, > and " in text, so every tag left is the page's own markup.
      const tags = [...html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)];
      for (const [tag, name, attributes] of tags) {
        assert.doesNotMatch(name, /^(img|link|iframe|object|embed|base|form|a|image|use|foreignObject)$/i, tag);
        for (const [, attribute] of attributes.matchAll(/([\w:-]+)\s*=\s*"[^"]*"/g)) {
          assert.doesNotMatch(attribute, /^(on\w+|src|href|xlink:href|style|srcdoc|action)$/i, `no handler, source, link or inline style: ${tag}`);
        }
      }
      assert.ok(tags.length > 10, 'the page has its markup');
      assert.match(html, /alert\(1\)/, 'the text is still shown');
    });
  }

  it('draws each render with a new nonce', () => {
    const nonces = new Set(Array.from({ length: 5 }, () => /'nonce-([^']+)'/.exec(timelinePage(articles('')).html)?.[1]));
    assert.equal(nonces.size, 5);
    assert.ok(!nonces.has(undefined));
  });

  it('opens its panel with no resource root and posts back indexes of the locations it keeps', () => {
    assert.deepEqual(TIMELINE_WEBVIEW.localResourceRoots, []);
    const { html, locations } = timelinePage(articles(''));
    const indexes = [...html.matchAll(/data-open="(\d+)"/g)].map((m) => Number(m[1]));
    assert.ok(indexes.length > 0 && indexes.every((i) => locations[i] !== undefined));
    assert.doesNotMatch(html, /file:\/\//, 'no path in the page');
  });
});
