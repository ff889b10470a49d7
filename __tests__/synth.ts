import { Construct } from 'constructs';
import { App, TerraformStack, Testing } from '../cdk';
import { ConfigError, Problem } from '../constructs/problems';

/** Synthesized Terraform JSON of one stack. */
export interface SynthesizedStack {
  readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
  readonly data?: Record<string, Record<string, Record<string, unknown>>>;
  readonly output?: Record<string, { value: unknown }>;
  readonly provider?: Record<string, unknown[]>;
  readonly terraform?: Record<string, unknown>;
  readonly [key: string]: unknown;
}

/** Builds constructs inside a fresh stack and returns the stack's synthesized JSON. */
export function synthInStack(build: (scope: Construct) => void): SynthesizedStack {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  build(stack);
  return JSON.parse(Testing.synth(stack, true)) as SynthesizedStack;
}

/** Synthesizes an existing stack (running its validations). */
export function synthStack(stack: TerraformStack): SynthesizedStack {
  return JSON.parse(Testing.synth(stack, true)) as SynthesizedStack;
}

/** All resources of one type, keyed by their logical id. */
export function resourcesOf(json: SynthesizedStack, type: string): Record<string, Record<string, any>> {
  return (json.resource?.[type] ?? {}) as Record<string, Record<string, any>>;
}

/** The single resource of a type; fails when there is not exactly one. */
export function onlyResource(json: SynthesizedStack, type: string): Record<string, any> {
  const all = Object.values(resourcesOf(json, type));
  if (all.length !== 1) throw new Error(`expected exactly one ${type}, found ${all.length}`);
  return all[0];
}

export { App };

/** The ConfigError `run` throws; fails the test when it throws nothing or something else. */
export function configErrorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

/** The problems of the ConfigError `run` throws. */
export function problemsOf(run: () => unknown): readonly Problem[] {
  return configErrorOf(run).problems;
}
