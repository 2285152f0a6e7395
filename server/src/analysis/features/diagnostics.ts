// Diagnostics: conflicts with other sources (each side on its own span, the others attached) and date inconsistencies.
import { type Diagnostic, DiagnosticSeverity, type DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import type { Corpus } from '../corpus';
import type { ClaimRef, Conflict, ConflictKind } from '../conflicts/conflictIndex';
import { explanation } from '../conflicts/explain';
import { fileName, locationOf, rangeOf } from './shared';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';
export type ConflictSeverities = Record<ConflictKind, SeverityName>;

export const DEFAULT_CONFLICT_SEVERITIES: ConflictSeverities = { contradiction: 'warning', discrepancy: 'information', update: 'hint' };

const SEVERITY: Record<Exclude<SeverityName, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a conflict diagnostic carries for code actions: the conflicts it stands for. */
export interface ConflictDiagnosticData {
  conflicts: string[];
}

export function diagnostics(corpus: Corpus, uri: string, severities: ConflictSeverities = DEFAULT_CONFLICT_SEVERITIES): Diagnostic[] {
  const article = corpus.get(uri);
  if (!article) return [];
  const result: Diagnostic[] = article.analysis.dateIssues.map((issue) => ({
    range: rangeOf(article, issue),
    severity: DiagnosticSeverity.Information,
    source: 'crosscheck',
    code: issue.code,
    message: issue.message,
  }));
  // One diagnostic per claim and kind, listing every other article that disagrees with it.
  const groups = new Map<string, Array<{ conflict: Conflict; here: ClaimRef; other: ClaimRef }>>();
  for (const conflict of corpus.conflictsFor(uri)) {
    for (const [here, other] of [[conflict.a, conflict.b], [conflict.b, conflict.a]] as const) {
      if (here.docId !== uri || severities[conflict.kind] === 'off') continue;
      const key = `${here.claim.start}:${here.claim.end}:${conflict.kind}:${conflict.attribute}`;
      groups.set(key, [...(groups.get(key) ?? []), { conflict, here, other }]);
    }
  }
  for (const group of groups.values()) {
    const { conflict, here } = group[0];
    const others = group.map((g) => g.other);
    const related: DiagnosticRelatedInformation[] = [];
    for (const o of others) {
      const otherArticle = corpus.get(o.docId);
      if (otherArticle) related.push({ location: locationOf(otherArticle, o.claim), message: `${fileName(o.docId)}: “${o.claim.text}”` });
    }
    const severity = severities[conflict.kind];
    if (severity === 'off') continue;
    result.push({
      range: rangeOf(article, here.claim),
      severity: SEVERITY[severity],
      source: 'crosscheck',
      code: `${conflict.kind}/${slug(conflict.attribute)}`,
      message: `${capitalise(conflict.kind)} (${conflict.attribute}): this article says “${here.claim.text}”; ${summarise(others)}. Why: ${[...new Set(group.map((g) => explanation(g.conflict)))].join('; ')}.`,
      relatedInformation: related,
      data: { conflicts: group.map((g) => g.conflict.id) } satisfies ConflictDiagnosticData,
    });
  }
  return result;
}

/** Sources named in a summary before "and N more". */
const NAMED_SOURCES = 3;

/**
 * What the other sources say, one phrase per value, most sources first: "quake-jakarta.txt says “six”" for one source,
 * "3 sources say “six” (a.txt, b.txt, c.txt), 2 say “seven” (d.txt, e.txt)" for several.
 */
function summarise(others: ClaimRef[]): string {
  const byValue = new Map<string, { text: string; docs: string[] }>();
  for (const o of others) {
    const key = o.claim.text.toLowerCase().replace(/\s+/g, ' ');
    const entry = byValue.get(key) ?? { text: o.claim.text, docs: [] };
    if (!entry.docs.includes(o.docId)) entry.docs.push(o.docId);
    byValue.set(key, entry);
  }
  const values = [...byValue.values()].sort((a, b) => b.docs.length - a.docs.length);
  if (values.length === 1 && values[0].docs.length === 1) return `${fileName(values[0].docs[0])} says “${values[0].text}”`;
  return values.map(({ text, docs }, i) => {
    const names = docs.slice(0, NAMED_SOURCES).map(fileName).join(', ') + (docs.length > NAMED_SOURCES ? ` and ${docs.length - NAMED_SOURCES} more` : '');
    const who = docs.length === 1 ? (i === 0 ? '1 source says' : '1 says') : `${docs.length}${i === 0 ? ' sources' : ''} say`;
    return `${who} “${text}” (${names})`;
  }).join(', ');
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function capitalise(text: string): string {
  return text[0].toUpperCase() + text.slice(1);
}
