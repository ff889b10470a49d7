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
  const names = requested
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !all.some((e) => e.name === n));
  if (unknown.length > 0) {
    throw new ConfigError(
      unknown.map((n) => ({
        field: 'FAILOVER_KIT_ENVIRONMENTS',
        value: n,
        allowed: `one of: ${all.map((e) => e.name).join(', ')}`,
      })),
    );
  }
  return all.filter((e) => names.includes(e.name));
}

/**
 * Applies a drill named on the command line (`<environment>/<region>`, e.g.
 * the FAILOVER_KIT_DRILL variable) to its environment; the region itself is
 * checked by the environment's DNS construct.
 */
export function withDrill(environments: readonly EnvironmentConfig[], drill: string | undefined): EnvironmentConfig[] {
  if (!drill) return [...environments];
  const [environment, region, ...rest] = drill.split('/');
  const known = environments.map((e) => e.name);
  if (!region || rest.length > 0 || !known.includes(environment)) {
    throw new ConfigError([
      {
        field: 'FAILOVER_KIT_DRILL',
        value: drill,
        allowed: `<environment>/<region> with environment one of: ${known.join(', ')}`,
      },
    ]);
  }
  return environments.map((e) => (e.name === environment ? { ...e, drill: region } : e));
}
