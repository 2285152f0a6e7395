// Semantic tokens: entities by type, dates and times by kind, numbers and money. The legend is shared with package.json.
import type { SemanticTokens } from 'vscode-languageserver-types';
import type { Article } from '../corpus';
import type { Span } from '../types';
import type { Cancellation } from './shared';

export const TOKEN_TYPES = ['person', 'organization', 'place', 'event', 'law', 'work', 'group', 'entity', 'date', 'time', 'duration', 'number', 'money', 'percent'] as const;
export const TOKEN_MODIFIERS = ['definition', 'relative', 'unresolved'] as const;
export const SEMANTIC_TOKENS_LEGEND = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

type TokenType = (typeof TOKEN_TYPES)[number];
type TokenModifier = (typeof TOKEN_MODIFIERS)[number];
interface Coloured extends Span {
  type: TokenType;
  modifiers: TokenModifier[];
  /** Lower wins where spans overlap: names, then dates, then numbers. */
  rank: number;
}

export function semanticTokens(article: Article, token: Cancellation): SemanticTokens {
  const { analysis } = article;
  const spans: Coloured[] = [];
  analysis.mentions.forEach((m, index) => {
    const isDefinition = analysis.chains[m.chain]?.definition === index;
    spans.push({ start: m.start, end: m.end, type: m.type === 'other' ? 'entity' : m.type, modifiers: isDefinition ? ['definition'] : [], rank: 0 });
  });
  for (const d of analysis.dates) {
    const type: TokenType = d.kind === 'time' ? 'time' : d.kind === 'duration' || d.kind === 'set' ? 'duration' : 'date';
    const modifiers: TokenModifier[] = [];
    if (d.relative) modifiers.push('relative');
    if (d.value === null && d.kind !== 'duration') modifiers.push('unresolved');
    spans.push({ start: d.start, end: d.end, type, modifiers, rank: 1 });
  }
  for (const q of analysis.quantities) {
    spans.push({ start: q.start, end: q.end, type: q.kind === 'money' ? 'money' : q.kind === 'percent' ? 'percent' : 'number', modifiers: [], rank: 2 });
  }
  spans.sort((a, b) => a.start - b.start || a.rank - b.rank);
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  let coveredTo = 0;
  for (const span of spans) {
    if (token.isCancellationRequested) break;
    if (span.start < coveredTo) continue;
    coveredTo = span.end;
    for (const piece of splitLines(article, span)) {
      const start = article.document.positionAt(piece.start);
      data.push(start.line - prevLine, start.line === prevLine ? start.character - prevChar : start.character, piece.end - piece.start,
        TOKEN_TYPES.indexOf(span.type), span.modifiers.reduce((bits, m) => bits | (1 << TOKEN_MODIFIERS.indexOf(m)), 0));
      prevLine = start.line;
      prevChar = start.character;
    }
  }
  return { data };
}

/** Semantic tokens cannot cross line ends; a name broken over two lines becomes two tokens. */
function splitLines(article: Article, span: Span): Span[] {
  const text = article.analysis.text;
  const pieces: Span[] = [];
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    if (text[i] === '\n' || text[i] === '\r') {
      if (i > start) pieces.push({ start, end: i });
      start = i + 1;
    }
  }
  if (span.end > start) pieces.push({ start, end: span.end });
  return pieces;
}
