/**
 * Secrets (FK-SEC-*): credentials come from the environment or Terraform
 * references, never literals in the synthesized JSON. Detection is the shared
 * one in constructs/secrets.ts.
 */

import { findSecretLiterals, findSecretsInText } from '../constructs/secrets';
import { blockList, isReference, PolicyRule, StackJson, SynthesizedResource } from './rule';

/**
 * Provider and backend arguments that hold credentials, by block type. Some
 * (`spaces_access_id`, `application_key`) do not look secret by name, so they
 * are listed rather than guessed.
 */
export const CREDENTIAL_ARGUMENTS: Readonly<Record<string, readonly string[]>> = {
  'provider.aws': ['access_key', 'secret_key', 'token'],
  'provider.digitalocean': ['token', 'spaces_access_id', 'spaces_secret_key'],
  'provider.linode': ['token'],
  'provider.ovh': ['application_key', 'application_secret', 'consumer_key', 'client_secret', 'access_token'],
  'backend.s3': ['access_key', 'secret_key', 'token'],
};

/** Where instances take user data: argument paths per resource type. */
const USER_DATA: Readonly<Record<string, readonly string[]>> = {
  aws_launch_template: ['user_data'],
  aws_launch_configuration: ['user_data', 'user_data_base64'],
  aws_instance: ['user_data', 'user_data_base64'],
  digitalocean_droplet: ['user_data'],
  linode_instance: ['metadata.user_data'],
  ovh_cloud_project_instance: ['user_data'],
};

function valuesAt(config: Record<string, unknown>, path: string): unknown[] {
  const [head, ...rest] = path.split('.');
  if (rest.length === 0) return config[head] === undefined ? [] : [config[head]];
  return blockList(config[head]).flatMap((child) => valuesAt(child, rest.join('.')));
}

/**
 * User data with the locals it reads (`${base64encode(local.x)}`, as
 * constructs/user-data.ts renders it), each labelled with where it came from.
 */
function userDataTexts(resource: SynthesizedResource, stack: StackJson): Array<{ where: string; text: string }> {
  const texts: Array<{ where: string; text: string }> = [];
  const seen = new Set<string>();
  const add = (where: string, value: unknown) => {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    texts.push({ where, text });
    for (const [, local] of text.matchAll(/\blocal\.([A-Za-z_][\w-]*)/g)) {
      if (seen.has(local) || stack.locals?.[local] === undefined) continue;
      seen.add(local);
      add(`${where} (local.${local})`, stack.locals[local]);
    }
  };
  for (const path of USER_DATA[resource.type] ?? []) {
    for (const value of valuesAt(resource.config, path)) add(path, value);
  }
  return texts;
}

export const SECRET_RULES: readonly PolicyRule[] = [
  {
    id: 'FK-SEC-1',
    title: 'No credential literals in provider or backend blocks',
    fix:
      'leave credentials out (the provider reads its environment variables, e.g. AWS_*, DIGITALOCEAN_TOKEN, ' +
      'LINODE_TOKEN, OVH_*) or pass a reference such as ${var.name}',
    resourceTypes: Object.keys(CREDENTIAL_ARGUMENTS),
    check(resource) {
      const problems = new Map<string, string>();
      for (const argument of CREDENTIAL_ARGUMENTS[resource.type] ?? []) {
        const value = resource.config[argument];
        if (value !== undefined && value !== null && !isReference(value)) {
          problems.set(argument, `${argument} holds a literal (masked), not a \${...} reference`);
        }
      }
      // Secret shapes and secret-named arguments anywhere else in the block (assume_role, endpoints, ...).
      for (const finding of findSecretLiterals(resource.config)) {
        if (!problems.has(finding.path)) problems.set(finding.path, `${finding.path} holds ${finding.masked}`);
      }
      return [...problems.values()];
    },
  },
  {
    id: 'FK-SEC-2',
    title: 'No secret-looking literal in instance user data',
    fix: 'pass secrets by Terraform reference (e.g. ${aws_iam_access_key.x.secret}) or deliver them out of band, never as text',
    resourceTypes: Object.keys(USER_DATA),
    check(resource, stack) {
      return userDataTexts(resource, stack).flatMap(({ where, text }) =>
        findSecretsInText(text).map((f) => `${where} holds ${f.masked}${f.encoded ? ' in a base64 block' : ''}`),
      );
    },
  },
];
