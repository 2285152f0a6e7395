// How often the client restarts a server that keeps dying: at most a few times within a sliding window of minutes, so
// a server that crashes on every start (a corrupt index, an article it cannot read) is not restarted for ever.
export const MAX_RESTARTS = 4;
export const WINDOW_MS = 3 * 60_000;

export class RestartWindow {
  /** When each restart within the window happened, oldest first. */
  private readonly restarts: number[] = [];

  /** A restart at `now`: how many the window holds with it, or undefined (and nothing recorded) when it is full. */
  admit(now: number): number | undefined {
    while (this.restarts.length > 0 && now - this.restarts[0] > WINDOW_MS) this.restarts.shift();
    if (this.restarts.length >= MAX_RESTARTS) return undefined;
    return this.restarts.push(now);
  }
}
