import { ENVIRONMENTS } from './config/environments';
import { selectEnvironments, withDrill } from './config/select-environments';
import { ConfigError } from './constructs/problems';
import { describeBudget } from './constructs/recovery-budget';
import { PolicyError } from './policy/rules';
import { synthesizeEnvironments } from './stacks/synthesize-environments';

/**
 * One stack per environment into CDKTF_OUTDIR (cdktf.out by default);
 * FAILOVER_KIT_ENVIRONMENTS=staging,... limits the run and
 * FAILOVER_KIT_DRILL=<environment>/<region> starts a failover drill. Each
 * environment's recovery budget is printed. A rejected
 * configuration or a policy violation prints every problem, exits 1 and
 * writes nothing.
 */
try {
  const selected = selectEnvironments(ENVIRONMENTS, process.env.FAILOVER_KIT_ENVIRONMENTS);
  const environments = withDrill(selected, process.env.FAILOVER_KIT_DRILL);
  for (const stack of synthesizeEnvironments(environments, process.env.CDKTF_OUTDIR ?? 'cdktf.out')) {
    const drill = stack.drManifest.drill_region ? ` DRILL: ${stack.drManifest.drill_region} forced unhealthy.` : '';
    process.stdout.write(`${stack.node.id}: ${describeBudget(stack.recoveryBudget)}.${drill}\n`);
  }
} catch (err) {
  if (!(err instanceof ConfigError || err instanceof PolicyError)) throw err;
  process.stderr.write(`${err.message}\nNothing was synthesized.\n`);
  process.exitCode = 1;
}
