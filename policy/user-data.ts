/**
 * Where instances take their user data in the synthesized JSON, and how to
 * get at its text: directly, or through the `locals` entry that
 * constructs/user-data.ts moves it into (`${base64encode(local.x)}`).
 */

import { blockList, isReference, StackJson, SynthesizedResource } from './rule';

/** Where instances take user data: argument paths per resource type. */
export const USER_DATA: Readonly<Record<string, readonly string[]>> = {
  aws_launch_template: ['user_data'],
  aws_launch_configuration: ['user_data', 'user_data_base64'],
  aws_instance: ['user_data', 'user_data_base64'],
  digitalocean_droplet: ['user_data'],
  linode_instance: ['metadata.user_data'],
  ovh_cloud_project_instance: ['user_data'],
};

/**
 * How each cloud expects the one user data document it boots with: as text
 * (DigitalOcean, OVH) or base64-encoded (Linode's metadata service), which
 * decides the only reference forms read as "this local is the document".
 */
const DOCUMENT_ENCODING: Readonly<Record<string, 'text' | 'base64'>> = {
  digitalocean_droplet: 'text',
  ovh_cloud_project_instance: 'text',
  linode_instance: 'base64',
};

const LOCAL_TEXT = /^\$\{\s*local\.([A-Za-z_][\w-]*)\s*\}$/;
const LOCAL_BASE64 = /^\$\{\s*base64encode\(\s*local\.([A-Za-z_][\w-]*)\s*\)\s*\}$/;
const BASE64 = /^[A-Za-z0-9+/\s]+={0,2}\s*$/;

/** The values at a dotted argument path (`metadata.user_data`), through nested blocks. */
export function valuesAt(config: Record<string, unknown>, path: string): unknown[] {
  const [head, ...rest] = path.split('.');
  if (rest.length === 0) return config[head] === undefined ? [] : [config[head]];
  return blockList(config[head]).flatMap((child) => valuesAt(child, rest.join('.')));
}

/**
 * User data with every local it reads, each labelled with where it came
 * from: for scanning, so any local a reference names is included.
 */
export function userDataTexts(resource: SynthesizedResource, stack: StackJson): Array<{ where: string; text: string }> {
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

/**
 * The user data document a DigitalOcean, Linode or OVH instance boots with,
 * as Terraform text (references kept as `${...}`), or undefined when it has
 * none or it is computed some other way. Only exact forms are followed, so a
 * document is never guessed from text that merely mentions a local:
 * DigitalOcean and OVH take a literal or `${local.x}`, Linode
 * `${base64encode(local.x)}` or a literal base64 string.
 */
export function userDataDocument(
  type: string,
  config: Record<string, unknown>,
  locals: Readonly<Record<string, unknown>> | undefined,
): string | undefined {
  const encoding = DOCUMENT_ENCODING[type];
  const path = USER_DATA[type]?.[0];
  if (!encoding || !path) return undefined;
  const value = valuesAt(config, path)[0];
  if (typeof value !== 'string') return undefined;
  const local = (encoding === 'text' ? LOCAL_TEXT : LOCAL_BASE64).exec(value)?.[1];
  if (local !== undefined) {
    const text = locals?.[local];
    return typeof text === 'string' ? text : undefined;
  }
  if (isReference(value)) return undefined;
  if (encoding === 'text') return value;
  return BASE64.test(value) ? Buffer.from(value, 'base64').toString('utf8') : undefined;
}
