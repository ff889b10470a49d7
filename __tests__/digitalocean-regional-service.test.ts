import { DigitaloceanProvider } from '@cdktf/provider-digitalocean/lib/provider';
import { TerraformOutput } from '../cdk';
import {
  DigitalOceanHealthCheck,
  DigitalOceanRegionalService,
  DropletPlacement,
  renderDigitalOceanHealthCheck,
  renderDropletPlacement,
  validateDigitalOceanHealthCheck,
  validateDropletPlacement,
} from '../constructs/digitalocean-regional-service';
import { HealthCheckSpec, HealthCheckSpecProps } from '../constructs/health-check-spec';
import { ConfigError, Problems } from '../constructs/problems';
import { Options, serviceProps, synthService, USER_DATA } from './fixtures/digitalocean-regional-service';
import { onlyResource, resourcesOf, synthInStack, SynthesizedStack } from './synth';

const DO_TAG = /^[a-zA-Z0-9_\-:]+$/;

/** `${type.logicalId.attribute}` of the single resource of a type. */
function referenceTo(json: SynthesizedStack, type: string, attribute: string): string {
  const ids = Object.keys(resourcesOf(json, type));
  expect(ids).toHaveLength(1);
  return `\${${type}.${ids[0]}.${attribute}}`;
}

/** Runs a validator the way the construct does, returning the ConfigError it leads to. */
function validatorErrorOf(validate: (problems: Problems) => void): ConfigError {
  const problems = new Problems({ environment: 'staging', region: 'do-nyc' });
  validate(problems);
  try {
    problems.throwIfAny();
  } catch (err) {
    return err as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

const RENDERED_CHECK: DigitalOceanHealthCheck = renderDigitalOceanHealthCheck(new HealthCheckSpec({}, 8080));

function configErrorOf(options: Options): ConfigError {
  try {
    synthService(options);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('DigitalOceanRegionalService', () => {
  test('creates one VPC, two Droplets, one load balancer and one firewall by default', () => {
    const { json } = synthService();
    expect(Object.keys(json.resource ?? {}).sort()).toEqual([
      'digitalocean_droplet',
      'digitalocean_firewall',
      'digitalocean_loadbalancer',
      'digitalocean_vpc',
    ]);
    expect(Object.keys(resourcesOf(json, 'digitalocean_droplet'))).toHaveLength(2);
    expect(onlyResource(json, 'digitalocean_vpc')).toEqual({
      name: 'fk-staging-do-nyc-vpc',
      region: 'nyc3',
      ip_range: '10.50.0.0/20',
    });
  });

  test('creates instanceCount Droplets with stable construct IDs and distinct names', () => {
    const { json, service } = synthService({ region: { instanceCount: 3 } });
    expect(service.droplets.map((droplet) => droplet.node.id)).toEqual(['Droplet0', 'Droplet1', 'Droplet2']);
    expect(
      Object.values(resourcesOf(json, 'digitalocean_droplet'))
        .map((droplet) => droplet.name)
        .sort(),
    ).toEqual(['fk-staging-do-nyc-app-0', 'fk-staging-do-nyc-app-1', 'fk-staging-do-nyc-app-2']);
  });

  test('puts the Droplets in the VPC with the configured size, image, keys and verbatim user data', () => {
    const { json } = synthService({
      region: { vpcCidr: '10.70.0.0/24', size: 's-2vcpu-4gb', image: 'debian-12-x64', sshKeys: ['12345', 'aa:bb:cc'] },
    });
    expect(onlyResource(json, 'digitalocean_vpc').ip_range).toBe('10.70.0.0/24');
    const vpcId = referenceTo(json, 'digitalocean_vpc', 'id');
    for (const droplet of Object.values(resourcesOf(json, 'digitalocean_droplet'))) {
      expect(droplet).toMatchObject({
        region: 'nyc3',
        size: 's-2vcpu-4gb',
        image: 'debian-12-x64',
        vpc_uuid: vpcId,
        ssh_keys: ['12345', 'aa:bb:cc'],
        user_data: USER_DATA,
        monitoring: true,
      });
    }
  });

  test('defaults Droplet size and image', () => {
    const { json } = synthService();
    for (const droplet of Object.values(resourcesOf(json, 'digitalocean_droplet'))) {
      expect(droplet).toMatchObject({ size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64', ssh_keys: [] });
    }
  });

  test('tags Droplets with the environment tags and a role tag, all valid DigitalOcean tags', () => {
    const { json } = synthService({ tags: { project: 'failover-kit', release: 'v1.2 beta' } });
    for (const droplet of Object.values(resourcesOf(json, 'digitalocean_droplet'))) {
      expect(droplet.tags).toEqual(['project:failover-kit', 'release:v1-2-beta', 'fk-staging-do-nyc-app']);
      for (const tag of droplet.tags) expect(tag).toMatch(DO_TAG);
    }
  });

  test('forwards HTTP 80 to the app port and renders the health check from the spec', () => {
    const healthCheck: HealthCheckSpecProps = {
      protocol: 'HTTPS',
      port: 9443,
      path: '/ready',
      intervalSeconds: 15,
      timeoutSeconds: 4,
      healthyThreshold: 2,
      unhealthyThreshold: 4,
    };
    const { json } = synthService({ appPort: 9000, healthCheck });
    const lb = onlyResource(json, 'digitalocean_loadbalancer');
    expect(lb).toMatchObject({
      name: 'fk-staging-do-nyc-lb',
      region: 'nyc3',
      vpc_uuid: referenceTo(json, 'digitalocean_vpc', 'id'),
    });
    expect(lb.forwarding_rule).toEqual([
      { entry_port: 80, entry_protocol: 'http', target_port: 9000, target_protocol: 'http' },
    ]);
    expect(lb.healthcheck).toEqual({
      protocol: 'https',
      port: 9443,
      path: '/ready',
      check_interval_seconds: 15,
      response_timeout_seconds: 4,
      healthy_threshold: 2,
      unhealthy_threshold: 4,
    });
  });

  test('health check defaults probe HTTP /healthz on the app port', () => {
    const { json } = synthService();
    expect(onlyResource(json, 'digitalocean_loadbalancer').healthcheck).toEqual({
      protocol: 'http',
      port: 8080,
      path: '/healthz',
      check_interval_seconds: 10,
      response_timeout_seconds: 5,
      healthy_threshold: 3,
      unhealthy_threshold: 3,
    });
  });

  test('the load balancer and the firewall both cover every Droplet', () => {
    const { json } = synthService({ region: { instanceCount: 3 } });
    const dropletIds = Object.keys(resourcesOf(json, 'digitalocean_droplet')).map(
      (id) => `\${digitalocean_droplet.${id}.id}`,
    );
    expect(onlyResource(json, 'digitalocean_loadbalancer').droplet_ids.sort()).toEqual(dropletIds.sort());
    expect(onlyResource(json, 'digitalocean_firewall').droplet_ids.sort()).toEqual(dropletIds.sort());
  });

  test('firewall admits the app port only from the load balancer and SSH only from the admin CIDRs', () => {
    const { json } = synthService({ region: { adminCidrs: ['203.0.113.0/24', '2001:db8::/48'] } });
    const firewall = onlyResource(json, 'digitalocean_firewall');
    expect(firewall.name).toBe('fk-staging-do-nyc-app');
    expect(firewall.inbound_rule).toEqual([
      {
        protocol: 'tcp',
        port_range: '8080',
        source_load_balancer_uids: [referenceTo(json, 'digitalocean_loadbalancer', 'id')],
      },
      { protocol: 'tcp', port_range: '22', source_addresses: ['203.0.113.0/24', '2001:db8::/48'] },
    ]);
  });

  test('firewall has no SSH rule without admin CIDRs', () => {
    const { json } = synthService();
    const inbound = onlyResource(json, 'digitalocean_firewall').inbound_rule;
    expect(inbound).toHaveLength(1);
    expect(inbound[0]).toEqual({
      protocol: 'tcp',
      port_range: '8080',
      source_load_balancer_uids: [referenceTo(json, 'digitalocean_loadbalancer', 'id')],
    });
  });

  test('firewall also admits a separate health-check port, from the load balancer only', () => {
    const { json } = synthService({ healthCheck: { port: 9090 } });
    const lbUid = referenceTo(json, 'digitalocean_loadbalancer', 'id');
    expect(onlyResource(json, 'digitalocean_firewall').inbound_rule).toEqual([
      { protocol: 'tcp', port_range: '8080', source_load_balancer_uids: [lbUid] },
      { protocol: 'tcp', port_range: '9090', source_load_balancer_uids: [lbUid] },
    ]);
  });

  test('firewall lets the Droplets reach anything outbound', () => {
    const { json } = synthService();
    const anywhere = ['0.0.0.0/0', '::/0'];
    expect(onlyResource(json, 'digitalocean_firewall').outbound_rule).toEqual([
      { protocol: 'tcp', port_range: '1-65535', destination_addresses: anywhere },
      { protocol: 'udp', port_range: '1-65535', destination_addresses: anywhere },
      { protocol: 'icmp', destination_addresses: anywhere },
    ]);
  });

  test('offers the load balancer IP as its HTTP endpoint', () => {
    let service: DigitalOceanRegionalService | undefined;
    const json = synthInStack((scope) => {
      new DigitaloceanProvider(scope, 'digitalocean', {});
      service = new DigitalOceanRegionalService(scope, 'DoNyc', serviceProps());
      if (service.target.kind !== 'ip') throw new Error(`expected an ip target, got ${service.target.kind}`);
      new TerraformOutput(scope, 'target_ip', { value: service.target.ipAddress });
      new TerraformOutput(scope, 'address', { value: service.address });
    });
    const lbIp = referenceTo(json, 'digitalocean_loadbalancer', 'ip');
    expect(json.output?.target_ip.value).toBe(lbIp);
    expect(json.output?.address.value).toBe(lbIp);
    expect(service).toMatchObject({
      regionName: 'do-nyc',
      cloud: 'digitalocean',
      location: 'nyc3',
      dataRegion: 'us-east-1',
      publicProtocol: 'HTTP',
      publicPort: 80,
    });
    expect(service!.loadBalancer!.node.id).toBe('LoadBalancer');
  });

  describe('rejects', () => {
    test('an unknown location, naming the field, the region and the allowed locations', () => {
      const error = configErrorOf({ region: { location: 'nyc9' } });
      expect(error.problems).toEqual([
        expect.objectContaining({
          environment: 'staging',
          region: 'do-nyc',
          field: 'location',
          value: 'nyc9',
        }),
      ]);
      expect(error.problems[0].allowed).toMatch(/^one of: .*nyc3.*fra1/);
      expect(error.message).toContain(
        'environment staging, region do-nyc: location = "nyc9" is not allowed; allowed: one of: nyc1',
      );
    });

    test.each([
      ['not-a-cidr'],
      ['203.0.113.7'],
      ['203.0.113.7/24'],
      ['203.0.113.0/33'],
      ['2001:db8::1/48'],
      ['fe80::1%eth0/64'],
    ])('admin CIDR %s', (cidr) => {
      const error = configErrorOf({ region: { adminCidrs: ['198.51.100.0/24', cidr] } });
      expect(error.problems).toEqual([
        {
          environment: 'staging',
          region: 'do-nyc',
          field: 'adminCidrs[1]',
          value: cidr,
          allowed: expect.stringContaining('IPv4 or IPv6 CIDR block'),
        },
      ]);
    });

    test.each([['0.0.0.0/0'], ['::/0']])('SSH from the whole internet (%s)', (cidr) => {
      const error = configErrorOf({ region: { adminCidrs: [cidr] } });
      expect(error.problems).toEqual([
        {
          environment: 'staging',
          region: 'do-nyc',
          field: 'adminCidrs[0]',
          value: cidr,
          allowed: expect.stringContaining('SSH from anywhere is refused'),
        },
      ]);
    });

    test('health-check values outside what the DigitalOcean load balancer accepts, all at once', () => {
      const error = configErrorOf({
        healthCheck: { intervalSeconds: 2, timeoutSeconds: 1, healthyThreshold: 1, unhealthyThreshold: 1 },
      });
      const limit = 'DigitalOcean load balancer healthcheck';
      expect(error.problems.map((p) => [p.field, p.value, p.allowed])).toEqual([
        ['healthCheck.intervalSeconds', 2, `an integer from 3 to 300 (${limit} check_interval_seconds)`],
        ['healthCheck.timeoutSeconds', 1, `an integer from 3 to 300 (${limit} response_timeout_seconds)`],
        ['healthCheck.healthyThreshold', 1, `an integer from 2 to 10 (${limit} healthy_threshold)`],
        ['healthCheck.unhealthyThreshold', 1, `an integer from 2 to 10 (${limit} unhealthy_threshold)`],
      ]);
      expect(error.message).toContain(
        'environment staging, region do-nyc: healthCheck.intervalSeconds = 2 is not allowed',
      );
    });

    test('a health-check interval above 300 seconds', () => {
      const error = configErrorOf({ healthCheck: { intervalSeconds: 301 } });
      expect(error.problems.map((p) => [p.field, p.value])).toEqual([['healthCheck.intervalSeconds', 301]]);
    });

    test('a health-check timeout above 300 seconds, from the check the construct renders', () => {
      const error = validatorErrorOf((problems) =>
        validateDigitalOceanHealthCheck(problems, {
          ...RENDERED_CHECK,
          checkIntervalSeconds: 300,
          responseTimeoutSeconds: 301,
        }),
      );
      expect(error.problems).toEqual([
        expect.objectContaining({
          field: 'healthCheck.timeoutSeconds',
          value: 301,
          allowed: 'an integer from 3 to 300 (DigitalOcean load balancer healthcheck response_timeout_seconds)',
        }),
      ]);
    });

    test.each([['http'], ['https']])('an %s health check without a path', (protocol) => {
      const error = validatorErrorOf((problems) =>
        validateDigitalOceanHealthCheck(problems, { ...RENDERED_CHECK, protocol, path: undefined }),
      );
      expect(error.problems).toEqual([
        {
          environment: 'staging',
          region: 'do-nyc',
          field: 'healthCheck.path',
          value: undefined,
          allowed: `a path starting with "/" with an ${protocol} check (DigitalOcean load balancer healthcheck path)`,
        },
      ]);
      expect(error.message).toContain(
        'environment staging, region do-nyc: healthCheck.path = (missing) is not allowed; allowed: a path',
      );
    });

    test('an http health check whose path does not start with "/"', () => {
      const error = validatorErrorOf((problems) =>
        validateDigitalOceanHealthCheck(problems, { ...RENDERED_CHECK, path: '' }),
      );
      expect(error.problems).toEqual([expect.objectContaining({ field: 'healthCheck.path', value: '' })]);
    });

    test('a tcp health check with a path', () => {
      const error = validatorErrorOf((problems) =>
        validateDigitalOceanHealthCheck(problems, { ...RENDERED_CHECK, protocol: 'tcp' }),
      );
      expect(error.problems).toEqual([
        {
          environment: 'staging',
          region: 'do-nyc',
          field: 'healthCheck.path',
          value: '/healthz',
          allowed: 'no path with a tcp check (DigitalOcean load balancer healthcheck path)',
        },
      ]);
    });

    test('a health check protocol DigitalOcean does not know', () => {
      const error = validatorErrorOf((problems) =>
        validateDigitalOceanHealthCheck(problems, { ...RENDERED_CHECK, protocol: 'grpc' }),
      );
      expect(error.problems).toEqual([
        expect.objectContaining({
          field: 'healthCheck.protocol',
          value: 'grpc',
          allowed: 'one of: http, https, tcp (DigitalOcean load balancer healthcheck protocol)',
        }),
      ]);
    });

    test('Droplets outside the load balancer region', () => {
      const placement: DropletPlacement = { loadBalancerRegion: 'nyc3', dropletRegions: ['nyc3', 'sfo3', 'nyc1'] };
      const error = validatorErrorOf((problems) => validateDropletPlacement(problems, placement));
      const allowed =
        "the load balancer's region nyc3 (a DigitalOcean load balancer only balances Droplets in its own region)";
      expect(error.problems).toEqual([
        { environment: 'staging', region: 'do-nyc', field: 'droplets[1].region', value: 'sfo3', allowed },
        { environment: 'staging', region: 'do-nyc', field: 'droplets[2].region', value: 'nyc1', allowed },
      ]);
      expect(error.message).toContain(
        `environment staging, region do-nyc: droplets[1].region = "sfo3" is not allowed; allowed: ${allowed}`,
      );
    });

    test.each([[0], [11], [1.5]])('instanceCount %p', (instanceCount) => {
      const error = configErrorOf({ region: { instanceCount } });
      expect(error.problems).toEqual([
        expect.objectContaining({
          region: 'do-nyc',
          field: 'instanceCount',
          value: instanceCount,
          allowed: expect.stringContaining('an integer from 1 to 10'),
        }),
      ]);
    });

    test.each([[0], [65536]])('app port %p', (appPort) => {
      const error = configErrorOf({ appPort, healthCheck: { port: 8080 } });
      expect(error.problems).toEqual([
        expect.objectContaining({
          field: 'app.port',
          value: appPort,
          allowed: expect.stringContaining('an integer from 1 to 65535'),
        }),
      ]);
    });

    test.each([['8.8.0.0/16'], ['10.0.0.0/8'], ['10.50.0.0/29'], ['10.50.0.1/20'], ['fd00::/48']])(
      'VPC range %s',
      (vpcCidr) => {
        const error = configErrorOf({ region: { vpcCidr } });
        expect(error.problems).toEqual([
          expect.objectContaining({
            region: 'do-nyc',
            field: 'vpcCidr',
            value: vpcCidr,
            allowed: expect.stringContaining('private IPv4 CIDR block from /16 to /28'),
          }),
        ]);
      },
    );

    test('nothing but reports every problem in one error', () => {
      const error = configErrorOf({ region: { location: 'mars1', instanceCount: 0, adminCidrs: ['0.0.0.0/0'] } });
      expect(error.problems.map((p) => p.field)).toEqual(['location', 'instanceCount', 'adminCidrs[0]']);
    });
  });

  test('validators pass what the renderers make: a tcp check without a path, Droplets beside their load balancer', () => {
    const problems = new Problems();
    validateDigitalOceanHealthCheck(problems, RENDERED_CHECK);
    validateDigitalOceanHealthCheck(problems, { ...RENDERED_CHECK, protocol: 'tcp', path: undefined });
    validateDropletPlacement(problems, renderDropletPlacement('fra1', 3));
    expect(problems.list).toEqual([]);
    expect(renderDropletPlacement('fra1', 2)).toEqual({ loadBalancerRegion: 'fra1', dropletRegions: ['fra1', 'fra1'] });
  });

  test('creates the load balancer and every Droplet where the placement says: the region location', () => {
    const { json } = synthService({ region: { location: 'fra1', instanceCount: 3 } });
    expect(onlyResource(json, 'digitalocean_loadbalancer').region).toBe('fra1');
    expect(Object.values(resourcesOf(json, 'digitalocean_droplet')).map((droplet) => droplet.region)).toEqual([
      'fra1',
      'fra1',
      'fra1',
    ]);
  });

  test('accepts single-host, IPv6 and IPv4-mapped admin CIDRs', () => {
    const adminCidrs = ['203.0.113.7/32', '2001:db8:1234::/48', '::ffff:192.0.2.0/120'];
    const { json } = synthService({ region: { adminCidrs } });
    const ssh = onlyResource(json, 'digitalocean_firewall').inbound_rule.find((rule: any) => rule.port_range === '22');
    expect(ssh.source_addresses).toEqual(adminCidrs);
  });
});
