import { App } from 'cdktf';
import { ENVIRONMENTS } from './config/environments';
import { selectEnvironments } from './config/select-environments';
import { ConfigError } from './constructs/problems';
import { FailoverStack } from './stacks/failover-stack';

/**
 * One stack per environment; FAILOVER_KIT_ENVIRONMENTS=staging,... limits the
 * run. Every stack is built (and so validated) before anything is written, so
 * a rejected config leaves cdktf.out as it was.
 */
function main(): void {
  const app = new App();
  const environments = selectEnvironments(ENVIRONMENTS, process.env.FAILOVER_KIT_ENVIRONMENTS);
  ConfigError.collect(environments.map((config) => () => { new FailoverStack(app, config); }));
  app.synth();
}

try {
  main();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  process.stderr.write(`${err.message}\nNothing was synthesized.\n`);
  process.exitCode = 1;
}
