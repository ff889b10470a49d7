import { Problems, ProblemContext } from './problems';
import { RegionalEndpoint } from './regional-endpoint';

/** Highest TTL a health-checked record may have: resolvers keep serving a dead region for this long. */
export const MAX_FAILOVER_TTL_SECONDS = 60;

/** One Route 53 failover record, as data, before it becomes a resource. */
export interface FailoverRecordSpec {
  /** Construct id of the record resource. */
  readonly id: string;
  /** Fully qualified record name. */
  readonly name: string;
  readonly setIdentifier: string;
  readonly failover: 'PRIMARY' | 'SECONDARY';
  /** Region key whose health check guards this record. */
  readonly healthCheckRegion?: string;
  readonly ttl?: number;
  readonly records?: readonly string[];
  /** Alias target; `zoneId` undefined means the hosted zone of the record itself. */
  readonly alias?: { readonly name: string; readonly zoneId?: string; readonly evaluateTargetHealth: boolean };
  /** Ids of the records this one aliases (they must exist first). */
  readonly dependsOn?: readonly string[];
}

/** Name of chain level `level` (0 is the public hostname). */
export function chainLevelName(hostname: string, level: number): string {
  return level === 0 ? hostname : `failover-${level + 1}.${hostname}`;
}

/**
 * Compiles regions in priority order into failover pairs. Two regions are one
 * PRIMARY/SECONDARY pair; each further region adds a level whose SECONDARY is
 * an alias to the next level's name, so traffic reaches the first healthy
 * region in order and every leaf carries its region's health check.
 */
export function planFailoverRecords(
  hostname: string,
  endpoints: readonly RegionalEndpoint[],
  ttl: number,
): FailoverRecordSpec[] {
  const leaf = (level: number, failover: 'PRIMARY' | 'SECONDARY', endpoint: RegionalEndpoint): FailoverRecordSpec => {
    const common = {
      id: `${failover === 'PRIMARY' ? 'Primary' : 'Secondary'}${level}`,
      name: chainLevelName(hostname, level),
      setIdentifier: endpoint.regionName,
      failover,
      healthCheckRegion: endpoint.regionName,
    };
    return endpoint.target.kind === 'alias'
      ? {
          ...common,
          alias: { name: endpoint.target.dnsName, zoneId: endpoint.target.hostedZoneId, evaluateTargetHealth: true },
        }
      : { ...common, ttl, records: [endpoint.target.ipAddress] };
  };

  const records: FailoverRecordSpec[] = [];
  for (let level = 0; level < endpoints.length - 1; level++) {
    records.push(leaf(level, 'PRIMARY', endpoints[level]));
    if (level === endpoints.length - 2) {
      records.push(leaf(level, 'SECONDARY', endpoints[level + 1]));
    } else {
      records.push({
        id: `Link${level}`,
        name: chainLevelName(hostname, level),
        setIdentifier: `next-${level + 2}`,
        failover: 'SECONDARY',
        alias: { name: chainLevelName(hostname, level + 1), evaluateTargetHealth: true },
        dependsOn: [
          `Primary${level + 1}`,
          level + 1 === endpoints.length - 2 ? `Secondary${level + 1}` : `Link${level + 1}`,
        ],
      });
    }
  }
  return records;
}

/**
 * Checks the rules Route 53 and a sound failover design impose on a set of
 * failover records, and throws a ConfigError listing every break:
 * exactly one PRIMARY and one SECONDARY per name, unique set identifiers,
 * alias records without TTL or values, value records with a TTL of at most
 * 60 s, and a health check on every leaf (a record that is not an alias to
 * another record of the same zone).
 */
export function validateFailoverRecords(records: readonly FailoverRecordSpec[], context: ProblemContext = {}): void {
  const problems = new Problems(context);
  const names = [...new Set(records.map((r) => r.name))];
  for (const name of names) {
    const set = records.filter((r) => r.name === name);
    const roles = set.map((r) => r.failover).sort();
    problems.expect(
      roles.length === 2 && roles[0] === 'PRIMARY' && roles[1] === 'SECONDARY',
      `dns.records[${name}].failover`,
      roles,
      'exactly one PRIMARY and one SECONDARY record per name',
    );
    const ids = set.map((r) => r.setIdentifier);
    ids.forEach((id, i) =>
      problems.expect(
        ids.indexOf(id) === i,
        `dns.records[${name}].setIdentifier`,
        id,
        'a set identifier no other record of the same name uses',
      ),
    );
  }
  for (const record of records) {
    const field = `dns.records[${record.name}/${record.setIdentifier}]`;
    const hasValues = record.records !== undefined && record.records.length > 0;
    if (record.alias) {
      problems.expect(
        record.ttl === undefined && !hasValues,
        field,
        { ttl: record.ttl, records: record.records },
        'an alias record without ttl or records (Route 53 takes the TTL from the alias target)',
      );
    } else {
      problems.expect(hasValues, `${field}.records`, record.records, 'at least one value, or an alias target');
    }
    const isLink = record.alias !== undefined && record.alias.zoneId === undefined;
    if (!isLink) {
      problems.expect(
        record.healthCheckRegion !== undefined,
        `${field}.healthCheck`,
        record.healthCheckRegion,
        'a health check on every record that points at a region (otherwise Route 53 treats it as always healthy)',
      );
    }
    if (record.healthCheckRegion !== undefined && !record.alias) {
      problems.expect(
        record.ttl !== undefined && record.ttl >= 0 && record.ttl <= MAX_FAILOVER_TTL_SECONDS,
        `${field}.ttl`,
        record.ttl,
        `0 to ${MAX_FAILOVER_TTL_SECONDS} seconds on a health-checked record`,
      );
    }
  }
  problems.throwIfAny();
}
