import { PolicyContext, StackJson } from '../policy/rule';
import { checkRule, POLICY_RULES, PolicyViolation } from '../policy/rules';
import { defaultPolicyJson } from './default-stacks';

/**
 * Fixtures for the policy tests: the default environments as the aspect sees
 * them (`toTerraform()`, construct paths included), copied and changed one
 * attribute at a time, plus small hand-written stacks in the same shape for
 * what the defaults do not build.
 */

export const PERMANENT: PolicyContext = { ephemeral: false };

/** A fresh, mutable copy of a default environment's JSON (built once per jest run: default-stacks.ts). */
export function defaultStack(name: 'staging' | 'production'): any {
  return defaultPolicyJson(name);
}

/** The one resource of `type` (whose logical id contains `idPart`, if given). */
export function resourceOf(json: StackJson, type: string, idPart = ''): any {
  const matches = Object.entries(json.resource?.[type] ?? {}).filter(([id]) => id.includes(idPart));
  if (matches.length !== 1) throw new Error(`expected one ${type} matching "${idPart}", found ${matches.length}`);
  return matches[0][1];
}

/** A block for {@link fixture}: its construct path gives the logical id (`test/aws/Sg` is `aws_Sg`). */
export interface FixtureBlock {
  readonly type: string;
  readonly path: string;
  readonly config: Record<string, unknown>;
}

export function block(type: string, path: string, config: Record<string, unknown>): FixtureBlock {
  return { type, path, config };
}

/** Logical id of a fixture block, for references: `${type}.${logicalId(path)}.attr`. */
export function logicalId(path: string): string {
  return path.split('/').slice(1).join('_');
}

/** A small stack named `test` in synthesized shape, `//` metadata included. */
export function fixture(blocks: readonly FixtureBlock[], extra: Partial<StackJson> = {}): StackJson {
  const resource: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const b of blocks) {
    (resource[b.type] ??= {})[logicalId(b.path)] = {
      '//': { metadata: { path: b.path, uniqueId: logicalId(b.path) } },
      ...b.config,
    };
  }
  return { '//': { metadata: { stackName: 'test', version: '0.21.0', backend: 'local' } }, resource, ...extra };
}

/** Violations of one rule only. */
export function violationsOf(ruleId: string, json: StackJson, context: PolicyContext = PERMANENT): PolicyViolation[] {
  const rule = POLICY_RULES.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return checkRule(rule, json, context);
}

/** `[path, message]` pairs of one rule's violations, for compact assertions. */
export function findings(ruleId: string, json: StackJson, context: PolicyContext = PERMANENT): Array<[string, string]> {
  return violationsOf(ruleId, json, context).map((v) => [v.path, v.message]);
}

/**
 * `text` with `from` replaced by `to`, for changing one line of synthesized
 * user data; throws when `from` does not occur, so a test cannot pass by
 * editing nothing after the rendered text changes.
 */
export function edited(text: string, from: string | RegExp, to: string): string {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${String(from)} not found`);
  return next;
}

/*
 * Secret-shaped values are assembled at run time so the repository itself
 * holds no secret literal for scanners to trip on.
 */
export const FAKE_AWS_KEY_ID = ['AK', 'IA'].join('') + 'Q7XZ'.repeat(4);
export const FAKE_AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCY'.concat('EXAMPLEKEY');
export const FAKE_DO_TOKEN = ['dop', 'v1', 'a1b2'.repeat(16)].join('_');
export const FAKE_PRIVATE_KEY = `${['-----BEGIN', 'RSA', 'PRIVATE', 'KEY-----'].join(' ')}\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----`;
