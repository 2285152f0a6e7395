import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import type { EntityType, QuantityKind } from '../../server/src/analysis/types';
import { WARM_UP_ARTICLE } from '../../server/src/node/workerWarmUp';

// The warm-up makes hot only the paths its article takes: it must take those of an ordinary news article.
test('the worker warm-up article takes the paths of an ordinary news article', () => {
  const analysis = analyze(WARM_UP_ARTICLE);
  const types = new Set(analysis.mentions.map((m) => m.type));
  for (const type of ['person', 'organization', 'place'] satisfies EntityType[]) assert.ok(types.has(type), `no ${type} mention`);
  assert.ok(analysis.chains.some((c) => c.mentions.length > 1), 'no name written twice');
  assert.ok(analysis.dates.length >= 5, 'few dates');
  const kinds = new Set(analysis.quantities.map((q) => q.kind));
  for (const kind of ['money', 'percent', 'number'] satisfies QuantityKind[]) assert.ok(kinds.has(kind), `no ${kind} quantity`);
  const claimKinds = new Set<string>(analysis.claims.map((c) => c.kind));
  for (const kind of ['people-count', 'money', 'age']) assert.ok(claimKinds.has(kind), `no ${kind} claim`);
});
