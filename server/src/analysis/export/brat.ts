// Entity and date mentions as brat standoff annotation: per article a `.txt` with the text analysed (BOM removed,
// line breaks as written) and a `.ann` beside it. Offsets count Unicode code points (brat is Python: a string index),
// not UTF-16 units; a CR LF counts as two characters, as it stays in the `.txt`. A span across a line break is
// written as fragments ("start end;start end") with their texts joined by a space, as brat writes them.
import type { DateKind, EntityType, Span } from '../types';
import { articlesByUri, codePointOffsets, relativePath, type ExportSource } from './exportSource';

export interface BratDocument {
  /** Path relative to the export root, ".txt" replaced by nothing: the export writes `<path>.txt` and `<path>.ann`. */
  path: string;
  text: string;
  ann: string;
}

const ENTITY_LABEL: Record<EntityType, string> = {
  person: 'Person', organization: 'Organization', place: 'Place', event: 'Event', law: 'Law', work: 'Work', group: 'Group', other: 'Other',
};
const DATE_LABEL: Record<DateKind, string> = { date: 'Date', time: 'Time', duration: 'Duration', range: 'DateRange', set: 'DateSet' };

export function buildBrat(source: ExportSource): BratDocument[] {
  return articlesByUri(source.corpus).map((article) => {
    const { text, mentions, dates } = article.analysis;
    const points = codePointOffsets(text);
    const lines: string[] = [];
    let t = 0;
    let note = 0;
    const annotate = (label: string, span: Span, comment: string) => {
      const fragments = lineFragments(text, span);
      if (fragments.length === 0) return;
      const id = `T${++t}`;
      lines.push(`${id}\t${label} ${fragments.map((f) => `${points(f.start)} ${points(f.end)}`).join(';')}\t${fragments.map((f) => text.slice(f.start, f.end)).join(' ')}`);
      if (comment) lines.push(`#${++note}\tAnnotatorNotes ${id}\t${oneLine(comment)}`);
    };
    for (const m of mentions) {
      const entityId = source.corpus.entities.entityOf(article.uri, m.chain);
      const name = entityId === undefined ? undefined : source.corpus.entities.get(entityId)?.name;
      annotate(ENTITY_LABEL[m.type], m, name !== undefined && name !== m.text ? name : '');
    }
    for (const d of dates) annotate(DATE_LABEL[d.kind], d, d.value ?? '');
    const path = relativePath(source.root, article.uri).replace(/\.txt$/i, '');
    return { path, text, ann: lines.length === 0 ? '' : `${lines.join('\n')}\n` };
  });
}

/** The span cut at line breaks, each piece trimmed of them; empty pieces dropped. */
function lineFragments(text: string, span: Span): Span[] {
  const fragments: Span[] = [];
  let start = span.start;
  for (let i = span.start; i <= span.end; i++) {
    if (i === span.end || text[i] === '\n' || text[i] === '\r') {
      if (i > start) fragments.push({ start, end: i });
      start = i + 1;
    }
  }
  return fragments;
}

function oneLine(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}
