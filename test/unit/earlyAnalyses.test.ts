// Edited articles analysed as the edit arrives (node/earlyAnalyses): the refresh begun once it is in takes that analysis
// when it asks for the same text and options, and otherwise analyses afresh; one early analysis a file at a time.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, type AnalyzeOptions } from '../../server/src/analysis/analyze';
import type { DocumentAnalysis } from '../../server/src/analysis/types';
import type { AnalysisControl } from '../../server/src/node/analysisPool';
import { EarlyAnalyses } from '../../server/src/node/earlyAnalyses';

const URI = 'file:///work/a.txt';
const OPTIONS: AnalyzeOptions = { path: URI };
const FIRST = 'Police in Ohio said on Monday that 12 people were injured in the fire.';
const EDITED = `${FIRST} Officials said 14 people were hurt.`;
const LATEST = `${EDITED} The mayor spoke on Tuesday.`;

/** A pool whose analyses finish when the test says (`finish`), with what it was asked. */
function pool() {
  const asked: Array<{ text: string; signal?: AbortSignal; finish: () => void }> = [];
  const analyzer = {
    lanes: 1,
    analysing: 0,
    analyze: (text: string, options: AnalyzeOptions, control: AnalysisControl = {}) =>
      new Promise<DocumentAnalysis>((resolve, reject) => {
        control.signal?.addEventListener('abort', () => reject(new Error('cancelled')));
        asked.push({ text, signal: control.signal, finish: () => resolve(analyze(text, options)) });
      }),
  };
  return { analyzer, asked, texts: () => asked.map((a) => a.text) };
}

/** A pool whose file was opened by the user and analysed once, as the server does before any edit. */
async function openedByUser() {
  const { analyzer, asked, texts } = pool();
  const early = new EarlyAnalyses(analyzer);
  const opened = early.analyze(FIRST, OPTIONS, { urgent: true });
  asked[0].finish();
  await opened;
  return { early, asked, texts };
}

describe('early analyses of edited articles', () => {
  it('gives the debounced refresh the analysis begun when the edit came', async () => {
    const { early, asked, texts } = await openedByUser();
    early.begin(URI, EDITED);
    assert.deepEqual(texts(), [FIRST, EDITED]);
    asked[1].finish();
    const analysis = await early.analyze(EDITED, { path: URI }, { urgent: true });
    assert.deepEqual(texts(), [FIRST, EDITED], 'the edited text was analysed twice');
    assert.deepEqual(analysis.mentions, analyze(EDITED, OPTIONS).mentions);
  });

  it('analyses afresh when the text or the options differ, cancelling the early one', async () => {
    const { early, asked, texts } = await openedByUser();
    early.begin(URI, EDITED);
    const other = early.analyze(LATEST, OPTIONS, { urgent: true });
    assert.equal(asked[1].signal?.aborted, true, 'the early analysis of an older text was not cancelled');
    asked[2].finish();
    assert.deepEqual((await other).text, LATEST);
    early.begin(URI, EDITED);
    const dated = early.analyze(EDITED, { ...OPTIONS, referenceDate: '2024-05-01' }, { urgent: true });
    assert.deepEqual(texts(), [FIRST, EDITED, LATEST, EDITED, EDITED]);
    asked[4].finish();
    assert.equal((await dated).referenceDate?.value, '2024-05-01');
  });

  it('runs one early analysis a file at a time, then the latest text edited meanwhile', async () => {
    const { early, asked, texts } = await openedByUser();
    early.begin(URI, EDITED);
    early.begin(URI, `${EDITED} The`);
    early.begin(URI, LATEST);
    assert.deepEqual(texts(), [FIRST, EDITED]);
    asked[1].finish();
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(texts(), [FIRST, EDITED, LATEST]);
    asked[2].finish();
    assert.equal((await early.analyze(LATEST, OPTIONS, { urgent: true })).text, LATEST);
    assert.equal(asked.length, 3);
  });

  it('tells when the analysis of an edited text is in, also for text edited while an older one ran', async () => {
    const { early, asked } = await openedByUser();
    const done: string[] = [];
    void early.begin(URI, EDITED)!.then(() => done.push('edited'));
    void early.begin(URI, LATEST)!.then(() => done.push('latest'));
    asked[1].finish();
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(done, ['edited'], 'the latest text was told done before its analysis ran');
    asked[2].finish();
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(done, ['edited', 'latest']);
    assert.equal((await early.analyze(LATEST, OPTIONS, { urgent: true })).text, LATEST);
    assert.equal(asked.length, 3, 'the refresh analysed the latest text again');
  });

  it('begins nothing for a file not analysed at the user\'s request, or closed since', async () => {
    const { analyzer, asked, texts } = pool();
    const early = new EarlyAnalyses(analyzer);
    assert.equal(early.begin(URI, EDITED), undefined, 'an early analysis began with no options the user asked for');
    const indexed = early.analyze(FIRST, OPTIONS, { urgent: false });
    asked[0].finish();
    await indexed;
    early.begin(URI, EDITED);
    assert.deepEqual(texts(), [FIRST]);
    const opened = early.analyze(FIRST, OPTIONS, { urgent: true });
    asked[1].finish();
    await opened;
    early.begin(URI, EDITED);
    early.forget(URI);
    assert.equal(asked[2].signal?.aborted, true, 'closing did not cancel the early analysis');
    early.begin(URI, LATEST);
    assert.deepEqual(texts(), [FIRST, FIRST, EDITED]);
  });

  it('cancels the early analysis when the refresh that took it is cancelled', async () => {
    const { early, asked } = await openedByUser();
    early.begin(URI, EDITED);
    const refresh = new AbortController();
    const taken = early.analyze(EDITED, OPTIONS, { urgent: true, signal: refresh.signal });
    refresh.abort();
    assert.equal(asked[1].signal?.aborted, true);
    await assert.rejects(taken, /cancelled/);
  });
});
