/** The policy pack: rules over synthesized Terraform JSON, and the aspect that enforces them at synthesis. */
export { applyPolicies, PolicyAspect } from './policy-aspect';
export type { PolicyContext, PolicyRule, StackJson, SynthesizedResource } from './rule';
export {
  checkPolicies, checkRule, formatViolation, POLICY_RULES, PolicyError, STALE_SUPPRESSION_ID, validateSuppressions,
} from './rules';
export type { PolicyViolation } from './rules';
