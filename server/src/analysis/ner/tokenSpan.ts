import type { Token } from '../tokenize';
import type { EntityType } from '../types';

/** A typed run of tokens: `start` and `end` (exclusive) are token indexes. */
export interface TokenSpan {
  start: number;
  end: number;
  type: EntityType;
  /** Set for user gazetteer matches, whose span is taken exactly as the user wrote it. */
  fixed?: boolean;
}

/** A span's words, lower-cased and joined by spaces: the name it counts under in an article. */
export function spanName(tokens: readonly Token[], span: TokenSpan): string {
  return tokens
    .slice(span.start, span.end)
    .map((t) => t.text.toLowerCase())
    .join(' ');
}
