// What the client does when the server process dies: restart it, a few times at most within a few minutes, and say so in the log.
import { CloseAction, type ErrorHandler, ErrorAction } from 'vscode-languageclient/node';
import { MAX_RESTARTS, RestartWindow, WINDOW_MS } from './restartWindow';

export function restartingErrorHandler(log: (line: string) => void): ErrorHandler {
  const restarts = new RestartWindow();
  return {
    // Messages that fail because the process just died must not shut the client down (the default does after three),
    // or the close that follows cannot restart it: a dead process always ends in `closed`, which decides.
    error: (error, _message, count) => {
      log(`Sending to or reading from the server failed (${error.message}); ${count ?? 1} error(s) in a row.`);
      return { action: ErrorAction.Continue, handled: true };
    },
    closed: () => {
      const count = restarts.admit(Date.now());
      if (count === undefined) {
        log(`The server stopped ${MAX_RESTARTS + 1} times within ${WINDOW_MS / 60_000} minutes; it is not restarted again.`);
        return { action: CloseAction.DoNotRestart, message: `The Crosscheck server stopped ${MAX_RESTARTS + 1} times in a few minutes and was not restarted. Run "Crosscheck: Restart Language Server" after checking the log.` };
      }
      log(`The server stopped unexpectedly; restarting it (${count} of ${MAX_RESTARTS} within ${WINDOW_MS / 60_000} minutes) and re-indexing.`);
      return { action: CloseAction.Restart, handled: true };
    },
  };
}
