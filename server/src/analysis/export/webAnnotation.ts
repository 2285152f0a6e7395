// Entity and date mentions as W3C Web Annotations (JSON-LD): one AnnotationCollection, each mention an Annotation on
// its article with a TextPositionSelector and a TextQuoteSelector. The Web Annotation model counts positions in
// Unicode code points of the text, so UTF-16 offsets are converted; line breaks count as written (CR LF is two).
import { fileName } from '../conflicts/conflictId';
import { articlesByUri, codePointOffsets, type ExportSource } from './exportSource';

/** How much text either side of a mention the quote selector carries, so a reader can find it in an edited copy. */
const QUOTE_CONTEXT = 32;

interface TextualBody {
  type: 'TextualBody';
  purpose: 'identifying' | 'tagging' | 'describing';
  value: string;
}
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'identifying' | 'tagging';
  body: TextualBody[];
  target: {
    source: string;
    selector: [
      { type: 'TextPositionSelector'; start: number; end: number },
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
    ];
  };
}
export interface AnnotationCollection {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generator: { type: 'Software'; name: string };
  first: { id: string; type: 'AnnotationPage'; items: WebAnnotation[] };
}

export function buildWebAnnotations(source: ExportSource): AnnotationCollection {
  const items: WebAnnotation[] = [];
  for (const article of articlesByUri(source.corpus)) {
    const { text, mentions, dates } = article.analysis;
    const points = codePointOffsets(text);
    const annotation = (n: number, span: { start: number; end: number }, motivation: WebAnnotation['motivation'], body: TextualBody[]): WebAnnotation => ({
      id: `${article.uri}#crosscheck-${n}`,
      type: 'Annotation',
      motivation,
      body,
      target: {
        source: article.uri,
        selector: [
          { type: 'TextPositionSelector', start: points(span.start), end: points(span.end) },
          { type: 'TextQuoteSelector', exact: text.slice(span.start, span.end), prefix: text.slice(Math.max(0, span.start - QUOTE_CONTEXT), span.start), suffix: text.slice(span.end, span.end + QUOTE_CONTEXT) },
        ],
      },
    });
    let n = 0;
    for (const m of mentions) {
      const entityId = source.corpus.entities.entityOf(article.uri, m.chain);
      const name = entityId === undefined ? m.text : (source.corpus.entities.get(entityId)?.name ?? m.text);
      items.push(annotation(++n, m, 'identifying', [
        { type: 'TextualBody', purpose: 'identifying', value: name },
        { type: 'TextualBody', purpose: 'tagging', value: m.type },
      ]));
    }
    for (const d of dates) {
      items.push(annotation(++n, d, 'tagging', [
        { type: 'TextualBody', purpose: 'tagging', value: d.kind },
        ...(d.value === null ? [] : [{ type: 'TextualBody' as const, purpose: 'describing' as const, value: d.value }]),
      ]));
    }
  }
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${source.root}#crosscheck-annotations`,
    type: 'AnnotationCollection',
    label: `Crosscheck ${source.toolVersion}: entity and date mentions of ${fileName(source.root.replace(/\/$/, '')) || 'the workspace'}`,
    total: items.length,
    generator: { type: 'Software', name: `Crosscheck ${source.toolVersion}` },
    first: { id: `${source.root}#crosscheck-annotations-page-1`, type: 'AnnotationPage', items },
  };
}
