import { ConfigError } from '../constructs/problems';
import { EnvironmentConfig } from './types';

/**
 * The environments to build: all of them, or those named in `requested`
 * (comma separated, e.g. the FAILOVER_KIT_ENVIRONMENTS variable).
 */
export function selectEnvironments(
  all: readonly EnvironmentConfig[],
  requested: string | undefined,
): EnvironmentConfig[] {
  if (!requested) return [...all];
  const names = requested.split(',').map((n) => n.trim()).filter(Boolean);
  const unknown = names.filter((n) => !all.some((e) => e.name === n));
  if (unknown.length > 0) {
    throw new ConfigError(unknown.map((n) => ({
      field: 'FAILOVER_KIT_ENVIRONMENTS', value: n, allowed: `one of: ${all.map((e) => e.name).join(', ')}`,
    })));
  }
  return all.filter((e) => names.includes(e.name));
}
