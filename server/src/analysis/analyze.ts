import { extractClaims } from './claims/extractClaims';
import { findDates } from './dates/findDates';
import { linkMentions } from './identity/linkMentions';
import { recognizeEntities } from './ner/recognize';
import type { Gazetteer } from './ner/gazetteer';
import { findQuantities } from './quantities';
import { tokenize } from './tokenize';
import type { DocumentAnalysis } from './types';

export interface AnalyzeOptions {
  /** Names, types and aliases from the workspace's `.crosscheck/entities.json`. */
  gazetteer?: Gazetteer;
  /** The article's date set by the user ("Crosscheck: Set Article Date…"), ISO YYYY-MM-DD. */
  referenceDate?: string;
  /** The file's path or URI, whose folders or name sometimes carry the publication date. */
  path?: string;
}

/** Strips a byte-order mark; offsets everywhere are into the text returned here. */
export function normalizeText(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Analyses one article on its own: entities, dates, quantities, claims. */
export function analyze(rawText: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const text = normalizeText(rawText);
  const tokens = tokenize(text);
  const { referenceDate, undatedReason, dates, dateIssues } = findDates(text, { override: options.referenceDate, path: options.path });
  const recognized = recognizeEntities(text, tokens, options.gazetteer);
  const { mentions, chains } = linkMentions(text, recognized);
  const quantities = findQuantities(text, tokens, dates);
  const partial = { text, referenceDate, ...(undatedReason ? { undatedReason } : {}), mentions, chains, dates, quantities, dateIssues };
  return { ...partial, claims: extractClaims(partial, tokens) };
}
