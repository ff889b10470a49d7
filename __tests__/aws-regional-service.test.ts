import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Fn, TerraformOutput, TerraformVariable } from '../cdk';
import {
  AwsRegionalService,
  DEFAULT_AWS_AMI_PARAMETER,
  renderTargetGroupHealthCheck,
  validateTargetGroupHealthCheck,
} from '../constructs/aws-regional-service';
import { HealthCheckSpec, HealthCheckSpecProps } from '../constructs/health-check-spec';
import { ConfigError, Problems } from '../constructs/problems';
import {
  CERTIFICATE,
  LOCATION,
  Options,
  POLICY,
  SERVICE_ID,
  serviceProps,
  TAGS,
  USER_DATA,
} from './fixtures/aws-regional-service';
import { resourcesOf, synthInStack, SynthesizedStack } from './synth';

interface Synthesized {
  readonly json: SynthesizedStack;
  readonly service: AwsRegionalService;
}

function synthService(options: Options = {}): Synthesized {
  let service: AwsRegionalService | undefined;
  const json = synthInStack((scope) => {
    new AwsProvider(scope, 'aws', { region: 'us-east-1' });
    service = new AwsRegionalService(scope, SERVICE_ID, serviceProps(options));
  });
  return { json, service: service! };
}

/** Logical id of the resource (or data source) a construct id inside the service synthesizes to. */
function logicalId(
  block: Record<string, Record<string, unknown>> | undefined,
  type: string,
  constructId: string,
): string {
  const ids = Object.keys(block?.[type] ?? {}).filter((id) =>
    new RegExp(`^${SERVICE_ID}_${constructId}_[0-9A-F]{8}$`).test(id),
  );
  if (ids.length !== 1) throw new Error(`expected one ${type} from construct ${constructId}, found ${ids.length}`);
  return ids[0];
}

function resource(json: SynthesizedStack, type: string, constructId: string): Record<string, any> {
  return json.resource![type][logicalId(json.resource, type, constructId)];
}

function ref(json: SynthesizedStack, type: string, constructId: string, attribute: string): string {
  return `\${${type}.${logicalId(json.resource, type, constructId)}.${attribute}}`;
}

function dataRef(json: SynthesizedStack, type: string, constructId: string, attribute: string): string {
  return `\${data.${type}.${logicalId(json.data, type, constructId)}.${attribute}}`;
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

describe('AwsRegionalService', () => {
  describe('network', () => {
    test('puts every regional resource and data source in the region location, IAM in none', () => {
      const { json } = synthService();
      const blocks = [...Object.entries(json.resource ?? {}), ...Object.entries(json.data ?? {})];
      expect(blocks.length).toBeGreaterThan(20);
      for (const [type, byId] of blocks) {
        for (const [id, config] of Object.entries(byId)) {
          if (type.startsWith('aws_iam_')) {
            expect({ id, region: config.region }).toEqual({ id, region: undefined });
          } else {
            expect({ id, region: config.region }).toEqual({ id, region: LOCATION });
          }
        }
      }
      expect(Object.keys(json.data ?? {}).sort()).toEqual(['aws_ami', 'aws_availability_zones', 'aws_ssm_parameter']);
    });

    test('creates a DNS-enabled VPC with the default CIDR and an internet gateway', () => {
      const { json } = synthService();
      expect(resource(json, 'aws_vpc', 'Vpc')).toMatchObject({
        cidr_block: '10.40.0.0/16',
        enable_dns_support: true,
        enable_dns_hostnames: true,
        tags: { ...TAGS, Name: 'fk-staging-aws-eu-vpc' },
      });
      expect(resource(json, 'aws_internet_gateway', 'InternetGateway').vpc_id).toBe(ref(json, 'aws_vpc', 'Vpc', 'id'));
    });

    test('places public and app subnets in two availability zones, without public IPs', () => {
      const { json } = synthService();
      const zones = dataRef(json, 'aws_availability_zones', 'AvailabilityZones', 'names');
      expect(
        json.data!.aws_availability_zones[logicalId(json.data, 'aws_availability_zones', 'AvailabilityZones')],
      ).toMatchObject({
        state: 'available',
        filter: [{ name: 'opt-in-status', values: ['opt-in-not-required'] }],
      });
      const expected = [
        ['PublicSubnet0', '10.40.0.0/18', 0],
        ['PublicSubnet1', '10.40.64.0/18', 1],
        ['AppSubnet0', '10.40.128.0/18', 0],
        ['AppSubnet1', '10.40.192.0/18', 1],
      ] as const;
      for (const [id, cidr, zone] of expected) {
        expect(resource(json, 'aws_subnet', id)).toMatchObject({
          vpc_id: ref(json, 'aws_vpc', 'Vpc', 'id'),
          cidr_block: cidr,
          availability_zone: `\${element(${zones.slice(2, -1)}, ${zone})}`,
          map_public_ip_on_launch: false,
        });
      }
      expect(Object.keys(resourcesOf(json, 'aws_subnet'))).toHaveLength(4);
    });

    test('splits a /24 VPC into /26 subnets', () => {
      const { json } = synthService({ region: { vpcCidr: '172.16.5.0/24' } });
      expect(
        ['PublicSubnet0', 'PublicSubnet1', 'AppSubnet0', 'AppSubnet1'].map(
          (id) => resource(json, 'aws_subnet', id).cidr_block,
        ),
      ).toEqual(['172.16.5.0/26', '172.16.5.64/26', '172.16.5.128/26', '172.16.5.192/26']);
    });

    test('routes public subnets to the internet gateway and app subnets to one NAT gateway', () => {
      const { json } = synthService();
      expect(resource(json, 'aws_route', 'PublicDefaultRoute')).toMatchObject({
        route_table_id: ref(json, 'aws_route_table', 'PublicRouteTable', 'id'),
        destination_cidr_block: '0.0.0.0/0',
        gateway_id: ref(json, 'aws_internet_gateway', 'InternetGateway', 'id'),
      });
      expect(resource(json, 'aws_route', 'AppDefaultRoute')).toMatchObject({
        route_table_id: ref(json, 'aws_route_table', 'AppRouteTable', 'id'),
        destination_cidr_block: '0.0.0.0/0',
        nat_gateway_id: ref(json, 'aws_nat_gateway', 'NatGateway', 'id'),
      });
      expect(Object.keys(resourcesOf(json, 'aws_nat_gateway'))).toHaveLength(1);
      expect(resource(json, 'aws_nat_gateway', 'NatGateway')).toMatchObject({
        subnet_id: ref(json, 'aws_subnet', 'PublicSubnet0', 'id'),
        allocation_id: ref(json, 'aws_eip', 'NatAddress', 'allocation_id'),
        connectivity_type: 'public',
      });
      for (const [kind, table] of [
        ['Public', 'PublicRouteTable'],
        ['App', 'AppRouteTable'],
      ]) {
        for (const i of [0, 1]) {
          expect(resource(json, 'aws_route_table_association', `${kind}RouteTableAssociation${i}`)).toMatchObject({
            subnet_id: ref(json, 'aws_subnet', `${kind}Subnet${i}`, 'id'),
            route_table_id: ref(json, 'aws_route_table', table, 'id'),
          });
        }
      }
    });

    test('reaches DynamoDB through a gateway endpoint on the app route table', () => {
      const { json } = synthService();
      expect(resource(json, 'aws_vpc_endpoint', 'DynamoDbEndpoint')).toMatchObject({
        vpc_id: ref(json, 'aws_vpc', 'Vpc', 'id'),
        service_name: `com.amazonaws.${LOCATION}.dynamodb`,
        vpc_endpoint_type: 'Gateway',
        route_table_ids: [ref(json, 'aws_route_table', 'AppRouteTable', 'id')],
      });
    });
  });

  describe('security groups', () => {
    const ingress = (json: SynthesizedStack) => Object.values(resourcesOf(json, 'aws_vpc_security_group_ingress_rule'));
    const egress = (json: SynthesizedStack) => Object.values(resourcesOf(json, 'aws_vpc_security_group_egress_rule'));

    test('lets instances in only on the app port from the load balancer security group', () => {
      const { json } = synthService();
      const albSg = ref(json, 'aws_security_group', 'LoadBalancerSecurityGroup', 'id');
      const instanceSg = ref(json, 'aws_security_group', 'InstanceSecurityGroup', 'id');
      expect(ingress(json).filter((rule) => rule.security_group_id === instanceSg)).toEqual([
        expect.objectContaining({
          ip_protocol: 'tcp',
          from_port: 8080,
          to_port: 8080,
          referenced_security_group_id: albSg,
        }),
      ]);
      expect(ingress(json).filter((rule) => rule.security_group_id === instanceSg)[0]).not.toHaveProperty('cidr_ipv4');
      expect(egress(json).filter((rule) => rule.security_group_id === albSg)).toEqual([
        expect.objectContaining({
          ip_protocol: 'tcp',
          from_port: 8080,
          to_port: 8080,
          referenced_security_group_id: instanceSg,
        }),
      ]);
      expect(
        egress(json)
          .filter((rule) => rule.security_group_id === instanceSg)
          .map((rule) => [rule.ip_protocol, rule.from_port, rule.to_port, rule.cidr_ipv4]),
      ).toEqual([
        ['tcp', 443, 443, '0.0.0.0/0'],
        ['tcp', 80, 80, '0.0.0.0/0'],
      ]);
      expect(resource(json, 'aws_security_group', 'InstanceSecurityGroup')).not.toHaveProperty('ingress');
    });

    test('opens a separate health-check port from the load balancer too', () => {
      const { json } = synthService({ healthCheck: { port: 9090 } });
      const albSg = ref(json, 'aws_security_group', 'LoadBalancerSecurityGroup', 'id');
      const instanceSg = ref(json, 'aws_security_group', 'InstanceSecurityGroup', 'id');
      expect(
        ingress(json)
          .filter((rule) => rule.security_group_id === instanceSg)
          .map((rule) => [rule.from_port, rule.referenced_security_group_id])
          .sort(),
      ).toEqual([
        [8080, albSg],
        [9090, albSg],
      ]);
    });

    test('allows SSH only from admin CIDRs, once per distinct CIDR', () => {
      const { json } = synthService({
        region: { adminCidrs: ['203.0.113.0/24', '198.51.100.7/32', '203.0.113.0/24'] },
      });
      const instanceSg = ref(json, 'aws_security_group', 'InstanceSecurityGroup', 'id');
      const ssh = ingress(json).filter((rule) => rule.security_group_id === instanceSg && rule.from_port === 22);
      expect(ssh.map((rule) => [rule.cidr_ipv4, rule.to_port]).sort()).toEqual([
        ['198.51.100.7/32', 22],
        ['203.0.113.0/24', 22],
      ]);
      expect(resource(json, 'aws_vpc_security_group_ingress_rule', 'InstanceSshFrom203-0-113-0-24').cidr_ipv4).toBe(
        '203.0.113.0/24',
      );
    });

    test('opens only port 80 on the load balancer without a certificate', () => {
      const { json } = synthService();
      const albSg = ref(json, 'aws_security_group', 'LoadBalancerSecurityGroup', 'id');
      const rules = ingress(json).filter((rule) => rule.security_group_id === albSg);
      expect(rules.map((rule) => [rule.from_port, rule.to_port, rule.cidr_ipv4 ?? rule.cidr_ipv6]).sort()).toEqual([
        [80, 80, '0.0.0.0/0'],
        [80, 80, '::/0'],
      ]);
    });

    test('opens ports 80 and 443 on the load balancer with a certificate', () => {
      const { json } = synthService({ region: { certificateArn: CERTIFICATE } });
      const albSg = ref(json, 'aws_security_group', 'LoadBalancerSecurityGroup', 'id');
      const rules = ingress(json).filter((rule) => rule.security_group_id === albSg);
      expect(rules.map((rule) => [rule.from_port, rule.cidr_ipv4 ?? rule.cidr_ipv6]).sort()).toEqual([
        [443, '0.0.0.0/0'],
        [443, '::/0'],
        [80, '0.0.0.0/0'],
        [80, '::/0'],
      ]);
    });
  });

  describe('load balancer', () => {
    test('is internet-facing in both public subnets, drops invalid headers and is deletion-protected by default', () => {
      const { json } = synthService();
      expect(resource(json, 'aws_lb', 'LoadBalancer')).toMatchObject({
        name: 'fk-staging-aws-eu-alb',
        load_balancer_type: 'application',
        internal: false,
        subnets: [ref(json, 'aws_subnet', 'PublicSubnet0', 'id'), ref(json, 'aws_subnet', 'PublicSubnet1', 'id')],
        security_groups: [ref(json, 'aws_security_group', 'LoadBalancerSecurityGroup', 'id')],
        drop_invalid_header_fields: true,
        enable_deletion_protection: true,
      });
    });

    test('honours deletionProtection false', () => {
      const { json } = synthService({ deletionProtection: false });
      expect(resource(json, 'aws_lb', 'LoadBalancer').enable_deletion_protection).toBe(false);
    });

    test('keeps load balancer and target group names within 32 characters, deterministically', () => {
      const options = { environment: 'production-eu', region: { name: 'aws-frankfurt-primary' } };
      const names = (json: SynthesizedStack) => [
        resource(json, 'aws_lb', 'LoadBalancer').name,
        resource(json, 'aws_lb_target_group', 'TargetGroup').name,
      ];
      const first = names(synthService(options).json);
      expect(first).toEqual(names(synthService(options).json));
      for (const name of first) {
        expect(name.length).toBeLessThanOrEqual(32);
        expect(name).toMatch(/^fk-production-eu-aws-fran-[0-9a-f]{6}$/);
        expect(name).not.toMatch(/--/);
      }
      expect(first[0]).not.toBe(first[1]);
    });

    test('renders the target group health check from the spec', () => {
      const healthCheck: HealthCheckSpecProps = {
        protocol: 'HTTP',
        port: 9090,
        path: '/ready',
        expectedStatus: 204,
        intervalSeconds: 15,
        timeoutSeconds: 4,
        healthyThreshold: 2,
        unhealthyThreshold: 4,
      };
      const { json } = synthService({ healthCheck });
      expect(resource(json, 'aws_lb_target_group', 'TargetGroup')).toMatchObject({
        vpc_id: ref(json, 'aws_vpc', 'Vpc', 'id'),
        target_type: 'instance',
        protocol: 'HTTP',
        port: 8080,
        health_check: {
          enabled: true,
          protocol: 'HTTP',
          port: '9090',
          path: '/ready',
          matcher: '204',
          interval: 15,
          timeout: 4,
          healthy_threshold: 2,
          unhealthy_threshold: 4,
        },
      });
    });

    test('without a certificate: one HTTP listener on 80 forwarding to the target group', () => {
      const { json } = synthService();
      const listeners = Object.values(resourcesOf(json, 'aws_lb_listener'));
      expect(listeners).toHaveLength(1);
      expect(resource(json, 'aws_lb_listener', 'HttpListener')).toMatchObject({
        load_balancer_arn: ref(json, 'aws_lb', 'LoadBalancer', 'arn'),
        port: 80,
        protocol: 'HTTP',
        default_action: [{ type: 'forward', target_group_arn: ref(json, 'aws_lb_target_group', 'TargetGroup', 'arn') }],
      });
    });

    test('with a certificate: HTTPS on 443 with TLS 1.3 policy, HTTP 80 redirecting to it', () => {
      const { json } = synthService({ region: { certificateArn: CERTIFICATE } });
      expect(Object.values(resourcesOf(json, 'aws_lb_listener'))).toHaveLength(2);
      expect(resource(json, 'aws_lb_listener', 'HttpsListener')).toMatchObject({
        load_balancer_arn: ref(json, 'aws_lb', 'LoadBalancer', 'arn'),
        port: 443,
        protocol: 'HTTPS',
        ssl_policy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
        certificate_arn: CERTIFICATE,
        default_action: [{ type: 'forward', target_group_arn: ref(json, 'aws_lb_target_group', 'TargetGroup', 'arn') }],
      });
      expect(resource(json, 'aws_lb_listener', 'HttpListener')).toMatchObject({
        port: 80,
        protocol: 'HTTP',
        default_action: [{ type: 'redirect', redirect: { protocol: 'HTTPS', port: '443', status_code: 'HTTP_301' } }],
      });
    });
  });

  describe('instances', () => {
    test('launch template: IMDSv2 with hop limit 1, encrypted gp3 root, no public IP', () => {
      const { json } = synthService();
      const template = resource(json, 'aws_launch_template', 'LaunchTemplate');
      expect(template.metadata_options).toEqual({
        http_endpoint: 'enabled',
        http_tokens: 'required',
        http_put_response_hop_limit: 1,
      });
      expect(template.block_device_mappings).toEqual([
        {
          device_name: dataRef(json, 'aws_ami', 'Ami', 'root_device_name'),
          ebs: { volume_type: 'gp3', encrypted: 'true', delete_on_termination: 'true' },
        },
      ]);
      expect(template.network_interfaces).toEqual([
        {
          device_index: 0,
          associate_public_ip_address: 'false',
          delete_on_termination: 'true',
          security_groups: [ref(json, 'aws_security_group', 'InstanceSecurityGroup', 'id')],
        },
      ]);
      expect(template).not.toHaveProperty('vpc_security_group_ids');
      expect(template).toMatchObject({
        instance_type: 't3.small',
        image_id: dataRef(json, 'aws_ssm_parameter', 'AmiParameter', 'insecure_value'),
        iam_instance_profile: { arn: ref(json, 'aws_iam_instance_profile', 'InstanceProfile', 'arn') },
      });
      const [localName] = Object.keys(json.locals as Record<string, string>);
      expect((json.locals as Record<string, string>)[localName]).toBe(USER_DATA);
      expect(template.user_data).toBe(`\${base64encode(local.${localName})}`);
      expect(template.tag_specifications.map((spec: any) => spec.resource_type)).toEqual(['instance', 'volume']);
      for (const spec of template.tag_specifications)
        expect(spec.tags).toEqual({ ...TAGS, Name: 'fk-staging-aws-eu-app' });
    });

    test('reads the AMI from the default SSM parameter, or the configured one, and the instance type from config', () => {
      const parameter = (json: SynthesizedStack) =>
        json.data!.aws_ssm_parameter[logicalId(json.data, 'aws_ssm_parameter', 'AmiParameter')].name;
      expect(parameter(synthService().json)).toBe(DEFAULT_AWS_AMI_PARAMETER);
      const { json } = synthService({ region: { amiParameter: '/golden/app-ami', instanceType: 'm7i.large' } });
      expect(parameter(json)).toBe('/golden/app-ami');
      expect(resource(json, 'aws_launch_template', 'LaunchTemplate').instance_type).toBe('m7i.large');
      expect(json.data!.aws_ami[logicalId(json.data, 'aws_ami', 'Ami')]).toMatchObject({
        filter: [{ name: 'image-id', values: [dataRef(json, 'aws_ssm_parameter', 'AmiParameter', 'insecure_value')] }],
        include_deprecated: true,
      });
    });

    test('auto scaling group: ELB health checks, both app subnets, latest template version', () => {
      const { json } = synthService();
      expect(resource(json, 'aws_autoscaling_group', 'AutoScalingGroup')).toMatchObject({
        vpc_zone_identifier: [ref(json, 'aws_subnet', 'AppSubnet0', 'id'), ref(json, 'aws_subnet', 'AppSubnet1', 'id')],
        health_check_type: 'ELB',
        health_check_grace_period: 300,
        target_group_arns: [ref(json, 'aws_lb_target_group', 'TargetGroup', 'arn')],
        min_size: 2,
        desired_capacity: 2,
        max_size: 4,
        launch_template: {
          id: ref(json, 'aws_launch_template', 'LaunchTemplate', 'id'),
          version: ref(json, 'aws_launch_template', 'LaunchTemplate', 'latest_version'),
        },
        instance_refresh: { strategy: 'Rolling' },
        instance_maintenance_policy: { min_healthy_percentage: 100, max_healthy_percentage: 200 },
        tag: [
          { key: 'Name', value: 'fk-staging-aws-eu-app', propagate_at_launch: true },
          { key: 'environment', value: 'staging', propagate_at_launch: true },
          { key: 'project', value: 'failover-kit', propagate_at_launch: true },
        ],
      });
    });

    test('sizes the group from instanceCount and waits for routes and permissions', () => {
      const { json } = synthService({ region: { instanceCount: 3 } });
      const group = resource(json, 'aws_autoscaling_group', 'AutoScalingGroup');
      expect([group.min_size, group.desired_capacity, group.max_size]).toEqual([3, 3, 6]);
      expect(group.depends_on).toEqual(
        expect.arrayContaining([
          `aws_route.${logicalId(json.resource, 'aws_route', 'AppDefaultRoute')}`,
          `aws_iam_role_policy.${logicalId(json.resource, 'aws_iam_role_policy', 'DataAccessPolicy')}`,
        ]),
      );
    });

    test('role: assumed by EC2, data access policy inline, Session Manager attached, in an instance profile', () => {
      const policy = Fn.jsonencode({ Version: '2012-10-17', Statement: [] });
      const { json } = synthService({ dataAccessPolicy: policy });
      const role = resource(json, 'aws_iam_role', 'InstanceRole');
      expect(role.name).toBe('fk-staging-aws-eu-app');
      expect(JSON.parse(role.assume_role_policy)).toEqual({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      });
      expect(resource(json, 'aws_iam_role_policy', 'DataAccessPolicy')).toEqual(
        expect.objectContaining({
          role: ref(json, 'aws_iam_role', 'InstanceRole', 'id'),
          policy: '${jsonencode({"Version" = "2012-10-17", "Statement" = []})}',
        }),
      );
      expect(resource(json, 'aws_iam_role_policy_attachment', 'SessionManagerAccess')).toEqual(
        expect.objectContaining({
          role: ref(json, 'aws_iam_role', 'InstanceRole', 'name'),
          policy_arn: 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore',
        }),
      );
      expect(resource(json, 'aws_iam_instance_profile', 'InstanceProfile').role).toBe(
        ref(json, 'aws_iam_role', 'InstanceRole', 'name'),
      );
      expect(Object.keys(resourcesOf(json, 'aws_iam_role_policy_attachment'))).toHaveLength(1);
    });

    test('passes a literal policy document through unchanged', () => {
      const { json } = synthService();
      expect(resource(json, 'aws_iam_role_policy', 'DataAccessPolicy').policy).toBe(POLICY);
    });
  });

  describe('endpoint', () => {
    test('without a certificate: alias to the load balancer, probed over HTTP on 80', () => {
      let service: AwsRegionalService | undefined;
      const json = synthInStack((scope) => {
        new AwsProvider(scope, 'aws', { region: 'us-east-1' });
        service = new AwsRegionalService(scope, SERVICE_ID, serviceProps());
        new TerraformOutput(scope, 'target', { value: service.target });
        new TerraformOutput(scope, 'address', { value: service.address });
      });
      expect(json.output!.target.value).toEqual({
        kind: 'alias',
        dnsName: ref(json, 'aws_lb', 'LoadBalancer', 'dns_name'),
        hostedZoneId: ref(json, 'aws_lb', 'LoadBalancer', 'zone_id'),
      });
      expect(json.output!.address.value).toBe(ref(json, 'aws_lb', 'LoadBalancer', 'dns_name'));
      service = service!;
      expect(service).toMatchObject({
        regionName: 'aws-eu',
        cloud: 'aws',
        location: LOCATION,
        dataRegion: LOCATION,
        publicProtocol: 'HTTP',
        publicPort: 80,
      });
      expect(service.alb.node.id).toBe('LoadBalancer');
      expect(service.targetGroup.node.id).toBe('TargetGroup');
      expect(service.autoScalingGroup.node.id).toBe('AutoScalingGroup');
      expect(service.role.node.id).toBe('InstanceRole');
    });

    test('with a certificate: probed over HTTPS on 443', () => {
      const { service } = synthService({ region: { certificateArn: CERTIFICATE } });
      expect([service.publicProtocol, service.publicPort]).toEqual(['HTTPS', 443]);
    });
  });

  describe('validation', () => {
    test('reports every bad region field together, naming environment, region and allowed values', () => {
      const error = configErrorOf({
        region: {
          location: 'eu-west-9',
          vpcCidr: '10.40.0.1/16',
          instanceCount: 0,
          adminCidrs: ['203.0.113.0/24', '0.0.0.0/0', 'not-a-cidr', '2001:db8::/32'],
          certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789',
        },
        appPort: 70000,
      });
      expect(error.problems.map((p) => p.field)).toEqual([
        'location',
        'vpcCidr',
        'instanceCount',
        'adminCidrs[1]',
        'adminCidrs[2]',
        'adminCidrs[3]',
        'app.port',
        'certificateArn',
      ]);
      for (const problem of error.problems) expect(problem).toMatchObject({ environment: 'staging', region: 'aws-eu' });
      expect(error.message).toContain(
        'environment staging, region aws-eu: location = "eu-west-9" is not allowed; allowed: one of: af-south-1,',
      );
      expect(error.message).toContain(
        'vpcCidr = "10.40.0.1/16" is not allowed; allowed: an IPv4 network address with a prefix from /16 to /24',
      );
      expect(error.message).toContain('instanceCount = 0 is not allowed; allowed: an integer from 1 to 20');
      expect(error.message).toContain(
        'adminCidrs[1] = "0.0.0.0/0" is not allowed; allowed: a block narrower than the whole internet (SSH from anywhere is refused)',
      );
      expect(error.message).toContain('adminCidrs[3] = "2001:db8::/32" is not allowed; allowed: an IPv4 CIDR block');
      expect(error.message).toContain('app.port = 70000 is not allowed; allowed: an integer from 1 to 65535');
      expect(error.message).toContain('allowed: an ACM certificate ARN in eu-west-9');
    });

    test.each([['10.0.0.0/8'], ['10.40.0.0/25'], ['10.40.0.0'], ['256.0.0.0/16']])('rejects vpcCidr %s', (vpcCidr) => {
      expect(configErrorOf({ region: { vpcCidr } }).problems.map((p) => p.field)).toEqual(['vpcCidr']);
    });

    test.each([[2.5], [21], [-1]])('rejects instanceCount %s', (instanceCount) => {
      expect(configErrorOf({ region: { instanceCount } }).problems).toEqual([
        expect.objectContaining({ field: 'instanceCount', value: instanceCount, allowed: 'an integer from 1 to 20' }),
      ]);
    });

    test('rejects a certificate ARN that is not ACM or not in this region', () => {
      for (const certificateArn of [
        'arn:aws:iam::123456789012:server-certificate/site',
        CERTIFICATE.replace(LOCATION, 'us-east-1'),
        '',
      ]) {
        const [problem] = configErrorOf({ region: { certificateArn } }).problems;
        expect(problem).toMatchObject({ field: 'certificateArn', value: certificateArn });
        expect(problem.allowed).toContain(`arn:aws:acm:${LOCATION}:<account id>:certificate/<uuid>`);
      }
    });

    test('accepts a certificate ARN only known at apply time', () => {
      const json = synthInStack((scope) => {
        new AwsProvider(scope, 'aws', { region: 'us-east-1' });
        const certificateArn = new TerraformVariable(scope, 'certificate_arn', { type: 'string' }).stringValue;
        new AwsRegionalService(scope, SERVICE_ID, serviceProps({ region: { certificateArn } }));
      });
      expect(resource(json, 'aws_lb_listener', 'HttpsListener').certificate_arn).toBe('${var.certificate_arn}');
    });

    describe('target group health check', () => {
      const limit = (attribute: string) => `(ALB target group health_check ${attribute})`;
      const onlyProblem = (options: Options) => {
        const error = configErrorOf(options);
        expect(error.problems).toHaveLength(1);
        return { problem: error.problems[0], message: error.message };
      };

      test.each([
        [4, 2],
        [301, 5],
      ])('rejects interval %p (5-300)', (intervalSeconds, timeoutSeconds) => {
        const { problem, message } = onlyProblem({ healthCheck: { port: 8080, intervalSeconds, timeoutSeconds } });
        expect(problem).toEqual({
          environment: 'staging',
          region: 'aws-eu',
          field: 'healthCheck.intervalSeconds',
          value: intervalSeconds,
          allowed: `an integer from 5 to 300 ${limit('interval')}`,
        });
        expect(message).toContain(
          `environment staging, region aws-eu: healthCheck.intervalSeconds = ${intervalSeconds} is not allowed`,
        );
      });

      test.each([
        ['1 from the config', { healthCheck: { port: 8080, timeoutSeconds: 1 } }, 1],
        ['121 past the spec', { healthCheckOverrides: { intervalSeconds: 300, timeoutSeconds: 121 } }, 121],
      ] as const)('rejects timeout %s (2-120)', (_, options, value) => {
        expect(onlyProblem(options).problem).toMatchObject({
          field: 'healthCheck.timeoutSeconds',
          value,
          allowed: `an integer from 2 to 120 ${limit('timeout')}`,
        });
      });

      test('rejects an interval not greater than the timeout', () => {
        expect(
          onlyProblem({ healthCheckOverrides: { intervalSeconds: 10, timeoutSeconds: 10 } }).problem,
        ).toMatchObject({
          field: 'healthCheck.intervalSeconds',
          value: 10,
          allowed: `greater than timeoutSeconds (10) ${limit('interval')}`,
        });
      });

      test.each([
        ['healthyThreshold', 1, 'healthy_threshold'],
        ['healthyThreshold', 11, 'healthy_threshold'],
        ['unhealthyThreshold', 1, 'unhealthy_threshold'],
        ['unhealthyThreshold', 11, 'unhealthy_threshold'],
      ] as const)('rejects %s %p (2-10)', (field, value, attribute) => {
        expect(onlyProblem({ healthCheckOverrides: { [field]: value } }).problem).toMatchObject({
          field: `healthCheck.${field}`,
          value,
          allowed: `an integer from 2 to 10 ${limit(attribute)}`,
        });
      });

      test.each([
        [500, '500'],
        ['199', '199'],
        ['200-500', '200-500'],
        ['404, 502', '404,502'],
        ['100-299', '100-299'],
      ])('rejects matcher codes outside 200-499: expectedStatus %p', (expectedStatus, matcher) => {
        const { problem, message } = onlyProblem({ healthCheck: { port: 8080, expectedStatus } });
        expect(problem).toMatchObject({
          field: 'healthCheck.expectedStatus',
          value: matcher,
          allowed:
            'codes from 200 to 499 as one three-digit code (200), a comma-separated list (200,202) ' +
            `or a range (200-299) ${limit('matcher')}`,
        });
        expect(message).toContain(
          `healthCheck.expectedStatus = "${matcher}" is not allowed; allowed: codes from 200 to 499`,
        );
      });

      test.each([
        [200, '200'],
        ['200,202', '200,202'],
        ['200 - 299', '200-299'],
        ['200-499', '200-499'],
      ])('renders expectedStatus %p as matcher %p', (expectedStatus, matcher) => {
        const { json } = synthService({ healthCheck: { port: 8080, expectedStatus } });
        expect(resource(json, 'aws_lb_target_group', 'TargetGroup').health_check.matcher).toBe(matcher);
      });

      test('the validator rejects a malformed matcher on its own', () => {
        const check = { ...renderTargetGroupHealthCheck(new HealthCheckSpec({}, 8080)), matcher: '2xx' };
        const problems = new Problems({ environment: 'staging', region: 'aws-eu' });
        validateTargetGroupHealthCheck(problems, check);
        expect(problems.list).toEqual([
          expect.objectContaining({
            field: 'healthCheck.expectedStatus',
            value: '2xx',
            allowed: expect.stringContaining('codes from 200 to 499 as one three-digit code'),
          }),
        ]);
      });

      test('the validator passes what the renderer makes of a valid spec', () => {
        const problems = new Problems();
        validateTargetGroupHealthCheck(
          problems,
          renderTargetGroupHealthCheck(new HealthCheckSpec({ expectedStatus: '200-299' }, 8080)),
        );
        expect(problems.list).toEqual([]);
      });
    });

    test('accepts the boundaries', () => {
      expect(() =>
        synthService({
          region: { vpcCidr: '192.168.10.0/24', instanceCount: 20, adminCidrs: ['10.0.0.1/32'] },
          healthCheck: {
            port: 8080,
            intervalSeconds: 300,
            timeoutSeconds: 120,
            healthyThreshold: 10,
            unhealthyThreshold: 2,
          },
        }),
      ).not.toThrow();
      expect(() =>
        synthService({ region: { vpcCidr: '10.0.0.0/16', instanceCount: 1 }, appPort: 1, healthCheck: { port: 80 } }),
      ).not.toThrow();
    });
  });
});
