// The Markdown the client shows. The server's hover cards are trusted for the commands in MARKDOWN_COMMANDS only, never
// HTML; the views' tooltips are untrusted and escape every name and quote, so an article's text stays text.
import { capitalise } from '../../server/src/analysis/capitalise';
import { escapeMarkdown } from '../../server/src/analysis/escapeMarkdown';
import { type ConflictNode, type EntityNode, MARKDOWN_COMMANDS, type StoryItem } from '../../server/src/protocol';

/** The language client's `markdown` option: what a link in a hover may run. */
export const SERVER_MARKDOWN = { isTrusted: { enabledCommands: Object.values(MARKDOWN_COMMANDS) }, supportHtml: false };

/** Most entities an Entities view tooltip names among the other written forms. */
const TOOLTIP_ALIASES = 8;

export function conflictTooltip(conflict: ConflictNode): string {
  const [a, b] = conflict.sides.map((side) => `- ${escapeMarkdown(side.source)}: “${escapeMarkdown(side.quote)}”`);
  const about = `about ${escapeMarkdown(conflict.subject)} (${escapeMarkdown(conflict.attribute)})${conflict.dismissed ? ', dismissed' : ''}`;
  return `**${escapeMarkdown(capitalise(conflict.kind))}** ${about}\n\n${a}\n${b}\n\nClick to compare side by side.`;
}

export function entityTooltip(entity: EntityNode, description: string): string {
  const aliases = entity.aliases.slice(0, TOOLTIP_ALIASES).map(escapeMarkdown).join(', ');
  return `**${escapeMarkdown(entity.name)}** (${escapeMarkdown(entity.type)})\n\n${escapeMarkdown(description)}${aliases ? `\n\nAlso written: ${aliases}` : ''}`;
}

export function storyTooltip(story: StoryItem, description: string): string {
  return `**${escapeMarkdown(story.title)}**\n\n${escapeMarkdown(description)}`;
}
