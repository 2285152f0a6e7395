// Within-article coreference (server/src/analysis/identity/references.ts) against the ECB+ gold entity clusters: of
// the pronouns and descriptions linked to a chain that the gold links to a name the analysis found, the share linked
// to a chain with a mention in that gold cluster. Topics 1-12 fit its rule (references.ts confident); 13-45 report.
import { analyze } from '../server/src/analysis/analyze';
import type { DocumentAnalysis, Reference } from '../server/src/analysis/types';
import { loadEcbPlus, type GoldDocument } from './ecbplus';

const RANGES: ReadonlyArray<readonly [name: string, first: number, last: number]> = [
  ['1-12 (fit)', 1, 12],
  ['13-35', 13, 35],
  ['36-45 (report)', 36, 45],
];

const overlaps = (x: { start: number; end: number }, y: { start: number; end: number }): boolean => x.start < y.end && y.start < x.end;

/** Whether the reference can be judged (the gold links it to a name found), and if so whether its chain is right. */
function judge(reference: Reference, analysis: DocumentAnalysis, doc: GoldDocument): boolean | undefined {
  const gold = doc.mentions.find((g) => overlaps(g, reference));
  if (!gold) return undefined;
  const inCluster = doc.mentions.filter((g) => g.cluster === gold.cluster);
  if (!inCluster.some((g) => analysis.mentions.some((m) => overlaps(g, m)))) return undefined;
  return analysis.chains[reference.chain].mentions.some((i) => inCluster.some((g) => overlaps(g, analysis.mentions[i])));
}

export function referenceRows(): Array<Array<string | number>> {
  const rows: Array<Array<string | number>> = [['topics', 'rule', 'linked', 'judged', 'right', 'accuracy']];
  const docs = loadEcbPlus();
  for (const [name, first, last] of RANGES) {
    const tally = new Map<string, { linked: number; judged: number; right: number }>();
    for (const doc of docs) {
      if (doc.topic < first || doc.topic > last) continue;
      const analysis = analyze(doc.text);
      for (const reference of analysis.references) {
        const t = tally.get(reference.rule) ?? { linked: 0, judged: 0, right: 0 };
        t.linked++;
        const right = judge(reference, analysis, doc);
        if (right !== undefined) t.judged++;
        if (right) t.right++;
        tally.set(reference.rule, t);
      }
    }
    for (const [rule, t] of [...tally].sort(([x], [y]) => (x < y ? -1 : 1))) rows.push([name, rule, t.linked, t.judged, t.right, t.judged ? (t.right / t.judged).toFixed(3) : '-']);
  }
  return rows;
}
