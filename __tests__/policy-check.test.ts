import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkPolicies, formatViolation, POLICY_RULES, PolicyError, STALE_SUPPRESSION_ID } from '../policy/rules';
import { defaultStack, PERMANENT, resourceOf } from './policy-fixtures';
import { problemsOf } from './synth';

/** Production with two violations: the ALB unprotected (FK-ALB-2) and the table without PITR (FK-DDB-1). */
function brokenProduction(): any {
  const json = defaultStack('production');
  resourceOf(json, 'aws_lb').enable_deletion_protection = false;
  resourceOf(json, 'aws_dynamodb_table').point_in_time_recovery.enabled = false;
  return json;
}

describe('the rule set', () => {
  test('ids are unique, grouped by area, and each rule says what to do', () => {
    const ids = POLICY_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of POLICY_RULES) {
      expect(rule.id).toMatch(/^FK-(DDB|ALB|EC2|NET|IAM|SEC|DR)-\d+$/);
      expect(rule.title.length).toBeGreaterThan(10);
      expect(rule.fix.length).toBeGreaterThan(10);
      expect(rule.resourceTypes.length).toBeGreaterThan(0);
    }
  });

  test('every rule has a passing and a violating case in the rule tests', () => {
    const tests = fs
      .readdirSync(__dirname)
      .filter((f) => /^policy-rules-.*\.test\.ts$/.test(f))
      .map((f) => fs.readFileSync(path.join(__dirname, f), 'utf8'))
      .join('\n');
    for (const { id } of POLICY_RULES) {
      const calls = tests.split(`findings('${id}'`).length - 1;
      expect({ id, calls: calls >= 2 }).toEqual({ id, calls: true });
    }
  });
});

describe('checkPolicies', () => {
  test('both default environments comply', () => {
    expect(checkPolicies(defaultStack('staging'), PERMANENT)).toEqual([]);
    expect(checkPolicies(defaultStack('production'), PERMANENT)).toEqual([]);
  });

  test('reports every violation with rule, construct path, message and fix', () => {
    const alb2 = POLICY_RULES.find((r) => r.id === 'FK-ALB-2')!;
    expect(checkPolicies(brokenProduction(), PERMANENT)).toEqual([
      {
        ruleId: 'FK-DDB-1',
        path: 'production/GlobalTable/Table',
        message: 'point-in-time recovery is not enabled',
        fix: expect.any(String),
      },
      {
        ruleId: 'FK-ALB-2',
        path: 'production/aws-use1/LoadBalancer',
        message: 'deletion protection is not enabled',
        fix: alb2.fix,
      },
    ]);
    // Ephemeral environments may drop load balancer protection, never data protection.
    expect(checkPolicies(brokenProduction(), { ephemeral: true }).map((v) => v.ruleId)).toEqual(['FK-DDB-1']);
  });

  test('PolicyError lists one line per violation: [rule] path: message. Fix: fix', () => {
    const violations = checkPolicies(brokenProduction(), PERMANENT);
    const error = new PolicyError(violations, 'production');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('PolicyError');
    expect(error.violations).toBe(violations);
    expect(error.message.split('\n')).toEqual([
      'policy check failed for stack production (2 violations):',
      '[FK-DDB-1] production/GlobalTable/Table: point-in-time recovery is not enabled. ' +
        'Fix: set point_in_time_recovery { enabled = true } on the table and point_in_time_recovery = true on each replica',
      '[FK-ALB-2] production/aws-use1/LoadBalancer: deletion protection is not enabled. ' +
        'Fix: set enable_deletion_protection = true, or mark the environment ephemeral if it is short-lived',
    ]);
    expect(formatViolation({ ruleId: 'FK-X-1', path: 'p', message: 'ends with a period.', fix: 'f' })).toBe(
      '[FK-X-1] p: ends with a period. Fix: f',
    );
  });
});

describe('suppressions', () => {
  const reason = 'load balancer is recreated by the blue/green pipeline';

  test('a suppression must name a known rule and say why', () => {
    const problems = problemsOf(() =>
      checkPolicies(defaultStack('production'), { ephemeral: false, environment: 'production' }, [
        { ruleId: 'FK-ALB-99', reason },
        { ruleId: 'FK-ALB-2', reason: 'because  ' },
        { ruleId: STALE_SUPPRESSION_ID, reason, path: '' },
      ]),
    );
    expect(problems).toEqual([
      expect.objectContaining({ environment: 'production', field: 'policySuppressions[0].ruleId', value: 'FK-ALB-99' }),
      expect.objectContaining({
        field: 'policySuppressions[1].reason',
        value: 'because  ',
        allowed: expect.stringContaining('at least 10 characters'),
      }),
      // The stale-suppression report is not a rule: it cannot be waived.
      expect.objectContaining({ field: 'policySuppressions[2].ruleId', value: STALE_SUPPRESSION_ID }),
      expect.objectContaining({ field: 'policySuppressions[2].path', value: '' }),
    ]);
    expect(problems[0].allowed).toContain('FK-DDB-1');
  });

  test('a suppression silences exactly its rule under its path', () => {
    const suppressed = checkPolicies(brokenProduction(), PERMANENT, [
      { ruleId: 'FK-ALB-2', path: 'production/aws-use1', reason },
    ]);
    expect(suppressed.map((v) => [v.ruleId, v.path])).toEqual([['FK-DDB-1', 'production/GlobalTable/Table']]);

    // Without a path it covers the whole stack.
    expect(
      checkPolicies(brokenProduction(), PERMANENT, [
        { ruleId: 'FK-ALB-2', reason },
        { ruleId: 'FK-DDB-1', path: 'production/GlobalTable/Table/', reason },
      ]),
    ).toEqual([]);
  });

  test('a suppression that silences nothing is reported', () => {
    const violations = checkPolicies(brokenProduction(), PERMANENT, [
      // A path prefix matches whole path segments only.
      { ruleId: 'FK-ALB-2', path: 'production/aws-use', reason },
      // The right path, the wrong rule.
      { ruleId: 'FK-ALB-1', path: 'production/aws-use1', reason },
    ]);
    expect(violations.map((v) => [v.ruleId, v.path])).toEqual([
      ['FK-DDB-1', 'production/GlobalTable/Table'],
      ['FK-ALB-2', 'production/aws-use1/LoadBalancer'],
      [STALE_SUPPRESSION_ID, 'production/aws-use'],
      [STALE_SUPPRESSION_ID, 'production/aws-use1'],
    ]);
    expect(formatViolation(violations[3])).toBe(
      '[FK-POL-1] production/aws-use1: policySuppressions[1] (FK-ALB-1) matches no violation, ' +
        'so it hides nothing and misleads. Fix: remove the suppression, or correct its ruleId or path',
    );

    const staleWithoutPath = checkPolicies(defaultStack('staging'), PERMANENT, [{ ruleId: 'FK-NET-3', reason }]);
    expect(staleWithoutPath.map((v) => [v.ruleId, v.path])).toEqual([[STALE_SUPPRESSION_ID, 'staging']]);
  });
});
