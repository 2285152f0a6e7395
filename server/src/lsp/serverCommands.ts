// Commands the client runs on the server: they record the user's decisions in the workspace sidecar, then re-index.
import { addDismissal, EMPTY_DISMISSED, serializeDismissed } from '../analysis/conflicts/dismissed';
import { NO_DECISIONS, type IdentityDecisions } from '../analysis/identity/decisions';
import { type ArticleSidecar, EMPTY_ARTICLE_SIDECAR, isIsoDate, serializeArticleSidecar } from '../analysis/sidecar';
import { NO_STORY_DECISIONS, serializeStoryDecisions } from '../analysis/stories/decisions';
import { SERVER_COMMANDS, type ServerCommandResult } from '../protocol';
import { updateSidecar } from './sidecars';
import { type ArticleWorkspace, type Folder, normalizeUri } from './workspace';


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
      const [uri, isArticle] = args as [string, boolean | null];
      const { relative, folder } = await setArticleEntry(ws, uri, 'articles', isArticle);
      return { folder, message: isArticle === null ? `${relative}: back to automatic detection` : `${relative} is ${isArticle ? '' : 'not '}treated as an article` };
    }
    case SERVER_COMMANDS.setArticleDate: {
      const [uri, date] = args as [string, string | null];
      if (date !== null && !isIsoDate(date)) throw new Error(`"${date}" is not a date written YYYY-MM-DD`);
      const { relative, folder } = await setArticleEntry(ws, uri, 'dates', date);
      return { folder, message: date === null ? `${relative}: article date from the text again` : `${relative} is dated ${date}` };
    }
    case SERVER_COMMANDS.sameEntity:
    case SERVER_COMMANDS.notSameEntity: {
      const [uri, a, b] = args as [string, string, string];
      const field = command === SERVER_COMMANDS.sameEntity ? 'same' : 'different';
      const folder = folderFor(ws, uri);
      await updateSidecar(folder.path, 'identity', NO_DECISIONS, (current) => {
        const next: IdentityDecisions = { same: [...current.same], different: [...current.different] };
        next[field] = [...next[field].filter((pair) => !(pair.includes(a) && pair.includes(b))), [a, b]];
        // A new decision replaces an opposite one about the same two entities.
        const opposite = field === 'same' ? 'different' : 'same';
        next[opposite] = next[opposite].filter((pair) => !(pair.includes(a) && pair.includes(b)));
        return JSON.stringify(next, null, 2) + '\n';
      });
      return { folder, message: field === 'same' ? `${a} and ${b} are now one entity` : `${a} and ${b} are kept apart` };
    }
    case SERVER_COMMANDS.dismissConflict: {
      const [id, reason] = args as [string, string];
      const conflict = ws.corpus.conflicts.all().find((c) => c.id === id);
      if (!conflict) throw new Error('That conflict is no longer reported; nothing to dismiss.');
      const folder = folderFor(ws, conflict.a.docId);
      await updateSidecar(folder.path, 'dismissed', EMPTY_DISMISSED, (current) =>
        serializeDismissed(addDismissal(current, conflict, reason, new Date().toISOString())));
      return { folder, message: `Dismissed: ${conflict.attribute} (${reason})` };
    }
    case SERVER_COMMANDS.moveArticleToStory:
    case SERVER_COMMANDS.splitArticleIntoOwnStory: {
      // Moving takes an article of the target story; the article then follows that one's story.
      const [uri, target] = args as [string, string | undefined];
      const folder = folderFor(ws, uri);
      const relative = ws.relativePath(normalizeUri(uri));
      const moving = command === SERVER_COMMANDS.moveArticleToStory;
      if (moving && (typeof target !== 'string' || folderFor(ws, target) !== folder)) throw new Error('Pick an article of the story to move to, in the same workspace folder.');
      const targetRelative = moving ? ws.relativePath(normalizeUri(target!)) : undefined;
      await updateSidecar(folder.path, 'stories', NO_STORY_DECISIONS, (current) => {
        const next = { with: new Map(current.with), alone: new Set(current.alone) };
        next.with.delete(relative);
        next.alone.delete(relative);
        if (targetRelative === undefined) next.alone.add(relative);
        else next.with.set(relative, targetRelative);
        return serializeStoryDecisions(next);
      });
      return { folder, message: targetRelative === undefined ? `${relative} is now a story of its own` : `${relative} moved to the story of ${targetRelative}` };
    }
    default:
      throw new Error(`Unknown command ${command}`);
  }
}

/** Sets (or, with null, removes) one article's entry in `.crosscheck/articles.json`. */
async function setArticleEntry<F extends keyof ArticleSidecar>(ws: ArticleWorkspace, uri: string, field: F, value: ArticleSidecar[F][string] | null): Promise<{ relative: string; folder: Folder }> {
  const relative = ws.relativePath(normalizeUri(uri));
  const folder = folderFor(ws, uri);
  await updateSidecar(folder.path, 'articles', EMPTY_ARTICLE_SIDECAR, (current) => {
    const entries = { ...current[field] } as Record<string, ArticleSidecar[F][string]>;
    if (value === null) delete entries[relative];
    else entries[relative] = value;
    return serializeArticleSidecar({ ...current, [field]: entries });
  });
  return { relative, folder };
}

function folderFor(ws: ArticleWorkspace, uri: string): Folder {
  const folder = ws.folderOf(normalizeUri(uri));
  if (!folder) throw new Error('This file is outside the workspace folders, so there is no .crosscheck folder to record the decision in.');
  return folder;
}
