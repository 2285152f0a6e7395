#!/usr/bin/env node
// The `crosscheck` command: the bundled CLI, built by `npm run build`.
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('crosscheck: dist/cli.js is missing; run `npm run build` in the Crosscheck folder first.\n');
  process.exit(2);
}
require(cli);
