import { AutoscalingGroup } from '@cdktf/provider-aws/lib/autoscaling-group';
import { DataAwsAmi } from '@cdktf/provider-aws/lib/data-aws-ami';
import { DataAwsAvailabilityZones } from '@cdktf/provider-aws/lib/data-aws-availability-zones';
import { DataAwsSsmParameter } from '@cdktf/provider-aws/lib/data-aws-ssm-parameter';
import { Eip } from '@cdktf/provider-aws/lib/eip';
import { IamInstanceProfile } from '@cdktf/provider-aws/lib/iam-instance-profile';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { InternetGateway } from '@cdktf/provider-aws/lib/internet-gateway';
import { LaunchTemplate } from '@cdktf/provider-aws/lib/launch-template';
import { Lb } from '@cdktf/provider-aws/lib/lb';
import { LbListener } from '@cdktf/provider-aws/lib/lb-listener';
import { LbTargetGroup, type LbTargetGroupHealthCheck } from '@cdktf/provider-aws/lib/lb-target-group';
import { NatGateway } from '@cdktf/provider-aws/lib/nat-gateway';
import { Route } from '@cdktf/provider-aws/lib/route';
import { RouteTable } from '@cdktf/provider-aws/lib/route-table';
import { RouteTableAssociation } from '@cdktf/provider-aws/lib/route-table-association';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { Vpc } from '@cdktf/provider-aws/lib/vpc';
import { VpcEndpoint } from '@cdktf/provider-aws/lib/vpc-endpoint';
import { VpcSecurityGroupEgressRule } from '@cdktf/provider-aws/lib/vpc-security-group-egress-rule';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { Construct } from 'constructs';
import { Fn, Token } from '../cdk';
import { knownLocations } from '../config/locations';
import type { AwsRegionConfig } from '../config/types';
import { expectAdminCidrs, ipv4Subnet, parseCidr } from './cidr';
import { parseStatusCodes, STATUS_CODE_FORMS, type HealthCheckSpec } from './health-check-spec';
import { boundedName, resourceName } from './naming';
import { Problems } from './problems';
import type { EndpointTarget, RegionalEndpoint, RegionalServiceProps } from './regional-endpoint';
import { base64UserData } from './user-data';

/** Default of `AwsRegionConfig.vpcCidr`. */
export const DEFAULT_AWS_VPC_CIDR = '10.40.0.0/16';
/** Default of `AwsRegionConfig.instanceType`. */
export const DEFAULT_AWS_INSTANCE_TYPE = 't3.small';
/** Default of `AwsRegionConfig.amiParameter`: latest Amazon Linux 2023, x86_64. */
export const DEFAULT_AWS_AMI_PARAMETER = '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64';
/** Upper bound on `instanceCount`: a guard against typos, not an AWS limit. */
export const MAX_AWS_INSTANCE_COUNT = 20;

/** TLS 1.3 with TLS 1.2 fallback, AWS's recommended ALB policy. */
const ALB_SSL_POLICY = 'ELBSecurityPolicy-TLS13-1-2-2021-06';
const SSM_MANAGED_INSTANCE_CORE = 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore';
/** Seconds an instance gets to boot and run cloud-init before failed ELB checks count against it. */
const HEALTH_CHECK_GRACE_SECONDS = 300;
/** ALB and target group names: at most 32 characters. */
const LB_NAME_MAX = 32;
/** IAM role names: at most 64 characters. */
const IAM_ROLE_NAME_MAX = 64;
/** Indexes of the two availability zones used; each holds one public and one app subnet. */
const ZONES = [0, 1] as const;

export interface AwsRegionalServiceProps extends RegionalServiceProps<AwsRegionConfig> {
  /**
   * IAM policy document (JSON, usually a Terraform reference) granting the
   * application least-privilege access to its DynamoDB replica. Attached to
   * the instance role as an inline policy.
   */
  readonly dataAccessPolicy: string;
  /**
   * Whether the load balancer is protected from deletion. Turn it off before
   * destroying the region.
   * @default true
   */
  readonly deletionProtection?: boolean;
}

/**
 * One AWS region's compute: an internet-facing Application Load Balancer in
 * front of an Auto Scaling group, with its own VPC.
 *
 * Network design (per region):
 * - two public subnets (one per availability zone) hold the load balancer and
 *   a single NAT gateway; two app subnets hold the instances, which never get
 *   a public IP address;
 * - instances reach DynamoDB in their own region through a gateway VPC
 *   endpoint (free, and independent of the NAT gateway), and everything else
 *   (package installs, Systems Manager, a `dataRegion` other than this region)
 *   over HTTP(S) through the NAT gateway;
 * - one NAT gateway rather than one per zone, half the standing cost: if its
 *   zone fails, the other zone keeps serving (load balancer traffic and
 *   same-region DynamoDB do not pass the NAT gateway) but loses outbound
 *   internet, so replacement instances there cannot install packages and
 *   Session Manager is unreachable until the zone recovers.
 *
 * Access: instances accept the app port (and the health-check port) only from
 * the load balancer, SSH only from `adminCidrs` (which must then reach the VPC
 * privately, e.g. over VPN, as instances have no public address). Shell access
 * is meant to go through Systems Manager Session Manager.
 *
 * Capacity: `instanceCount` instances (@default 2) spread over both zones;
 * the group may grow to twice that only while replacing instances (launch
 * before terminate, on health failures and on launch template changes).
 */
export class AwsRegionalService extends Construct implements RegionalEndpoint {
  public readonly regionName: string;
  public readonly cloud = 'aws' as const;
  public readonly location: string;
  public readonly dataRegion: string;
  public readonly target: EndpointTarget;
  public readonly loadBalancerKind = 'managed' as const;
  public readonly address: string;
  public readonly publicProtocol: 'HTTP' | 'HTTPS';
  public readonly publicPort: number;

  /** The internet-facing Application Load Balancer. */
  public readonly alb: Lb;
  /** Target group of the instances, probed with the environment's health check. */
  public readonly targetGroup: LbTargetGroup;
  public readonly autoScalingGroup: AutoscalingGroup;
  /** Role the instances run as; holds the data access policy. */
  public readonly role: IamRole;

  constructor(scope: Construct, id: string, props: AwsRegionalServiceProps) {
    super(scope, id);
    validate(props);

    const { environment, region, healthCheck, appPort } = props;
    const location = region.location;
    const vpcCidr = region.vpcCidr ?? DEFAULT_AWS_VPC_CIDR;
    const instanceCount = region.instanceCount ?? 2;
    const certificateArn = region.certificateArn;
    const name = (suffix: string) => resourceName(environment, region.name, suffix);
    const tagged = (tagName: string) => ({ ...props.tags, Name: tagName });

    this.regionName = region.name;
    this.location = location;
    this.dataRegion = props.dataRegion;

    // ---- Network ----
    const vpc = new Vpc(this, 'Vpc', {
      region: location,
      cidrBlock: vpcCidr,
      enableDnsSupport: true,
      enableDnsHostnames: true,
      tags: tagged(name('vpc')),
    });
    const internetGateway = new InternetGateway(this, 'InternetGateway', {
      region: location,
      vpcId: vpc.id,
      tags: tagged(name('igw')),
    });
    // Standard zones only: Local Zones lack NAT gateways and most instance types.
    const zones = new DataAwsAvailabilityZones(this, 'AvailabilityZones', {
      region: location,
      state: 'available',
      filter: [{ name: 'opt-in-status', values: ['opt-in-not-required'] }],
    });
    const zoneName = (i: number): string => Token.asString(Fn.element(zones.names, i));
    // The VPC splits into quarters: public subnets first, app subnets after.
    const vpcNetwork = parseCidr(vpcCidr)!;
    const publicCidrs = ZONES.map((i) => ipv4Subnet(vpcNetwork, 2, i));
    const appCidrs = ZONES.map((i) => ipv4Subnet(vpcNetwork, 2, 2 + i));

    const publicSubnets = ZONES.map(
      (i) =>
        new Subnet(this, `PublicSubnet${i}`, {
          region: location,
          vpcId: vpc.id,
          availabilityZone: zoneName(i),
          cidrBlock: publicCidrs[i],
          mapPublicIpOnLaunch: false,
          tags: tagged(name(`public-${i}`)),
        }),
    );
    const appSubnets = ZONES.map(
      (i) =>
        new Subnet(this, `AppSubnet${i}`, {
          region: location,
          vpcId: vpc.id,
          availabilityZone: zoneName(i),
          cidrBlock: appCidrs[i],
          mapPublicIpOnLaunch: false,
          tags: tagged(name(`app-${i}`)),
        }),
    );

    const publicRoutes = new RouteTable(this, 'PublicRouteTable', {
      region: location,
      vpcId: vpc.id,
      tags: tagged(name('public')),
    });
    new Route(this, 'PublicDefaultRoute', {
      region: location,
      routeTableId: publicRoutes.id,
      destinationCidrBlock: '0.0.0.0/0',
      gatewayId: internetGateway.id,
    });
    publicSubnets.forEach(
      (subnet, i) =>
        new RouteTableAssociation(this, `PublicRouteTableAssociation${i}`, {
          region: location,
          subnetId: subnet.id,
          routeTableId: publicRoutes.id,
        }),
    );

    const natAddress = new Eip(this, 'NatAddress', {
      region: location,
      domain: 'vpc',
      tags: tagged(name('nat')),
    });
    const natGateway = new NatGateway(this, 'NatGateway', {
      region: location,
      allocationId: natAddress.allocationId,
      subnetId: publicSubnets[0].id,
      connectivityType: 'public',
      tags: tagged(name('nat')),
      dependsOn: [internetGateway],
    });
    const appRoutes = new RouteTable(this, 'AppRouteTable', {
      region: location,
      vpcId: vpc.id,
      tags: tagged(name('app')),
    });
    const appDefaultRoute = new Route(this, 'AppDefaultRoute', {
      region: location,
      routeTableId: appRoutes.id,
      destinationCidrBlock: '0.0.0.0/0',
      natGatewayId: natGateway.id,
    });
    const appRouteAssociations = appSubnets.map(
      (subnet, i) =>
        new RouteTableAssociation(this, `AppRouteTableAssociation${i}`, {
          region: location,
          subnetId: subnet.id,
          routeTableId: appRoutes.id,
        }),
    );
    const dynamoDbEndpoint = new VpcEndpoint(this, 'DynamoDbEndpoint', {
      region: location,
      vpcId: vpc.id,
      serviceName: `com.amazonaws.${location}.dynamodb`,
      vpcEndpointType: 'Gateway',
      routeTableIds: [appRoutes.id],
      tags: tagged(name('dynamodb')),
    });

    // ---- Security groups: one rule per resource, so rules can change without replacing groups ----
    const albSecurityGroup = new SecurityGroup(this, 'LoadBalancerSecurityGroup', {
      region: location,
      vpcId: vpc.id,
      name: name('alb'),
      description: 'Load balancer: listener ports from anywhere, app port to instances',
      tags: tagged(name('alb')),
    });
    const instanceSecurityGroup = new SecurityGroup(this, 'InstanceSecurityGroup', {
      region: location,
      vpcId: vpc.id,
      name: name('app'),
      description: 'Instances: app port from the load balancer only',
      tags: tagged(name('app')),
    });
    const listenerPorts = certificateArn ? [80, 443] : [80];
    // ::/0 as well, so the rules stay right if the load balancer is made dual-stack.
    for (const port of listenerPorts) {
      for (const [family, cidr] of [
        ['Ipv4', '0.0.0.0/0'],
        ['Ipv6', '::/0'],
      ] as const) {
        new VpcSecurityGroupIngressRule(this, `LoadBalancerIngress${port}${family}`, {
          region: location,
          securityGroupId: albSecurityGroup.id,
          description: `Clients on ${port}`,
          ipProtocol: 'tcp',
          fromPort: port,
          toPort: port,
          ...(family === 'Ipv4' ? { cidrIpv4: cidr } : { cidrIpv6: cidr }),
          tags: props.tags,
        });
      }
    }
    // The health check may probe a port other than the app port; both must be open.
    const instancePorts = [...new Set([appPort, healthCheck.port])];
    for (const port of instancePorts) {
      new VpcSecurityGroupEgressRule(this, `LoadBalancerToInstances${port}`, {
        region: location,
        securityGroupId: albSecurityGroup.id,
        description: `Instances on ${port}`,
        ipProtocol: 'tcp',
        fromPort: port,
        toPort: port,
        referencedSecurityGroupId: instanceSecurityGroup.id,
        tags: props.tags,
      });
      new VpcSecurityGroupIngressRule(this, `InstanceFromLoadBalancer${port}`, {
        region: location,
        securityGroupId: instanceSecurityGroup.id,
        description: `Load balancer on ${port}`,
        ipProtocol: 'tcp',
        fromPort: port,
        toPort: port,
        referencedSecurityGroupId: albSecurityGroup.id,
        tags: props.tags,
      });
    }
    for (const cidr of new Set(region.adminCidrs ?? [])) {
      new VpcSecurityGroupIngressRule(this, `InstanceSshFrom${cidr.replace(/[./]/g, '-')}`, {
        region: location,
        securityGroupId: instanceSecurityGroup.id,
        description: `SSH from admin network ${cidr}`,
        ipProtocol: 'tcp',
        fromPort: 22,
        toPort: 22,
        cidrIpv4: cidr,
        tags: props.tags,
      });
    }
    // Outbound HTTP(S) covers package repositories, Systems Manager and DynamoDB;
    // DNS, NTP and instance metadata are link-local and not subject to security groups.
    for (const port of [80, 443]) {
      new VpcSecurityGroupEgressRule(this, `InstanceEgress${port}`, {
        region: location,
        securityGroupId: instanceSecurityGroup.id,
        description: `Outbound ${port === 443 ? 'HTTPS' : 'HTTP'}`,
        ipProtocol: 'tcp',
        fromPort: port,
        toPort: port,
        cidrIpv4: '0.0.0.0/0',
        tags: props.tags,
      });
    }

    // ---- Load balancer ----
    this.alb = new Lb(this, 'LoadBalancer', {
      region: location,
      name: boundedName(name('alb'), LB_NAME_MAX),
      loadBalancerType: 'application',
      internal: false,
      securityGroups: [albSecurityGroup.id],
      subnets: publicSubnets.map((subnet) => subnet.id),
      dropInvalidHeaderFields: true,
      enableDeletionProtection: props.deletionProtection ?? true,
      tags: tagged(name('alb')),
      // An internet-facing load balancer cannot be created in a VPC without a gateway.
      dependsOn: [internetGateway],
    });
    this.targetGroup = new LbTargetGroup(this, 'TargetGroup', {
      region: location,
      name: boundedName(name('app'), LB_NAME_MAX),
      vpcId: vpc.id,
      targetType: 'instance',
      protocol: 'HTTP',
      port: appPort,
      // Short drain: requests are brief, and instance refreshes wait for it.
      deregistrationDelay: '30',
      healthCheck: renderTargetGroupHealthCheck(healthCheck),
      tags: tagged(name('app')),
    });
    const forward = [{ type: 'forward', targetGroupArn: this.targetGroup.arn }];
    if (certificateArn) {
      new LbListener(this, 'HttpsListener', {
        region: location,
        loadBalancerArn: this.alb.arn,
        port: 443,
        protocol: 'HTTPS',
        sslPolicy: ALB_SSL_POLICY,
        certificateArn,
        defaultAction: forward,
        tags: props.tags,
      });
    }
    new LbListener(this, 'HttpListener', {
      region: location,
      loadBalancerArn: this.alb.arn,
      port: 80,
      protocol: 'HTTP',
      defaultAction: certificateArn
        ? [{ type: 'redirect', redirect: { protocol: 'HTTPS', port: '443', statusCode: 'HTTP_301' } }]
        : forward,
      tags: props.tags,
    });

    // ---- Instance identity (IAM is global: no region) ----
    this.role = new IamRole(this, 'InstanceRole', {
      name: boundedName(name('app'), IAM_ROLE_NAME_MAX),
      description: `failover-kit app instances, ${environment}/${region.name}`,
      assumeRolePolicy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      }),
      tags: props.tags,
    });
    const dataAccess = new IamRolePolicy(this, 'DataAccessPolicy', {
      role: this.role.id,
      name: 'dynamodb-data-access',
      policy: props.dataAccessPolicy,
    });
    const sessionAccess = new IamRolePolicyAttachment(this, 'SessionManagerAccess', {
      role: this.role.name,
      policyArn: SSM_MANAGED_INSTANCE_CORE,
    });
    const instanceProfile = new IamInstanceProfile(this, 'InstanceProfile', {
      name: this.role.name,
      role: this.role.name,
      tags: props.tags,
    });

    // ---- Instances ----
    const amiParameter = new DataAwsSsmParameter(this, 'AmiParameter', {
      region: location,
      name: region.amiParameter ?? DEFAULT_AWS_AMI_PARAMETER,
    });
    // The AMI id is public: read it as insecure_value so plans show it.
    const imageId = amiParameter.insecureValue;
    // The root device name differs between AMIs (/dev/xvda, /dev/sda1); a wrong
    // one would add a second volume instead of encrypting the root.
    const ami = new DataAwsAmi(this, 'Ami', {
      region: location,
      filter: [{ name: 'image-id', values: [imageId] }],
      includeDeprecated: true,
    });
    const instanceTags = tagged(name('app'));
    const launchTemplate = new LaunchTemplate(this, 'LaunchTemplate', {
      region: location,
      name: name('app'),
      imageId,
      instanceType: region.instanceType ?? DEFAULT_AWS_INSTANCE_TYPE,
      iamInstanceProfile: { arn: instanceProfile.arn },
      userData: base64UserData(this, props.userData),
      updateDefaultVersion: true,
      metadataOptions: {
        httpEndpoint: 'enabled',
        httpTokens: 'required',
        // One hop: metadata credentials stay on the instance itself.
        httpPutResponseHopLimit: 1,
      },
      blockDeviceMappings: [
        {
          deviceName: ami.rootDeviceName,
          ebs: { volumeType: 'gp3', encrypted: 'true', deleteOnTermination: 'true' },
        },
      ],
      networkInterfaces: [
        {
          deviceIndex: 0,
          associatePublicIpAddress: 'false',
          securityGroups: [instanceSecurityGroup.id],
          deleteOnTermination: 'true',
        },
      ],
      tagSpecifications: [
        { resourceType: 'instance', tags: instanceTags },
        { resourceType: 'volume', tags: instanceTags },
      ],
      tags: instanceTags,
    });

    this.autoScalingGroup = new AutoscalingGroup(this, 'AutoScalingGroup', {
      region: location,
      name: name('app'),
      vpcZoneIdentifier: appSubnets.map((subnet) => subnet.id),
      minSize: instanceCount,
      desiredCapacity: instanceCount,
      // Headroom for launch-before-terminate replacements; there is no scaling policy.
      maxSize: instanceCount * 2,
      launchTemplate: {
        id: launchTemplate.id,
        // The concrete version (not "$Latest") so a template change is a group change, which starts a refresh.
        version: Token.asString(launchTemplate.latestVersion),
      },
      targetGroupArns: [this.targetGroup.arn],
      healthCheckType: 'ELB',
      healthCheckGracePeriod: HEALTH_CHECK_GRACE_SECONDS,
      instanceMaintenancePolicy: { minHealthyPercentage: 100, maxHealthyPercentage: 200 },
      instanceRefresh: { strategy: 'Rolling' },
      tag: Object.entries(instanceTags)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, value]) => ({ key, value, propagateAtLaunch: true })),
      // Instances need outbound routes and their permissions from first boot (cloud-init, app start).
      dependsOn: [appDefaultRoute, ...appRouteAssociations, dynamoDbEndpoint, dataAccess, sessionAccess],
    });

    this.address = this.alb.dnsName;
    this.target = { kind: 'alias', dnsName: this.alb.dnsName, hostedZoneId: this.alb.zoneId };
    this.publicProtocol = certificateArn ? 'HTTPS' : 'HTTP';
    this.publicPort = certificateArn ? 443 : 80;
  }
}

/** Checks everything AWS would reject later, reporting all problems at once. */
function validate(props: AwsRegionalServiceProps): void {
  const { region, healthCheck } = props;
  const problems = new Problems({ environment: props.environment, region: region.name });

  problems.oneOf('location', region.location, knownLocations('aws'));

  // Four subnets (a quarter each) must stay at least /26: ALB subnets need /27 or larger.
  const vpcCidr = region.vpcCidr ?? DEFAULT_AWS_VPC_CIDR;
  const vpcNetwork = parseCidr(vpcCidr);
  problems.expect(
    vpcNetwork !== undefined && vpcNetwork.family === 4 && vpcNetwork.prefix >= 16 && vpcNetwork.prefix <= 24,
    'vpcCidr',
    region.vpcCidr,
    'an IPv4 network address with a prefix from /16 to /24, e.g. 10.40.0.0/16',
  );

  problems.integerIn('instanceCount', region.instanceCount ?? 2, 1, MAX_AWS_INSTANCE_COUNT);

  // The VPC and its security group rules are IPv4-only.
  expectAdminCidrs(problems, region.adminCidrs ?? [], { ipv6Allowed: false });

  problems.integerIn('app.port', props.appPort, 1, 65535);

  // The check exactly as the target group gets it.
  validateTargetGroupHealthCheck(problems, renderTargetGroupHealthCheck(healthCheck));

  const certificateArn = region.certificateArn;
  if (certificateArn !== undefined && !Token.isUnresolved(certificateArn)) {
    problems.expect(
      new RegExp(`^arn:aws:acm:${escapeRegExp(region.location)}:\\d{12}:certificate/[0-9a-f-]{36}$`).test(
        certificateArn,
      ),
      'certificateArn',
      certificateArn,
      `an ACM certificate ARN in ${region.location}: arn:aws:acm:${region.location}:<account id>:certificate/<uuid>`,
    );
  }

  problems.throwIfAny();
}

/** A target group's `health_check` block, every attribute set. */
export type TargetGroupHealthCheck = Required<Omit<LbTargetGroupHealthCheck, 'enabled'>> & {
  readonly enabled: boolean;
};

/** What Elastic Load Balancing accepts in an ALB target group health check (CreateTargetGroup). */
const TARGET_GROUP_CHECK = {
  interval: { min: 5, max: 300 },
  timeout: { min: 2, max: 120 },
  threshold: { min: 2, max: 10 },
  /** HTTP(S) matcher codes. */
  codes: { min: 200, max: 499 },
} as const;

/**
 * The target group health check for a spec. Target group checks cannot set a
 * Host header, so `hostHeader` (like `dnsSearchString`) is for Route 53 only.
 */
export function renderTargetGroupHealthCheck(spec: HealthCheckSpec): TargetGroupHealthCheck {
  return {
    enabled: true,
    protocol: spec.protocol,
    port: String(spec.port),
    path: spec.path,
    interval: spec.intervalSeconds,
    timeout: spec.timeoutSeconds,
    healthyThreshold: spec.healthyThreshold,
    unhealthyThreshold: spec.unhealthyThreshold,
    matcher: spec.expectedStatusCodes,
  };
}

/**
 * Records each value of a target group health check that Elastic Load
 * Balancing would reject, under the spec field it is rendered from.
 */
export function validateTargetGroupHealthCheck(problems: Problems, check: TargetGroupHealthCheck): void {
  const { interval, timeout, threshold, codes } = TARGET_GROUP_CHECK;
  const limit = (attribute: string) => `ALB target group health_check ${attribute}`;
  problems.integerIn('healthCheck.intervalSeconds', check.interval, interval.min, interval.max, limit('interval'));
  problems.integerIn('healthCheck.timeoutSeconds', check.timeout, timeout.min, timeout.max, limit('timeout'));
  problems.expect(
    check.interval > check.timeout,
    'healthCheck.intervalSeconds',
    check.interval,
    `greater than timeoutSeconds (${check.timeout}) (${limit('interval')})`,
  );
  problems.integerIn(
    'healthCheck.healthyThreshold',
    check.healthyThreshold,
    threshold.min,
    threshold.max,
    limit('healthy_threshold'),
  );
  problems.integerIn(
    'healthCheck.unhealthyThreshold',
    check.unhealthyThreshold,
    threshold.min,
    threshold.max,
    limit('unhealthy_threshold'),
  );
  const matcher = parseStatusCodes(check.matcher);
  problems.expect(
    matcher !== undefined && matcher.lowest >= codes.min && matcher.highest <= codes.max,
    'healthCheck.expectedStatus',
    check.matcher,
    `codes from ${codes.min} to ${codes.max} as ${STATUS_CODE_FORMS} (${limit('matcher')})`,
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
