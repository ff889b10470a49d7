import { parse } from 'yaml';
import { HAPROXY_CLOUDS, type HaproxyCloud, synthHaproxyRegion } from './fixtures/haproxy';
import { onlyResource, problemsOf, resourcesOf, type SynthesizedStack } from './synth';

/* Each cloud's regional service with `loadBalancer: 'haproxy'`: what it creates in place of the managed load balancer. */

const INSTANCE_TYPE: Record<HaproxyCloud, string> = {
  digitalocean: 'digitalocean_droplet',
  linode: 'linode_instance',
  ovh: 'ovh_cloud_project_instance',
};
const HAPROXY_ID: Record<HaproxyCloud, string> = {
  digitalocean: 'HaproxyDroplet',
  linode: 'HaproxyInstance',
  ovh: 'HaproxyInstance',
};
const MANAGED_TYPES: Record<HaproxyCloud, readonly string[]> = {
  digitalocean: ['digitalocean_loadbalancer'],
  linode: ['linode_nodebalancer', 'linode_nodebalancer_config', 'linode_nodebalancer_node'],
  ovh: ['ovh_cloud_project_loadbalancer'],
};
/** Where each fixture's region lives, as the default SSM parameter name spells it. */
const REGION_KEY: Record<HaproxyCloud, string> = {
  digitalocean: 'staging/do-nyc',
  linode: 'staging/lin-fra',
  ovh: 'prod/ovh-gra',
};

/** Logical id and config of the HAProxy instance. */
function haproxyInstance(json: SynthesizedStack, cloud: HaproxyCloud): [string, Record<string, any>] {
  const entries = Object.entries(resourcesOf(json, INSTANCE_TYPE[cloud])).filter(([id]) =>
    id.includes(HAPROXY_ID[cloud]),
  );
  expect(entries).toHaveLength(1);
  return entries[0];
}

/** The app instances, in order. */
function appInstances(json: SynthesizedStack, cloud: HaproxyCloud): Array<[string, Record<string, any>]> {
  return Object.entries(resourcesOf(json, INSTANCE_TYPE[cloud])).filter(([id]) => !id.includes(HAPROXY_ID[cloud]));
}

/** The HAProxy instance's cloud-config text, through the Terraform local on Linode. */
function userDataOf(json: SynthesizedStack, cloud: HaproxyCloud): string {
  const [, instance] = haproxyInstance(json, cloud);
  if (cloud !== 'linode') return instance.user_data as string;
  const local = /^\$\{base64encode\(local\.([^)]+)\)\}$/.exec(instance.metadata[0].user_data as string);
  expect(local).not.toBeNull();
  return (json.locals as Record<string, string>)[local![1]];
}

interface CloudConfig {
  packages: string[];
  write_files: Array<{ path: string; content: string; permissions: string }>;
  runcmd: string[][];
}

function fileOf(json: SynthesizedStack, cloud: HaproxyCloud, path: string): string {
  const document = parse(userDataOf(json, cloud)) as CloudConfig;
  const file = document.write_files.find((f) => f.path === path);
  expect(file).toBeDefined();
  return file!.content;
}

describe.each(HAPROXY_CLOUDS)('%s with HAProxy', (cloud) => {
  test('creates one HAProxy instance and no managed load balancer', () => {
    const { json, service } = synthHaproxyRegion(cloud);
    haproxyInstance(json, cloud);
    for (const type of MANAGED_TYPES[cloud]) expect(resourcesOf(json, type)).toEqual({});
    expect(service.loadBalancerKind).toBe('haproxy');
    expect(service.target).toEqual({ kind: 'ip', ipAddress: service.address });
    expect(appInstances(json, cloud)).toHaveLength(2);
  });

  test('reads the stats password from SSM, by default under the environment and region', () => {
    const { json } = synthHaproxyRegion(cloud);
    const parameter = Object.values(json.data?.aws_ssm_parameter ?? {}) as Array<Record<string, unknown>>;
    expect(parameter).toEqual([
      expect.objectContaining({
        name: `/failover-kit/${REGION_KEY[cloud]}/haproxy-stats-password`,
        with_decryption: true,
      }),
    ]);
    const [dataId] = Object.keys(json.data!.aws_ssm_parameter);
    const passwordFile = fileOf(json, cloud, '/etc/failover-kit/haproxy-stats-password');
    expect(passwordFile).toBe(`\${base64encode(data.aws_ssm_parameter.${dataId}.value)}`);
  });

  test('takes a named stats password parameter', () => {
    const { json } = synthHaproxyRegion(cloud, { region: { haproxy: { statsPasswordParameter: '/ops/lb-stats' } } });
    expect(onlyData(json, 'aws_ssm_parameter').name).toBe('/ops/lb-stats');
  });

  test("balances every app instance's private address on the app port, checked as the spec says", () => {
    const { json } = synthHaproxyRegion(cloud, {
      region: { instanceCount: 3 },
      healthCheck: { path: '/ready', intervalSeconds: 4, unhealthyThreshold: 2, healthyThreshold: 5 },
    });
    const config = fileOf(json, cloud, '/etc/haproxy/haproxy.cfg');
    const servers = config.split('\n').filter((line) => line.trim().startsWith('server '));
    expect(servers).toHaveLength(3);
    const privateAddress = {
      digitalocean: (id: string) => `\${digitalocean_droplet.${id}.ipv4_address_private}`,
      linode: (id: string) => `\${linode_instance.${id}.private_ip_address}`,
      ovh: (_id: string, index: number) => `10.60.0.${10 + index}`,
    }[cloud];
    appInstances(json, cloud).forEach(([id], index) => {
      expect(servers[index].trim()).toBe(`server app-${index} ${privateAddress(id, index)}:8080`);
    });
    expect(config).toContain('    option httpchk\n');
    expect(config).toContain('    http-check send meth GET uri /ready ver HTTP/1.0\n');
    expect(config).toContain('    default-server check inter 4s fall 2 rise 5\n');
    // HAProxy's own variables survive Terraform as `$${...}`.
    expect(config).toContain('stats auth "haproxy-stats:$${FK_HAPROXY_STATS_PASSWORD}"');
  });

  test('accepts a check faster than the managed load balancer allows', () => {
    const { service } = synthHaproxyRegion(cloud, { healthCheck: { intervalSeconds: 1, timeoutSeconds: 1 } });
    expect(service.loadBalancerKind).toBe('haproxy');
  });

  test('host firewall admits HTTP from anywhere and SSH only from the admin CIDRs', () => {
    const { json } = synthHaproxyRegion(cloud, { region: { adminCidrs: ['203.0.113.0/24', '2001:db8::/48'] } });
    const rules = fileOf(json, cloud, '/etc/nftables.conf');
    expect(rules).toContain('policy drop;');
    expect(rules).toContain('tcp dport { 80 } accept');
    expect(rules).toContain('ip saddr { 203.0.113.0/24 } tcp dport 22 accept');
    expect(rules).toContain('ip6 saddr { 2001:db8::/48 } tcp dport 22 accept');
  });

  test('rejects an HTTPS check, HAProxy settings it cannot use and a reserved parameter name, all together', () => {
    const problems = problemsOf(() =>
      synthHaproxyRegion(cloud, {
        region: { haproxy: { statsPasswordParameter: '/aws/stats', statsPort: 80 } },
        healthCheck: { protocol: 'HTTPS' },
      }),
    );
    expect(problems.map((p) => p.field)).toEqual(
      expect.arrayContaining(['healthCheck.protocol', 'haproxy.statsPasswordParameter', 'haproxy.statsPort']),
    );
    for (const problem of problems) expect(problem.region).toBe(REGION_KEY[cloud].split('/')[1]);
  });

  test('reports an instance count of 0 once', () => {
    const problems = problemsOf(() => synthHaproxyRegion(cloud, { region: { instanceCount: 0 } }));
    expect(problems.filter((p) => p.field === 'instanceCount')).toHaveLength(1);
  });

  test('rejects an unknown load balancer and HAProxy settings on a managed one', () => {
    expect(problemsOf(() => synthHaproxyRegion(cloud, { region: { loadBalancer: 'nginx' } }))).toEqual([
      expect.objectContaining({ field: 'loadBalancer', value: 'nginx', allowed: expect.stringContaining('haproxy') }),
    ]);
    expect(
      problemsOf(() =>
        synthHaproxyRegion(cloud, { region: { loadBalancer: 'managed', haproxy: { statsPort: 9000 } } }),
      ),
    ).toEqual([expect.objectContaining({ field: 'haproxy' })]);
  });
});

function onlyData(json: SynthesizedStack, type: string): Record<string, any> {
  const all = Object.values(json.data?.[type] ?? {});
  expect(all).toHaveLength(1);
  return all[0] as Record<string, any>;
}

describe('DigitalOcean with HAProxy', () => {
  const ref = (json: SynthesizedStack, type: string, idPart: string, attribute: string) => {
    const ids = Object.keys(resourcesOf(json, type)).filter((id) => id.includes(idPart));
    expect(ids).toHaveLength(1);
    return `\${${type}.${ids[0]}.${attribute}}`;
  };

  test('serves from a reserved IP assigned to the HAProxy Droplet', () => {
    const { json, service } = synthHaproxyRegion('digitalocean');
    expect(onlyResource(json, 'digitalocean_reserved_ip')).toEqual({ region: 'nyc3' });
    expect(onlyResource(json, 'digitalocean_reserved_ip_assignment')).toEqual({
      ip_address: ref(json, 'digitalocean_reserved_ip', 'HaproxyReservedIp', 'ip_address'),
      droplet_id: ref(json, 'digitalocean_droplet', 'HaproxyDroplet', 'id'),
    });
    expect(json.output?.address.value).toBe(ref(json, 'digitalocean_reserved_ip', 'HaproxyReservedIp', 'ip_address'));
    expect(service.publicPort).toBe(80);
  });

  test('puts the HAProxy Droplet in the VPC with its own size, role tag and the region image and keys', () => {
    const { json } = synthHaproxyRegion('digitalocean', {
      region: { sshKeys: ['12345'], haproxy: { size: 's-2vcpu-2gb' } },
    });
    const [, droplet] = haproxyInstance(json, 'digitalocean');
    expect(droplet).toMatchObject({
      name: 'fk-staging-do-nyc-haproxy',
      region: 'nyc3',
      size: 's-2vcpu-2gb',
      image: 'ubuntu-24-04-x64',
      vpc_uuid: ref(json, 'digitalocean_vpc', 'Vpc', 'id'),
      ssh_keys: ['12345'],
      monitoring: true,
    });
    expect(droplet.tags).toContain('fk-staging-do-nyc-haproxy');
    const [, defaultDroplet] = haproxyInstance(synthHaproxyRegion('digitalocean').json, 'digitalocean');
    expect(defaultDroplet.size).toBe('s-1vcpu-1gb');
  });

  test('app firewall admits the app and health ports only from the HAProxy Droplet', () => {
    const { json } = synthHaproxyRegion('digitalocean', {
      region: { adminCidrs: ['203.0.113.0/24'] },
      healthCheck: { port: 9090 },
    });
    const haproxyId = ref(json, 'digitalocean_droplet', 'HaproxyDroplet', 'id');
    const firewalls = resourcesOf(json, 'digitalocean_firewall');
    const app = Object.entries(firewalls).find(([id]) => !id.includes('Haproxy'))![1];
    expect(app.inbound_rule).toEqual([
      { protocol: 'tcp', port_range: '8080', source_droplet_ids: [haproxyId] },
      { protocol: 'tcp', port_range: '9090', source_droplet_ids: [haproxyId] },
      { protocol: 'tcp', port_range: '22', source_addresses: ['203.0.113.0/24'] },
    ]);
    expect(app.droplet_ids).not.toContain(haproxyId);
  });

  test('HAProxy firewall: HTTP from anywhere, stats from the VPC, SSH from admins, open egress', () => {
    const { json } = synthHaproxyRegion('digitalocean', {
      region: { adminCidrs: ['203.0.113.0/24'], haproxy: { statsPort: 9000 } },
    });
    const firewall = Object.entries(resourcesOf(json, 'digitalocean_firewall')).find(([id]) =>
      id.includes('HaproxyFirewall'),
    )![1];
    expect(firewall.name).toBe('fk-staging-do-nyc-haproxy');
    expect(firewall.droplet_ids).toEqual([ref(json, 'digitalocean_droplet', 'HaproxyDroplet', 'id')]);
    expect(firewall.inbound_rule).toEqual([
      { protocol: 'tcp', port_range: '80', source_addresses: ['0.0.0.0/0', '::/0'] },
      { protocol: 'tcp', port_range: '9000', source_addresses: ['10.50.0.0/20'] },
      { protocol: 'tcp', port_range: '22', source_addresses: ['203.0.113.0/24'] },
    ]);
    expect(firewall.outbound_rule.map((r: { protocol: string }) => r.protocol)).toEqual(['tcp', 'udp', 'icmp']);
  });
});

describe('Linode with HAProxy', () => {
  test('runs HAProxy on an instance with a private address, reached at its public IPv4 address', () => {
    const { json } = synthHaproxyRegion('linode', {
      region: {
        authorizedKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGtestkeyonly admin'],
        haproxy: { size: 'g6-standard-1' },
      },
    });
    const [id, instance] = haproxyInstance(json, 'linode');
    expect(instance).toMatchObject({
      label: 'fk-staging-lin-fra-haproxy',
      region: 'eu-central',
      type: 'g6-standard-1',
      image: 'linode/ubuntu24.04',
      private_ip: true,
      authorized_keys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGtestkeyonly admin'],
    });
    expect(json.output?.address.value).toBe(`\${linode_instance.${id}.ip_address}`);
  });

  test('app firewall admits the app port only from the HAProxy private address', () => {
    const { json } = synthHaproxyRegion('linode', { region: { adminCidrs: ['203.0.113.0/24'] } });
    const [haproxyId] = haproxyInstance(json, 'linode');
    const firewalls = resourcesOf(json, 'linode_firewall');
    const app = Object.entries(firewalls).find(([id]) => !id.includes('Haproxy'))![1];
    expect(app.inbound_policy).toBe('DROP');
    expect(app.inbound).toEqual([
      {
        label: 'app-from-haproxy',
        action: 'ACCEPT',
        protocol: 'TCP',
        ports: '8080',
        ipv4: [`\${linode_instance.${haproxyId}.private_ip_address}/32`],
      },
      { label: 'ssh-from-admins', action: 'ACCEPT', protocol: 'TCP', ports: '22', ipv4: ['203.0.113.0/24'] },
    ]);
    expect(app.linodes).toEqual(appInstances(json, 'linode').map(([id]) => `\${linode_instance.${id}.id}`));
  });

  test('HAProxy firewall drops everything but HTTP and admin SSH; the stats page is not admitted', () => {
    const { json } = synthHaproxyRegion('linode');
    const [haproxyId] = haproxyInstance(json, 'linode');
    const firewall = Object.entries(resourcesOf(json, 'linode_firewall')).find(([id]) =>
      id.includes('HaproxyFirewall'),
    )![1];
    expect(firewall).toMatchObject({
      label: 'fk-staging-lin-fra-haproxy-fw',
      inbound_policy: 'DROP',
      outbound_policy: 'ACCEPT',
      linodes: [`\${linode_instance.${haproxyId}.id}`],
    });
    expect(firewall.inbound).toEqual([
      {
        label: 'http-from-anywhere',
        action: 'ACCEPT',
        protocol: 'TCP',
        ports: '80',
        ipv4: ['0.0.0.0/0'],
        ipv6: ['::/0'],
      },
    ]);
    expect(fileOf(json, 'linode', '/etc/nftables.conf')).not.toContain('8404');
  });
});

describe('OVH with HAProxy', () => {
  test('gives only the HAProxy instance a public interface, at a fixed private address below the app instances', () => {
    const { json } = synthHaproxyRegion('ovh');
    const [, instance] = haproxyInstance(json, 'ovh');
    expect(instance.name).toBe('fk-prod-ovh-gra-haproxy');
    expect(instance.network.public).toBe(true);
    expect(instance.network.private.ip).toBe('10.60.0.5');
    expect(instance.lifecycle).toEqual({ ignore_changes: ['boot_from'] });
    for (const [, app] of appInstances(json, 'ovh')) expect(app.network.public).toBe(false);
    expect(resourcesOf(json, 'ovh_cloud_project_loadbalancer')).toEqual({});
    expect(json.data?.ovh_cloud_project_loadbalancer_flavors).toBeUndefined();
  });

  test("is reached at the public interface's IPv4 address", () => {
    const { json } = synthHaproxyRegion('ovh');
    const [id] = haproxyInstance(json, 'ovh');
    expect(json.output?.address.value).toBe(
      `\${one([ for key, val in toset(ovh_cloud_project_instance.${id}.addresses): val.ip if val.version == 4 && val.ip != "10.60.0.5"])}`,
    );
  });

  test('reuses the app flavor lookup unless HAProxy has its own size', () => {
    const same = synthHaproxyRegion('ovh').json;
    expect(Object.keys(same.data?.ovh_cloud_project_flavors ?? {})).toHaveLength(1);
    const own = synthHaproxyRegion('ovh', { region: { haproxy: { size: 'b3-16' } } }).json;
    const flavors = Object.values(own.data?.ovh_cloud_project_flavors ?? {}) as Array<{ name_filter: string }>;
    expect(flavors.map((f) => f.name_filter).sort()).toEqual(['b3-16', 'b3-8']);
  });

  test('rejects an unsafe HAProxy flavor name', () => {
    expect(problemsOf(() => synthHaproxyRegion('ovh', { region: { haproxy: { size: 'b3-8"}' } } }))).toEqual([
      expect.objectContaining({ field: 'haproxy.size' }),
    ]);
  });

  test('host firewall admits the stats page from the subnet only', () => {
    const { json } = synthHaproxyRegion('ovh', { region: { subnetCidr: '10.61.0.0/24' } });
    expect(fileOf(json, 'ovh', '/etc/nftables.conf')).toContain('ip saddr { 10.61.0.0/24 } tcp dport 8404 accept');
    expect(parse(userDataOf(json, 'ovh')).runcmd[0]).toEqual(['/usr/local/sbin/fk-haproxy-env', '10.61.0.0/24']);
  });
});
