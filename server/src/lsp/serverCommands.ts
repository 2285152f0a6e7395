// Commands the client runs on the server: they record the user's decisions in the workspace sidecar, then re-index.
// Arguments are checked before anything is written; what the sidecar held besides the decision is kept.
import { addDismissal, EMPTY_DISMISSED } from '../analysis/conflicts/dismissed';
import { NO_DECISIONS } from '../analysis/identity/decisions';
import { isPlainObject } from '../analysis/jsonObject';
import { EMPTY_ARTICLE_SIDECAR, isIsoDate } from '../analysis/sidecar';
import { ENTITY_TYPES } from '../analysis/types';
import { NO_STORY_DECISIONS, storyDecisionFields } from '../analysis/stories/decisions';
import { SERVER_COMMANDS, type ServerCommandResult } from '../protocol';
import { updateSidecar } from '../node/sidecars';
import { type ArticleWorkspace, filePathOf, type Folder, normalizeUri } from './workspace';

const MAX_REASON_LENGTH = 1000;

/** Runs one command; errors come back to the client as a message for the user, and nothing is half-written. */
export async function runServerCommand(
  ws: ArticleWorkspace,
  command: string,
  args: unknown[],
  sidecarWritten: (folder: Folder) => Promise<void>,
): Promise<ServerCommandResult> {
  try {
    const { message, folder } = await dispatch(ws, command, args);
    await sidecarWritten(folder);
    return { ok: true, message };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
}

async function dispatch(ws: ArticleWorkspace, command: string, args: unknown[]): Promise<{ message: string; folder: Folder }> {
  switch (command) {
    case SERVER_COMMANDS.setArticleStatus: {
      const [uri, isArticle] = [fileUri(args[0]), args[1]];
      if (isArticle !== true && isArticle !== false && isArticle !== null) throw new Error('The second argument must be true, false or null.');
      const { relative, folder } = await setArticleEntry(ws, uri, 'articles', isArticle);
      return { folder, message: isArticle === null ? `${relative}: back to automatic detection` : `${relative} is ${isArticle ? '' : 'not '}treated as an article` };
    }
    case SERVER_COMMANDS.setArticleDate: {
      const [uri, date] = [fileUri(args[0]), args[1]];
      if (date !== null && (typeof date !== 'string' || !isIsoDate(date))) throw new Error(`${shown(date)} is not a date written YYYY-MM-DD`);
      const { relative, folder } = await setArticleEntry(ws, uri, 'dates', date);
      return { folder, message: date === null ? `${relative}: article date from the text again` : `${relative} is dated ${date}` };
    }
    case SERVER_COMMANDS.sameEntity:
    case SERVER_COMMANDS.notSameEntity: {
      const [uri, a, b] = [fileUri(args[0]), entityId(args[1]), entityId(args[2])];
      if (a === b) throw new Error('Choose two different entities.');
      const field = command === SERVER_COMMANDS.sameEntity ? 'same' : 'different';
      const opposite = field === 'same' ? 'different' : 'same';
      const folder = folderFor(ws, uri);
      const aboutBoth = (group: string[]) => group.includes(a) && group.includes(b);
      await updateSidecar(folder.path, 'identity', NO_DECISIONS, (raw, current) => ({
        ...raw,
        // A new decision replaces an earlier or opposite one about the same two entities.
        [field]: [...current[field].filter((group) => !aboutBoth(group)), [a, b]],
        [opposite]: current[opposite].filter((group) => !aboutBoth(group)),
      }));
      return { folder, message: field === 'same' ? `${a} and ${b} are now one entity` : `${a} and ${b} are kept apart` };
    }
    case SERVER_COMMANDS.dismissConflict: {
      const [id, reason] = args;
      if (typeof id !== 'string' || id === '') throw new Error('The first argument must be a conflict id.');
      if (typeof reason !== 'string' || reason.length > MAX_REASON_LENGTH) throw new Error(`The reason must be text of at most ${MAX_REASON_LENGTH} characters.`);
      const conflict = ws.corpus.conflicts.all().find((c) => c.id === id);
      if (!conflict) throw new Error('That conflict is no longer reported; nothing to dismiss.');
      const folder = folderFor(ws, conflict.a.docId);
      const [entry] = addDismissal(EMPTY_DISMISSED, conflict, reason, new Date().toISOString()).dismissed;
      await updateSidecar(folder.path, 'dismissed', EMPTY_DISMISSED, (raw) => {
        // Entries are kept as written (fields this version does not know included); one about the same conflict is replaced.
        const kept = Array.isArray(raw.dismissed) ? raw.dismissed.filter((e: unknown) => !(isPlainObject(e) && e.id === id)) : [];
        return { version: 1, ...raw, dismissed: [...kept, entry] };
      });
      return { folder, message: `Dismissed: ${conflict.attribute} (${reason})` };
    }
    case SERVER_COMMANDS.moveArticleToStory:
    case SERVER_COMMANDS.splitArticleIntoOwnStory: {
      // Moving takes an article of the target story; the article then follows that one's story.
      const [uri, target] = args;
      if (typeof uri !== 'string' || uri === '') throw new Error('The first argument must be the URI of an article.');
      const folder = folderFor(ws, uri);
      const relative = ws.relativePath(normalizeUri(uri));
      const moving = command === SERVER_COMMANDS.moveArticleToStory;
      if (moving && (typeof target !== 'string' || folderFor(ws, target) !== folder)) throw new Error('Pick an article of the story to move to, in the same workspace folder.');
      const targetRelative = moving ? ws.relativePath(normalizeUri(target as string)) : undefined;
      await updateSidecar(folder.path, 'stories', NO_STORY_DECISIONS, (raw, current) => {
        const next = { with: new Map(current.with), alone: new Set(current.alone) };
        next.with.delete(relative);
        next.alone.delete(relative);
        if (targetRelative === undefined) next.alone.add(relative);
        else next.with.set(relative, targetRelative);
        return { ...raw, ...storyDecisionFields(next) };
      });
      return { folder, message: targetRelative === undefined ? `${relative} is now a story of its own` : `${relative} moved to the story of ${targetRelative}` };
    }
    default:
      throw new Error(`Unknown command ${command}`);
  }
}

/** Sets (or, with null, removes) one article's entry in `.crosscheck/articles.json`, keeping every other key. */
async function setArticleEntry(ws: ArticleWorkspace, uri: string, field: 'articles' | 'dates', value: boolean | string | null): Promise<{ relative: string; folder: Folder }> {
  const folder = folderFor(ws, uri);
  const relative = ws.relativePath(uri);
  await updateSidecar(folder.path, 'articles', EMPTY_ARTICLE_SIDECAR, (raw) => {
    const entries = new Map(Object.entries(isPlainObject(raw[field]) ? raw[field] : {}));
    if (value === null) entries.delete(relative);
    else entries.set(relative, value);
    return { ...raw, [field]: Object.fromEntries([...entries].sort(([x], [y]) => (x < y ? -1 : 1))) };
  });
  return { relative, folder };
}

function fileUri(value: unknown): string {
  if (typeof value !== 'string' || filePathOf(value) === undefined) throw new Error('The first argument must be the file: URI of a file in the workspace.');
  return normalizeUri(value);
}

function entityId(value: unknown): string {
  const type = typeof value === 'string' ? value.slice(0, value.indexOf(':')) : '';
  if (typeof value !== 'string' || !(ENTITY_TYPES as readonly string[]).includes(type) || value.length <= type.length + 1) {
    throw new Error(`${shown(value)} is not an entity id like "person:xi jinping".`);
  }
  return value;
}

/** An argument in a message, cut short: it came from a client and may be anything. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function folderFor(ws: ArticleWorkspace, uri: string): Folder {
  const folder = ws.folderOf(uri);
  if (!folder) throw new Error('This file is outside the workspace folders, so there is no .crosscheck folder to record the decision in.');
  return folder;
}
