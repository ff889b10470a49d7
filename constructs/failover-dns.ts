import { DataAwsRoute53Zone } from '@cdktf/provider-aws/lib/data-aws-route53-zone';
import { Route53HealthCheck } from '@cdktf/provider-aws/lib/route53-health-check';
import { Route53Record } from '@cdktf/provider-aws/lib/route53-record';
import { Construct } from 'constructs';
import { Token } from '../cdk';
import { isPublicIpv4 } from './cidr';
import {
  FailoverRecordSpec,
  MAX_FAILOVER_TTL_SECONDS,
  planFailoverRecords,
  validateFailoverRecords,
} from './failover-records';
import { HealthCheckSpec, parseStatusCodes } from './health-check-spec';
import { Problems, ProblemContext } from './problems';
import { RegionalEndpoint } from './regional-endpoint';

/** Regions Route 53 can probe from. */
export const ROUTE53_CHECKER_REGIONS: readonly string[] = [
  'us-east-1',
  'us-west-1',
  'us-west-2',
  'eu-west-1',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-northeast-1',
  'sa-east-1',
];

const DEFAULT_CHECKER_REGIONS: readonly string[] = ['us-east-1', 'eu-west-1', 'ap-southeast-1'];
/** TTL of the failover address records unless set. */
export const DEFAULT_TTL_SECONDS = 60;

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
  /**
   * Data-tier health check ids per region key (CLOUDWATCH_METRIC checks).
   * When given, each region's records are guarded by a CALCULATED check that
   * is healthy only while its endpoint check and every one of these is;
   * Route 53 cannot nest calculated checks, so these must be leaf checks.
   * @default none: records use the endpoint checks
   */
  readonly dataHealthCheckIds?: Readonly<Record<string, readonly string[]>>;
  /**
   * Region key to force unhealthy for a failover drill: its endpoint check is
   * inverted (never `disabled`, which Route 53 treats as healthy).
   * @default none
   */
  readonly drillRegion?: string;
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
  /** Endpoint (HTTP) health check per region key. */
  public readonly healthChecks: Readonly<Record<string, Route53HealthCheck>>;
  /** The check guarding each region's records: the endpoint check, or the calculated endpoint-and-data check. */
  public readonly recordHealthChecks: Readonly<Record<string, Route53HealthCheck>>;
  /** Every record, in plan order. */
  public readonly records: readonly Route53Record[];
  /** The records as planned (names, set identifiers, roles), in plan order. */
  public readonly recordPlan: readonly FailoverRecordSpec[];
  public readonly zoneId: string;
  public readonly hostname: string;

  constructor(scope: Construct, id: string, props: FailoverDnsProps) {
    super(scope, id);
    const checkerRegions = props.checkerRegions ?? DEFAULT_CHECKER_REGIONS;
    const ttl = props.ttlSeconds ?? DEFAULT_TTL_SECONDS;
    validate(props);

    this.hostname = trimDot(props.hostname);
    this.zoneId =
      props.zoneId ??
      new DataAwsRoute53Zone(this, 'Zone', { name: trimDot(props.zoneName), privateZone: false }).zoneId;

    const checks: Record<string, Route53HealthCheck> = {};
    for (const endpoint of props.endpoints) {
      checks[endpoint.regionName] = this.healthCheckFor(endpoint, props, checkerRegions);
    }
    this.healthChecks = checks;
    this.recordHealthChecks = props.dataHealthCheckIds
      ? Object.fromEntries(
          props.endpoints.map((e) => [
            e.regionName,
            new Route53HealthCheck(this, `RegionHealth-${e.regionName}`, {
              type: 'CALCULATED',
              childHealthchecks: [checks[e.regionName].id, ...props.dataHealthCheckIds![e.regionName]],
              // Every child must be healthy: a region whose app answers while its data tier fails gets no traffic.
              childHealthThreshold: 1 + props.dataHealthCheckIds![e.regionName].length,
              tags: { ...props.tags, Name: `${this.hostname} ${e.regionName} endpoint and data` },
            }),
          ]),
        )
      : checks;

    const plan = planFailoverRecords(this.hostname, props.endpoints, ttl);
    validateFailoverRecords(plan, props.context);
    this.recordPlan = plan;
    const created = new Map<string, Route53Record>();
    // The plan lists each level before the one it aliases; create from the end so dependencies exist.
    for (const spec of [...plan].reverse()) {
      created.set(
        spec.id,
        new Route53Record(this, spec.id, {
          zoneId: this.zoneId,
          name: spec.name,
          type: 'A',
          setIdentifier: spec.setIdentifier,
          failoverRoutingPolicy: { type: spec.failover },
          healthCheckId: spec.healthCheckRegion ? this.recordHealthChecks[spec.healthCheckRegion].id : undefined,
          ttl: spec.ttl,
          records: spec.records ? [...spec.records] : undefined,
          alias: spec.alias && {
            name: spec.alias.name,
            zoneId: spec.alias.zoneId ?? this.zoneId,
            evaluateTargetHealth: spec.alias.evaluateTargetHealth,
          },
          dependsOn: spec.dependsOn?.map((id) => created.get(id)!),
        }),
      );
    }
    this.records = plan.map((spec) => created.get(spec.id)!);
  }

  private healthCheckFor(
    endpoint: RegionalEndpoint,
    props: FailoverDnsProps,
    checkerRegions: readonly string[],
  ): Route53HealthCheck {
    const spec = props.healthCheck;
    const https = endpoint.publicProtocol === 'HTTPS';
    const byIp = endpoint.target.kind === 'ip';
    // With a search string Route 53 also requires it in the first 5,120 bytes of the body.
    const type = spec.dnsSearchString !== undefined ? `${endpoint.publicProtocol}_STR_MATCH` : endpoint.publicProtocol;
    return new Route53HealthCheck(this, `HealthCheck-${endpoint.regionName}`, {
      type,
      searchString: spec.dnsSearchString,
      // With an IP target, fqdn only sets the Host header (and SNI) Route 53 sends.
      ipAddress: byIp ? endpoint.address : undefined,
      fqdn: byIp ? (spec.hostHeader ?? (https ? this.hostname : undefined)) : endpoint.address,
      port: endpoint.publicPort,
      resourcePath: spec.path,
      requestInterval: spec.dnsRequestIntervalSeconds,
      failureThreshold: spec.dnsFailureThreshold,
      regions: [...checkerRegions],
      enableSni: https ? true : undefined,
      invertHealthcheck: props.drillRegion === endpoint.regionName ? true : undefined,
      tags: { ...props.tags, Name: `${this.hostname} ${endpoint.regionName}` },
    });
  }
}

function trimDot(name: string): string {
  return name.replace(/\.$/, '').toLowerCase();
}

/** The parts of FailoverDnsProps that do not depend on the regions. */
export type FailoverDnsSettings = Omit<FailoverDnsProps, 'endpoints'>;

/**
 * Checks the zone, hostname, TTL, checker regions and health-check status
 * codes. The stack also calls it when regions failed to build, so DNS
 * problems are reported in the same run.
 */
export function validateDnsSettings(settings: FailoverDnsSettings): void {
  const problems = new Problems(settings.context);
  expectDnsSettings(problems, settings);
  problems.throwIfAny();
}

function expectDnsSettings(problems: Problems, settings: FailoverDnsSettings): void {
  const checkerRegions = settings.checkerRegions ?? DEFAULT_CHECKER_REGIONS;
  const zone = trimDot(settings.zoneName);
  const host = trimDot(settings.hostname);
  problems.expect(
    /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(zone),
    'dns.zoneName',
    settings.zoneName,
    'a DNS domain such as example.com',
  );
  problems.expect(
    host === zone || host.endsWith(`.${zone}`),
    'dns.hostname',
    settings.hostname,
    `a name inside the hosted zone ${zone}`,
  );
  problems.expect(
    /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(host) && host.length <= 240,
    'dns.hostname',
    settings.hostname,
    'a DNS name of letters, digits and dashes, at most 240 characters',
  );
  if (settings.zoneId !== undefined) {
    problems.expect(
      /^Z[A-Z0-9]{1,31}$/.test(settings.zoneId),
      'dns.zoneId',
      settings.zoneId,
      'a Route 53 hosted zone id such as Z0123456789ABCDEFGHIJ',
    );
  }
  problems.integerIn('dns.ttlSeconds', settings.ttlSeconds ?? DEFAULT_TTL_SECONDS, 0, MAX_FAILOVER_TTL_SECONDS);
  problems.expect(
    checkerRegions.length >= 3,
    'dns.checkerRegions',
    checkerRegions,
    'at least three Route 53 checker regions',
  );
  checkerRegions.forEach((region, i) => {
    problems.oneOf(`dns.checkerRegions[${i}]`, region, ROUTE53_CHECKER_REGIONS);
    problems.expect(
      checkerRegions.indexOf(region) === i,
      `dns.checkerRegions[${i}]`,
      region,
      'each checker region once',
    );
  });
  const codes = parseStatusCodes(settings.healthCheck.expectedStatusCodes);
  // Route 53 counts only 2xx and 3xx answers as healthy: a check expecting anything else could never pass there.
  problems.expect(
    codes !== undefined && codes.lowest >= 200 && codes.highest <= 399,
    'healthCheck.expectedStatus',
    settings.healthCheck.expectedStatus,
    'status codes within 200-399 (Route 53 treats only 2xx and 3xx as healthy)',
  );
}

function validate(props: FailoverDnsProps): void {
  const problems = new Problems(props.context);
  expectDnsSettings(problems, props);
  problems.expect(
    props.endpoints.length >= 2,
    'regions',
    props.endpoints.length,
    'at least two regions to fail over between',
  );
  props.endpoints.forEach((endpoint) => expectCheckableTarget(problems, endpoint));
  const regionNames = props.endpoints.map((e) => e.regionName);
  if (props.drillRegion !== undefined) problems.oneOf('drill', props.drillRegion, regionNames);
  if (props.dataHealthCheckIds) {
    for (const name of regionNames) {
      const ids = props.dataHealthCheckIds[name];
      problems.expect(
        ids !== undefined && ids.length > 0 && ids.length <= 255,
        `dataHealthCheckIds.${name}`,
        ids,
        '1 to 255 data health check ids for every region (a calculated check takes at most 256 children)',
      );
    }
  }
  problems.throwIfAny();
}

/** Route 53 probes from the internet: the target must be reachable there. */
function expectCheckableTarget(problems: Problems, endpoint: RegionalEndpoint): void {
  const field = `regions[${endpoint.regionName}].address`;
  if (
    !problems.expect(
      endpoint.address.trim() !== '',
      field,
      endpoint.address,
      'an IP address or DNS name for the HTTP(S) health check',
    )
  ) {
    return;
  }
  problems.integerIn(`regions[${endpoint.regionName}].publicPort`, endpoint.publicPort, 1, 65535);
  const ip = endpoint.target.kind === 'ip' ? endpoint.target.ipAddress : undefined;
  // Terraform references are only known at apply; literal addresses are checked now.
  if (ip !== undefined && !Token.isUnresolved(ip)) {
    problems.expect(
      isPublicIpv4(ip),
      field,
      ip,
      'a public IPv4 address (not private 10/8, 172.16/12, 192.168/16, loopback 127/8, link-local 169.254/16, ' +
        'CGNAT 100.64/10, multicast 224/4 or reserved 240/4)',
    );
  }
}
