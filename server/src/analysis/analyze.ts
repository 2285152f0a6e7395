import { extractClaims } from './claims/extractClaims';
import { findDates } from './dates/findDates';
import { linkMentions } from './identity/linkMentions';
import { resolveReferences } from './identity/references';
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

/**
 * The most text analysed in one article: news articles are a few kilobytes, and every step is linear, but a megabyte
 * of names or numbers still takes many seconds. Beyond it the analysis stops at a line end and says so.
 */
export const MAX_ANALYSED_CHARS = 500_000;

/** Where the analysed part of a text ends: the whole text, or the last line end (else space) before the budget. */
export function analysedLength(text: string): number {
  if (text.length <= MAX_ANALYSED_CHARS) return text.length;
  const lineEnd = text.lastIndexOf('\n', MAX_ANALYSED_CHARS);
  if (lineEnd > MAX_ANALYSED_CHARS / 2) return lineEnd;
  const space = text.lastIndexOf(' ', MAX_ANALYSED_CHARS);
  if (space > MAX_ANALYSED_CHARS / 2) return space;
  const low = text.charCodeAt(MAX_ANALYSED_CHARS);
  return low >= 0xdc00 && low <= 0xdfff ? MAX_ANALYSED_CHARS - 1 : MAX_ANALYSED_CHARS;
}

/** Analyses one article on its own: entities, dates, quantities, claims. */
export function analyze(rawText: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const text = normalizeText(rawText);
  const body = text.slice(0, analysedLength(text));
  const tokens = tokenize(body);
  const { referenceDate, undatedReason, dates, dateIssues } = findDates(body, { override: options.referenceDate, path: options.path });
  const recognized = recognizeEntities(body, tokens, options.gazetteer);
  const { mentions, chains } = linkMentions(body, recognized);
  const references = resolveReferences(body, tokens, mentions);
  const quantities = findQuantities(body, tokens, dates);
  const partial = { text: body, referenceDate, ...(undatedReason ? { undatedReason } : {}), mentions, chains, references, dates, quantities, dateIssues };
  const claims = extractClaims(partial, tokens);
  if (body.length === text.length) return { ...partial, claims };
  const line = body.split('\n').length;
  const limits = [`analysis shortened after line ${line}: only the first ${MAX_ANALYSED_CHARS / 1000} KB of the article are analysed`];
  return { ...partial, text, claims, limits };
}
