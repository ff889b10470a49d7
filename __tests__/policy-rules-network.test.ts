import { Testing } from '../cdk';
import { checkPolicies } from '../policy/rules';
import { FailoverStack } from '../stacks/failover-stack';
import { HAPROXY_ENVIRONMENT } from './fixtures/haproxy';
import { block, defaultStack, edited, findings, fixture, PERMANENT, resourceOf } from './policy-fixtures';

const INSTANCE_SG = '${aws_security_group.aws-use1_InstanceSecurityGroup_221C1780.id}';
const ALB_SG = '${aws_security_group.aws-use1_LoadBalancerSecurityGroup_DF045863.id}';

/** Production plus one aws_vpc_security_group_ingress_rule, in the shape AwsRegionalService writes them. */
function withIngressRule(id: string, rule: Record<string, unknown>): any {
  const json = defaultStack('production');
  json.resource.aws_vpc_security_group_ingress_rule[`aws-use1_${id}_0000`] = {
    '//': { metadata: { path: `production/aws-use1/${id}`, uniqueId: `aws-use1_${id}_0000` } },
    region: 'us-east-1',
    ip_protocol: 'tcp',
    security_group_id: INSTANCE_SG,
    ...rule,
  };
  return json;
}

/** An AWS stack with an ALB in front of a target group on 8080 and one security group of `ingress`. */
function awsFixture(ingress: Array<Record<string, unknown>>) {
  return fixture([
    block('aws_lb', 'test/aws/Alb', { security_groups: ['${aws_security_group.aws_AlbSg.id}'] }),
    block('aws_lb_target_group', 'test/aws/Targets', {
      port: 8080,
      protocol: 'HTTP',
      health_check: { path: '/healthz', protocol: 'HTTP' },
    }),
    block('aws_security_group', 'test/aws/AlbSg', { ingress: [] }),
    block('aws_security_group', 'test/aws/AppSg', { ingress }),
  ]);
}

/** The app Droplets' firewall (staging's do-nyc also has the HAProxy Droplet's). */
function doFirewall(json: any): any {
  return resourceOf(json, 'digitalocean_firewall', '_Firewall_');
}

/** The app instances' firewall (hapx's linode-ams also has the HAProxy instance's). */
function linodeFirewall(json: any): any {
  return resourceOf(json, 'linode_firewall', '_Firewall_');
}

let haproxyText: string | undefined;

/**
 * HAPROXY_ENVIRONMENT (HAProxy on DigitalOcean, OVH and Linode) as the policy
 * aspect reads it: a fresh copy per call, synthesized once per suite.
 */
function haproxyStack(): any {
  haproxyText ??= JSON.stringify(new FailoverStack(Testing.app(), HAPROXY_ENVIRONMENT).toTerraform());
  return JSON.parse(haproxyText);
}

/** Logical id of the one `type` resource whose id contains `idPart`. */
function idOf(json: any, type: string, idPart: string): string {
  const ids = Object.keys(json.resource[type]).filter((id) => id.includes(idPart));
  if (ids.length !== 1) throw new Error(`expected one ${type} matching ${idPart}, found ${ids.length}`);
  return ids[0];
}

describe('network rules', () => {
  test('FK-NET-1: defaults open nothing sensitive, though the ALB takes port 80 from anywhere', () => {
    expect(findings('FK-NET-1', defaultStack('production'))).toEqual([]);
    expect(findings('FK-NET-1', defaultStack('staging'))).toEqual([]);
  });

  test('FK-NET-1: AWS security group rules from anywhere on SSH, RDP or everything', () => {
    expect(
      findings('FK-NET-1', withIngressRule('Ssh', { cidr_ipv4: '0.0.0.0/0', from_port: 22, to_port: 22 })),
    ).toEqual([['production/aws-use1/Ssh', 'ingress rule admits 0.0.0.0/0 on SSH (22)']]);
    expect(
      findings('FK-NET-1', withIngressRule('Admin', { cidr_ipv4: '198.51.100.0/24', from_port: 22, to_port: 22 })),
    ).toEqual([]);
    expect(findings('FK-NET-1', withIngressRule('All', { cidr_ipv6: '::/0', ip_protocol: '-1' }))).toEqual([
      ['production/aws-use1/All', 'ingress rule admits ::/0 on all protocols'],
    ]);

    expect(
      findings(
        'FK-NET-1',
        awsFixture([{ from_port: 3389, to_port: 3389, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] }]),
      ),
    ).toEqual([['test/aws/AppSg', 'ingress #0 admits 0.0.0.0/0 on RDP (3389)']]);
    expect(
      findings(
        'FK-NET-1',
        fixture([
          block('aws_security_group_rule', 'test/aws/Wide', {
            type: 'ingress',
            security_group_id: 'sg-0123',
            protocol: 'tcp',
            from_port: 0,
            to_port: 65535,
            cidr_blocks: ['0.0.0.0/0'],
          }),
        ]),
      ),
    ).toEqual([['test/aws/Wide', 'ingress rule admits 0.0.0.0/0 on all ports, SSH (22), RDP (3389)']]);
  });

  test('FK-NET-1: DigitalOcean and Linode firewalls', () => {
    const admin = defaultStack('staging');
    doFirewall(admin).inbound_rule.push({ protocol: 'tcp', port_range: '22', source_addresses: ['203.0.113.0/24'] });
    expect(findings('FK-NET-1', admin)).toEqual([]);

    const open = defaultStack('staging');
    doFirewall(open).inbound_rule.push({ protocol: 'tcp', port_range: '22', source_addresses: ['0.0.0.0/0', '::/0'] });
    linodeFirewall(open).inbound.push({ label: 'everything', action: 'ACCEPT', protocol: 'TCP', ipv4: ['0.0.0.0/0'] });
    // A DROP rule admits nothing.
    linodeFirewall(open).inbound.push({
      label: 'drop-rdp',
      action: 'DROP',
      protocol: 'TCP',
      ports: '3389',
      ipv4: ['0.0.0.0/0'],
    });
    expect(findings('FK-NET-1', open)).toEqual([
      ['staging/do-nyc/Firewall', 'inbound rule #1 admits 0.0.0.0/0 and ::/0 on SSH (22)'],
      ['staging/linode-fra/Firewall', 'inbound rule everything admits 0.0.0.0/0 on all ports, SSH (22), RDP (3389)'],
    ]);
  });

  test('FK-NET-2: AWS instance port only from the ALB security group', () => {
    expect(findings('FK-NET-2', defaultStack('production'))).toEqual([]);

    const json = defaultStack('production');
    const rule = resourceOf(json, 'aws_vpc_security_group_ingress_rule', 'InstanceFromLoadBalancer8080');
    delete rule.referenced_security_group_id;
    rule.cidr_ipv4 = '10.0.0.0/8';
    expect(findings('FK-NET-2', json)).toEqual([
      ['production/aws-use1/InstanceFromLoadBalancer8080', 'ingress rule admits 10.0.0.0/8 on instance port 8080'],
    ]);

    // The ALB's own group faces clients: it is not the instances' boundary.
    const albOpen = withIngressRule('AlbOn8080', {
      security_group_id: ALB_SG,
      cidr_ipv4: '0.0.0.0/0',
      from_port: 8080,
      to_port: 8080,
    });
    expect(findings('FK-NET-2', albOpen)).toEqual([]);

    const fromAlb = {
      from_port: 8080,
      to_port: 8080,
      protocol: 'tcp',
      security_groups: ['${aws_security_group.aws_AlbSg.id}'],
    };
    expect(findings('FK-NET-2', awsFixture([fromAlb]))).toEqual([]);
    expect(findings('FK-NET-2', awsFixture([{ ...fromAlb, security_groups: ['sg-0123456789abcdef0'] }]))).toEqual([
      ['test/aws/AppSg', 'ingress #0 admits security group sg-0123456789abcdef0 on instance port 8080'],
    ]);
    expect(findings('FK-NET-2', awsFixture([{ protocol: '-1', from_port: 0, to_port: 0, self: true }]))).toEqual([
      ['test/aws/AppSg', 'ingress #0 admits the group itself on instance port 8080'],
    ]);
  });

  test('FK-NET-2: DigitalOcean instance port only from the load balancer', () => {
    expect(findings('FK-NET-2', defaultStack('staging'))).toEqual([]);

    const json = defaultStack('staging');
    doFirewall(json).inbound_rule[0].source_addresses = ['0.0.0.0/0'];
    expect(findings('FK-NET-2', json)).toEqual([
      ['staging/do-nyc/Firewall', 'inbound rule #0 admits 0.0.0.0/0 on instance port 8080'],
    ]);

    // A managed load balancer: its forwarding rule gives the instance port, its uid the one allowed source.
    const managed = (source: Record<string, unknown>) =>
      fixture([
        block('digitalocean_loadbalancer', 'test/do/Lb', {
          forwarding_rule: [{ entry_port: 80, entry_protocol: 'http', target_port: 8080, target_protocol: 'http' }],
          healthcheck: { port: 8080, protocol: 'http', path: '/healthz' },
        }),
        block('digitalocean_firewall', 'test/do/Firewall', {
          inbound_rule: [{ protocol: 'tcp', port_range: '8080', ...source }],
        }),
      ]);
    expect(
      findings('FK-NET-2', managed({ source_load_balancer_uids: ['${digitalocean_loadbalancer.do_Lb.id}'] })),
    ).toEqual([]);
    expect(findings('FK-NET-2', managed({ source_addresses: ['10.0.0.0/8'] }))).toEqual([
      ['test/do/Firewall', 'inbound rule #0 admits 10.0.0.0/8 on instance port 8080'],
    ]);
  });

  test('FK-NET-2: Linode instance port only from the NodeBalancer range', () => {
    const json = defaultStack('staging');
    linodeFirewall(json).inbound[0].ipv4 = ['192.168.255.0/25'];
    expect(findings('FK-NET-2', json)).toEqual([]);

    linodeFirewall(json).inbound[0].ipv4 = ['192.168.0.0/16'];
    linodeFirewall(json).inbound[0].ipv6 = ['::/0'];
    expect(findings('FK-NET-2', json)).toEqual([
      [
        'staging/linode-fra/Firewall',
        'inbound rule app-from-nodebalancers admits 192.168.0.0/16, ::/0 on instance port 8080',
      ],
    ]);
  });

  test('FK-NET-3: Linode firewalls drop by default', () => {
    expect(findings('FK-NET-3', defaultStack('staging'))).toEqual([]);

    const json = defaultStack('staging');
    linodeFirewall(json).inbound_policy = 'ACCEPT';
    expect(findings('FK-NET-3', json)).toEqual([['staging/linode-fra/Firewall', 'inbound_policy is ACCEPT, not DROP']]);
  });

  test('FK-NET-4: OVH instances have no public interface', () => {
    expect(findings('FK-NET-4', defaultStack('production'))).toEqual([]);

    const json = defaultStack('production');
    resourceOf(json, 'ovh_cloud_project_instance', 'Instance0').network.public = true;
    delete resourceOf(json, 'ovh_cloud_project_instance', 'Instance1').network.public;
    expect(findings('FK-NET-4', json)).toEqual([
      [
        'production/ovh-gra/Instance0',
        'network.public is not false on an instance that runs no HAProxy (no haproxy.cfg written)',
      ],
      [
        'production/ovh-gra/Instance1',
        'network.public is not false on an instance that runs no HAProxy (no haproxy.cfg written)',
      ],
    ]);
  });

  test('HAProxy: the staging default and the HAProxy test environment break no rule', () => {
    expect(checkPolicies(defaultStack('staging'), PERMANENT)).toEqual([]);
    expect(checkPolicies(haproxyStack(), PERMANENT)).toEqual([]);
    // Synthesis runs the policy aspect, which throws on any violation.
    expect(() => Testing.synth(new FailoverStack(Testing.app(), HAPROXY_ENVIRONMENT))).not.toThrow();
  });

  test('FK-NET-1: a HAProxy firewall opens to anywhere only the ports HAProxy serves clients on', () => {
    const stats = defaultStack('staging');
    const firewall = resourceOf(stats, 'digitalocean_firewall', 'HaproxyFirewall');
    firewall.inbound_rule[1].source_addresses = ['0.0.0.0/0'];
    expect(findings('FK-NET-1', stats)).toEqual([
      [
        'staging/do-nyc/HaproxyFirewall',
        'inbound rule #1 admits 0.0.0.0/0 on port 8404, which HAProxy serves no clients on (frontend ports: 80)',
      ],
    ]);

    const ssh = haproxyStack();
    const linode = resourceOf(ssh, 'linode_firewall', 'HaproxyFirewall');
    linode.inbound[1].ipv6 = ['::/0'];
    expect(findings('FK-NET-1', ssh)).toEqual([
      [
        'hapx/linode-ams/HaproxyFirewall',
        'inbound rule ssh-from-admins admits ::/0 on SSH (22), port 22, which HAProxy serves no clients on ' +
          '(frontend ports: 80)',
      ],
    ]);

    // The same stats port open to anywhere on a firewall of no HAProxy instance is not NET-1's business.
    const app = defaultStack('staging');
    doFirewall(app).inbound_rule.push({ protocol: 'tcp', port_range: '8404', source_addresses: ['0.0.0.0/0'] });
    expect(findings('FK-NET-1', app)).toEqual([]);
  });

  test('FK-NET-2: DigitalOcean instances admit the HAProxy Droplet, and no other Droplet', () => {
    const haproxyId = (json: any) => `\${digitalocean_droplet.${idOf(json, 'digitalocean_droplet', 'Haproxy')}.id}`;
    const passing = defaultStack('staging');
    expect(doFirewall(passing).inbound_rule[0].source_droplet_ids).toEqual([haproxyId(passing)]);
    expect(findings('FK-NET-2', passing)).toEqual([]);

    const other = defaultStack('staging');
    const app = `\${digitalocean_droplet.${idOf(other, 'digitalocean_droplet', 'Droplet1')}.id}`;
    doFirewall(other).inbound_rule[0].source_droplet_ids = [app, '123456789'];
    expect(findings('FK-NET-2', other)).toEqual([
      ['staging/do-nyc/Firewall', `inbound rule #0 admits droplet ${app}, droplet 123456789 on instance port 8080`],
    ]);

    // A Droplet is HAProxy by what it boots with, not by its name: without haproxy.cfg it is a stranger.
    const named = defaultStack('staging');
    const decoy = 'do-nyc_HaproxyDroplet2_0000';
    named.resource.digitalocean_droplet[decoy] = {
      ...resourceOf(named, 'digitalocean_droplet', 'Droplet0'),
      name: 'fk-staging-do-nyc-haproxy-2',
    };
    doFirewall(named).inbound_rule[0].source_droplet_ids.push(`\${digitalocean_droplet.${decoy}.id}`);
    expect(findings('FK-NET-2', named)).toEqual([
      [
        'staging/do-nyc/Firewall',
        `inbound rule #0 admits droplet \${digitalocean_droplet.${decoy}.id} on instance port 8080`,
      ],
    ]);
  });

  test("FK-NET-2: Linode instances admit the HAProxy instance's private address, and no other", () => {
    const passing = haproxyStack();
    const haproxy = idOf(passing, 'linode_instance', 'Haproxy');
    expect(linodeFirewall(passing).inbound[0].ipv4).toEqual([`\${linode_instance.${haproxy}.private_ip_address}/32`]);
    expect(findings('FK-NET-2', passing)).toEqual([]);

    const other = haproxyStack();
    const app = `\${linode_instance.${idOf(other, 'linode_instance', 'Instance1')}.private_ip_address}/32`;
    const wide = `\${linode_instance.${haproxy}.private_ip_address}/24`;
    linodeFirewall(other).inbound[0].ipv4 = [app, wide];
    expect(findings('FK-NET-2', other)).toEqual([
      ['hapx/linode-ams/Firewall', `inbound rule app-from-haproxy admits ${app}, ${wide} on instance port 9090`],
    ]);

    // The HAProxy instance's own firewall is exempt only while it guards HAProxy alone.
    const shared = haproxyStack();
    const firewall = resourceOf(shared, 'linode_firewall', 'HaproxyFirewall');
    firewall.inbound[0].ports = '80,9090';
    expect(findings('FK-NET-2', shared)).toEqual([]);
    firewall.linodes.push(`\${linode_instance.${idOf(shared, 'linode_instance', 'Instance0')}.id}`);
    expect(findings('FK-NET-2', shared)).toEqual([
      [
        'hapx/linode-ams/HaproxyFirewall',
        'inbound rule http-from-anywhere admits 0.0.0.0/0, ::/0 on instance port 9090',
      ],
    ]);
  });

  test('FK-NET-4: a public HAProxy instance on OVH needs a host firewall that drops by default', () => {
    expect(findings('FK-NET-4', haproxyStack())).toEqual([]);
    const ovh = (json: any) => resourceOf(json, 'ovh_cloud_project_instance', 'Haproxy');
    const path = 'hapx/ovh-sbg/HaproxyInstance';
    const prefix = 'network.public is not false and the HAProxy host firewall falls short: ';
    const withUserData = (from: string | RegExp, to: string) => {
      const json = haproxyStack();
      ovh(json).user_data = edited(ovh(json).user_data, from, to);
      return findings('FK-NET-4', json);
    };

    expect(withUserData('  - ["nft", "-f", "/etc/nftables.conf"]\n', '')).toEqual([
      [path, `${prefix}cloud-init writes /etc/nftables.conf but runcmd never loads it (nft -f /etc/nftables.conf)`],
    ]);
    expect(withUserData(/  - path: "\/etc\/nftables.conf"\n(    .*\n)+?(?=  - path)/, '')).toEqual([
      [path, `${prefix}cloud-init loads no nftables ruleset with an input chain (write_files, then runcmd nft -f)`],
    ]);
    expect(withUserData('policy drop;', 'policy accept;')).toEqual([
      [
        path,
        `${prefix}/etc/nftables.conf has no input chain with policy drop for IPv4 and IPv6 (a table inet covers both)`,
      ],
    ]);
    expect(withUserData('table inet failover_kit', 'table ip failover_kit')).toEqual([
      [path, `${prefix}/etc/nftables.conf has no input chain with policy drop for IPv6 (a table inet covers both)`],
    ]);
    expect(withUserData('"nftables.service", ', '')).toEqual([
      [
        path,
        `${prefix}/etc/nftables.conf is loaded at first boot only: write it to /etc/nftables.conf and enable ` +
          'nftables.service (systemctl enable nftables) so it is loaded at every boot',
      ],
    ]);
    expect(withUserData('tcp dport { 80 } accept', 'tcp dport { 80, 22 } accept')).toEqual([
      [
        path,
        `${prefix}failover_kit/input accepts "tcp dport { 80, 22 } accept" from any source; only the public ports ` +
          '(80) may be',
      ],
    ]);
    expect(withUserData('ip saddr { 10.60.0.0/24 } tcp dport 9000', 'ip saddr { 0.0.0.0/0 } tcp dport 9000')).toEqual([
      [
        path,
        `${prefix}failover_kit/input accepts "ip saddr { 0.0.0.0/0 } tcp dport 9000 accept" from any source; only ` +
          'the public ports (80) may be',
      ],
    ]);

    // Without haproxy.cfg it is an ordinary instance, which must have no public interface at all.
    expect(withUserData('/etc/haproxy/haproxy.cfg', '/etc/haproxy/other.cfg')).toEqual([
      [path, 'network.public is not false on an instance that runs no HAProxy (no haproxy.cfg written)'],
    ]);
  });
});
