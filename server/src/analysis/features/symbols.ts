// The outline (document symbols grouped by type) and Ctrl+T (workspace symbols by name and alias).
import { type DocumentSymbol, SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import { capitalise } from '../capitalise';
import type { Corpus } from '../corpus';
import type { EntityType } from '../types';
import { type Cancellation, locationOf, rangeOf } from './shared';

// SymbolKinds only pick the outline's icon (VS Code has no person or place icon for symbols): a purple cube for
// people, the class hierarchy for organisations, a blue field for places, the event bolt for dates.
const KIND_OF_TYPE: Record<EntityType, SymbolKind> = {
  person: SymbolKind.Constructor,
  organization: SymbolKind.Class,
  place: SymbolKind.Field,
  event: SymbolKind.Event,
  law: SymbolKind.Interface,
  work: SymbolKind.String,
  group: SymbolKind.Struct,
  other: SymbolKind.Variable,
};

export const PLURAL_OF_TYPE: Record<EntityType, [string, string]> = {
  person: ['person', 'people'],
  organization: ['organisation', 'organisations'],
  place: ['place', 'places'],
  event: ['event', 'events'],
  law: ['law', 'laws'],
  work: ['work', 'works'],
  group: ['group', 'groups'],
  other: ['other name', 'other names'],
};

export function countLabel(count: number, [one, many]: [string, string]): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function documentSymbols(corpus: Corpus, uri: string, token: Cancellation): DocumentSymbol[] | null {
  const article = corpus.get(uri);
  if (!article || token.isCancellationRequested) return null;
  const { analysis } = article;
  const groups = new Map<EntityType, DocumentSymbol[]>();
  for (const chain of analysis.chains) {
    const first = analysis.mentions[chain.mentions[0]];
    const last = analysis.mentions[chain.mentions[chain.mentions.length - 1]];
    const definition = analysis.mentions[chain.definition];
    const detail = [countLabel(chain.mentions.length, ['mention', 'mentions']), ...chain.roles].join(' · ');
    const symbol: DocumentSymbol = {
      name: chain.name,
      detail,
      kind: KIND_OF_TYPE[chain.type],
      range: rangeOf(article, { start: first.start, end: last.end }),
      selectionRange: rangeOf(article, definition),
    };
    groups.set(chain.type, [...(groups.get(chain.type) ?? []), symbol]);
  }
  const symbols: DocumentSymbol[] = [];
  for (const type of Object.keys(KIND_OF_TYPE) as EntityType[]) {
    const children = groups.get(type);
    if (!children) continue;
    const range = { start: children[0].selectionRange.start, end: children[0].selectionRange.end };
    const label = PLURAL_OF_TYPE[type][1];
    symbols.push({ name: capitalise(label), detail: String(children.length), kind: KIND_OF_TYPE[type], range, selectionRange: range, children });
  }
  const dates = analysis.dates.filter((d) => d.kind === 'date' || d.kind === 'time');
  if (dates.length > 0) {
    const children = dates.map((d) => ({ name: d.text, detail: d.value ?? 'unresolved', kind: SymbolKind.Event, range: rangeOf(article, d), selectionRange: rangeOf(article, d) }));
    symbols.push({ name: 'Dates', detail: String(children.length), kind: SymbolKind.Event, range: children[0].range, selectionRange: children[0].range, children });
  }
  return symbols;
}

/** The most symbols one query answers (the editor filters and pages them further); the most used entities first. */
const MAX_WORKSPACE_SYMBOLS = 500;

/**
 * Entities whose name, an alias, or a role and name ("President Xi Jinping" for "President Xi") contains the query's
 * characters in order, the most used first. The symbol is labelled with what matched, so the editor's own filter keeps it.
 */
export function workspaceSymbols(corpus: Corpus, query: string, token: Cancellation): SymbolInformation[] {
  const wanted = query.toLowerCase().replace(/\s+/g, '');
  const result: SymbolInformation[] = [];
  for (const { record: entity, label } of corpus.catalog.search(wanted, MAX_WORKSPACE_SYMBOLS, () => token.isCancellationRequested)) {
    if (token.isCancellationRequested) return [];
    const first = firstMention(corpus, entity.documents);
    if (!first) continue;
    const where = `${entity.type} · ${countLabel(entity.documents.size, ['article', 'articles'])}`;
    result.push({
      name: label,
      kind: KIND_OF_TYPE[entity.type],
      location: locationOf(first.article, first.mention),
      containerName: label === entity.name ? where : `${entity.name} · ${where}`,
    });
  }
  return result;
}

function firstMention(corpus: Corpus, documents: Map<string, number[]>) {
  for (const [uri, chains] of documents) {
    const article = corpus.get(uri);
    const chain = article?.analysis.chains[chains[0]];
    if (article && chain) return { article, mention: article.analysis.mentions[chain.definition] };
  }
  return undefined;
}
