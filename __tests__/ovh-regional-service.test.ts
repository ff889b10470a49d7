import { HealthCheckSpec } from '../constructs/health-check-spec';
import { OctaviaMonitor, renderOctaviaMonitor, validateOctaviaMonitor } from '../constructs/ovh-regional-service';
import { ConfigError, Problems } from '../constructs/problems';
import { Options, PROJECT, synthService, USER_DATA } from './fixtures/ovh-regional-service';
import { onlyResource, resourcesOf, SynthesizedStack } from './synth';

/** Logical id of the single resource or data source of a type. */
function onlyId(entries: Record<string, unknown> | undefined): string {
  const ids = Object.keys(entries ?? {});
  expect(ids).toHaveLength(1);
  return ids[0];
}

function reference(json: SynthesizedStack, type: string, attribute: string): string {
  return `\${${type}.${onlyId(resourcesOf(json, type))}.${attribute}}`;
}

function dataReference(json: SynthesizedStack, type: string, attribute: string): string {
  return `data.${type}.${onlyId(json.data?.[type])}.${attribute}`;
}

/** Instances in index order (logical ids sort Instance10 before Instance2). */
function instancesOf(json: SynthesizedStack): Record<string, any>[] {
  const index = (instance: Record<string, any>) => Number(/-(\d+)$/.exec(instance.name)![1]);
  return Object.values(resourcesOf(json, 'ovh_cloud_project_instance')).sort((a, b) => index(a) - index(b));
}

function poolOf(json: SynthesizedStack): Record<string, any> {
  const listeners = onlyResource(json, 'ovh_cloud_project_loadbalancer').listeners;
  expect(listeners).toHaveLength(1);
  return listeners[0].pool;
}

function configErrorOf(options: Options): ConfigError {
  try {
    synthService(options);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('OvhRegionalService', () => {
  test('creates a network, a subnet, a gateway, two instances and a load balancer by default', () => {
    const { json, service } = synthService();
    expect(Object.keys(json.resource ?? {}).sort()).toEqual([
      'ovh_cloud_project_gateway',
      'ovh_cloud_project_instance',
      'ovh_cloud_project_loadbalancer',
      'ovh_cloud_project_network_private',
      'ovh_cloud_project_network_private_subnet_v2',
    ]);
    expect(instancesOf(json)).toHaveLength(2);
    expect(Object.keys(json.data ?? {}).sort()).toEqual([
      'ovh_cloud_project_flavors',
      'ovh_cloud_project_images',
      'ovh_cloud_project_loadbalancer_flavors',
    ]);
    expect(service.instances.map((instance) => instance.node.id)).toEqual(['Instance0', 'Instance1']);
    expect(json.provider?.ovh).toHaveLength(1);
  });

  test('creates instanceCount instances with distinct names and consecutive fixed addresses', () => {
    const { json, service } = synthService({ region: { instanceCount: 3 } });
    expect(service.instances.map((instance) => instance.node.id)).toEqual(['Instance0', 'Instance1', 'Instance2']);
    expect(instancesOf(json).map((instance) => [instance.name, instance.network.private.ip])).toEqual([
      ['fk-prod-ovh-gra-app-0', '10.60.0.10'],
      ['fk-prod-ovh-gra-app-1', '10.60.0.11'],
      ['fk-prod-ovh-gra-app-2', '10.60.0.12'],
    ]);
    expect(service.instanceAddresses).toEqual(['10.60.0.10', '10.60.0.11', '10.60.0.12']);
  });

  test('puts the private network in the region on a VLAN derived from environment and region', () => {
    const network = onlyResource(synthService().json, 'ovh_cloud_project_network_private');
    expect(network).toMatchObject({ service_name: PROJECT, name: 'fk-prod-ovh-gra-net', regions: ['GRA11'] });
    expect(Number.isInteger(network.vlan_id) && network.vlan_id >= 1 && network.vlan_id <= 4000).toBe(true);
    expect(onlyResource(synthService().json, 'ovh_cloud_project_network_private').vlan_id).toBe(network.vlan_id);
    const other = onlyResource(
      synthService({ region: { name: 'ovh-sbg', location: 'SBG5' } }).json,
      'ovh_cloud_project_network_private',
    );
    expect(other.vlan_id).not.toBe(network.vlan_id);
  });

  test('creates the subnet on the OpenStack network id with the gateway first and DHCP in the upper half', () => {
    const { json } = synthService();
    const networkId = onlyId(resourcesOf(json, 'ovh_cloud_project_network_private'));
    expect(onlyResource(json, 'ovh_cloud_project_network_private_subnet_v2')).toEqual({
      service_name: PROJECT,
      region: 'GRA11',
      network_id: `\${ovh_cloud_project_network_private.${networkId}.regions_openstack_ids["GRA11"]}`,
      name: 'fk-prod-ovh-gra-subnet',
      cidr: '10.60.0.0/24',
      dhcp: true,
      enable_gateway_ip: true,
      gateway_ip: '10.60.0.1',
      allocation_pools: [{ start: '10.60.0.128', end: '10.60.0.254' }],
    });
  });

  test('lays a custom subnet out the same way', () => {
    const { json } = synthService({ region: { subnetCidr: '172.16.8.0/26', instanceCount: 20 } });
    const subnet = onlyResource(json, 'ovh_cloud_project_network_private_subnet_v2');
    expect(subnet).toMatchObject({ cidr: '172.16.8.0/26', gateway_ip: '172.16.8.1' });
    expect(subnet.allocation_pools).toEqual([{ start: '172.16.8.32', end: '172.16.8.62' }]);
    const addresses = instancesOf(json).map((instance) => instance.network.private.ip);
    expect(addresses[0]).toBe('172.16.8.10');
    expect(addresses[19]).toBe('172.16.8.29');
  });

  test('attaches a gateway to the subnet', () => {
    const { json } = synthService();
    expect(onlyResource(json, 'ovh_cloud_project_gateway')).toEqual({
      service_name: PROJECT,
      region: 'GRA11',
      name: 'fk-prod-ovh-gra-gw',
      model: 's',
      network_id: reference(json, 'ovh_cloud_project_network_private_subnet_v2', 'network_id'),
      subnet_id: reference(json, 'ovh_cloud_project_network_private_subnet_v2', 'id'),
    });
  });

  test('boots each instance on the private network only, with flavor and image looked up by name', () => {
    const { json } = synthService({ region: { flavorName: 'c3-4', imageName: 'Debian 12' } });
    const flavors = dataReference(json, 'ovh_cloud_project_flavors', 'flavors');
    const images = dataReference(json, 'ovh_cloud_project_images', 'images');
    expect(Object.values(json.data!.ovh_cloud_project_flavors)).toEqual([
      { service_name: PROJECT, region: 'GRA11', name_filter: 'c3-4' },
    ]);
    expect(Object.values(json.data!.ovh_cloud_project_images)).toEqual([
      { service_name: PROJECT, region: 'GRA11', os_type: 'linux' },
    ]);
    for (const [index, instance] of instancesOf(json).entries()) {
      expect(instance).toEqual({
        service_name: PROJECT,
        region: 'GRA11',
        name: `fk-prod-ovh-gra-app-${index}`,
        billing_period: 'hourly',
        flavor: { flavor_id: `\${one([ for key, val in toset(${flavors}): val.id])}` },
        boot_from: { image_id: `\${one([ for key, val in toset(${images}): val.id if val.name == "Debian 12"])}` },
        ssh_key: { name: 'deploy' },
        user_data: USER_DATA,
        network: {
          public: false,
          private: {
            network: {
              id: reference(json, 'ovh_cloud_project_network_private_subnet_v2', 'network_id'),
              subnet_id: reference(json, 'ovh_cloud_project_network_private_subnet_v2', 'id'),
            },
            ip: `10.60.0.${10 + index}`,
          },
        },
        depends_on: [`ovh_cloud_project_gateway.${onlyId(resourcesOf(json, 'ovh_cloud_project_gateway'))}`],
        lifecycle: { ignore_changes: ['boot_from'] },
      });
    }
  });

  test('gives the load balancer the flavor of its size, the subnet, the gateway and a new floating IP', () => {
    const { json } = synthService({ region: { loadBalancerSize: 'large' } });
    const lbFlavors = dataReference(json, 'ovh_cloud_project_loadbalancer_flavors', 'flavors');
    expect(Object.values(json.data!.ovh_cloud_project_loadbalancer_flavors)).toEqual([
      { service_name: PROJECT, region_name: 'GRA11' },
    ]);
    const lb = onlyResource(json, 'ovh_cloud_project_loadbalancer');
    expect(lb).toMatchObject({ service_name: PROJECT, region_name: 'GRA11', name: 'fk-prod-ovh-gra-lb' });
    expect(lb.flavor_id).toBe(`\${one([ for key, val in toset(${lbFlavors}): val.id if val.name == "large"])}`);
    expect(lb.network).toEqual({
      private: {
        network: {
          id: reference(json, 'ovh_cloud_project_network_private_subnet_v2', 'network_id'),
          subnet_id: reference(json, 'ovh_cloud_project_network_private_subnet_v2', 'id'),
        },
        gateway: { id: reference(json, 'ovh_cloud_project_gateway', 'id') },
        floating_ip_create: { description: 'fk-prod-ovh-gra-lb' },
      },
    });
  });

  test('defaults the load balancer to the small flavor', () => {
    expect(onlyResource(synthService().json, 'ovh_cloud_project_loadbalancer').flavor_id).toMatch(
      /val\.name == "small"\]\)\}$/,
    );
  });

  test('listens on HTTP port 80 and round-robins over one member per instance on the app port', () => {
    const { json } = synthService({ region: { instanceCount: 3 }, appPort: 9000, healthCheck: { port: 9000 } });
    const listener = onlyResource(json, 'ovh_cloud_project_loadbalancer').listeners[0];
    expect(listener).toMatchObject({ name: 'fk-prod-ovh-gra-http', port: 80, protocol: 'http' });
    expect(listener.allowed_cidrs).toBeUndefined();
    const pool = poolOf(json);
    expect(pool).toMatchObject({ name: 'fk-prod-ovh-gra-app', algorithm: 'roundRobin', protocol: 'http' });
    expect(pool.members).toEqual(
      instancesOf(json).map((instance) => ({
        name: instance.name,
        address: instance.network.private.ip,
        protocol_port: 9000,
      })),
    );
  });

  test('renders the health monitor from the spec', () => {
    const { json } = synthService({
      healthCheck: {
        path: '/status',
        expectedStatus: 204,
        intervalSeconds: 15,
        timeoutSeconds: 4,
        healthyThreshold: 2,
        unhealthyThreshold: 5,
        hostHeader: 'app.example.com',
      },
    });
    expect(poolOf(json).health_monitor).toEqual({
      name: 'fk-prod-ovh-gra-health',
      monitor_type: 'http',
      delay: 15,
      timeout: 4,
      max_retries: 2,
      max_retries_down: 5,
      http_configuration: {
        http_method: 'GET',
        url_path: '/status',
        expected_codes: '204',
        domain_name: 'app.example.com',
        http_version: '1.1',
      },
    });
  });

  test('renders an HTTPS spec as an https monitor and sends no Host header when none is set', () => {
    const monitor = poolOf(synthService({ healthCheck: { protocol: 'HTTPS' } }).json).health_monitor;
    expect(monitor).toMatchObject({
      monitor_type: 'https',
      delay: 10,
      timeout: 5,
      max_retries: 3,
      max_retries_down: 3,
    });
    expect(monitor.http_configuration).toEqual({
      http_method: 'GET',
      url_path: '/healthz',
      expected_codes: '200',
      http_version: '1.1',
    });
  });

  test('exposes the load balancer floating IP as the endpoint', () => {
    const { json, service } = synthService();
    const floatingIp = reference(json, 'ovh_cloud_project_loadbalancer', 'floating_ip.ip');
    expect(json.output?.address.value).toBe(floatingIp);
    expect(json.output?.target_ip.value).toBe(floatingIp);
    expect(service.target.kind).toBe('ip');
    expect(service).toMatchObject({
      cloud: 'ovh',
      regionName: 'ovh-gra',
      location: 'GRA11',
      dataRegion: 'eu-west-3',
      publicProtocol: 'HTTP',
      publicPort: 80,
    });
    expect(service.loadBalancer!.node.id).toBe('LoadBalancer');
  });

  test('accepts IPv4 and IPv6 admin CIDRs', () => {
    expect(() => synthService({ region: { adminCidrs: ['203.0.113.0/24', '2001:db8::/48'] } })).not.toThrow();
  });

  describe('rejects', () => {
    const cases: ReadonlyArray<[string, Options, string, string]> = [
      ['an unknown location', { region: { location: 'GRA1' } }, 'location', 'one of: GRA9, GRA11'],
      [
        'a service name that is not a project id',
        { region: { serviceName: 'my-project' } },
        'serviceName',
        '32 lowercase hexadecimal characters',
      ],
      ['no instances', { region: { instanceCount: 0 } }, 'instanceCount', 'an integer from 1 to 20'],
      ['too many instances', { region: { instanceCount: 21 } }, 'instanceCount', 'an integer from 1 to 20'],
      ['a fractional instance count', { region: { instanceCount: 1.5 } }, 'instanceCount', 'an integer from 1 to 20'],
      ['a public subnet', { region: { subnetCidr: '8.8.8.0/24' } }, 'subnetCidr', 'inside one of: 10.0.0.0/8'],
      ['a subnet with host bits', { region: { subnetCidr: '10.60.0.1/24' } }, 'subnetCidr', 'no host bits set'],
      [
        'a subnet too small for the address plan',
        { region: { subnetCidr: '10.60.0.0/27' } },
        'subnetCidr',
        'from /16 to /26',
      ],
      ['an IPv6 subnet', { region: { subnetCidr: 'fd00::/64' } }, 'subnetCidr', 'a private IPv4 CIDR block'],
      [
        'SSH from anywhere over IPv4',
        { region: { adminCidrs: ['0.0.0.0/0'] } },
        'adminCidrs[0]',
        'narrower than the whole internet',
      ],
      [
        'SSH from anywhere over IPv6',
        { region: { adminCidrs: ['10.0.0.0/8', '::/0'] } },
        'adminCidrs[1]',
        'narrower than the whole internet',
      ],
      [
        'a malformed admin CIDR',
        { region: { adminCidrs: ['10.0.0.0/33'] } },
        'adminCidrs[0]',
        'an IPv4 or IPv6 CIDR block',
      ],
      ['a missing SSH key', { region: { sshKeyName: undefined } }, 'sshKeyName', 'the OVH instance API requires one'],
      [
        'an unknown load balancer size',
        { region: { loadBalancerSize: 'huge' as 'xl' } },
        'loadBalancerSize',
        'one of: small, medium, large, xl',
      ],
      ['a flavor name with quotes', { region: { flavorName: 'b3"8' } }, 'flavorName', 'an OVH flavor name'],
      [
        'an image name with an interpolation',
        { region: { imageName: '${var.image}' } },
        'imageName',
        'an OVH image name',
      ],
      ['app port 0', { appPort: 0 }, 'app.port', 'an integer from 1 to 65535'],
      ['app port 70000', { appPort: 70000 }, 'app.port', 'an integer from 1 to 65535'],
      ['a health check on another port', { healthCheck: { port: 9090 } }, 'healthCheck.port', 'the app port 8080'],
      [
        'a monitor timeout equal to its delay',
        { healthCheckOverrides: { intervalSeconds: 5, timeoutSeconds: 5 } },
        'healthCheck.timeoutSeconds',
        'less than intervalSeconds (5)',
      ],
      [
        'a zero monitor delay',
        { healthCheckOverrides: { intervalSeconds: 0 } },
        'healthCheck.intervalSeconds',
        'an integer from 1 to 3600',
      ],
      [
        'max_retries above 10',
        { healthCheckOverrides: { healthyThreshold: 11 } },
        'healthCheck.healthyThreshold',
        'an integer from 1 to 10 (Octavia health monitor max_retries)',
      ],
      [
        'a monitor timeout above its delay',
        { healthCheckOverrides: { intervalSeconds: 5, timeoutSeconds: 6 } },
        'healthCheck.timeoutSeconds',
        'an integer from 1 to less than intervalSeconds (5) (Octavia health monitor timeout)',
      ],
      [
        'max_retries of 0',
        { healthCheckOverrides: { healthyThreshold: 0 } },
        'healthCheck.healthyThreshold',
        'an integer from 1 to 10 (Octavia health monitor max_retries)',
      ],
      [
        'max_retries_down of 0',
        { healthCheckOverrides: { unhealthyThreshold: 0 } },
        'healthCheck.unhealthyThreshold',
        'an integer from 1 to 10 (Octavia health monitor max_retries_down)',
      ],
      [
        'max_retries_down above 10',
        { healthCheckOverrides: { unhealthyThreshold: 11 } },
        'healthCheck.unhealthyThreshold',
        'an integer from 1 to 10 (Octavia health monitor max_retries_down)',
      ],
      [
        'expected codes that are not a status',
        { healthCheckOverrides: { expectedStatusCodes: '2000' } },
        'healthCheck.expectedStatus',
        'one three-digit code (200), a comma-separated list (200,202) or a range (200-299) (Octavia health monitor expected_codes)',
      ],
      [
        'a Host header label starting with a hyphen',
        { healthCheck: { hostHeader: '-app.example.com' } },
        'healthCheck.hostHeader',
        'a domain name',
      ],
    ];

    test.each(cases)('%s', (_, options, field, allowed) => {
      const error = configErrorOf(options);
      expect(error.problems).toEqual([expect.objectContaining({ environment: 'prod', region: 'ovh-gra', field })]);
      expect(error.problems[0].allowed).toContain(allowed);
      expect(error.message).toContain(`environment prod, region ovh-gra: ${field} = `);
    });

    test('every bad setting at once', () => {
      const error = configErrorOf({
        region: { location: 'XX1', instanceCount: 0, subnetCidr: '10.0.0.0/8', sshKeyName: undefined },
        appPort: 0,
      });
      expect(error.problems.map((problem) => problem.field)).toEqual([
        'location',
        'instanceCount',
        'app.port',
        'sshKeyName',
        'subnetCidr',
      ]);
    });
  });

  test.each([
    [204, '204'],
    ['200, 202', '200,202'],
    ['200-299', '200-299'],
  ])('renders expectedStatus %p as expected_codes %p', (expectedStatus, expectedCodes) => {
    const monitor = poolOf(synthService({ healthCheck: { expectedStatus } }).json).health_monitor;
    expect(monitor.http_configuration.expected_codes).toBe(expectedCodes);
  });

  describe('the health monitor, rendered then validated as the load balancer gets it', () => {
    const rendered: OctaviaMonitor = renderOctaviaMonitor(new HealthCheckSpec({ hostHeader: 'app.example.com' }, 8080));
    const http = rendered.httpConfiguration!;

    function problemsOf(monitor: OctaviaMonitor) {
      const problems = new Problems({ environment: 'prod', region: 'ovh-gra' });
      validateOctaviaMonitor(problems, monitor);
      return problems.list;
    }

    test('passes what the renderer makes of a valid spec', () => {
      expect(problemsOf(rendered)).toEqual([]);
    });

    test.each([['http'], ['https'], ['ping'], ['sctp'], ['tcp'], ['tls-hello'], ['udp-connect']])(
      'accepts monitor type %s',
      (monitorType) => {
        expect(problemsOf({ ...rendered, monitorType })).toEqual([]);
      },
    );

    test.each([['HTTP'], ['TLS-HELLO'], ['icmp'], ['udp']])(
      'rejects monitor type %s (the OVH API spells types in lowercase)',
      (monitorType) => {
        expect(problemsOf({ ...rendered, monitorType })).toEqual([
          {
            environment: 'prod',
            region: 'ovh-gra',
            field: 'healthCheck.protocol',
            value: monitorType,
            allowed:
              'one of: http, https, ping, sctp, tcp, tls-hello, udp-connect (Octavia health monitor monitor_type, as the OVH API spells it)',
          },
        ]);
      },
    );

    test.each([['GET'], ['HEAD'], ['POST'], ['PUT'], ['DELETE'], ['TRACE'], ['OPTIONS'], ['CONNECT'], ['PATCH']])(
      'accepts HTTP method %s',
      (httpMethod) => {
        expect(problemsOf({ ...rendered, httpConfiguration: { ...http, httpMethod } })).toEqual([]);
      },
    );

    test.each([['get'], ['FETCH'], ['']])('rejects HTTP method %p', (httpMethod) => {
      expect(problemsOf({ ...rendered, httpConfiguration: { ...http, httpMethod } })).toEqual([
        {
          environment: 'prod',
          region: 'ovh-gra',
          field: 'health_monitor.http_configuration.http_method',
          value: httpMethod,
          allowed: 'one of: GET, HEAD, POST, PUT, DELETE, TRACE, OPTIONS, CONNECT, PATCH',
        },
      ]);
    });

    test.each([['2xx'], ['200-'], ['200,202-299'], ['299-200'], ['2000'], ['']])(
      'rejects expected_codes %p',
      (expectedCodes) => {
        expect(problemsOf({ ...rendered, httpConfiguration: { ...http, expectedCodes } })).toEqual([
          {
            environment: 'prod',
            region: 'ovh-gra',
            field: 'healthCheck.expectedStatus',
            value: expectedCodes,
            allowed:
              'one three-digit code (200), a comma-separated list (200,202) or a range (200-299) (Octavia health monitor expected_codes)',
          },
        ]);
      },
    );

    test("accepts expected_codes in Octavia's own spacing", () => {
      expect(problemsOf({ ...rendered, httpConfiguration: { ...http, expectedCodes: '200, 202' } })).toEqual([]);
    });

    test('rejects a timeout not less than the delay, and retries outside 1-10', () => {
      expect(
        problemsOf({ ...rendered, delay: 5, timeout: 5, maxRetries: 11, maxRetriesDown: 0 }).map((p) => [
          p.field,
          p.allowed,
        ]),
      ).toEqual([
        [
          'healthCheck.timeoutSeconds',
          'an integer from 1 to less than intervalSeconds (5) (Octavia health monitor timeout)',
        ],
        ['healthCheck.healthyThreshold', 'an integer from 1 to 10 (Octavia health monitor max_retries)'],
        ['healthCheck.unhealthyThreshold', 'an integer from 1 to 10 (Octavia health monitor max_retries_down)'],
      ]);
    });
  });
});
