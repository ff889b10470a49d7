import {
  checkRecoveryObjective,
  describeBudget,
  recoveryBudget,
  RecoveryBudgetInputs,
} from '../constructs/recovery-budget';
import { problemsOf } from './synth';

const fast: RecoveryBudgetInputs = {
  dnsRequestIntervalSeconds: 10,
  dnsFailureThreshold: 3,
  ttlSeconds: 60,
  consistencyMode: 'EVENTUAL',
};

describe('recoveryBudget', () => {
  test('HTTP-only: interval x threshold + TTL', () => {
    // 10 s x 3 probes + 60 s TTL
    expect(recoveryBudget(fast)).toMatchObject({ detectionSeconds: 30, ttlSeconds: 60, worstCaseSeconds: 90 });
    // 30 s x 5 probes + 30 s TTL
    expect(
      recoveryBudget({ ...fast, dnsRequestIntervalSeconds: 30, dnsFailureThreshold: 5, ttlSeconds: 30 })
        .worstCaseSeconds,
    ).toBe(180);
  });

  test('data-tier awareness adds the alarm evaluation time', () => {
    // 10 x 3 + 60 + 180
    const budget = recoveryBudget({ ...fast, dataEvaluationSeconds: 180 });
    expect(budget.worstCaseSeconds).toBe(270);
    expect(describeBudget(budget)).toBe(
      `worst-case failover 270 s = 30 s detection + 60 s TTL + 180 s data-tier alarms; RPO ${budget.rpo}`,
    );
  });

  test('states the RPO of the consistency mode', () => {
    expect(recoveryBudget(fast).rpo).toMatch(/^seconds: replication is asynchronous.*last-writer-wins/);
    expect(recoveryBudget({ ...fast, consistencyMode: 'STRONG' }).rpo).toMatch(/^zero/);
  });
});

describe('checkRecoveryObjective', () => {
  test('passes when the budget fits, or when there is no objective', () => {
    const budget = recoveryBudget(fast);
    expect(() => checkRecoveryObjective(budget, fast, 90)).not.toThrow();
    expect(() => checkRecoveryObjective(budget, fast, undefined)).not.toThrow();
  });

  test('an unmeetable objective fails, naming the settings to change and what each saves', () => {
    const slow = { ...fast, dnsRequestIntervalSeconds: 30, dataEvaluationSeconds: 180 };
    const [problem] = problemsOf(() =>
      checkRecoveryObjective(recoveryBudget(slow), slow, 120, { environment: 'production' }),
    );
    expect(problem).toMatchObject({ environment: 'production', field: 'rtoSeconds', value: 120 });
    expect(problem.allowed).toContain('at least the computed worst case of 330 s');
    expect(problem.allowed).toContain('healthCheck.dnsRequestIntervalSeconds 30 -> 10 (saves 60 s)');
    expect(problem.allowed).toContain('healthCheck.dnsFailureThreshold 3 -> 1 (saves up to 60 s');
    expect(problem.allowed).toContain('dns.ttlSeconds 60 -> lower (saves up to 60 s)');
    expect(problem.allowed).toContain('dataTierAwareHealth: false');
  });

  test('rejects an objective that is not a positive whole number', () => {
    const [problem] = problemsOf(() => checkRecoveryObjective(recoveryBudget(fast), fast, 0));
    expect(problem).toMatchObject({ field: 'rtoSeconds', allowed: 'a whole number of seconds above 0' });
  });
});
