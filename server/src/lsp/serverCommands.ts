// Commands the client runs on the server: they record the user's decisions in the workspace sidecar, then re-index.
import { addDismissal, EMPTY_DISMISSED, serializeDismissed } from '../analysis/conflicts/dismissed';
import { NO_DECISIONS, type IdentityDecisions } from '../analysis/identity/decisions';
import { EMPTY_ARTICLE_SIDECAR, isIsoDate, serializeArticleSidecar } from '../analysis/sidecar';
import { SERVER_COMMANDS, type ServerCommandResult } from '../protocol';
import { updateSidecar } from './sidecars';
import { type ArticleWorkspace, normalizeUri } from './workspace';


type Reindex = () => Promise<void>;

/** Runs one command; errors come back to the client as a message for the user, and nothing is half-written. */
export async function runServerCommand(ws: ArticleWorkspace, command: string, args: unknown[], reindex: Reindex): Promise<ServerCommandResult> {
  try {
    const message = await dispatch(ws, command, args);
    await reindex();
    return { ok: true, message };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
}

async function dispatch(ws: ArticleWorkspace, command: string, args: unknown[]): Promise<string> {
  switch (command) {
    case SERVER_COMMANDS.setArticleStatus: {
      const [uri, isArticle] = args as [string, boolean | null];
      const folder = folderFor(ws, uri);
      const relative = ws.relativePath(normalizeUri(uri));
      await updateSidecar(folder.path, 'articles', EMPTY_ARTICLE_SIDECAR, (current) => {
        const articles = { ...current.articles };
        if (isArticle === null) delete articles[relative];
        else articles[relative] = isArticle;
        return serializeArticleSidecar({ ...current, articles });
      });
      return isArticle === null ? `${relative}: back to automatic detection` : `${relative} is ${isArticle ? '' : 'not '}treated as an article`;
    }
    case SERVER_COMMANDS.setArticleDate: {
      const [uri, date] = args as [string, string | null];
      if (date !== null && !isIsoDate(date)) throw new Error(`"${date}" is not a date written YYYY-MM-DD`);
      const folder = folderFor(ws, uri);
      const relative = ws.relativePath(normalizeUri(uri));
      await updateSidecar(folder.path, 'articles', EMPTY_ARTICLE_SIDECAR, (current) => {
        const dates = { ...current.dates };
        if (date === null) delete dates[relative];
        else dates[relative] = date;
        return serializeArticleSidecar({ ...current, dates });
      });
      return date === null ? `${relative}: article date from the text again` : `${relative} is dated ${date}`;
    }
    case SERVER_COMMANDS.sameEntity:
    case SERVER_COMMANDS.notSameEntity: {
      const [uri, a, b] = args as [string, string, string];
      const field = command === SERVER_COMMANDS.sameEntity ? 'same' : 'different';
      await updateSidecar(folderFor(ws, uri).path, 'identity', NO_DECISIONS, (current) => {
        const next: IdentityDecisions = { same: [...current.same], different: [...current.different] };
        next[field] = [...next[field].filter((pair) => !(pair.includes(a) && pair.includes(b))), [a, b]];
        // A new decision replaces an opposite one about the same two entities.
        const opposite = field === 'same' ? 'different' : 'same';
        next[opposite] = next[opposite].filter((pair) => !(pair.includes(a) && pair.includes(b)));
        return JSON.stringify(next, null, 2) + '\n';
      });
      return field === 'same' ? `${a} and ${b} are now one entity` : `${a} and ${b} are kept apart`;
    }
    case SERVER_COMMANDS.dismissConflict: {
      const [id, reason] = args as [string, string];
      const conflict = ws.corpus.conflicts.all().find((c) => c.id === id);
      if (!conflict) throw new Error('That conflict is no longer reported; nothing to dismiss.');
      const folder = folderFor(ws, conflict.a.docId);
      await updateSidecar(folder.path, 'dismissed', EMPTY_DISMISSED, (current) =>
        serializeDismissed(addDismissal(current, conflict, reason, new Date().toISOString())));
      return `Dismissed: ${conflict.attribute} (${reason})`;
    }
    default:
      throw new Error(`Unknown command ${command}`);
  }
}

function folderFor(ws: ArticleWorkspace, uri: string) {
  const folder = ws.folderOf(normalizeUri(uri));
  if (!folder) throw new Error('This file is outside the workspace folders, so there is no .crosscheck folder to record the decision in.');
  return folder;
}
