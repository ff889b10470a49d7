import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TerraformOutput, TerraformStack, Testing } from '../cdk';
import type { LinodeRegionConfig } from '../config/types';
import { HealthCheckSpec } from '../constructs/health-check-spec';
import {
  LinodeRegionalService,
  NodeBalancerCheck,
  nodeAddress,
  renderNodeBalancerCheck,
  validateNodeAddress,
  validateNodeBalancerCheck,
} from '../constructs/linode-regional-service';
import { tagLabels } from '../constructs/naming';
import { ConfigError, Problems } from '../constructs/problems';
import type { RegionalServiceProps } from '../constructs/regional-endpoint';
import { APP_PORT, build, serviceProps, spec, synth, TAGS, USER_DATA } from './fixtures/linode-regional-service';
import { SynthesizedStack, configErrorOf, onlyResource, resourcesOf, synthStack } from './synth';
import { hasCommand, testWithTool } from './tools';

/**
 * A spec with values HealthCheckSpec itself already rejects, to show the
 * Linode rules hold on their own.
 */
function specBypassingItsValidation(overrides: Partial<HealthCheckSpec>): HealthCheckSpec {
  return Object.assign(Object.create(HealthCheckSpec.prototype) as HealthCheckSpec, spec(), overrides);
}

/** `${type.name.attr}` for the single resource of a type. */
function ref(json: SynthesizedStack, type: string, attribute: string): string {
  const [name] = Object.keys(resourcesOf(json, type));
  return `\${${type}.${name}.${attribute}}`;
}

const configError = (props: RegionalServiceProps<LinodeRegionConfig>) => configErrorOf(() => build(props));

describe('LinodeRegionalService', () => {
  test('creates two instances, one NodeBalancer with one port config, a node per instance and one firewall', () => {
    const json = synth();
    expect(Object.keys(resourcesOf(json, 'linode_instance'))).toHaveLength(2);
    expect(Object.keys(resourcesOf(json, 'linode_nodebalancer'))).toHaveLength(1);
    expect(Object.keys(resourcesOf(json, 'linode_nodebalancer_config'))).toHaveLength(1);
    expect(Object.keys(resourcesOf(json, 'linode_nodebalancer_node'))).toHaveLength(2);
    expect(Object.keys(resourcesOf(json, 'linode_firewall'))).toHaveLength(1);
  });

  test('honours instanceCount', () => {
    const json = synth(serviceProps({ instanceCount: 3 }));
    expect(Object.keys(resourcesOf(json, 'linode_instance'))).toHaveLength(3);
    expect(Object.keys(resourcesOf(json, 'linode_nodebalancer_node'))).toHaveLength(3);
  });

  test('leaves the provider to the stack', () => {
    expect(synth().provider?.linode).toHaveLength(1);
  });

  test('instances get the region, default plan and image, private networking, keys and tags', () => {
    const json = synth(serviceProps({ authorizedKeys: ['ssh-ed25519 AAAAC3Nza admin@example'] }));
    for (const instance of Object.values(resourcesOf(json, 'linode_instance'))) {
      expect(instance).toMatchObject({
        region: 'eu-central',
        type: 'g6-nanode-1',
        image: 'linode/ubuntu24.04',
        private_ip: true,
        authorized_keys: ['ssh-ed25519 AAAAC3Nza admin@example'],
        tags: tagLabels(TAGS),
      });
    }
  });

  test('instances use the configured plan and image', () => {
    const json = synth(serviceProps({ type: 'g6-standard-2', image: 'linode/debian12' }));
    for (const instance of Object.values(resourcesOf(json, 'linode_instance'))) {
      expect(instance).toMatchObject({ type: 'g6-standard-2', image: 'linode/debian12' });
    }
  });

  test('sets no root password: the provider generates one', () => {
    const json = synth();
    expect(JSON.stringify(json)).not.toMatch(/root_pass/);
  });

  test('user data reaches every instance base64-encoded through the metadata block', () => {
    const json = synth();
    const [localName] = Object.keys(json.locals as Record<string, string>);
    expect((json.locals as Record<string, string>)[localName]).toBe(USER_DATA);
    for (const instance of Object.values(resourcesOf(json, 'linode_instance'))) {
      expect(instance.metadata).toEqual([{ user_data: `\${base64encode(local.${localName})}` }]);
    }
  });

  testWithTool(hasCommand('terraform'), 'terraform missing')(
    'Terraform evaluates the metadata user_data to the base64 of the user data',
    () => {
      const json = synth();
      const instance = Object.values(resourcesOf(json, 'linode_instance'))[0];
      const expression = (instance.metadata[0].user_data as string).replace(/^\$\{(.*)\}$/, '$1');
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fk-linode-console-'));
      try {
        fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify({ locals: json.locals }));
        const run = spawnSync('terraform', ['console'], {
          cwd: dir,
          input: `${expression}\n`,
          encoding: 'utf8',
          timeout: 60_000,
          env: { ...process.env, CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '/dev/null' },
        });
        expect(run.stderr).toBe('');
        expect(JSON.parse(run.stdout.trim())).toBe(Buffer.from(USER_DATA, 'utf8').toString('base64'));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  test('the port 80 HTTP config renders its check from the health check spec', () => {
    const json = synth();
    const config = onlyResource(json, 'linode_nodebalancer_config');
    const healthCheck = spec();
    expect(config).toEqual({
      nodebalancer_id: ref(json, 'linode_nodebalancer', 'id'),
      port: 80,
      protocol: 'http',
      algorithm: 'roundrobin',
      check: 'http',
      check_path: healthCheck.path,
      check_interval: healthCheck.intervalSeconds,
      check_timeout: healthCheck.timeoutSeconds,
      check_attempts: healthCheck.unhealthyThreshold,
      check_passive: true,
    });
  });

  test("each node points at its own instance's private IP on the app port", () => {
    const json = synth(serviceProps({ instanceCount: 3 }));
    const instanceNames = Object.keys(resourcesOf(json, 'linode_instance'));
    const nodes = Object.values(resourcesOf(json, 'linode_nodebalancer_node'));
    expect(nodes.map((node) => node.address)).toEqual(
      instanceNames.map((name) => `\${linode_instance.${name}.private_ip_address}:${APP_PORT}`),
    );
    for (const node of nodes) {
      expect(node).toMatchObject({
        nodebalancer_id: ref(json, 'linode_nodebalancer', 'id'),
        config_id: ref(json, 'linode_nodebalancer_config', 'id'),
        mode: 'accept',
      });
    }
  });

  test('the firewall drops everything inbound but app traffic from NodeBalancers, and guards every instance', () => {
    const json = synth();
    const firewall = onlyResource(json, 'linode_firewall');
    expect(firewall).toMatchObject({ inbound_policy: 'DROP', outbound_policy: 'ACCEPT', tags: tagLabels(TAGS) });
    expect(firewall.inbound).toEqual([
      {
        label: 'app-from-nodebalancers',
        action: 'ACCEPT',
        protocol: 'TCP',
        ports: String(APP_PORT),
        ipv4: ['192.168.255.0/24'],
      },
    ]);
    expect(firewall.outbound).toBeUndefined();
    expect(firewall.linodes).toEqual(
      Object.keys(resourcesOf(json, 'linode_instance')).map((name) => `\${linode_instance.${name}.id}`),
    );
  });

  test('the firewall lets SSH in from admin CIDRs only, split by address family', () => {
    const json = synth(serviceProps({ adminCidrs: ['203.0.113.0/24', '2001:db8::/48', '198.51.100.7/32'] }));
    expect(onlyResource(json, 'linode_firewall').inbound).toEqual([
      {
        label: 'app-from-nodebalancers',
        action: 'ACCEPT',
        protocol: 'TCP',
        ports: String(APP_PORT),
        ipv4: ['192.168.255.0/24'],
      },
      {
        label: 'ssh-from-admins',
        action: 'ACCEPT',
        protocol: 'TCP',
        ports: '22',
        ipv4: ['203.0.113.0/24', '198.51.100.7/32'],
        ipv6: ['2001:db8::/48'],
      },
    ]);
  });

  test('the endpoint targets the NodeBalancer public IPv4 over HTTP on port 80', () => {
    const { stack, service } = build(serviceProps());
    expect(service.target.kind).toBe('ip');
    // Outputs render the references the failover layer will receive.
    new TerraformOutput(stack, 'target', {
      value: service.target.kind === 'ip' ? service.target.ipAddress : undefined,
    });
    new TerraformOutput(stack, 'address', { value: service.address });
    const json = synthStack(stack);
    const ipv4 = ref(json, 'linode_nodebalancer', 'ipv4');
    expect(json.output?.target.value).toBe(ipv4);
    expect(json.output?.address.value).toBe(ipv4);
    expect(service).toMatchObject({
      cloud: 'linode',
      regionName: 'lin-fra',
      location: 'eu-central',
      dataRegion: 'eu-central-1',
      publicProtocol: 'HTTP',
      publicPort: 80,
    });
  });

  test('labels follow the Linode rules, shortening long names while keeping regions apart', () => {
    const labelsOf = (json: SynthesizedStack) =>
      ['linode_instance', 'linode_nodebalancer', 'linode_nodebalancer_node', 'linode_firewall'].flatMap((type) =>
        Object.values(resourcesOf(json, type)).map((resource) => resource.label as string),
      );

    expect(labelsOf(synth())).toEqual(
      expect.arrayContaining(['fk-staging-lin-fra-app-0', 'fk-staging-lin-fra-nb', 'fk-staging-lin-fra-fw']),
    );

    const long = (name: string) => labelsOf(synth(serviceProps({ name }, { environment: 'production-blue' })));
    const frankfurt = long('linode-frankfurt-primary');
    const frankfurtBackup = long('linode-frankfurt-secondary');
    for (const label of [...frankfurt, ...frankfurtBackup]) {
      expect(label).toMatch(/^[a-zA-Z](?!.*--)[a-zA-Z0-9-]{2,31}$/);
    }
    expect(frankfurt).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/-app-0$/),
        expect.stringMatching(/-nb$/),
        expect.stringMatching(/-fw$/),
      ]),
    );
    expect(frankfurt.filter((label) => frankfurtBackup.includes(label))).toEqual([]);
  });

  describe('rejects configuration Linode would refuse', () => {
    const cases: Array<[string, RegionalServiceProps<LinodeRegionConfig>, string, string]> = [
      ['an unknown location', serviceProps({ location: 'eu-nowhere' }), 'location', 'one of: us-east'],
      ['no instances', serviceProps({ instanceCount: 0 }), 'instanceCount', 'an integer from 1 to 50'],
      ['too many instances', serviceProps({ instanceCount: 51 }), 'instanceCount', 'an integer from 1 to 50'],
      ['a fractional instance count', serviceProps({ instanceCount: 1.5 }), 'instanceCount', 'an integer from 1 to 50'],
      [
        'SSH open to all of IPv4',
        serviceProps({ adminCidrs: ['0.0.0.0/0'] }),
        'adminCidrs[0]',
        'narrower than the whole internet',
      ],
      [
        'SSH open to all of IPv6',
        serviceProps({ adminCidrs: ['203.0.113.0/24', '::/0'] }),
        'adminCidrs[1]',
        'narrower than the whole internet',
      ],
      [
        'an admin address without a prefix',
        serviceProps({ adminCidrs: ['203.0.113.7'] }),
        'adminCidrs[0]',
        'CIDR block',
      ],
      [
        'an admin CIDR with host bits set',
        serviceProps({ adminCidrs: ['203.0.113.7/24'] }),
        'adminCidrs[0]',
        'no host bits set',
      ],
      ['an admin prefix too long', serviceProps({ adminCidrs: ['203.0.113.0/33'] }), 'adminCidrs[0]', 'CIDR block'],
      ['an admin CIDR that is no address', serviceProps({ adminCidrs: ['office/24'] }), 'adminCidrs[0]', 'CIDR block'],
      ['an app port out of range', serviceProps({}, { appPort: 70000 }), 'app.port', 'an integer from 1 to 65535'],
      [
        'an HTTPS check',
        serviceProps({}, { healthCheck: spec({ protocol: 'HTTPS' }) }),
        'healthCheck.protocol',
        'HTTP',
      ],
      [
        'a check on another port',
        serviceProps({}, { healthCheck: spec({ port: 9090 }) }),
        'healthCheck.port',
        `the app port (${APP_PORT})`,
      ],
      [
        'a check timeout over 30 s',
        serviceProps({}, { healthCheck: spec({ timeoutSeconds: 31, intervalSeconds: 60 }) }),
        'healthCheck.timeoutSeconds',
        'an integer from 1 to 30',
      ],
      [
        'a check interval under 2 s',
        serviceProps({}, { healthCheck: specBypassingItsValidation({ intervalSeconds: 1, timeoutSeconds: 1 }) }),
        'healthCheck.intervalSeconds',
        'an integer from 2 to 3600',
      ],
      [
        'a check interval over 3600 s',
        serviceProps({}, { healthCheck: specBypassingItsValidation({ intervalSeconds: 3601 }) }),
        'healthCheck.intervalSeconds',
        'an integer from 2 to 3600',
      ],
      [
        'a check interval not above the timeout',
        serviceProps({}, { healthCheck: specBypassingItsValidation({ intervalSeconds: 4, timeoutSeconds: 4 }) }),
        'healthCheck.intervalSeconds',
        'greater than timeoutSeconds (4)',
      ],
      [
        'a check timeout of 0 s',
        serviceProps({}, { healthCheck: specBypassingItsValidation({ timeoutSeconds: 0 }) }),
        'healthCheck.timeoutSeconds',
        'an integer from 1 to 30 (NodeBalancer check_timeout)',
      ],
      [
        'more check attempts than 30',
        serviceProps({}, { healthCheck: specBypassingItsValidation({ unhealthyThreshold: 31 }) }),
        'healthCheck.unhealthyThreshold',
        'an integer from 1 to 30 (NodeBalancer check_attempts)',
      ],
      [
        'no check attempts',
        serviceProps({}, { healthCheck: specBypassingItsValidation({ unhealthyThreshold: 0 }) }),
        'healthCheck.unhealthyThreshold',
        'an integer from 1 to 30 (NodeBalancer check_attempts)',
      ],
      [
        'an http check without a path',
        serviceProps({}, { healthCheck: specBypassingItsValidation({ path: '' }) }),
        'healthCheck.path',
        'a path starting with "/"',
      ],
    ];

    test.each(cases)('%s', (_name, props, field, allowed) => {
      const error = configError(props);
      expect(error.problems).toContainEqual(
        expect.objectContaining({
          environment: 'staging',
          region: 'lin-fra',
          field,
          allowed: expect.stringContaining(allowed),
        }),
      );
      expect(error.message).toContain(`environment staging, region lin-fra: ${field} = `);
    });

    test('reports every problem at once and creates nothing', () => {
      const stack = new TerraformStack(Testing.app(), 'test');
      let error: unknown;
      try {
        new LinodeRegionalService(
          stack,
          'Linode',
          serviceProps(
            { location: 'mars-1', instanceCount: 0, adminCidrs: ['0.0.0.0/0'] },
            { healthCheck: spec({ protocol: 'HTTPS' }) },
          ),
        );
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems.map((p) => p.field)).toEqual([
        'location',
        'instanceCount',
        'adminCidrs[0]',
        'healthCheck.protocol',
      ]);
      expect(synthStack(stack).resource).toBeUndefined();
    });
  });

  describe('the NodeBalancer check, rendered then validated as the config gets it', () => {
    const rendered: NodeBalancerCheck = renderNodeBalancerCheck(spec());

    function problemsOf(check: NodeBalancerCheck) {
      const problems = new Problems({ environment: 'staging', region: 'lin-fra' });
      validateNodeBalancerCheck(problems, check);
      return problems.list;
    }

    test('an http check from the spec passes, as do connection and none checks without a path', () => {
      expect(rendered).toEqual({
        check: 'http',
        checkPath: '/health',
        checkInterval: 15,
        checkTimeout: 4,
        checkAttempts: 4,
        checkPassive: true,
      });
      expect(problemsOf(rendered)).toEqual([]);
      expect(problemsOf({ ...rendered, check: 'connection', checkPath: undefined })).toEqual([]);
      expect(problemsOf({ ...rendered, check: 'none', checkPath: undefined })).toEqual([]);
      expect(problemsOf({ ...rendered, check: 'http_body', checkBody: 'ok' })).toEqual([]);
    });

    test('rejects an http check without a path', () => {
      expect(problemsOf({ ...rendered, checkPath: undefined })).toEqual([
        {
          environment: 'staging',
          region: 'lin-fra',
          field: 'healthCheck.path',
          value: undefined,
          allowed: 'a path starting with "/" (an http check needs one; NodeBalancer check_path)',
        },
      ]);
    });

    test('rejects an http_body check without check_body', () => {
      expect(problemsOf({ ...rendered, check: 'http_body' })).toEqual([
        {
          environment: 'staging',
          region: 'lin-fra',
          field: 'nodebalancer_config.check_body',
          value: undefined,
          allowed: 'the text a healthy response body contains (an http_body check needs one; NodeBalancer check_body)',
        },
      ]);
      expect(problemsOf({ ...rendered, check: 'http_body', checkBody: '' })).toEqual([
        expect.objectContaining({ field: 'nodebalancer_config.check_body', value: '' }),
      ]);
    });

    test('rejects an http_body check without a path', () => {
      expect(problemsOf({ ...rendered, check: 'http_body', checkBody: 'ok', checkPath: undefined })).toEqual([
        expect.objectContaining({
          field: 'healthCheck.path',
          allowed: expect.stringContaining('an http_body check needs one'),
        }),
      ]);
    });

    test('rejects a check type Linode does not know', () => {
      expect(problemsOf({ ...rendered, check: 'https' })).toEqual([
        expect.objectContaining({
          field: 'nodebalancer_config.check',
          value: 'https',
          allowed: 'one of: none, connection, http, http_body',
        }),
      ]);
    });

    test.each([
      [
        'check_timeout 31',
        { checkTimeout: 31, checkInterval: 60 },
        'healthCheck.timeoutSeconds',
        'an integer from 1 to 30 (NodeBalancer check_timeout)',
      ],
      [
        'check_attempts 0',
        { checkAttempts: 0 },
        'healthCheck.unhealthyThreshold',
        'an integer from 1 to 30 (NodeBalancer check_attempts)',
      ],
      [
        'check_interval 3601',
        { checkInterval: 3601 },
        'healthCheck.intervalSeconds',
        'an integer from 2 to 3600 (NodeBalancer check_interval)',
      ],
      [
        'check_interval equal to check_timeout',
        { checkInterval: 4 },
        'healthCheck.intervalSeconds',
        'greater than timeoutSeconds (4) (NodeBalancer check_interval)',
      ],
    ] as const)('rejects %s', (_, change, field, allowed) => {
      expect(problemsOf({ ...rendered, ...change })).toEqual([expect.objectContaining({ field, allowed })]);
    });
  });

  describe('node addresses', () => {
    function problemsOf(address: string) {
      const problems = new Problems({ environment: 'staging', region: 'lin-fra' });
      validateNodeAddress(problems, 'nodes[0].address', address);
      return problems.list;
    }

    test.each([
      ['192.168.128.1:80'],
      ['192.168.210.120:8080'],
      ['192.168.255.254:65535'],
      ['${linode_instance.web.private_ip_address}:8080'],
    ])('accepts %s', (address) => {
      expect(problemsOf(address)).toEqual([]);
    });

    test.each([
      ["an RFC 1918 address outside Linode's private range", '10.0.0.5:8080'],
      ['an address just below 192.168.128.0/17', '192.168.127.255:8080'],
      ['a public address', '203.0.113.10:8080'],
      ['an address without a port', '192.168.210.120'],
      ['port 0', '192.168.210.120:0'],
      ['a port above 65535', '192.168.210.120:70000'],
      ['an address that is not IPv4', '[fd00::1]:8080'],
      ['a malformed address', '192.168.210.300:8080'],
      ['a reference without a port', '${linode_instance.web.private_ip_address}'],
    ])('rejects %s (%s)', (_, address) => {
      expect(problemsOf(address)).toEqual([
        {
          environment: 'staging',
          region: 'lin-fra',
          field: 'nodes[0].address',
          value: address,
          allowed:
            'a private IPv4 address in 192.168.128.0/17 followed by :port (1-65535), e.g. 192.168.210.120:8080, ' +
            "or a Terraform reference to an instance's private_ip_address followed by :port",
        },
      ]);
    });

    test('the construct renders each node address from its instance and passes them', () => {
      expect(nodeAddress('192.168.130.7', 8080)).toBe('192.168.130.7:8080');
      const { service } = build(serviceProps({ instanceCount: 2 }));
      const problems = new Problems();
      service.nodes!.forEach((node, index) =>
        validateNodeAddress(problems, `nodes[${index}].address`, node.addressInput!),
      );
      expect(problems.list).toEqual([]);
    });
  });
});
