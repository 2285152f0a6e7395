// What the client does when the server process dies: restart it, a few times at most within a few minutes, and say so in the log.
import { CloseAction, type ErrorHandler, ErrorAction } from 'vscode-languageclient/node';

const MAX_RESTARTS = 4;
const WINDOW_MS = 3 * 60_000;

export function restartingErrorHandler(log: (line: string) => void): ErrorHandler {
  const restarts: number[] = [];
  return {
    // Messages that fail because the process just died must not shut the client down (the default does after three),
    // or the close that follows cannot restart it: a dead process always ends in `closed`, which decides.
    error: (error, _message, count) => {
      log(`Sending to or reading from the server failed (${error.message}); ${count ?? 1} error(s) in a row.`);
      return { action: ErrorAction.Continue, handled: true };
    },
    closed: () => {
      const now = Date.now();
      while (restarts.length > 0 && now - restarts[0] > WINDOW_MS) restarts.shift();
      if (restarts.length >= MAX_RESTARTS) {
        log(`The server stopped ${MAX_RESTARTS + 1} times within ${WINDOW_MS / 60_000} minutes; it is not restarted again.`);
        return { action: CloseAction.DoNotRestart, message: `The Crosscheck server stopped ${MAX_RESTARTS + 1} times in a few minutes and was not restarted. Run "Crosscheck: Restart Language Server" after checking the log.` };
      }
      restarts.push(now);
      log(`The server stopped unexpectedly; restarting it (${restarts.length} of ${MAX_RESTARTS} within ${WINDOW_MS / 60_000} minutes) and re-indexing.`);
      return { action: CloseAction.Restart, handled: true };
    },
  };
}
