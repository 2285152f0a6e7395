// The bench runs from dist/, where the test client's default server path does not point: name the bundled server.
// Imported before test/util/lspClient, which reads the variable when it loads.
import * as path from 'node:path';

process.env.CROSSCHECK_SERVER ??= path.resolve(__dirname, 'server.js');
