import { block, defaultStack, findings, fixture, resourceOf } from './policy-fixtures';

const TEMPLATE = 'production/aws-use1/LaunchTemplate';
const GROUP = 'production/aws-use1/AutoScalingGroup';

function template(json: any): any {
  return resourceOf(json, 'aws_launch_template');
}

function group(json: any): any {
  return resourceOf(json, 'aws_autoscaling_group');
}

const instance = (config: Record<string, unknown>) =>
  fixture([
    block('aws_instance', 'test/aws/Bastion', {
      ami: 'ami-0123456789abcdef0',
      instance_type: 't3.micro',
      ...config,
    }),
  ]);

describe('EC2 rules', () => {
  test('FK-EC2-1: IMDSv2 only, hop limit 1', () => {
    expect(findings('FK-EC2-1', defaultStack('production'))).toEqual([]);

    const json = defaultStack('production');
    template(json).metadata_options = {
      http_endpoint: 'enabled',
      http_tokens: 'optional',
      http_put_response_hop_limit: 2,
    };
    expect(findings('FK-EC2-1', json)).toEqual([
      [TEMPLATE, 'metadata_options.http_tokens is not "required" (IMDSv1 allowed)'],
      [TEMPLATE, 'metadata_options.http_put_response_hop_limit is 2, not 1'],
    ]);

    expect(findings('FK-EC2-1', instance({}))).toHaveLength(2);
    expect(findings('FK-EC2-1', instance({ metadata_options: { http_endpoint: 'disabled' } }))).toEqual([]);
  });

  test('FK-EC2-2: every EBS volume is encrypted', () => {
    expect(findings('FK-EC2-2', defaultStack('production'))).toEqual([]);

    const json = defaultStack('production');
    template(json).block_device_mappings[0].ebs.encrypted = 'false';
    expect(findings('FK-EC2-2', json)).toEqual([
      [TEMPLATE, 'EBS volume ${data.aws_ami.aws-use1_Ami_24D08E17.root_device_name} is not encrypted'],
    ]);
    delete template(json).block_device_mappings;
    expect(findings('FK-EC2-2', json)).toEqual([
      [TEMPLATE, 'no block_device_mappings: root volume encryption is left to the AMI'],
    ]);

    expect(findings('FK-EC2-2', instance({ root_block_device: { encrypted: true } }))).toEqual([]);
    expect(
      findings(
        'FK-EC2-2',
        instance({
          root_block_device: { encrypted: true },
          ebs_block_device: [{ device_name: '/dev/sdf', encrypted: false }],
        }),
      ),
    ).toEqual([['test/aws/Bastion', 'EBS volume /dev/sdf is not encrypted']]);
    expect(
      findings(
        'FK-EC2-2',
        fixture([block('aws_ebs_volume', 'test/aws/Data', { availability_zone: 'us-east-1a', size: 10 })]),
      ),
    ).toEqual([['test/aws/Data', 'volume is not encrypted']]);
  });

  test('FK-EC2-3: no public IP address', () => {
    expect(findings('FK-EC2-3', defaultStack('production'))).toEqual([]);

    const json = defaultStack('production');
    template(json).network_interfaces[0].associate_public_ip_address = 'true';
    expect(findings('FK-EC2-3', json)).toEqual([
      [TEMPLATE, 'network interface #0: associate_public_ip_address is not false'],
    ]);
    delete template(json).network_interfaces;
    expect(findings('FK-EC2-3', json)).toEqual([
      [TEMPLATE, 'no network_interfaces block: a public IP is left to the subnet'],
    ]);

    expect(findings('FK-EC2-3', instance({ associate_public_ip_address: false }))).toEqual([]);
    expect(findings('FK-EC2-3', instance({}))).toEqual([
      ['test/aws/Bastion', 'associate_public_ip_address is not false'],
    ]);
  });

  test("FK-EC2-4: the Auto Scaling group uses the load balancer's health checks", () => {
    expect(findings('FK-EC2-4', defaultStack('production'))).toEqual([]);

    const json = defaultStack('production');
    group(json).health_check_type = 'EC2';
    expect(findings('FK-EC2-4', json)).toEqual([[GROUP, 'health_check_type is EC2, not ELB']]);
    delete group(json).health_check_type;
    expect(findings('FK-EC2-4', json)).toEqual([[GROUP, 'health_check_type is not set (EC2), not ELB']]);
  });

  test('FK-EC2-5: the Auto Scaling group spans two subnets or more', () => {
    expect(findings('FK-EC2-5', defaultStack('production'))).toEqual([]);

    const json = defaultStack('production');
    group(json).vpc_zone_identifier = [group(json).vpc_zone_identifier[0], group(json).vpc_zone_identifier[0]];
    expect(findings('FK-EC2-5', json)).toEqual([[GROUP, 'vpc_zone_identifier lists 1 subnet']]);
    group(json).vpc_zone_identifier = '${aws_subnet.app[*].id}';
    expect(findings('FK-EC2-5', json)).toEqual([[GROUP, expect.stringContaining('is an expression')]]);
  });
});
