/** Names and tags shared by every construct, so all clouds label resources alike. */
import { createHash } from 'node:crypto';

/** Resource name prefix for one environment and region: `fk-<env>-<region>`. */
export function resourceName(environment: string, region: string, suffix?: string): string {
  return ['fk', environment, region, suffix].filter(Boolean).join('-');
}

/** Tags every resource carries, merged with the environment's own. */
export function standardTags(
  environment: string,
  extra: Readonly<Record<string, string>> = {},
): Record<string, string> {
  return { project: 'failover-kit', environment, 'managed-by': 'cdktf', ...extra };
}

/**
 * Tags as `key:value` labels for clouds whose tags are plain strings
 * (DigitalOcean, Linode). Characters DigitalOcean rejects (anything but letters, digits, `_`, `:`, `-`) become `-`.
 */
export function tagLabels(tags: Readonly<Record<string, string>>): string[] {
  return Object.entries(tags).map(([k, v]) => `${k}:${v}`.replace(/[^a-zA-Z0-9_:-]/g, '-').slice(0, 50));
}

/**
 * `name` if it has at most `max` characters; otherwise cut to fit and followed
 * by `-` and the first 6 hex digits of the SHA-256 of the whole `name`, so cut
 * names stay distinct and stable from run to run. Dashes left at the cut are
 * dropped, so the cut adds no `--`.
 */
export function boundedName(name: string, max: number): string {
  if (name.length <= max) return name;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 6);
  return `${name.slice(0, max - hash.length - 1).replace(/-+$/, '')}-${hash}`;
}
