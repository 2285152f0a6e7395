// Small conversions every feature needs: spans to LSP ranges, locations and links, and the cancellation contract.
import type { Location, Position, Range } from 'vscode-languageserver-types';
import { MARKDOWN_COMMANDS } from '../../protocol';
import type { Article } from '../corpus';
import type { Span } from '../types';

/** The part of a cancellation token the features read; the LSP token and a test's plain object both fit. */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

export const NEVER_CANCELLED: Cancellation = { isCancellationRequested: false };

export function rangeOf(article: Article, span: Span): Range {
  return { start: article.document.positionAt(span.start), end: article.document.positionAt(span.end) };
}

export function locationOf(article: Article, span: Span): Location {
  return { uri: article.uri, range: rangeOf(article, span) };
}

export function offsetOf(article: Article, position: Position): number {
  return article.document.offsetAt(position);
}

/** The file name of an article's URI, for labels ("002_81b7c91e4df976a3.txt"). */
export function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

/** The line containing a span, trimmed and shortened, for previews in hovers and lists. */
export function lineExcerpt(article: Article, span: Span, max = 90): string {
  const text = article.analysis.text;
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const nl = text.indexOf('\n', span.end);
  const line = text.slice(lineStart, nl === -1 ? text.length : nl).replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  // Cut at word boundaries around the mention, a third of the room before it.
  let at = Math.max(0, span.start - lineStart - Math.floor(max / 3));
  if (at > 0) at = line.indexOf(' ', at) + 1 || at;
  let end = Math.min(line.length, at + max);
  if (end < line.length) end = line.lastIndexOf(' ', end) > at ? line.lastIndexOf(' ', end) : end;
  return (at > 0 ? '…' : '') + line.slice(at, end).trim() + (end < line.length ? '…' : '');
}

/**
 * The destination of a Markdown link that runs a command: its arguments' JSON, encodeURIComponent'd (what VS Code
 * decodes a command link's query with), every command link's one encoding. The parentheses encodeURIComponent leaves
 * are percent-encoded too (the same URI once decoded): a lone one would end the link and leave the rest as Markdown.
 */
export function commandLink(command: string, args: readonly unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args)).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))}`;
}

/** vscode.ViewColumn.Active: a card's link opens in the card's own editor group, which takes the focus. */
const ACTIVE_COLUMN = -1;

/** A link that opens a span in its article, selected (the client's openLocation command). */
export function openLink(article: Article, span: Span): string {
  return commandLink(MARKDOWN_COMMANDS.openLocation, [locationOf(article, span), ACTIVE_COLUMN]);
}

/** One collator for the views' sorts of names and subjects (String.localeCompare builds one per call: most of a first request's time at 10,000 articles). */
export const BY_TEXT = new Intl.Collator('en');
