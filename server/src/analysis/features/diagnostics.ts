// Diagnostics: conflicts with other sources (each side on its own span, the others attached) and date inconsistencies.
import { type Diagnostic, DiagnosticSeverity, type DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { capitalise } from '../capitalise';
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
      const group = groups.get(key);
      if (group) group.push({ conflict, here, other });
      else groups.set(key, [{ conflict, here, other }]);
    }
  }
  for (const group of groups.values()) {
    const { conflict, here } = group[0];
    const others = group.map((g) => g.other);
    const values = byValue(others);
    const related: DiagnosticRelatedInformation[] = [];
    for (const o of relatedSources(values)) {
      const otherArticle = corpus.get(o.docId);
      if (otherArticle) related.push({ location: locationOf(otherArticle, o.claim), message: `${fileName(o.docId)}: “${o.claim.text}”` });
    }
    const unlisted = others.length - related.length;
    if (unlisted > 0 && related.length > 0) related[related.length - 1].message += ` (and ${unlisted} more: Compare with… lists every source)`;
    const severity = severities[conflict.kind];
    if (severity === 'off') continue;
    result.push({
      range: rangeOf(article, here.claim),
      severity: SEVERITY[severity],
      source: 'crosscheck',
      code: `${conflict.kind}/${slug(conflict.attribute)}`,
      message: `${capitalise(conflict.kind)} (${conflict.attribute}): this article says “${here.claim.text}”; ${summarise(values)}. Why: ${[...new Set(group.map((g) => explanation(g.conflict)))].join('; ')}.`,
      relatedInformation: related,
      data: { conflicts: group.map((g) => g.conflict.id) } satisfies ConflictDiagnosticData,
    });
  }
  return result;
}

/** Sources named in a summary before "and N more". */
const NAMED_SOURCES = 3;
/** Values a summary spells out before counting the rest: a story of many sources would otherwise make a page of one message. */
const NAMED_VALUES = 3;
/** Other sources attached as related information (each a place to click); "Compare with…" offers every one. */
const RELATED_SOURCES = 10;

interface Value {
  text: string;
  docs: string[];
  refs: ClaimRef[];
}

/** The other sources' claims by what they say (case and spacing aside), most sources first. */
function byValue(others: ClaimRef[]): Value[] {
  const values = new Map<string, Value>();
  for (const o of others) {
    const key = o.claim.text.toLowerCase().replace(/\s+/g, ' ');
    const entry = values.get(key) ?? { text: o.claim.text, docs: [], refs: [] };
    if (!entry.docs.includes(o.docId)) entry.docs.push(o.docId);
    entry.refs.push(o);
    values.set(key, entry);
  }
  return [...values.values()].sort((a, b) => b.docs.length - a.docs.length);
}

/** Up to RELATED_SOURCES of the claims, taken one value at a time, so that every value listed first has a place to click. */
function relatedSources(values: Value[]): ClaimRef[] {
  const picked: ClaimRef[] = [];
  for (let round = 0; picked.length < RELATED_SOURCES; round++) {
    const before = picked.length;
    for (const value of values) if (round < value.refs.length && picked.length < RELATED_SOURCES) picked.push(value.refs[round]);
    if (picked.length === before) break;
  }
  return picked;
}

/**
 * What the other sources say, one phrase per value, most sources first: "quake-jakarta.txt says “six”" for one source,
 * "3 sources say “six” (a.txt, b.txt, c.txt), 2 say “seven” (d.txt, e.txt)" for several, the values after
 * NAMED_VALUES counted ("and 4 more sources with 3 other values").
 */
function summarise(values: Value[]): string {
  if (values.length === 1 && values[0].docs.length === 1) return `${fileName(values[0].docs[0])} says “${values[0].text}”`;
  const named = values.slice(0, NAMED_VALUES).map(({ text, docs }, i) => {
    const names = docs.slice(0, NAMED_SOURCES).map(fileName).join(', ') + (docs.length > NAMED_SOURCES ? ` and ${docs.length - NAMED_SOURCES} more` : '');
    const who = docs.length === 1 ? (i === 0 ? '1 source says' : '1 says') : `${docs.length}${i === 0 ? ' sources' : ''} say`;
    return `${who} “${text}” (${names})`;
  });
  const rest = values.slice(NAMED_VALUES);
  const sources = new Set(rest.flatMap((v) => v.docs)).size;
  if (rest.length > 0) named.push(`and ${sources} more source${sources === 1 ? '' : 's'} with ${rest.length} other value${rest.length === 1 ? '' : 's'}`);
  return named.join(', ');
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
