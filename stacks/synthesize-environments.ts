import * as fs from 'node:fs';
import * as path from 'node:path';
import { App } from '../cdk';
import { EnvironmentConfig } from '../config/types';
import { ConfigError } from '../constructs/problems';
import { FailoverStack } from './failover-stack';

/** File name of the DR manifest written beside each stack's cdk.tf.json. */
export const DR_MANIFEST_FILE = 'dr-manifest.json';

/**
 * Synthesizes one stack per environment into `outdir`, all or nothing: the
 * app writes into a fresh folder beside `outdir`, and only a synth that
 * passed every validation and policy is moved into place. A rejected
 * configuration therefore leaves `outdir` exactly as it was.
 */
export function synthesizeEnvironments(environments: readonly EnvironmentConfig[], outdir: string): FailoverStack[] {
  const target = path.resolve(outdir);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // Beside the target, so the final moves are renames within one file system.
  const staging = fs.mkdtempSync(path.join(path.dirname(target), `.${path.basename(target)}-`));
  try {
    const app = new App({ outdir: staging });
    const stacks: FailoverStack[] = [];
    ConfigError.collect(
      environments.map((config) => () => {
        stacks.push(new FailoverStack(app, config));
      }),
    );
    app.synth();
    for (const stack of stacks) {
      // The `dr_manifest` output as synthesized, beside the stack for runbooks and tooling;
      // values known only after apply appear as their Terraform expressions.
      const stackDir = path.join(staging, 'stacks', stack.node.id);
      const synthesized = JSON.parse(fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8'));
      fs.writeFileSync(
        path.join(stackDir, DR_MANIFEST_FILE),
        `${JSON.stringify(synthesized.output.dr_manifest.value, null, 2)}\n`,
      );
    }
    publish(staging, target);
    return stacks;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** Moves each synthesized stack folder and the manifest from `staging` into `target`. */
function publish(staging: string, target: string): void {
  fs.mkdirSync(path.join(target, 'stacks'), { recursive: true });
  for (const stack of fs.readdirSync(path.join(staging, 'stacks'))) {
    const destination = path.join(target, 'stacks', stack);
    fs.rmSync(destination, { recursive: true, force: true });
    fs.renameSync(path.join(staging, 'stacks', stack), destination);
  }
  fs.renameSync(path.join(staging, 'manifest.json'), path.join(target, 'manifest.json'));
}
