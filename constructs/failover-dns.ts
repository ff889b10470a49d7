import { DataAwsRoute53Zone } from '@cdktf/provider-aws/lib/data-aws-route53-zone';
import { Route53HealthCheck } from '@cdktf/provider-aws/lib/route53-health-check';
import { Route53Record } from '@cdktf/provider-aws/lib/route53-record';
import { Construct } from 'constructs';
import { HealthCheckSpec } from './health-check-spec';
import { Problems, ProblemContext } from './problems';
import { RegionalEndpoint } from './regional-endpoint';

/** Regions Route 53 can probe from. */
export const ROUTE53_CHECKER_REGIONS: readonly string[] = [
  'us-east-1', 'us-west-1', 'us-west-2', 'eu-west-1',
  'ap-southeast-1', 'ap-southeast-2', 'ap-northeast-1', 'sa-east-1',
];

export interface FailoverDnsProps {
  /** Hosted zone name, e.g. `example.com`. */
  readonly zoneName: string;
  /** Hosted zone id. @default looked up by `zoneName` */
  readonly zoneId?: string;
  /** Name users resolve, inside the zone. */
  readonly hostname: string;
  /** Regional endpoints in priority order: traffic goes to the first healthy one. */
  readonly endpoints: readonly RegionalEndpoint[];
  /** The health endpoint description the load balancers use too. */
  readonly healthCheck: HealthCheckSpec;
  /** TTL of address records; Route 53 caps what resolvers cache, so keep it short. @default 60 */
  readonly ttlSeconds?: number;
  /** @default ['us-east-1', 'eu-west-1', 'ap-southeast-1'] */
  readonly checkerRegions?: readonly string[];
  /** @default {} */
  readonly tags?: Readonly<Record<string, string>>;
  /** @default {} */
  readonly context?: ProblemContext;
}

/**
 * Route 53 health checks plus failover records that send `hostname` to the
 * first healthy region in priority order.
 *
 * A failover pair holds exactly one PRIMARY and one SECONDARY, so more than two
 * regions become a chain: `hostname` fails over from region 1 to an alias of
 * `failover-2.<hostname>`, which fails over from region 2 to
 * `failover-3.<hostname>`, and so on; the last pair ends in two leaves. Every
 * leaf carries its region's health check and every link evaluates its
 * target's health, so a dead region is skipped wherever it sits.
 */
export class FailoverDns extends Construct {
  /** Health check per region key. */
  public readonly healthChecks: Readonly<Record<string, Route53HealthCheck>>;
  /** Every record, in creation order. */
  public readonly records: readonly Route53Record[];
  public readonly zoneId: string;
  public readonly hostname: string;

  constructor(scope: Construct, id: string, props: FailoverDnsProps) {
    super(scope, id);
    const checkerRegions = props.checkerRegions ?? ['us-east-1', 'eu-west-1', 'ap-southeast-1'];
    const ttl = props.ttlSeconds ?? 60;
    validate(props, checkerRegions, ttl);

    this.hostname = trimDot(props.hostname);
    this.zoneId = props.zoneId
      ?? new DataAwsRoute53Zone(this, 'Zone', { name: trimDot(props.zoneName), privateZone: false }).zoneId;

    const checks: Record<string, Route53HealthCheck> = {};
    for (const endpoint of props.endpoints) {
      checks[endpoint.regionName] = this.healthCheckFor(endpoint, props, checkerRegions);
    }
    this.healthChecks = checks;

    const records: Route53Record[] = [];
    const endpoints = props.endpoints;
    // Built from the end of the chain so each alias can depend on the records it points at.
    let next: Route53Record[] = [];
    for (let level = endpoints.length - 2; level >= 0; level--) {
      const name = this.levelName(level);
      const primary = this.leafRecord(level, 'PRIMARY', endpoints[level], ttl);
      const last = level === endpoints.length - 2;
      const secondary = last
        ? this.leafRecord(level, 'SECONDARY', endpoints[level + 1], ttl)
        : new Route53Record(this, `Link${level}`, {
          zoneId: this.zoneId,
          name,
          type: 'A',
          setIdentifier: `next-${level + 2}`,
          failoverRoutingPolicy: { type: 'SECONDARY' },
          alias: { name: this.levelName(level + 1), zoneId: this.zoneId, evaluateTargetHealth: true },
          dependsOn: next,
        });
      next = [primary, secondary];
      records.unshift(primary, secondary);
    }
    this.records = records;
  }

  /** Name of chain level `level` (0 is the public hostname). */
  private levelName(level: number): string {
    return level === 0 ? this.hostname : `failover-${level + 1}.${this.hostname}`;
  }

  private leafRecord(level: number, role: 'PRIMARY' | 'SECONDARY', endpoint: RegionalEndpoint, ttl: number): Route53Record {
    const common = {
      zoneId: this.zoneId,
      name: this.levelName(level),
      type: 'A',
      setIdentifier: endpoint.regionName,
      failoverRoutingPolicy: { type: role },
      healthCheckId: this.healthChecks[endpoint.regionName].id,
    };
    const id = `${role === 'PRIMARY' ? 'Primary' : 'Secondary'}${level}`;
    if (endpoint.target.kind === 'alias') {
      return new Route53Record(this, id, {
        ...common,
        alias: { name: endpoint.target.dnsName, zoneId: endpoint.target.hostedZoneId, evaluateTargetHealth: true },
      });
    }
    return new Route53Record(this, id, { ...common, ttl, records: [endpoint.target.ipAddress] });
  }

  private healthCheckFor(
    endpoint: RegionalEndpoint,
    props: FailoverDnsProps,
    checkerRegions: readonly string[],
  ): Route53HealthCheck {
    const spec = props.healthCheck;
    const https = endpoint.publicProtocol === 'HTTPS';
    const byIp = endpoint.target.kind === 'ip';
    return new Route53HealthCheck(this, `HealthCheck-${endpoint.regionName}`, {
      type: endpoint.publicProtocol,
      // With an IP target, fqdn only sets the Host header (and SNI) Route 53 sends.
      ipAddress: byIp ? endpoint.address : undefined,
      fqdn: byIp ? (spec.hostHeader ?? (https ? this.hostname : undefined)) : endpoint.address,
      port: endpoint.publicPort,
      resourcePath: spec.path,
      requestInterval: spec.dnsRequestIntervalSeconds,
      failureThreshold: spec.dnsFailureThreshold,
      regions: [...checkerRegions],
      enableSni: https ? true : undefined,
      tags: { ...props.tags, Name: `${this.hostname} ${endpoint.regionName}` },
    });
  }
}

function trimDot(name: string): string {
  return name.replace(/\.$/, '').toLowerCase();
}

function validate(props: FailoverDnsProps, checkerRegions: readonly string[], ttl: number): void {
  const problems = new Problems(props.context);
  const zone = trimDot(props.zoneName);
  const host = trimDot(props.hostname);
  problems.expect(/^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(zone), 'dns.zoneName', props.zoneName,
    'a DNS domain such as example.com');
  problems.expect(host === zone || host.endsWith(`.${zone}`), 'dns.hostname', props.hostname,
    `a name inside the hosted zone ${zone}`);
  problems.expect(
    /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(host) && host.length <= 240,
    'dns.hostname', props.hostname, 'a DNS name of letters, digits and dashes, at most 240 characters',
  );
  if (props.zoneId !== undefined) {
    problems.expect(/^Z[A-Z0-9]{1,31}$/.test(props.zoneId), 'dns.zoneId', props.zoneId, 'a Route 53 hosted zone id such as Z0123456789ABCDEFGHIJ');
  }
  problems.integerIn('dns.ttlSeconds', ttl, 0, 60);
  problems.expect(checkerRegions.length >= 3, 'dns.checkerRegions', checkerRegions, 'at least three Route 53 checker regions');
  checkerRegions.forEach((region, i) => {
    problems.oneOf(`dns.checkerRegions[${i}]`, region, ROUTE53_CHECKER_REGIONS);
    problems.expect(checkerRegions.indexOf(region) === i, `dns.checkerRegions[${i}]`, region, 'each checker region once');
  });
  problems.expect(props.endpoints.length >= 2, 'regions', props.endpoints.map((e) => e.regionName),
    'at least two regions to fail over between');
  problems.throwIfAny();
}
