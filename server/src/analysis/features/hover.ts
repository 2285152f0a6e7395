// Hover cards: for a name, the entity across the corpus; for a date, what it resolves to and who else mentions that day.
import type { Hover, Position } from 'vscode-languageserver-types';
import { MARKDOWN_COMMANDS } from '../../protocol';
import type { Article, Corpus } from '../corpus';
import { formatDateValue } from '../dates/format';
import type { EntityRecord } from '../identity/entityIndex';
import type { DateMention } from '../types';
import { claimsAbout } from './claimsAbout';
import { coMentioned } from './coMentions';
import { escapeMarkdown } from '../escapeMarkdown';
import { type Cancellation, commandLink, fileName, lineExcerpt, offsetOf, openLink, rangeOf } from './shared';

const MAX_ARTICLES = 8;
const MAX_COMENTIONS = 5;
const MAX_CLAIMS = 4;
const MAX_ROLES = 6;
/** Other written forms listed (most used first): a name written a hundred ways would fill the card. */
const MAX_ALIASES = 8;
const MAX_ROLE_SOURCES = 3;
const MAX_SAMPLED_ARTICLES = 100;

export function hover(corpus: Corpus, uri: string, position: Position, token: Cancellation): Hover | null {
  const article = corpus.get(uri);
  if (!article || token.isCancellationRequested) return null;
  const offset = offsetOf(article, position);
  const found = corpus.mentionAt(article, offset);
  if (found) {
    const entity = corpus.entityOfMention(article, found.mention);
    if (!entity) return null;
    return { contents: { kind: 'markdown', value: cachedCard(corpus, entity) }, range: rangeOf(article, found.mention) };
  }
  const date = article.analysis.dates.find((d) => d.start <= offset && offset <= d.end);
  if (date) return { contents: { kind: 'markdown', value: dateCard(corpus, article, date) }, range: rangeOf(article, date) };
  return null;
}

/**
 * Cards already made, until the corpus next changes: hovering along a line asks for the same few entities again and
 * again, and a widely mentioned one's card reads hundreds of articles. A rebuilt record (new decisions) is a new card.
 */
const cards = new WeakMap<Corpus, { version: number; byId: Map<string, { record: EntityRecord; value: string }> }>();

function cachedCard(corpus: Corpus, entity: EntityRecord): string {
  let kept = cards.get(corpus);
  if (kept?.version !== corpus.version) cards.set(corpus, (kept = { version: corpus.version, byId: new Map() }));
  const card = kept.byId.get(entity.id);
  if (card?.record === entity) return card.value;
  const value = entityCard(corpus, entity);
  kept.byId.set(entity.id, { record: entity, value });
  return value;
}

function entityCard(corpus: Corpus, entity: EntityRecord): string {
  const articles = corpus.articlesOf(entity);
  const lines = [`**${escapeMarkdown(entity.name)}** · ${entity.type}`, ''];
  if (entity.roles.length > 0) {
    const roles = entity.roles.slice(0, MAX_ROLES).map((r) => {
      const docs = r.docs.slice(0, MAX_ROLE_SOURCES).map((d) => escapeMarkdown(shortName(d)));
      return `${escapeMarkdown(r.role)} (${docs.join(', ')}${r.docs.length > MAX_ROLE_SOURCES ? ` +${r.docs.length - MAX_ROLE_SOURCES}` : ''})`;
    });
    lines.push(`*Roles:* ${roles.join(' · ')}`, '');
  }
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  if (aliases.length > 0) {
    const more = aliases.length > MAX_ALIASES ? ` and ${aliases.length - MAX_ALIASES} more` : '';
    lines.push(`*Also:* ${aliases.slice(0, MAX_ALIASES).map((a) => `“${escapeMarkdown(a)}”`).join(', ')}${more}`, '');
  }
  const n = articles.length;
  const timelineLink = commandLink(MARKDOWN_COMMANDS.showEntityTimeline, [entity.id]);
  lines.push(`**Mentioned in ${n} article${n === 1 ? '' : 's'}** (${entity.mentionCount} mention${entity.mentionCount === 1 ? '' : 's'}) · [Timeline](${timelineLink})`, '');
  for (const { article, count, first } of articles.slice(0, MAX_ARTICLES)) {
    const date = article.analysis.referenceDate ? ` ${article.analysis.referenceDate.value}` : '';
    lines.push(`- [${escapeMarkdown(fileName(article.uri))}](${openLink(article, first)})${date} · ${count}× · ${escapeMarkdown(lineExcerpt(article, first, 70))}`);
  }
  if (n > MAX_ARTICLES) lines.push(`- … and ${n - MAX_ARTICLES} more (Find All References)`);
  // Co-mentions and claims are read from the latest articles only, so a card costs the same in a huge corpus.
  const recent = articles.slice(-MAX_SAMPLED_ARTICLES).map((a) => a.article);
  const others = coMentioned(corpus, entity, recent, MAX_COMENTIONS);
  if (others.length > 0) {
    const scope = n > MAX_SAMPLED_ARTICLES ? ` (in the latest ${MAX_SAMPLED_ARTICLES} articles)` : '';
    lines.push('', `*Often with${scope}:* ${others.map((o) => `${escapeMarkdown(o.name)} (${o.articles})`).join(' · ')}`);
  }
  const claims = claimsAbout(entity, recent);
  if (claims.length > 0) {
    lines.push('', '*Claims:*', ...claims.slice(0, MAX_CLAIMS).map(({ article, claim }) =>
      `- ${escapeMarkdown(claim.attribute)}: [“${escapeMarkdown(claim.text)}”](${openLink(article, claim)}) (${escapeMarkdown(shortName(article.uri))})`));
  }
  return lines.join('\n');
}

function dateCard(corpus: Corpus, article: Article, date: DateMention): string {
  const lines = [date.value ? `**${escapeMarkdown(formatDateValue(date.value))}** · ${date.kind}` : `**Unresolved** · ${date.kind}`, ''];
  if (date.derivation) lines.push(escapeMarkdown(date.derivation), '');
  if (date.value && date.granularity === 'day') {
    const others = corpus.articlesOnDay(date.value).filter((other) => other !== article);
    const sameDay = others.slice(0, MAX_ARTICLES).map((other) => {
      const hit = other.analysis.dates.find((d) => d.value === date.value && d.granularity === 'day') as DateMention;
      return `- [${escapeMarkdown(fileName(other.uri))}](${openLink(other, hit)}) · ${escapeMarkdown(lineExcerpt(other, hit, 70))}`;
    });
    if (sameDay.length > 0) lines.push(`*Also on this day:* ${others.length} article${others.length === 1 ? '' : 's'}`, '', ...sameDay);
  }
  return lines.join('\n');
}

function shortName(uri: string): string {
  return fileName(uri).replace(/\.txt$/i, '');
}
