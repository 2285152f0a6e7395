// One language server over stdio on a fresh copy of a folder of articles (the seeds unless told), for a protocol
// suite's before/after.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LspClient } from './lspClient';

export const SEEDS = path.resolve(__dirname, '..', '..', '..', 'samples', 'seeds');

export interface ServerSession {
  folder: string;
  client: LspClient;
  /** Shuts the server down and removes the folder. */
  close(): Promise<void>;
}

export interface SessionOptions {
  /** The folder copied into the workspace (default the seeds); null starts from an empty folder. */
  from?: string | null;
  /** Writes more files into the folder before the server starts. */
  prepare?: (folder: string) => void;
  /** Node options before the server script (e.g. `--import` a preload). */
  nodeArgs?: string[];
  /** Wait for the first index pass to finish (default true). */
  indexed?: boolean;
}

/** Copies the articles to a new temporary folder (`prefix` names it), starts the server there and initialises it. */
export async function startServer(prefix: string, options: SessionOptions = {}): Promise<ServerSession> {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  const from = options.from === undefined ? SEEDS : options.from;
  if (from !== null) cpSync(from, folder, { recursive: true });
  options.prepare?.(folder);
  const client = new LspClient(folder, options.nodeArgs);
  await client.initialize();
  if (options.indexed !== false) await client.idleAfter(0);
  return {
    folder,
    client,
    async close() {
      await client.shutdown();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
