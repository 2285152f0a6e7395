// Entry point of the bundled server (dist/server.js): `--stdio` for any LSP client, IPC when VS Code starts it.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { AnalysisPool, isAnalysisWorker, runAnalysisWorker } from '../node/analysisPool';
import { startServer } from './server';

// Requests that are replaced as the user moves (hover, highlights, tokens) are answered empty when already cancelled.
const REPLACEABLE = new Set(['textDocument/hover', 'textDocument/documentHighlight', 'textDocument/semanticTokens/full', 'textDocument/inlayHint', 'textDocument/codeLens']);

// A failure in one request must not take the server down with every open editor's features: log it and go on.
process.on('unhandledRejection', (reason) => console.error('Crosscheck: unhandled rejection:', reason));

// The same bundle runs the analysis workers (node/analysisPool): a worker analyses, it starts no server.
if (isAnalysisWorker()) {
  runAnalysisWorker();
} else {
  startServer(createConnection(ProposedFeatures.all, {
    cancelUndispatched: (message) => {
      const request = message as { id?: number | string; method?: string };
      if (request.id !== undefined && request.method && REPLACEABLE.has(request.method)) return { jsonrpc: '2.0', id: request.id, result: null };
      return undefined;
    },
  }), new AnalysisPool(__filename));
}
