// `npm start`: build, then open the sample articles (samples/) with the extension loaded.
// With `code` on PATH that is a VS Code window (extension development host); otherwise the
// VS Code server from code-server (installed by scripts/setup-vscode-test.sh if missing) serves
// the workbench on 127.0.0.1 until Ctrl+C. CROSSCHECK_PORT picks the port (default: a free one).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import {
  cacheDir, missingSetup, repoRoot, requireSetup, setupScript, startVsCodeServer, workbenchUrl,
} from '../test/vscode/vscode-server.mjs';

const samples = join(repoRoot, 'samples');

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: repoRoot });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

run('npm', ['run', 'build']);

if (spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0) {
  run('code', [`--extensionDevelopmentPath=${repoRoot}`, samples]);
  console.log('Opened samples/ in VS Code with the Crosscheck extension loaded.');
} else {
  if (missingSetup().length > 0) {
    console.log('`code` is not on PATH: installing the local VS Code server (code-server) first.');
    run('bash', [setupScript]);
    requireSetup();
  }
  // A profile kept in the cache, so settings and opened editors survive a restart.
  const profile = join(cacheDir, 'start-profile');
  const server = await startVsCodeServer({
    dataDir: profile, extensionsDir: join(profile, 'extensions'), port: Number(process.env.CROSSCHECK_PORT || 0),
  });
  console.log('\nCrosscheck on the sample articles, in VS Code in your browser:\n');
  console.log(`  ${workbenchUrl(server.origin, { folder: samples, extensionDevelopmentPaths: [repoRoot] })}\n`);
  console.log('Press Ctrl+C to stop.');
  process.on('SIGINT', () => { server.stop(); process.exit(0); });
  process.on('SIGTERM', () => { server.stop(); process.exit(0); });
  const code = await server.exited;
  console.error(`The VS Code server stopped (exit ${code}).\n${server.output().slice(-2000)}`);
  process.exit(1);
}
