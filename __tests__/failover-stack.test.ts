import { Testing } from '../cdk';
import { production, staging } from '../config/environments';
import { EnvironmentConfig } from '../config/types';
import { FailoverStack } from '../stacks/failover-stack';
import { defaultSynth } from './default-stacks';
import { onlyResource, problemsOf, resourcesOf, synthStack } from './synth';

/** A changed configuration, synthesized here; the unchanged defaults come from `defaultSynth` (synthesized once per run). */
function build(config: EnvironmentConfig) {
  return synthStack(new FailoverStack(Testing.app(), config));
}

const stackProblems = (config: EnvironmentConfig) => problemsOf(() => new FailoverStack(Testing.app(), config));

describe('FailoverStack', () => {
  test('configures only the providers the environment uses, credentials from the environment only', () => {
    const json = defaultSynth('staging');
    expect(Object.keys(json.provider ?? {}).sort()).toEqual(['aws', 'digitalocean', 'linode']);
    expect(json.provider!.aws).toEqual([
      {
        region: 'us-east-1',
        default_tags: [
          {
            tags: { project: 'failover-kit', environment: 'staging', 'managed-by': 'cdktf', 'cost-center': 'platform' },
          },
        ],
      },
    ]);
    expect(json.provider!.digitalocean).toEqual([{}]);
    expect(json.provider!.linode).toEqual([{}]);
  });

  test("puts a replica in each region's nearest data region, none in the home region", () => {
    const table = onlyResource(defaultSynth('production'), 'aws_dynamodb_table');
    // aws-use1 uses us-east-1 (home), ovh-gra eu-west-3, linode-ord us-east-2.
    expect(table.region).toBe('us-east-1');
    expect(table.replica.map((r: any) => r.region_name)).toEqual(['eu-west-3', 'us-east-2']);
  });

  test('extra replica regions hold a data-only copy', () => {
    const table = onlyResource(
      build({ ...production, table: { ...production.table, extraReplicaRegions: ['eu-central-1'] } }),
      'aws_dynamodb_table',
    );
    expect(table.replica.map((r: any) => r.region_name)).toEqual(['eu-west-3', 'us-east-2', 'eu-central-1']);
  });

  test('ALB deletion protection is on unless the environment is ephemeral', () => {
    expect(onlyResource(defaultSynth('production'), 'aws_lb').enable_deletion_protection).toBe(true);
    expect(onlyResource(build({ ...production, ephemeral: true }), 'aws_lb').enable_deletion_protection).toBe(false);
  });

  test('non-AWS regions get an IAM user scoped to their replica; access keys only when asked', () => {
    const stagingJson = defaultSynth('staging');
    expect(Object.keys(resourcesOf(stagingJson, 'aws_iam_user'))).toHaveLength(2);
    expect(resourcesOf(stagingJson, 'aws_iam_access_key')).toEqual({});
    const policies = Object.values(resourcesOf(stagingJson, 'aws_iam_user_policy'));
    expect(policies.map((p) => p.name).sort()).toEqual(['dynamodb-data-eu-central-1', 'dynamodb-data-us-east-1']);

    const prod = defaultSynth('production');
    const users = Object.values(resourcesOf(prod, 'aws_iam_user'));
    expect(users.map((u) => u.name).sort()).toEqual(['fk-production-linode-ord-app', 'fk-production-ovh-gra-app']);
    expect(Object.keys(resourcesOf(prod, 'aws_iam_access_key'))).toHaveLength(2);
    // The secret reaches the instance as a Terraform reference inside its user data.
    for (const instance of Object.values(resourcesOf(prod, 'ovh_cloud_project_instance'))) {
      expect(instance.user_data).toMatch(
        /AWS_SECRET_ACCESS_KEY=\\"\$\{aws_iam_access_key\.ovh-gra-credentials_AccessKey_\w+\.secret\}/,
      );
    }
  });

  test('wires S3 state with encryption and lockfile locking when configured', () => {
    const json = defaultSynth('production');
    expect((json.terraform as any).backend.s3).toEqual({
      bucket: 'failover-kit-terraform-state',
      key: 'failover-kit/production/terraform.tfstate',
      region: 'us-east-1',
      encrypt: true,
      use_lockfile: true,
    });
    expect((defaultSynth('staging').terraform as any).backend.s3.key).toBe('failover-kit/staging/terraform.tfstate');
    // Without a backend the state stays local.
    expect((build({ ...staging, backend: undefined }).terraform as any).backend?.s3).toBeUndefined();
  });

  test('outputs the app URL, table ARN, replica streams and each region in failover order', () => {
    const json = defaultSynth('production');
    expect(Object.keys(json.output ?? {}).sort()).toEqual([
      'app_url',
      'dr_manifest',
      'recovery_budget',
      'regions',
      'replica_stream_arns',
      'table_arn',
    ]);
    expect(json.output!.app_url.value).toBe('http://app.example.com/');
    const regions = json.output!.regions.value as any[];
    expect(regions.map((r) => [r.priority, r.region, r.cloud, r.data_region])).toEqual([
      [1, 'aws-use1', 'aws', 'us-east-1'],
      [2, 'ovh-gra', 'ovh', 'eu-west-3'],
      [3, 'linode-ord', 'linode', 'us-east-2'],
    ]);
    for (const r of regions) expect(r.health_check_id).toMatch(/aws_route53_health_check/);
    expect(Object.keys(json.output!.replica_stream_arns.value as object).sort()).toEqual([
      'eu-west-3',
      'us-east-1',
      'us-east-2',
    ]);
  });

  test('recovery budget: interval x threshold + TTL + data-tier alarm evaluation, as output and manifest', () => {
    const json = defaultSynth('production');
    // 10 s x 3 probes + 60 s TTL + 420 s (slowest data signal: 120 s stall threshold + one 300 s window)
    expect(json.output!.recovery_budget.value).toMatchObject({
      worst_case_seconds: 510,
      detection_seconds: 30,
      ttl_seconds: 60,
      data_evaluation_seconds: 420,
      rpo: expect.stringMatching(/^seconds: replication is asynchronous/),
    });
    expect((json.output!.dr_manifest.value as any).recovery_budget).toEqual(json.output!.recovery_budget.value);
    // Without data-tier awareness: 30 s x 3 + 30 s TTL.
    const plain = build({
      ...staging,
      dataTierAwareHealth: false,
      healthCheck: { dnsRequestIntervalSeconds: 30 },
      dns: { ...staging.dns, ttlSeconds: 30 },
    });
    expect(plain.output!.recovery_budget.value).toEqual(
      expect.objectContaining({ worst_case_seconds: 120, detection_seconds: 90 }),
    );
    expect(resourcesOf(plain, 'aws_cloudwatch_metric_alarm')).not.toEqual({});
    expect(
      Object.values(resourcesOf(plain, 'aws_route53_health_check'))
        .map((c) => c.type)
        .sort(),
    ).toEqual(['HTTP', 'HTTP']);
  });

  test('an unmeetable rtoSeconds fails synth naming the settings to change', () => {
    const problem = stackProblems({ ...production, rtoSeconds: 120 }).find((p) => p.field === 'rtoSeconds')!;
    expect(problem).toMatchObject({ environment: 'production', value: 120 });
    expect(problem.allowed).toContain('at least the computed worst case of 510 s');
    expect(problem.allowed).toContain('dns.ttlSeconds 60 -> lower');
    expect(problem.allowed).toContain('dataTierAwareHealth: false');
    expect(() => build({ ...production, rtoSeconds: 510 })).not.toThrow();
  });

  test('alerts: one HealthCheckStatus alarm per region in us-east-1, and a failover alarm on the primary', () => {
    const json = defaultSynth('production');
    const alarms = Object.values(resourcesOf(json, 'aws_cloudwatch_metric_alarm'));
    const route53 = alarms.filter((a) => a.namespace === 'AWS/Route53');
    expect(route53.every((a) => a.region === 'us-east-1')).toBe(true);
    const regionAlarms = route53.filter((a) => a.alarm_name.endsWith('-health-check'));
    expect(regionAlarms.map((a) => a.alarm_name).sort()).toEqual([
      'fk-production-aws-use1-health-check',
      'fk-production-linode-ord-health-check',
      'fk-production-ovh-gra-health-check',
    ]);
    const failover = route53.find((a) => a.alarm_name === 'fk-production-failover-active')!;
    expect(failover.dimensions.HealthCheckId).toContain('RegionHealth-aws-use1');
    const albAlarms = alarms.filter((a) => a.namespace === 'AWS/ApplicationELB');
    expect(albAlarms.map((a) => a.region)).toEqual(['us-east-1', 'us-east-1']);
  });

  test("staging's DigitalOcean region runs HAProxy: Route 53 checks and routes to its reserved IP", () => {
    const json = defaultSynth('staging');
    const [reservedIpId] = Object.keys(resourcesOf(json, 'digitalocean_reserved_ip'));
    const reservedIp = `\${digitalocean_reserved_ip.${reservedIpId}.ip_address}`;
    const checks = Object.entries(resourcesOf(json, 'aws_route53_health_check')).filter(([id]) =>
      id.includes('HealthCheck-do-nyc'),
    );
    expect(checks.map(([, c]) => [c.ip_address, c.port, c.resource_path])).toEqual([[reservedIp, 80, '/healthz']]);
    const records = Object.values(resourcesOf(json, 'aws_route53_record')).filter((r) => r.set_identifier === 'do-nyc');
    expect(records.map((r) => r.records)).toEqual([[reservedIp]]);
    const regions = (json.output!.dr_manifest.value as any).regions;
    expect(regions.map((r: any) => [r.region, r.load_balancer])).toEqual([
      ['do-nyc', 'haproxy'],
      ['linode-fra', 'managed'],
    ]);
    expect(regions[0].address).toBe(reservedIp);
    expect(resourcesOf(json, 'digitalocean_loadbalancer')).toEqual({});
    expect(Object.keys(resourcesOf(json, 'linode_nodebalancer'))).toHaveLength(1);
  });

  test('refuses HAProxy on an AWS region', () => {
    const region = { ...production.regions[0], loadBalancer: 'haproxy' } as EnvironmentConfig['regions'][number];
    expect(stackProblems({ ...production, regions: [region, ...production.regions.slice(1)] })).toContainEqual(
      expect.objectContaining({
        environment: 'production',
        field: 'regions[0].loadBalancer',
        value: 'haproxy',
        allowed: expect.stringContaining('Application Load Balancer'),
      }),
    );
  });

  test('a drill marks the manifest and inverts one endpoint check', () => {
    const json = build({ ...production, drill: 'linode-ord' });
    expect((json.output!.dr_manifest.value as any).drill_region).toBe('linode-ord');
    const inverted = Object.entries(resourcesOf(json, 'aws_route53_health_check')).filter(
      ([, c]) => c.invert_healthcheck,
    );
    expect(inverted.map(([id]) => id)).toEqual([expect.stringContaining('HealthCheck-linode-ord')]);
    expect(stackProblems({ ...production, drill: 'nowhere' })).toContainEqual(
      expect.objectContaining({
        field: 'drill',
        value: 'nowhere',
        allowed: 'one of: aws-use1, ovh-gra, linode-ord',
      }),
    );
  });

  test('collects every problem of every region into one ConfigError', () => {
    const bad: EnvironmentConfig = {
      ...staging,
      healthCheck: { path: 'healthz' },
      dns: { ...staging.dns, ttlSeconds: 120 },
      regions: [
        { name: 'do-x', cloud: 'digitalocean', location: 'nyc9' },
        { name: 'linode-x', cloud: 'linode', location: 'mars-1' },
      ],
    };
    const problems = stackProblems(bad);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ environment: 'staging', field: 'healthCheck.path' }),
        expect.objectContaining({ environment: 'staging', region: 'do-x', value: 'nyc9' }),
        expect.objectContaining({ environment: 'staging', region: 'linode-x', value: 'mars-1' }),
        expect.objectContaining({ environment: 'staging', field: 'dns.ttlSeconds', value: 120 }),
      ]),
    );
  });

  test.each<[string, Partial<EnvironmentConfig>, string, RegExp]>([
    [
      'a single region',
      { regions: [{ name: 'only', cloud: 'digitalocean', location: 'nyc3' }] },
      'regions',
      /at least two/,
    ],
    [
      'two regions with one name',
      {
        regions: [
          { name: 'a', cloud: 'digitalocean', location: 'nyc3' },
          { name: 'a', cloud: 'linode', location: 'us-east' },
        ],
      },
      'regions[1].name',
      /no other region/,
    ],
    [
      'two regions in one location',
      {
        regions: [
          { name: 'a', cloud: 'digitalocean', location: 'nyc3' },
          { name: 'b', cloud: 'digitalocean', location: 'nyc3' },
        ],
      },
      'regions[1].location',
      /no other region/,
    ],
    [
      'an unknown data region',
      {
        regions: [
          { name: 'a', cloud: 'digitalocean', location: 'nyc3', dataRegion: 'us-nowhere-1' },
          staging.regions[1],
        ],
      },
      'regions[0].dataRegion',
      /one of: .*us-east-1/,
    ],
    ['an environment name with capitals', { name: 'Prod' }, 'name', /lowercase/],
    [
      'an unknown extra replica region',
      { table: { ...staging.table, extraReplicaRegions: ['eu-nowhere-1'] } },
      'table.extraReplicaRegions[0]',
      /one of: .*eu-west-1/,
    ],
  ])('rejects %s', (_case, override, field, allowed) => {
    const problem = stackProblems({ ...staging, ...override }).find((p) => p.field === field);
    expect(problem).toBeDefined();
    expect(problem!.allowed).toMatch(allowed);
  });
});
