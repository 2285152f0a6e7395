// Conflicts and date issues as a SARIF 2.1.0 log, so code-scanning tools can list, track and suppress them.
// One run; one rule per extractor-and-comparison provenance; one result per conflict (the earlier article's claim,
// the other side as a related location) and per date issue. Columns and character offsets are UTF-16 code units,
// as the run's columnKind says (the analysis's own offsets, and what VS Code counts).
import { type Article, compareArticles } from '../corpus';
import type { Conflict, ConflictKind, ClaimRef } from '../conflicts/conflictIndex';
import { fileName, fnv } from '../conflicts/conflictId';
import type { Dismissal } from '../conflicts/dismissed';
import type { DateIssue, Span } from '../types';
import { SIDECAR_DIR, SIDECAR_FILES } from '../../protocol';
import { articlesByUri, relativeUri, type ExportSource } from './exportSource';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = '%SRCROOT%';

/** The defaults of `crosscheck.conflicts.severity.*` in SARIF's words (information and hint are both "note"). */
const LEVEL: Record<ConflictKind, 'error' | 'warning' | 'note'> = { contradiction: 'warning', discrepancy: 'note', update: 'note' };

type SarifLevel = 'error' | 'warning' | 'note' | 'none';
interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  charOffset: number;
  charLength: number;
  snippet: { text: string };
}
interface PhysicalLocation {
  artifactLocation: { uri: string; uriBaseId?: string };
  region?: Region;
}
interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  defaultConfiguration: { level: SarifLevel };
}
/** A dismissal in `.crosscheck/dismissed.json`: kept outside the articles, hence "external". */
interface Suppression {
  kind: 'external';
  status: 'accepted';
  justification?: string;
  location: { physicalLocation: PhysicalLocation };
  properties?: { dismissedAt: string };
}
/** One side of a conflict, with its article. */
interface Side {
  ref: ClaimRef;
  article: Article;
}
export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: Array<{ physicalLocation: PhysicalLocation }>;
  relatedLocations?: Array<{ id: number; message: { text: string }; physicalLocation: PhysicalLocation }>;
  partialFingerprints: Record<string, string>;
  suppressions?: Suppression[];
  properties?: Record<string, string>;
}
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: Array<{
    tool: { driver: { name: string; version: string; semanticVersion: string; rules: SarifRule[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    columnKind: 'utf16CodeUnits';
    results: SarifResult[];
  }>;
}

const DATE_ISSUE_RULES: Record<DateIssue['code'], { name: string; text: string }> = {
  'weekday-mismatch': { name: 'WeekdayMismatch', text: 'A weekday written next to a date disagrees with the calendar.' },
  'future-in-past-tense': { name: 'FutureInPastTense', text: 'A date after the article’s own date, told in the past tense.' },
};

export function buildSarif(source: ExportSource): SarifLog {
  const { corpus, root } = source;
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  const ruleFor = (rule: SarifRule): number => {
    let index = ruleIndex.get(rule.id);
    if (index === undefined) ruleIndex.set(rule.id, (index = rules.push(rule) - 1));
    return index;
  };
  const location = (article: Article, span: Span): PhysicalLocation => ({
    artifactLocation: artifactOf(root, article.uri),
    region: regionOf(article, span),
  });
  const results: SarifResult[] = [];

  for (const article of articlesByUri(corpus)) {
    for (const issue of article.analysis.dateIssues) {
      const rule = DATE_ISSUE_RULES[issue.code];
      const id = `date/${issue.code}`;
      results.push({
        ruleId: id,
        ruleIndex: ruleFor({ id, name: rule.name, shortDescription: { text: rule.text }, fullDescription: { text: rule.text }, defaultConfiguration: { level: 'note' } }),
        level: 'note',
        message: { text: issue.message },
        locations: [{ physicalLocation: location(article, issue) }],
        // No offsets in it, so the fingerprint survives edits elsewhere in the article.
        partialFingerprints: { 'crosscheckDateIssue/v1': fnv([issue.code, relativeUri(root, article.uri), article.analysis.text.slice(issue.start, issue.end)].join('\u0001')) },
      });
    }
  }

  const reasons = new Map((source.dismissals?.entries ?? []).map((d) => [d.id, d]));
  const dismissed = corpus.conflicts.dismissed();
  const dismissedIds = new Set(dismissed.map((c) => c.id));
  const conflicts = [...corpus.conflicts.all(), ...dismissed]
    .map((c) => ({ c, sides: sidesInReadingOrder(source, c) }))
    .filter((x): x is { c: Conflict; sides: [Side, Side] } => x.sides !== undefined)
    .sort((x, y) => compareLocation(x.sides[0], y.sides[0]) || compareLocation(x.sides[1], y.sides[1]) || (x.c.id < y.c.id ? -1 : 1));
  for (const { c, sides } of conflicts) {
    const [here, other] = sides;
    const [extracted, compared] = c.rule.split(' → ');
    results.push({
      ruleId: c.rule,
      ruleIndex: ruleFor({
        id: c.rule,
        name: 'ConflictingClaims',
        shortDescription: { text: `Articles of one story disagree (${c.rule})` },
        fullDescription: { text: `Two articles of one story make claims that disagree. The claims were extracted by ${extracted}; ${compared ?? 'the comparison'} found them in conflict.` },
        defaultConfiguration: { level: 'warning' },
      }),
      level: LEVEL[c.kind],
      message: { text: `${c.message} (${c.kind}; the other source: [${fileName(other.article.uri)}](1))` },
      locations: [{ physicalLocation: location(here.article, here.ref.claim) }],
      relatedLocations: [{ id: 1, message: { text: `${fileName(other.article.uri)}: “${other.ref.claim.text}”` }, physicalLocation: location(other.article, other.ref.claim) }],
      partialFingerprints: { 'crosscheckConflictId/v1': c.id },
      ...(dismissedIds.has(c.id) ? { suppressions: [suppression(source, reasons.get(c.id))] } : {}),
      properties: { kind: c.kind, attribute: c.attribute, subject: c.subject },
    });
  }

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'Crosscheck', version: source.toolVersion, semanticVersion: source.toolVersion, rules } },
      originalUriBaseIds: { [SRCROOT]: { uri: root } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
}

function suppression(source: ExportSource, dismissal: Dismissal | undefined): Suppression {
  const file = source.dismissals?.file ?? `${source.root}${SIDECAR_DIR}/${SIDECAR_FILES.dismissed}`;
  return {
    kind: 'external',
    status: 'accepted',
    ...(dismissal?.reason ? { justification: dismissal.reason } : {}),
    location: { physicalLocation: { artifactLocation: artifactOf(source.root, file) } },
    ...(dismissal?.at ? { properties: { dismissedAt: dismissal.at } } : {}),
  };
}

/** The conflict's two sides with their articles, earlier article first; undefined if one is no longer indexed. */
function sidesInReadingOrder(source: ExportSource, c: Conflict): [Side, Side] | undefined {
  const a = source.corpus.get(c.a.docId);
  const b = source.corpus.get(c.b.docId);
  if (!a || !b) return undefined;
  const sides: [Side, Side] = [{ ref: c.a, article: a }, { ref: c.b, article: b }];
  return compareArticles(a, b) <= 0 ? sides : [sides[1], sides[0]];
}

function compareLocation(x: Side, y: Side): number {
  return x.article.uri < y.article.uri ? -1 : x.article.uri > y.article.uri ? 1 : x.ref.claim.start - y.ref.claim.start;
}

function artifactOf(root: string, uri: string): { uri: string; uriBaseId?: string } {
  const relative = relativeUri(root, uri);
  return relative === uri ? { uri } : { uri: relative, uriBaseId: SRCROOT };
}

/** SARIF lines and columns count from 1; the end column is the one just after the span. */
function regionOf(article: Article, span: Span): Region {
  const start = article.document.positionAt(span.start);
  const end = article.document.positionAt(span.end);
  return {
    startLine: start.line + 1,
    startColumn: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    charOffset: span.start,
    charLength: span.end - span.start,
    snippet: { text: article.analysis.text.slice(span.start, span.end) },
  };
}
