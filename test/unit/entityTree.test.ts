// The Entities view's first answers: the type counts come from the index, and agree with counting the records.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Corpus } from '../../server/src/analysis/corpus';
import { entitiesOfType, entityTypes } from '../../server/src/analysis/features/entityTree';
import { fixture } from '../util/fixture';

const FILES = {
  'call.txt': 'WASHINGTON, March 2, 2024\nPresident Joe Biden spoke with Xi Jinping on Tuesday. Biden and Xi discussed trade, the White House said.$$\n',
  'visit.txt': 'BEIJING, March 3, 2024\nAntony Blinken met Xi Jinping in Beijing. Blinken said Washington and China would keep talking, Reuters reported.\n',
};

describe('the Entities view counts', () => {
  it('gives each type the number of entities its page lists, filtered or not', () => {
    const { corpus } = fixture(FILES);
    const all = [...corpus.entities.all()];
    const types = entityTypes(corpus, {});
    assert.ok(types.length >= 2, JSON.stringify(types));
    for (const { type, count } of types) {
      assert.equal(count, all.filter((e) => e.type === type).length, type);
      const page = entitiesOfType(corpus, {}, type, 1000);
      assert.equal(page.total, count, type);
      assert.ok(page.entities.every((e) => e.type === type));
    }
    const filtered = entityTypes(corpus, { text: 'xi' });
    assert.deepEqual(filtered.map((t) => [t.type, t.count]), [['person', 1]]);
    assert.equal(entitiesOfType(corpus, {}, 'no-such-type', 10).total, 0);
  });

  it('sorts a type by article count, then mentions, then name', () => {
    const { corpus } = fixture(FILES);
    const people = entitiesOfType(corpus, {}, 'person', 10).entities;
    assert.equal(people[0].name, 'Xi Jinping');
    for (let i = 1; i < people.length; i++) {
      const [a, b] = [people[i - 1], people[i]];
      assert.ok(a.articles > b.articles || (a.articles === b.articles && (a.mentions > b.mentions || (a.mentions === b.mentions && a.name.localeCompare(b.name) <= 0))), `${a.name} before ${b.name}`);
    }
  });

  it('gives a short first page that is the start of the whole list, ties at its end decided by name', () => {
    const { corpus } = fixture(FILES);
    for (const { type, count } of entityTypes(corpus, {})) {
      const whole = entitiesOfType(corpus, {}, type, 1000).entities;
      for (const limit of [0, 1, 2, 3]) {
        const page = entitiesOfType(corpus, {}, type, limit);
        assert.deepEqual(page.entities, whole.slice(0, limit), `${type}, ${limit}`);
        assert.equal(page.total, count);
      }
    }
  });

  it('keeps the first page as the corpus changes: an entity moves up, then leaves with its articles', () => {
    const { corpus } = fixture(FILES);
    const first = () => entitiesOfType(corpus, {}, 'person', 1).entities[0];
    assert.equal(first().name, 'Xi Jinping');
    assert.equal(first().first.uri, 'file:///fixture/call.txt');
    corpus.set('file:///fixture/a1.txt', 'LONDON, March 1, 2024\nAntony Blinken arrived in London. Blinken met officials.\n');
    corpus.set('file:///fixture/a2.txt', 'PARIS, March 1, 2024\nAntony Blinken arrived in Paris on Friday.\n');
    assert.equal(first().name, 'Antony Blinken');
    assert.equal(first().articles, 3);
    assert.equal(first().first.uri, 'file:///fixture/a1.txt');
    corpus.remove('file:///fixture/a1.txt');
    assert.equal(first().first.uri, 'file:///fixture/a2.txt');
    corpus.remove('file:///fixture/a2.txt');
    assert.equal(first().name, 'Xi Jinping');
  });

  it('gives the same pages when the passes after indexing ranked and read the entities first, in steps', () => {
    const onDemand = fixture(FILES).corpus;
    const passed = fixture(FILES).corpus;
    let steps = 0;
    while (passed.catalog.rankSome(1)) steps++;
    while (passed.catalog.build(1)) steps++;
    assert.ok(steps > 3, String(steps));
    for (const { type } of entityTypes(onDemand, {})) {
      for (const limit of [1, 2, 1000]) assert.deepEqual(entitiesOfType(passed, {}, type, limit), entitiesOfType(onDemand, {}, type, limit), `${type}, ${limit}`);
    }
  });

  it('gives the same pages when requests and edits come in the middle of the passes', () => {
    const edit = (corpus: Corpus) => corpus.set('file:///fixture/a3.txt', 'PARIS, March 1, 2024\nAntony Blinken arrived in Paris on Friday.\n');
    const onDemand = fixture(FILES).corpus;
    edit(onDemand);
    for (const interruptAt of [1, 3, 6, 12]) {
      const passed = fixture(FILES).corpus;
      for (let step = 0; passed.catalog.rankSome(1); step++) {
        if (step === interruptAt) edit(passed);
        if (step === 2 * interruptAt) entitiesOfType(passed, {}, 'person', 1);
      }
      while (passed.catalog.build(1));
      edit(passed);
      for (const { type } of entityTypes(onDemand, {})) {
        assert.deepEqual(entitiesOfType(passed, {}, type, 1000), entitiesOfType(onDemand, {}, type, 1000), `${type}, interrupted at ${interruptAt}`);
      }
    }
  });
});
