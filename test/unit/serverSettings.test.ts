// The server's settings: which changes re-index and which only refresh what is shown.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS, settingsChange, settingsFrom } from '../../server/src/lsp/settings';

const changed = (raw: unknown) => settingsChange(DEFAULT_SETTINGS, settingsFrom(raw).settings);

describe('settings changes', () => {
  it('re-indexes for what decides which files are articles or how they are analysed', () => {
    assert.equal(changed({ articles: { include: ['news/**/*.txt'] } }), 'index');
    assert.equal(changed({ articles: { exclude: [] } }), 'index');
    assert.equal(changed({ identity: { metonymy: false } }), 'index');
  });

  it('only republishes diagnostics for severities, and only refreshes views for hints and lenses', () => {
    assert.equal(changed({ conflicts: { severity: { update: 'off' } } }), 'diagnostics');
    assert.equal(changed({ dates: { inlayHints: false } }), 'views');
    assert.equal(changed({ codeLens: { enabled: false } }), 'views');
    assert.equal(changed({ trace: { server: 'verbose' } }), 'none');
    assert.equal(changed(null), 'none');
  });
});
