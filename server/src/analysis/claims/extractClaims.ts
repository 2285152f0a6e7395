// Checkable statements in one article: quantities, dates and places tied to an event or entity.
import type { Token } from '../tokenize';
import type { Claim, DocumentAnalysis } from '../types';
import { sentenceContexts } from './context';
import { dateClaims } from './dateClaims';
import { quantityClaims } from './quantityClaims';

/** Extracts the article's claims in text order. */
export function extractClaims(analysis: Omit<DocumentAnalysis, 'claims'>, tokens: Token[]): Claim[] {
  const contexts = sentenceContexts(analysis, tokens);
  return [...quantityClaims(analysis, contexts), ...dateClaims(analysis, contexts)].sort((a, b) => a.start - b.start);
}
