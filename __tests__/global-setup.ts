import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Testing } from '../cdk';
import { ENVIRONMENTS } from '../config/environments';
import { FailoverStack } from '../stacks/failover-stack';
import { DEFAULT_STACKS_ENV, defaultStackFile } from './default-stacks';

/**
 * Synthesizes every default environment once for the whole run, in the two
 * forms suites read (default-stacks.ts), into a temporary folder that the
 * workers find through the environment.
 */
export default function globalSetup(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fk-defaults-'));
  try {
    for (const config of ENVIRONMENTS) {
      const synthesized = Testing.synth(new FailoverStack(Testing.app(), config), true);
      fs.writeFileSync(path.join(dir, defaultStackFile(config.name, 'synth')), synthesized);
      const policy = JSON.stringify(new FailoverStack(Testing.app(), config).toTerraform());
      fs.writeFileSync(path.join(dir, defaultStackFile(config.name, 'policy')), policy);
    }
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  process.env[DEFAULT_STACKS_ENV] = dir;
}
