/**
 * Secrets (FK-SEC-*): credentials come from the environment or Terraform
 * references, never literals in the synthesized JSON. Detection is the shared
 * one in constructs/secrets.ts.
 */

import { findSecretLiterals, findSecretsInText } from '../constructs/secrets';
import { isReference, PolicyRule } from './rule';
import { USER_DATA, userDataTexts } from './user-data';

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
