import * as fs from 'node:fs';
import * as path from 'node:path';
import { DynamodbTable } from '@cdktf/provider-aws/lib/dynamodb-table';
import { IamPolicy } from '@cdktf/provider-aws/lib/iam-policy';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Fn, TerraformStack, Testing } from '../cdk';
import { ENVIRONMENTS } from '../config/environments';
import { PolicySuppression } from '../config/types';
import { ConfigError } from '../constructs/problems';
import { applyPolicies, PolicyAspect } from '../policy/policy-aspect';
import { PolicyError } from '../policy/rules';
import { FailoverStack } from '../stacks/failover-stack';
import { defaultSynthText } from './default-stacks';
import { PERMANENT } from './policy-fixtures';

/**
 * A stack breaking policy with raw provider classes: a table without PITR,
 * deletion protection or prevent_destroy, and a policy granting dynamodb:*
 * on it (a jsonencode token the aspect must see resolved).
 */
function unsafeStack(suppressions: readonly PolicySuppression[] = []) {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  new AwsProvider(stack, 'aws', { region: 'us-east-1' });
  const table = new DynamodbTable(stack, 'Table', {
    name: 'orders',
    hashKey: 'pk',
    attribute: [{ name: 'pk', type: 'S' }],
    billingMode: 'PAY_PER_REQUEST',
  });
  new IamPolicy(stack, 'Policy', {
    name: 'orders-access',
    policy: Fn.jsonencode({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['dynamodb:*'], Resource: [table.arn] }],
    }),
  });
  applyPolicies(stack, PERMANENT, suppressions);
  return { app, stack };
}

function policyError(run: () => unknown): PolicyError {
  try {
    run();
  } catch (err) {
    if (err instanceof PolicyError) return err;
    throw err;
  }
  throw new Error('expected a PolicyError');
}

describe('PolicyAspect', () => {
  test.each(ENVIRONMENTS.map((config) => [config.name, config] as const))(
    '%s synthesizes with the policies applied, its output unchanged',
    (_name, config) => {
      const plain = defaultSynthText(config.name);
      const checked = new FailoverStack(Testing.app(), config);
      applyPolicies(
        checked,
        { ephemeral: config.ephemeral ?? false, environment: config.name },
        config.policySuppressions ?? [],
      );
      expect(Testing.synth(checked, true)).toEqual(plain);
    },
  );

  test('Testing.synth throws a PolicyError naming rule, path and fix', () => {
    const error = policyError(() => Testing.synth(unsafeStack().stack));
    expect(error.violations.map((v) => [v.ruleId, v.path])).toEqual([
      ['FK-DDB-1', 'test/Table'],
      ['FK-DDB-2', 'test/Table'],
      ['FK-DDB-3', 'test/Table'],
      // Seen through the resolved `${jsonencode({...})}`, with the table reference inside.
      ['FK-IAM-1', 'test/Policy'],
    ]);
    expect(error.message).toContain(
      '[FK-DDB-1] test/Table: point-in-time recovery is not enabled. Fix: set point_in_time_recovery',
    );
    expect(error.message).toContain('[FK-IAM-1] test/Policy: policy statement #0 allows dynamodb:*. Fix: ');
  });

  test('app.synth() fails before the stack is written', () => {
    const { app } = unsafeStack();
    expect(() => app.synth()).toThrow(PolicyError);
    expect(fs.existsSync(path.join(app.outdir, 'stacks', 'test', 'cdk.tf.json'))).toBe(false);

    const reason = 'fixture: table holds nothing';
    const waived = unsafeStack(
      ['FK-DDB-1', 'FK-DDB-2', 'FK-DDB-3', 'FK-IAM-1'].map((ruleId) => ({ ruleId, reason })),
    ).app;
    waived.synth();
    expect(fs.existsSync(path.join(waived.outdir, 'stacks', 'test', 'cdk.tf.json'))).toBe(true);
  });

  test('the aspect reads toTerraform(): tokens resolved to Terraform expressions, construct paths included', () => {
    const policy = (unsafeStack().stack.toTerraform() as any).resource.aws_iam_policy.Policy;
    expect(policy.policy).toMatch(/^\$\{jsonencode\(\{.*aws_dynamodb_table\.Table\.arn.*\}\)\}$/);
    expect(policy['//'].metadata.path).toBe('test/Policy');
  });

  test('suppressions silence their rules at synthesis; a stale one fails it', () => {
    const reason = 'fixture: table holds nothing';
    const waived = [
      { ruleId: 'FK-DDB-1', path: 'test/Table', reason },
      { ruleId: 'FK-DDB-2', reason },
      { ruleId: 'FK-DDB-3', reason },
      { ruleId: 'FK-IAM-1', path: 'test/Policy', reason },
    ];
    expect(() => Testing.synth(unsafeStack(waived).stack)).not.toThrow();

    const stale = policyError(() => Testing.synth(unsafeStack([...waived, { ruleId: 'FK-ALB-2', reason }]).stack));
    expect(stale.violations.map((v) => [v.ruleId, v.path])).toEqual([['FK-POL-1', 'test']]);
  });

  test('an invalid suppression is rejected when the aspect is made', () => {
    expect(() => unsafeStack([{ ruleId: 'FK-NOPE-1', reason: 'a perfectly good reason' }])).toThrow(ConfigError);
    expect(() => new PolicyAspect(PERMANENT, [{ ruleId: 'FK-DDB-1', reason: 'short' }])).toThrow(
      /policySuppressions\[0\]\.reason = "short" is not allowed/,
    );
  });
});
