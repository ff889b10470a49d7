import { Problems, ProblemContext } from './problems';

/** The settings that decide how fast DNS moves traffic away from a dead region. */
export interface RecoveryBudgetInputs {
  /** Route 53 probe interval (10 or 30 s). */
  readonly dnsRequestIntervalSeconds: number;
  /** Consecutive failed probes before Route 53 calls a region unhealthy. */
  readonly dnsFailureThreshold: number;
  /** TTL of the failover address records: how long resolvers may keep the old answer. */
  readonly ttlSeconds: number;
  /** Time for the data-tier alarms to fire and Route 53 to see it; absent when data-tier awareness is off. */
  readonly dataEvaluationSeconds?: number;
  readonly consistencyMode: 'EVENTUAL' | 'STRONG';
}

/** Worst-case recovery time (RTO) and the data-loss statement (RPO) of one environment. */
export interface RecoveryBudget {
  /** Route 53 probe interval × failure threshold. */
  readonly detectionSeconds: number;
  readonly ttlSeconds: number;
  /** Data-tier alarm evaluation, when data-tier awareness is on. */
  readonly dataEvaluationSeconds?: number;
  /** detection + TTL (+ data evaluation): the longest a client can be sent to a dead region. */
  readonly worstCaseSeconds: number;
  readonly rpo: string;
}

/**
 * Computes the worst-case DNS failover time: Route 53 needs `interval ×
 * threshold` to call a region unhealthy, resolvers may serve the old answer
 * for one more TTL, and with data-tier awareness the data alarms need their
 * own evaluation time first. Adding all three is the upper bound an SRE can
 * promise; most failovers finish sooner.
 */
export function recoveryBudget(inputs: RecoveryBudgetInputs): RecoveryBudget {
  const detectionSeconds = inputs.dnsRequestIntervalSeconds * inputs.dnsFailureThreshold;
  const worstCaseSeconds = detectionSeconds + inputs.ttlSeconds + (inputs.dataEvaluationSeconds ?? 0);
  const rpo =
    inputs.consistencyMode === 'STRONG'
      ? 'zero: multi-Region strong consistency acknowledges a write only once it is durable in a second region'
      : 'seconds: replication is asynchronous (see the ReplicationLatency metric); writes not yet replicated when a ' +
        'region is lost may be lost, and concurrent writes to one item resolve last-writer-wins';
  return {
    detectionSeconds,
    ttlSeconds: inputs.ttlSeconds,
    dataEvaluationSeconds: inputs.dataEvaluationSeconds,
    worstCaseSeconds,
    rpo,
  };
}

/** One line for people: `worst-case failover 60 s = 30 s detection + 30 s TTL; RPO: ...`. */
export function describeBudget(budget: RecoveryBudget): string {
  const parts = [`${budget.detectionSeconds} s detection`, `${budget.ttlSeconds} s TTL`];
  if (budget.dataEvaluationSeconds !== undefined) parts.push(`${budget.dataEvaluationSeconds} s data-tier alarms`);
  return `worst-case failover ${budget.worstCaseSeconds} s = ${parts.join(' + ')}; RPO ${budget.rpo}`;
}

/**
 * Fails when the budget exceeds the recovery time objective, saying which
 * settings to change and what each change would save.
 */
export function checkRecoveryObjective(
  budget: RecoveryBudget,
  inputs: RecoveryBudgetInputs,
  rtoSeconds: number | undefined,
  context: ProblemContext = {},
): void {
  if (rtoSeconds === undefined) return;
  const problems = new Problems(context);
  if (
    !problems.expect(
      Number.isInteger(rtoSeconds) && rtoSeconds > 0,
      'rtoSeconds',
      rtoSeconds,
      'a whole number of seconds above 0',
    )
  ) {
    problems.throwIfAny();
  }
  if (budget.worstCaseSeconds > rtoSeconds) {
    const savings: string[] = [];
    if (inputs.dnsRequestIntervalSeconds === 30) {
      savings.push(`healthCheck.dnsRequestIntervalSeconds 30 -> 10 (saves ${20 * inputs.dnsFailureThreshold} s)`);
    }
    if (inputs.dnsFailureThreshold > 1) {
      savings.push(
        `healthCheck.dnsFailureThreshold ${inputs.dnsFailureThreshold} -> 1 (saves up to ` +
          `${(inputs.dnsFailureThreshold - 1) * inputs.dnsRequestIntervalSeconds} s, at the cost of failing over on one bad probe)`,
      );
    }
    if (inputs.ttlSeconds > 0)
      savings.push(`dns.ttlSeconds ${inputs.ttlSeconds} -> lower (saves up to ${inputs.ttlSeconds} s)`);
    if (inputs.dataEvaluationSeconds !== undefined) {
      savings.push(
        `dataHealth periods/evaluation periods (${inputs.dataEvaluationSeconds} s now), or dataTierAwareHealth: false`,
      );
    }
    problems.add(
      'rtoSeconds',
      rtoSeconds,
      `at least the computed worst case of ${budget.worstCaseSeconds} s (${describeBudget(budget).split(';')[0]}); ` +
        `to meet ${rtoSeconds} s change: ${savings.join('; ') || 'nothing can go lower: raise rtoSeconds'}`,
    );
  }
  problems.throwIfAny();
}
