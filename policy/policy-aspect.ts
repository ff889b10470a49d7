import { IConstruct } from 'constructs';
import { Aspects, IAspect, TerraformStack } from '../cdk';
import type { PolicySuppression } from '../config/types';
import { PolicyContext, StackJson } from './rule';
import { checkPolicies, PolicyError, validateSuppressions } from './rules';

/**
 * Checks each stack it visits against the policy pack and throws a
 * {@link PolicyError} listing every violation, so synthesis stops before the
 * stack is written (aspects run first in `app.synth()` and `Testing.synth`).
 *
 * It reads the stack as `stack.toTerraform()`: the JSON that synthesis writes,
 * tokens resolved to `${...}` expressions, with each block's construct path.
 * Resources are checked as they are when the stack is visited: changes made
 * by aspects that run later on the stack's children are not seen.
 */
export class PolicyAspect implements IAspect {
  /** @throws ConfigError for an invalid suppression, as soon as the aspect is made (not only at synthesis). */
  constructor(
    private readonly context: PolicyContext,
    private readonly suppressions: readonly PolicySuppression[] = [],
  ) {
    validateSuppressions(suppressions, context);
  }

  public visit(node: IConstruct): void {
    if (!TerraformStack.isStack(node)) return;
    const violations = checkPolicies(node.toTerraform() as StackJson, this.context, this.suppressions);
    if (violations.length > 0) throw new PolicyError(violations, node.node.path);
  }
}

/** Checks `stack` against the policy pack at synthesis, with the environment's suppressions. */
export function applyPolicies(
  stack: TerraformStack,
  context: PolicyContext,
  suppressions: readonly PolicySuppression[] = [],
): PolicyAspect {
  const aspect = new PolicyAspect(context, suppressions);
  Aspects.of(stack).add(aspect);
  return aspect;
}
