/**
 * The policy pack: every rule, and running them over a stack's synthesized
 * JSON with the environment's suppressions applied.
 */

import type { PolicySuppression } from '../config/types';
import { Problems } from '../constructs/problems';
import { PolicyContext, PolicyRule, stackBlocks, stackName, StackJson } from './rule';
import { ALB_RULES } from './rules-alb';
import { DR_RULES } from './rules-dr';
import { DYNAMODB_RULES } from './rules-dynamodb';
import { EC2_RULES } from './rules-ec2';
import { IAM_RULES } from './rules-iam';
import { NETWORK_RULES } from './rules-network';
import { SECRET_RULES } from './rules-secrets';

/** Every rule, in reporting order. */
export const POLICY_RULES: readonly PolicyRule[] = [
  ...DYNAMODB_RULES,
  ...ALB_RULES,
  ...EC2_RULES,
  ...NETWORK_RULES,
  ...IAM_RULES,
  ...SECRET_RULES,
  ...DR_RULES,
];

/** Reported for a suppression that silenced nothing. Not a rule: it cannot itself be suppressed. */
export const STALE_SUPPRESSION_ID = 'FK-POL-1';

/** Shortest accepted suppression reason, so every waiver says why. */
export const MIN_SUPPRESSION_REASON_LENGTH = 10;

/** One rule broken at one place. */
export interface PolicyViolation {
  readonly ruleId: string;
  /** Construct path of the offending block, e.g. `production/aws-use1/LoadBalancer`. */
  readonly path: string;
  readonly message: string;
  readonly fix: string;
}

/** `[FK-ALB-2] production/aws-use1/LoadBalancer: <message>. Fix: <fix>` */
export function formatViolation(v: PolicyViolation): string {
  return `[${v.ruleId}] ${v.path}: ${v.message.replace(/\.$/, '')}. Fix: ${v.fix}`;
}

/** A stack broke policy rules; thrown before the stack is written. */
export class PolicyError extends Error {
  public readonly violations: readonly PolicyViolation[];

  constructor(violations: readonly PolicyViolation[], stack?: string) {
    const count = `${violations.length} violation${violations.length === 1 ? '' : 's'}`;
    super(
      `policy check failed${stack ? ` for stack ${stack}` : ''} (${count}):\n${violations.map(formatViolation).join('\n')}`,
    );
    this.name = 'PolicyError';
    this.violations = violations;
  }
}

/** Runs one rule over every block of its types, in construct path order. */
export function checkRule(rule: PolicyRule, stack: StackJson, context: PolicyContext): PolicyViolation[] {
  return stackBlocks(stack)
    .filter((resource) => rule.resourceTypes.includes(resource.type))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .flatMap((resource) =>
      rule
        .check(resource, stack, context)
        .map((message) => ({ ruleId: rule.id, path: resource.path, message, fix: rule.fix })),
    );
}

/**
 * @throws ConfigError for a suppression naming an unknown rule or giving a
 * reason shorter than {@link MIN_SUPPRESSION_REASON_LENGTH} characters.
 */
export function validateSuppressions(suppressions: readonly PolicySuppression[], context: PolicyContext): void {
  const problems = new Problems({ environment: context.environment });
  suppressions.forEach((s, i) => {
    problems.oneOf(
      `policySuppressions[${i}].ruleId`,
      s.ruleId,
      POLICY_RULES.map((rule) => rule.id),
    );
    problems.expect(
      typeof s.reason === 'string' && s.reason.trim().length >= MIN_SUPPRESSION_REASON_LENGTH,
      `policySuppressions[${i}].reason`,
      s.reason,
      `why the rule does not apply, at least ${MIN_SUPPRESSION_REASON_LENGTH} characters`,
    );
    if (s.path !== undefined) {
      problems.expect(
        typeof s.path === 'string' && s.path.replace(/\/+$/, '').length > 0,
        `policySuppressions[${i}].path`,
        s.path,
        'a construct path prefix such as production/aws-use1, or no path for the whole stack',
      );
    }
  });
  problems.throwIfAny();
}

/** Whether a suppression covers a violation: same rule, and its path is the violation's or an ancestor's. */
function covers(s: PolicySuppression, v: PolicyViolation): boolean {
  if (s.ruleId !== v.ruleId) return false;
  if (s.path === undefined) return true;
  const prefix = s.path.replace(/\/+$/, '');
  return v.path === prefix || v.path.startsWith(`${prefix}/`);
}

/**
 * Every violation in the stack that no suppression covers, plus one
 * {@link STALE_SUPPRESSION_ID} violation per suppression that covered nothing.
 * @throws ConfigError when a suppression is itself invalid (see {@link validateSuppressions}).
 */
export function checkPolicies(
  stack: StackJson,
  context: PolicyContext,
  suppressions: readonly PolicySuppression[] = [],
): PolicyViolation[] {
  validateSuppressions(suppressions, context);
  const used = new Set<number>();
  const violations = POLICY_RULES.flatMap((rule) => checkRule(rule, stack, context)).filter((v) => {
    const matching = suppressions.flatMap((s, i) => (covers(s, v) ? [i] : []));
    matching.forEach((i) => used.add(i));
    return matching.length === 0;
  });
  const stale = suppressions.flatMap((s, i): PolicyViolation[] =>
    used.has(i)
      ? []
      : [
          {
            ruleId: STALE_SUPPRESSION_ID,
            path: s.path ?? stackName(stack),
            message: `policySuppressions[${i}] (${s.ruleId}) matches no violation, so it hides nothing and misleads`,
            fix: 'remove the suppression, or correct its ruleId or path',
          },
        ],
  );
  return [...violations, ...stale];
}
