// The timeline of one entity: its articles as lanes, the dates of the sentences that name it, the conflicts about it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { Corpus } from '../../server/src/analysis/corpus';
import { hover } from '../../server/src/analysis/features/hover';
import { NEVER_CANCELLED } from '../../server/src/analysis/features/shared';
import { timeline } from '../../server/src/analysis/features/timeline';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const FILES = ['test/vscode/workspace/quake-bengkulu.txt', 'test/vscode/workspace/quake-jakarta.txt', 'samples/seeds/000_42d2d06c1d8f408d.txt'];

function quakeCorpus() {
  const corpus = new Corpus();
  for (const file of FILES) corpus.set(pathToFileURL(path.join(ROOT, file)).href, readFileSync(path.join(ROOT, file), 'utf8'));
  const jakarta = corpus.get(pathToFileURL(path.join(ROOT, FILES[1])).href)!;
  const entityNamed = (name: string) => corpus.entityOfMention(jakarta, jakarta.analysis.mentions.find((m) => m.text === name)!)!.id;
  return { corpus, entityNamed, jakarta };
}

describe('timeline of an entity', () => {
  it('has a lane per article naming it, the dates of its sentences and the conflict about it', () => {
    const { corpus, entityNamed } = quakeCorpus();
    const data = timeline(corpus, { entity: entityNamed('Indonesia') })!;
    assert.equal(data.title, 'Indonesia');
    assert.deepEqual(data.lanes.map((l) => l.label), ['quake-bengkulu.txt', 'quake-jakarta.txt']);
    assert.deepEqual(data.events.map((e) => [e.lane, e.text, e.day]), [[0, 'Saturday', '2013-01-05'], [1, 'Saturday', '2013-01-05']]);
    assert.equal(data.conflicts.length, 1);
    assert.match(data.conflicts[0].message, /11 people.*six people/);
  });

  it('leaves out the dates and conflicts of sentences that do not name it', () => {
    const { corpus, entityNamed } = quakeCorpus();
    const data = timeline(corpus, { entity: entityNamed('Curup') })!;
    assert.equal(data.lanes.length, 2);
    assert.deepEqual(data.events, []);
    assert.deepEqual(data.conflicts, []);
  });

  it('answers null for an entity no article mentions', () => {
    assert.equal(timeline(quakeCorpus().corpus, { entity: 'person:nobody at all' }), null);
  });

  it('is offered by the entity’s hover card, as a link to the command with the entity id', () => {
    const { corpus, entityNamed, jakarta } = quakeCorpus();
    const mention = jakarta.analysis.mentions.find((m) => m.text === 'Indonesia')!;
    const card = hover(corpus, jakarta.uri, jakarta.document.positionAt(mention.start + 1), NEVER_CANCELLED)!;
    const markdown = (card.contents as { value: string }).value;
    const link = /\[Timeline\]\(command:crosscheck\.showEntityTimeline\?([^)]+)\)/.exec(markdown);
    assert.ok(link, markdown);
    assert.deepEqual(JSON.parse(decodeURIComponent(link[1])), [entityNamed('Indonesia')]);
  });
});
