// The corpus as the CLI's JSON report (version 1): documents with mentions and dates, stories, entities, conflicts.
import { compareArticles, type Corpus } from './corpus';
import type { DateKind, EntityType } from './types';

export interface Report {
  version: 1;
  documents: Array<{
    path: string;
    referenceDate: string | null;
    /** Why the article has no date, when it has none. */
    undatedReason?: string;
    mentions: Array<{ start: number; end: number; text: string; type: EntityType; entity: string }>;
    dates: Array<{ start: number; end: number; text: string; value: string | null; kind: DateKind }>;
  }>;
  /** Every document in exactly one story; ids s1, s2, … by story start (undated last), then first path. */
  stories: Array<{ id: string; title: string; documents: string[]; start: string | null; end: string | null }>;
  entities: Array<{ id: string; name: string; type: EntityType; aliases: string[]; documents: number; mentions: number }>;
  conflicts: Array<{
    id: string;
    kind: string;
    attribute: string;
    subject: string;
    message: string;
    /** Which extractors and comparison made it ("quantity/people-by-event-word → compare/intervals"). */
    rule: string;
    a: ReportSpan;
    b: ReportSpan;
  }>;
}

interface ReportSpan {
  path: string;
  start: number;
  end: number;
  text: string;
}

/** Builds the report; entity ids are numbered e1, e2, … in order of first appearance, documents sorted by path. */
export function buildReport(corpus: Corpus, pathOf: (uri: string) => string): Report {
  const articles = [...corpus.all()].sort((a, b) => (pathOf(a.uri) < pathOf(b.uri) ? -1 : pathOf(a.uri) > pathOf(b.uri) ? 1 : 0));
  const ids = new Map<string, string>();
  const shortId = (entityId: string) => {
    let id = ids.get(entityId);
    if (!id) ids.set(entityId, (id = `e${ids.size + 1}`));
    return id;
  };
  const documents = articles.map((article) => ({
    path: pathOf(article.uri),
    referenceDate: article.analysis.referenceDate?.value ?? null,
    ...(article.analysis.undatedReason ? { undatedReason: article.analysis.undatedReason } : {}),
    mentions: article.analysis.mentions.map((m) => {
      const entity = corpus.entities.entityOf(article.uri, m.chain);
      return { start: m.start, end: m.end, text: m.text, type: m.type, entity: entity === undefined ? '' : shortId(entity) };
    }),
    dates: article.analysis.dates.map((d) => ({ start: d.start, end: d.end, text: d.text, value: d.value, kind: d.kind })),
  }));
  const entities = [...ids].map(([entityId, id]) => {
    const record = corpus.entities.get(entityId)!;
    return {
      id,
      name: record.name,
      type: record.type,
      aliases: record.aliases.filter((a) => a !== record.name),
      documents: record.documents.size,
      mentions: record.mentionCount,
    };
  });
  const conflicts = corpus.conflicts
    .all()
    .map((c) => {
      const [a, b] = [c.a, c.b].sort((x, y) => {
        const ax = corpus.get(x.docId);
        const by = corpus.get(y.docId);
        return ax && by ? compareArticles(ax, by) : 0;
      });
      return { c, a, b };
    })
    .sort((x, y) => (pathOf(x.a.docId) < pathOf(y.a.docId) ? -1 : pathOf(x.a.docId) > pathOf(y.a.docId) ? 1 : x.a.claim.start - y.a.claim.start))
    .map(({ c, a, b }, i) => ({
      id: `c${i + 1}`,
      kind: c.kind,
      attribute: c.attribute,
      subject: c.subject,
      message: c.message,
      rule: c.rule,
      a: { path: pathOf(a.docId), start: a.claim.start, end: a.claim.end, text: a.claim.text },
      b: { path: pathOf(b.docId), start: b.claim.start, end: b.claim.end, text: b.claim.text },
    }));
  const stories = corpus
    .stories()
    .map((story) => ({ title: story.title, documents: story.documents.map(pathOf).sort(), start: story.start, end: story.end }))
    .sort((a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999') || (a.documents[0] < b.documents[0] ? -1 : 1))
    .map((story, i) => ({ id: `s${i + 1}`, ...story }));
  return { version: 1, documents, stories, entities, conflicts };
}
