// Inlay hints after relative date expressions: "on Wednesday" → "2024-05-01".
import type { InlayHint, Range } from 'vscode-languageserver-types';
import type { Article } from '../corpus';
import { formatDateValue } from '../dates/format';
import { type Cancellation, offsetOf } from './shared';

export function inlayHints(article: Article, range: Range, token: Cancellation): InlayHint[] {
  const from = offsetOf(article, range.start);
  const to = offsetOf(article, range.end);
  const hints: InlayHint[] = [];
  for (const date of article.analysis.dates) {
    if (token.isCancellationRequested) break;
    if (!date.relative || date.end < from || date.start > to) continue;
    hints.push({
      position: article.document.positionAt(date.end),
      label: date.value ? `= ${formatDateValue(date.value)}` : '= date unknown',
      tooltip: date.derivation,
      paddingLeft: true,
    });
  }
  return hints;
}
