import { block, defaultStack, findings, fixture, resourceOf } from './policy-fixtures';

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

function doFirewall(json: any): any {
  return resourceOf(json, 'digitalocean_firewall');
}

function linodeFirewall(json: any): any {
  return resourceOf(json, 'linode_firewall');
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
      ['production/ovh-gra/Instance0', 'network.public is not false'],
      ['production/ovh-gra/Instance1', 'network.public is not false'],
    ]);
  });
});
