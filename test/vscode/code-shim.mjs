#!/usr/bin/env node
// Stand-in for a VS Code executable, for @vscode/test-electron's runTests({ vscodeExecutablePath }):
// no desktop VS Code can be downloaded here, so this starts the VS Code server from code-server,
// opens its web workbench in headless Chromium with the extension under development and the
// test runner, relays the extension host's log and exits with the test run's exit code.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import { launchBrowser, requireSetup, startVsCodeServer, workbenchUrl } from './vscode-server.mjs';

const TIMED_OUT = 124;
const testTimeoutMs = Number(process.env.VSCODE_TEST_TIMEOUT_MS || 300000);
// Workbench chatter that is not the tests' output: connection set-up, unreachable marketplace and
// telemetry hosts, account features, the service worker code-server does not serve, shutdown cancellations.
const noise = new RegExp([
  '^Resolv(ing|ed) connection token', '^Creating a socket', '^\\[reconnection-grace-time\\]', '^Updating additional builtin',
  '^\\[Service Worker\\]', 'AgentHost', 'ChatModelSelection', 'AccountPolicyGate', 'ENOTFOUND', 'ERR_NAME_NOT_RESOLVED', '^Canceled',
].join('|'));

const args = process.argv.slice(2);
const option = (name) => args.filter((a) => a.startsWith(`--${name}=`)).map((a) => a.slice(name.length + 3));
const extensionTestsPath = option('extensionTestsPath')[0];
const extensionDevelopmentPaths = option('extensionDevelopmentPath').map((p) => resolve(p));
const folder = args.find((a) => !a.startsWith('-'));
const userDataDir = option('user-data-dir')[0] || mkdtempSync(join(tmpdir(), 'crosscheck-ud-'));
const extensionsDir = option('extensions-dir')[0] || join(userDataDir, 'extensions');

if (!extensionTestsPath) {
  console.error('code-shim: only test runs are supported (missing --extensionTestsPath=...)');
  process.exit(2);
}
requireSetup();

const server = await startVsCodeServer({ dataDir: userDataDir, extensionsDir });
let exitCode = 1;
try {
  const browser = await launchBrowser(join(userDataDir, 'chromium'));
  const page = browser.pages()[0] ?? await browser.newPage();
  exitCode = await new Promise((done) => {
    const timer = setTimeout(() => {
      console.error(`code-shim: the test run did not finish within ${testTimeoutMs} ms (VSCODE_TEST_TIMEOUT_MS)`);
      console.error(`--- VS Code server output ---\n${server.output().slice(-4000)}`);
      done(TIMED_OUT);
    }, testTimeoutMs);
    // The workbench's smoke-test driver reports the extension host's log and exit through these hooks.
    Promise.all([
      page.exposeFunction('codeAutomationLog', (_type, logArgs) => {
        const line = format(...(logArgs ?? []));
        if (!noise.test(line)) console.log(line);
      }),
      page.exposeFunction('codeAutomationExit', (code) => { clearTimeout(timer); done(code); }),
    ]).then(() => page.goto(workbenchUrl(server.origin, {
      folder: folder && resolve(folder), extensionDevelopmentPaths, extensionTestsPath: resolve(extensionTestsPath),
    }))).catch((error) => { clearTimeout(timer); console.error('code-shim:', error.message); done(1); });
  });
  await browser.close();
} catch (error) {
  console.error('code-shim:', error.message);
} finally {
  server.stop();
}
process.exit(exitCode);
