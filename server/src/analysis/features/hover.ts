// Hover cards: for a name, the entity across the corpus; for a date, what it resolves to and who else mentions that day.
import type { Hover, Position } from 'vscode-languageserver-types';
import type { Article, Corpus } from '../corpus';
import { formatDateValue } from '../dates/format';
import type { EntityRecord } from '../identity/entityIndex';
import type { DateMention } from '../types';
import { claimsAbout } from './claimsAbout';
import { coMentioned } from './coMentions';
import { type Cancellation, escapeMarkdown, fileName, lineExcerpt, offsetOf, openLink, rangeOf } from './shared';

const MAX_ARTICLES = 8;
const MAX_COMENTIONS = 5;
const MAX_CLAIMS = 4;

export function hover(corpus: Corpus, uri: string, position: Position, token: Cancellation): Hover | null {
  const article = corpus.get(uri);
  if (!article || token.isCancellationRequested) return null;
  const offset = offsetOf(article, position);
  const found = corpus.mentionAt(article, offset);
  if (found) {
    const entity = corpus.entityOfMention(article, found.mention);
    if (!entity) return null;
    return { contents: { kind: 'markdown', value: entityCard(corpus, entity) }, range: rangeOf(article, found.mention) };
  }
  const date = article.analysis.dates.find((d) => d.start <= offset && offset <= d.end);
  if (date) return { contents: { kind: 'markdown', value: dateCard(corpus, article, date) }, range: rangeOf(article, date) };
  return null;
}

function entityCard(corpus: Corpus, entity: EntityRecord): string {
  const mentions = corpus.mentionsOf(entity);
  const perArticle = new Map<Article, typeof mentions>();
  for (const m of mentions) perArticle.set(m.article, [...(perArticle.get(m.article) ?? []), m]);
  const lines = [`**${escapeMarkdown(entity.name)}** · ${entity.type}`, ''];
  if (entity.roles.length > 0) {
    const roles = entity.roles.map((r) => `${escapeMarkdown(r.role)} (${r.docs.map((d) => escapeMarkdown(shortName(d))).join(', ')})`);
    lines.push(`*Roles:* ${roles.join(' · ')}`, '');
  }
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  if (aliases.length > 0) lines.push(`*Also:* ${aliases.map((a) => `“${escapeMarkdown(a)}”`).join(', ')}`, '');
  const n = perArticle.size;
  lines.push(`**Mentioned in ${n} article${n === 1 ? '' : 's'}** (${mentions.length} mention${mentions.length === 1 ? '' : 's'})`, '');
  for (const [article, ms] of [...perArticle].slice(0, MAX_ARTICLES)) {
    const first = ms[0].mention;
    const date = article.analysis.referenceDate ? ` ${article.analysis.referenceDate.value}` : '';
    lines.push(`- [${escapeMarkdown(fileName(article.uri))}](${openLink(article, first)})${date} · ${ms.length}× · ${escapeMarkdown(lineExcerpt(article, first, 70))}`);
  }
  if (n > MAX_ARTICLES) lines.push(`- … and ${n - MAX_ARTICLES} more (Find All References)`);
  const others = coMentioned(corpus, entity, MAX_COMENTIONS);
  if (others.length > 0) {
    lines.push('', `*Often with:* ${others.map((o) => `${escapeMarkdown(o.entity.name)} (${o.articles})`).join(' · ')}`);
  }
  const claims = claimsAbout(corpus, entity);
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
    const sameDay: string[] = [];
    for (const other of corpus.all()) {
      if (other === article) continue;
      const hit = other.analysis.dates.find((d) => d.value === date.value);
      if (hit) sameDay.push(`- [${escapeMarkdown(fileName(other.uri))}](${openLink(other, hit)}) · ${escapeMarkdown(lineExcerpt(other, hit, 70))}`);
    }
    if (sameDay.length > 0) lines.push(`*Also on this day:* ${sameDay.length} article${sameDay.length === 1 ? '' : 's'}`, '', ...sameDay.slice(0, MAX_ARTICLES));
  }
  return lines.join('\n');
}

function shortName(uri: string): string {
  return fileName(uri).replace(/\.txt$/i, '');
}
