import { App } from 'cdktf';
import * as fs from 'node:fs';
import { ENVIRONMENTS } from './config/environments';
import { selectEnvironments } from './config/select-environments';
import { ConfigError } from './constructs/problems';
import { FailoverStack } from './stacks/failover-stack';

/**
 * One stack per environment; FAILOVER_KIT_ENVIRONMENTS=staging,... limits the
 * run. Every stack is built (and so validated) before anything is written, so
 * a rejected config leaves the output folder as it was.
 */
function main(): void {
  const outdir = process.env.CDKTF_OUTDIR ?? 'cdktf.out';
  const outdirExisted = fs.existsSync(outdir);
  // The App creates its output folder as soon as it exists.
  const app = new App({ outdir });
  try {
    const environments = selectEnvironments(ENVIRONMENTS, process.env.FAILOVER_KIT_ENVIRONMENTS);
    ConfigError.collect(environments.map((config) => () => { new FailoverStack(app, config); }));
  } catch (err) {
    if (!outdirExisted) fs.rmSync(outdir, { recursive: true, force: true });
    throw err;
  }
  app.synth();
}

try {
  main();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  process.stderr.write(`${err.message}\nNothing was synthesized.\n`);
  process.exitCode = 1;
}
