import { FailoverDnsProps } from '../constructs/failover-dns';
import { HealthCheckSpec } from '../constructs/health-check-spec';
import { alb, ipEndpoint, synthDns } from './fixtures/failover-dns';
import { onlyResource, problemsOf, resourcesOf } from './synth';

const dnsProblems = (props: Partial<FailoverDnsProps>) => problemsOf(() => synthDns(props));

describe('FailoverDns', () => {
  test('two regions: one PRIMARY and one SECONDARY for the hostname, each tied to its health check', () => {
    const json = synthDns();
    const checks = resourcesOf(json, 'aws_route53_health_check');
    expect(Object.keys(checks)).toHaveLength(2);
    const nyc = Object.values(checks).find((c) => c.ip_address === '203.0.113.10')!;
    expect(nyc).toMatchObject({
      type: 'HTTP',
      port: 80,
      resource_path: '/healthz',
      request_interval: 10,
      failure_threshold: 3,
      regions: ['us-east-1', 'eu-west-1', 'ap-southeast-1'],
    });
    expect(nyc.fqdn).toBeUndefined();

    const records = Object.values(resourcesOf(json, 'aws_route53_record'));
    expect(records).toHaveLength(2);
    expect(records.map((r) => [r.name, r.failover_routing_policy.type, r.set_identifier, r.records, r.ttl])).toEqual([
      ['app.example.com', 'PRIMARY', 'do-nyc', ['203.0.113.10'], 60],
      ['app.example.com', 'SECONDARY', 'linode-fra', ['198.51.100.20'], 60],
    ]);
    for (const record of records)
      expect(record.health_check_id).toMatch(/^\$\{aws_route53_health_check\.Dns_HealthCheck-/);
    expect(records[0].health_check_id).toContain('HealthCheck-do-nyc');
    expect(records[1].health_check_id).toContain('HealthCheck-linode-fra');
    // The zone is looked up by name when no id is given.
    expect(onlyResource({ resource: json.data } as any, 'aws_route53_zone')).toMatchObject({
      name: 'example.com',
      private_zone: false,
    });
  });

  test('three regions become a chain: every name has one PRIMARY and one SECONDARY, every leaf a health check', () => {
    const json = synthDns({
      zoneId: 'Z0123456789ABCDEFGHIJ',
      endpoints: [alb, ipEndpoint('ovh-gra', '192.0.2.30'), ipEndpoint('linode-ord', '198.51.100.40')],
    });
    const records = Object.values(resourcesOf(json, 'aws_route53_record'));
    expect(records).toHaveLength(4);
    const byName = new Map<string, any[]>();
    for (const r of records) byName.set(r.name, [...(byName.get(r.name) ?? []), r]);
    expect([...byName.keys()].sort()).toEqual(['app.example.com', 'failover-2.app.example.com']);
    for (const pair of byName.values()) {
      expect(pair.map((r) => r.failover_routing_policy.type).sort()).toEqual(['PRIMARY', 'SECONDARY']);
    }
    const top = byName.get('app.example.com')!;
    const primary = top.find((r) => r.failover_routing_policy.type === 'PRIMARY');
    const link = top.find((r) => r.failover_routing_policy.type === 'SECONDARY');
    expect(primary).toMatchObject({
      type: 'A',
      set_identifier: 'aws-use1',
      zone_id: 'Z0123456789ABCDEFGHIJ',
      alias: { name: alb.address, zone_id: 'Z35SXDOTRQ7X7K', evaluate_target_health: true },
    });
    expect(primary.ttl).toBeUndefined();
    expect(primary.health_check_id).toContain('HealthCheck-aws-use1');
    expect(link).toMatchObject({
      alias: { name: 'failover-2.app.example.com', zone_id: 'Z0123456789ABCDEFGHIJ', evaluate_target_health: true },
    });
    expect(link.health_check_id).toBeUndefined();
    expect(link.depends_on).toHaveLength(2);
    const leaves = records.filter((r) => !r.alias || !r.alias.name.startsWith('failover-'));
    expect(leaves.map((r) => r.set_identifier).sort()).toEqual(['aws-use1', 'linode-ord', 'ovh-gra']);
    for (const leaf of leaves) expect(leaf.health_check_id).toBeDefined();
    // The ALB is checked by name over HTTPS with SNI.
    const albCheck = Object.values(resourcesOf(json, 'aws_route53_health_check')).find((c) => c.fqdn === alb.address)!;
    expect(albCheck).toMatchObject({ type: 'HTTPS', port: 443, enable_sni: true });
    expect(albCheck.ip_address).toBeUndefined();
    expect(json.data).toBeUndefined();
  });

  test('sends the configured Host header to IP targets', () => {
    const json = synthDns({ healthCheck: new HealthCheckSpec({ hostHeader: 'app.example.com' }, 8080) });
    for (const check of Object.values(resourcesOf(json, 'aws_route53_health_check'))) {
      expect(check.fqdn).toBe('app.example.com');
    }
  });

  test("a drill inverts exactly the chosen region's check and nothing else", () => {
    const endpoints = [alb, ipEndpoint('ovh-gra', '192.0.2.30'), ipEndpoint('linode-ord', '198.51.100.40')];
    const normal = synthDns({ endpoints });
    const drilled = synthDns({ endpoints, drillRegion: 'ovh-gra' });
    const checks = (json: any) => resourcesOf(json, 'aws_route53_health_check');
    for (const [id, check] of Object.entries(checks(drilled))) {
      const expected = id.includes('HealthCheck-ovh-gra')
        ? { ...checks(normal)[id], invert_healthcheck: true }
        : checks(normal)[id];
      expect(check).toEqual(expected);
    }
    expect(Object.values(checks(drilled)).filter((c) => c.invert_healthcheck)).toHaveLength(1);
    expect(Object.values(checks(drilled)).every((c) => c.disabled === undefined)).toBe(true);
    expect(resourcesOf(drilled, 'aws_route53_record')).toEqual(resourcesOf(normal, 'aws_route53_record'));
  });

  test("with data checks, each region's records are guarded by a calculated endpoint-and-data check", () => {
    const json = synthDns({
      dataHealthCheckIds: {
        'do-nyc': ['latency-us-east-1', 'errors-us-east-1'],
        'linode-fra': ['latency-eu-central-1'],
      },
    });
    const checks = resourcesOf(json, 'aws_route53_health_check');
    const calculated = Object.entries(checks).filter(([, c]) => c.type === 'CALCULATED');
    expect(calculated).toHaveLength(2);
    const [nycId, nyc] = calculated.find(([id]) => id.includes('RegionHealth-do-nyc'))!;
    expect(nyc).toMatchObject({ child_health_threshold: 3 });
    expect(nyc.child_healthchecks).toEqual([
      expect.stringContaining('HealthCheck-do-nyc'),
      'latency-us-east-1',
      'errors-us-east-1',
    ]);
    const records = Object.values(resourcesOf(json, 'aws_route53_record'));
    const primary = records.find((r) => r.set_identifier === 'do-nyc')!;
    expect(primary.health_check_id).toBe(`\${aws_route53_health_check.${nycId}.id}`);
  });

  test('a search string turns the checks into string matches', () => {
    const json = synthDns({ healthCheck: new HealthCheckSpec({ dnsSearchString: 'status: ok' }, 8080) });
    for (const check of Object.values(resourcesOf(json, 'aws_route53_health_check'))) {
      expect(check).toMatchObject({ type: 'HTTP_STR_MATCH', search_string: 'status: ok' });
    }
  });

  test.each<[string, Partial<FailoverDnsProps>, string, RegExp]>([
    [
      'an expected status Route 53 never sees as healthy',
      { healthCheck: new HealthCheckSpec({ expectedStatus: '200-404' }, 8080) },
      'healthCheck.expectedStatus',
      /within 200-399/,
    ],
    [
      'a hostname outside the zone',
      { hostname: 'app.example.org' },
      'dns.hostname',
      /inside the hosted zone example.com/,
    ],
    ['a TTL above 60', { ttlSeconds: 300 }, 'dns.ttlSeconds', /from 0 to 60/],
    [
      'fewer than three checker regions',
      { checkerRegions: ['us-east-1', 'eu-west-1'] },
      'dns.checkerRegions',
      /at least three/,
    ],
    [
      'a region Route 53 does not check from',
      { checkerRegions: ['us-east-1', 'eu-west-1', 'eu-central-1'] },
      'dns.checkerRegions[2]',
      /one of: us-east-1, us-west-1/,
    ],
    [
      'a checker region twice',
      { checkerRegions: ['us-east-1', 'eu-west-1', 'us-east-1'] },
      'dns.checkerRegions[2]',
      /once/,
    ],
    ['a single region', { endpoints: [ipEndpoint('only', '203.0.113.1')] }, 'regions', /at least two regions/],
    ['a malformed zone id', { zoneId: 'abc' }, 'dns.zoneId', /hosted zone id/],
    [
      'a drill in a region the environment does not have',
      { drillRegion: 'nowhere' },
      'drill',
      /one of: do-nyc, linode-fra/,
    ],
    [
      'data checks missing for a region',
      { dataHealthCheckIds: { 'do-nyc': ['x'] } },
      'dataHealthCheckIds.linode-fra',
      /1 to 255 data health check ids for every region/,
    ],
    ...[
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '127.0.0.1',
      '169.254.169.254',
      '100.64.0.1',
      '224.0.0.1',
      '0.1.2.3',
    ].map((ip): [string, Partial<FailoverDnsProps>, string, RegExp] => [
      `the non-public target ${ip}`,
      { endpoints: [ipEndpoint('do-nyc', ip), ipEndpoint('linode-fra', '198.51.100.20')] },
      'regions[do-nyc].address',
      /a public IPv4 address/,
    ]),
    [
      'a target with neither address nor name',
      { endpoints: [ipEndpoint('do-nyc', ''), ipEndpoint('linode-fra', '198.51.100.20')] },
      'regions[do-nyc].address',
      /an IP address or DNS name/,
    ],
    [
      'a port outside 1-65535',
      {
        endpoints: [
          { ...ipEndpoint('do-nyc', '203.0.113.9'), publicPort: 70000 },
          ipEndpoint('linode-fra', '198.51.100.20'),
        ],
      },
      'regions[do-nyc].publicPort',
      /from 1 to 65535/,
    ],
  ])('rejects %s', (_case, props, field, allowed) => {
    const problem = dnsProblems(props).find((p) => p.field === field);
    expect(problem).toBeDefined();
    expect(problem!.allowed).toMatch(allowed);
  });
});
