import type { EntityType } from '../types';

/** A typed run of tokens: `start` and `end` (exclusive) are token indexes. */
export interface TokenSpan {
  start: number;
  end: number;
  type: EntityType;
  /** Set for user gazetteer matches, whose span is taken exactly as the user wrote it. */
  fixed?: boolean;
}
