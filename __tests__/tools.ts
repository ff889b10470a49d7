import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * Tests that need a system tool skip with a printed reason when it is absent,
 * unless FAILOVER_KIT_REQUIRE_TOOLS=1 (set by .ci/run), which turns the
 * absence into a failure.
 */
export const toolsRequired = process.env.FAILOVER_KIT_REQUIRE_TOOLS === '1';

export const TF_OFFLINE = path.resolve(__dirname, '..', '..', 'shared', 'tf-offline', 'bin', 'tf-offline');

/** Whether a command is on PATH. */
export function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/**
 * `test` when the tool is available (or required), otherwise `test.skip`
 * after printing why.
 */
export function testWithTool(available: boolean, reason: string): jest.It {
  if (available || toolsRequired) return test;
  process.stdout.write(`skipping: ${reason} (set FAILOVER_KIT_REQUIRE_TOOLS=1 to fail instead)\n`);
  return test.skip;
}

export const tfOfflineAvailable = hasCommand('terraform') && fs.existsSync(TF_OFFLINE);

/** Runs `tf-offline check` (validate + plan) on synthesized stacks; returns its exit status and output. */
export function tfOfflineCheck(stacks: Record<string, unknown>): { status: number; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fk-tf-'));
  try {
    const dirs = Object.entries(stacks).map(([name, json]) => {
      const stackDir = path.join(dir, name);
      fs.mkdirSync(stackDir);
      fs.writeFileSync(
        path.join(stackDir, 'cdk.tf.json'),
        typeof json === 'string' ? json : JSON.stringify(json, null, 2),
      );
      return stackDir;
    });
    const run = spawnSync(TF_OFFLINE, ['check', ...dirs], { encoding: 'utf8', timeout: 300_000 });
    return { status: run.status ?? -1, output: `${run.stdout}${run.stderr}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `use` with a fresh temporary folder, removed afterwards whatever happens. */
export function withTempDir<T>(use: (dir: string) => T, prefix = 'fk-test-'): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    return use(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
