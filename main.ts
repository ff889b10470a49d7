import { ENVIRONMENTS } from './config/environments';
import { selectEnvironments } from './config/select-environments';
import { ConfigError } from './constructs/problems';
import { PolicyError } from './policy/rules';
import { synthesizeEnvironments } from './stacks/synthesize-environments';

/**
 * One stack per environment into CDKTF_OUTDIR (cdktf.out by default);
 * FAILOVER_KIT_ENVIRONMENTS=staging,... limits the run. A rejected
 * configuration or a policy violation prints every problem, exits 1 and
 * writes nothing.
 */
try {
  const environments = selectEnvironments(ENVIRONMENTS, process.env.FAILOVER_KIT_ENVIRONMENTS);
  synthesizeEnvironments(environments, process.env.CDKTF_OUTDIR ?? 'cdktf.out');
} catch (err) {
  if (!(err instanceof ConfigError || err instanceof PolicyError)) throw err;
  process.stderr.write(`${err.message}\nNothing was synthesized.\n`);
  process.exitCode = 1;
}
