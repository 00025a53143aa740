// Fails when a generated file is stale: runs `npm run codegen` and asks git whether anything changed.
// CI runs it on a clean clone; locally it also leaves the fresh files in place for you to commit.
import { spawnSync } from 'node:child_process';
import { projectRoot } from '../server/config.js';

const generatedPaths = ['schema/generated', 'server/generated', 'explorer/src/generated'];

const codegen = spawnSync('npm', ['run', '--silent', 'codegen'], { cwd: projectRoot, stdio: 'inherit' });
if (codegen.status !== 0) process.exit(codegen.status ?? 1);

const status = spawnSync('git', ['status', '--porcelain', '--', ...generatedPaths], {
  cwd: projectRoot,
  encoding: 'utf8',
});
if (status.status !== 0) {
  console.error(`git status failed: ${status.stderr}`);
  process.exit(1);
}
if (status.stdout.trim() !== '') {
  console.error(`Generated files are stale:\n${status.stdout}Run \`npm run codegen\` and commit the result.`);
  process.exit(1);
}
console.log('generated files are up to date');
