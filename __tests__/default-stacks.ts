import * as fs from 'node:fs';
import * as path from 'node:path';
import type { StackJson } from '../policy/rule';
import type { SynthesizedStack } from './synth';

/*
 * The default environments, synthesized once per jest run by global-setup.ts
 * instead of once or more in every suite that reads them. Suites that build a
 * changed configuration still go through FailoverStack themselves. This
 * module only reads files, so a suite that needs nothing else never loads
 * cdktf.
 */

/** Folder where global-setup.ts writes the default stacks; workers inherit it. */
export const DEFAULT_STACKS_ENV = 'FAILOVER_KIT_DEFAULT_STACKS';

/** How a default stack was written: as `Testing.synth` returns it, or as the policy aspect reads it. */
export type DefaultStackForm = 'synth' | 'policy';

/** File name of one default stack in one form. */
export function defaultStackFile(name: string, form: DefaultStackForm): string {
  return `${name}.${form}.json`;
}

const texts = new Map<string, string>();

function text(name: string, form: DefaultStackForm): string {
  const file = defaultStackFile(name, form);
  let value = texts.get(file);
  if (value === undefined) {
    const dir = process.env[DEFAULT_STACKS_ENV];
    if (!dir) throw new Error(`${DEFAULT_STACKS_ENV} is unset: jest.config.js runs __tests__/global-setup.ts first`);
    value = fs.readFileSync(path.join(dir, file), 'utf8');
    texts.set(file, value);
  }
  return value;
}

/** `Testing.synth(new FailoverStack(Testing.app(), config), true)` of a default environment. */
export function defaultSynthText(name: string): string {
  return text(name, 'synth');
}

/** The same, parsed: a fresh object on every call, free to change. */
export function defaultSynth(name: string): SynthesizedStack {
  return JSON.parse(text(name, 'synth')) as SynthesizedStack;
}

/**
 * `new FailoverStack(Testing.app(), config).toTerraform()` of a default
 * environment, the JSON the policy aspect reads (construct paths included):
 * a fresh object on every call, free to change.
 */
export function defaultPolicyJson(name: string): StackJson {
  return JSON.parse(text(name, 'policy')) as StackJson;
}
