import { Droplet } from '@cdktf/provider-digitalocean/lib/droplet';
import { Firewall, FirewallInboundRule, FirewallOutboundRule } from '@cdktf/provider-digitalocean/lib/firewall';
import { Loadbalancer } from '@cdktf/provider-digitalocean/lib/loadbalancer';
import { Vpc } from '@cdktf/provider-digitalocean/lib/vpc';
import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { knownLocations } from '../config/locations';
import type { DigitalOceanRegionConfig } from '../config/types';
import { expectAdminCidrs, expectPrivateIpv4Cidr } from './cidr';
import { resourceName, tagLabels } from './naming';
import { Problems } from './problems';
import type { EndpointTarget, RegionalEndpoint, RegionalServiceProps } from './regional-endpoint';

/**
 * Most Droplets a cloud firewall or a load balancer takes by ID (DigitalOcean
 * documents 10 per firewall); more would need tag-based membership.
 */
const MAX_DROPLETS = 10;

const ANYWHERE = ['0.0.0.0/0', '::/0'];

/**
 * One region's application on DigitalOcean: Droplets in their own VPC behind a
 * regional load balancer whose HTTP health check is rendered from the shared
 * HealthCheckSpec, and a cloud firewall that admits the app only from that
 * load balancer and SSH only from `adminCidrs`.
 *
 * Defaults (see DigitalOceanRegionConfig): 2 Droplets of size `s-1vcpu-1gb`
 * running `ubuntu-24-04-x64`, VPC range `10.50.0.0/20`, no SSH keys, no SSH rule.
 *
 * The DigitalOcean provider must already exist in the stack.
 *
 * @throws ConfigError listing every rejected setting.
 */
export class DigitalOceanRegionalService extends Construct implements RegionalEndpoint {
  public readonly regionName: string;
  public readonly cloud = 'digitalocean' as const;
  public readonly location: string;
  public readonly dataRegion: string;
  public readonly target: EndpointTarget;
  /** Public IPv4 address of the load balancer (Terraform reference). */
  public readonly address: string;
  public readonly publicProtocol = 'HTTP' as const;
  public readonly publicPort = 80;

  public readonly vpc: Vpc;
  /** The application Droplets, `Droplet0`, `Droplet1`, ... */
  public readonly droplets: readonly Droplet[];
  public readonly loadBalancer: Loadbalancer;
  public readonly firewall: Firewall;

  constructor(scope: Construct, id: string, props: RegionalServiceProps<DigitalOceanRegionConfig>) {
    super(scope, id);
    const { environment, region, appPort, healthCheck } = props;
    const instanceCount = region.instanceCount ?? 2;
    const adminCidrs = region.adminCidrs ?? [];
    const vpcCidr = region.vpcCidr ?? '10.50.0.0/20';

    const problems = new Problems({ environment, region: region.name });
    problems.oneOf('location', region.location, knownLocations('digitalocean'));
    problems.integerIn('instanceCount', instanceCount, 1, MAX_DROPLETS,
      `a DigitalOcean firewall and load balancer list at most ${MAX_DROPLETS} Droplets by ID`);
    problems.integerIn('app.port', appPort, 1, 65535, 'a TCP port');
    const lbCheck = 'DigitalOcean load balancer health check';
    problems.integerIn('healthCheck.intervalSeconds', healthCheck.intervalSeconds, 3, 300, lbCheck);
    problems.integerIn('healthCheck.timeoutSeconds', healthCheck.timeoutSeconds, 3, 300, lbCheck);
    problems.integerIn('healthCheck.healthyThreshold', healthCheck.healthyThreshold, 2, 10, lbCheck);
    problems.integerIn('healthCheck.unhealthyThreshold', healthCheck.unhealthyThreshold, 2, 10, lbCheck);
    expectAdminCidrs(problems, adminCidrs, { ipv6Allowed: true });
    // DigitalOcean accepts only RFC 1918 ranges for a VPC.
    expectPrivateIpv4Cidr(problems, 'vpcCidr', vpcCidr, 16, 28);
    problems.throwIfAny();

    const name = (suffix: string) => resourceName(environment, region.name, suffix);

    this.vpc = new Vpc(this, 'Vpc', { name: name('vpc'), region: region.location, ipRange: vpcCidr });

    const dropletTags = [...tagLabels(props.tags), name('app')];
    this.droplets = Array.from({ length: instanceCount }, (_, index) => new Droplet(this, `Droplet${index}`, {
      name: name(`app-${index}`),
      region: region.location,
      size: region.size ?? 's-1vcpu-1gb',
      image: region.image ?? 'ubuntu-24-04-x64',
      vpcUuid: this.vpc.id,
      sshKeys: [...(region.sshKeys ?? [])],
      userData: props.userData,
      monitoring: true,
      tags: dropletTags,
    }));
    const dropletIds = this.droplets.map((droplet) => Token.asNumber(droplet.id));

    this.loadBalancer = new Loadbalancer(this, 'LoadBalancer', {
      name: name('lb'),
      region: region.location,
      vpcUuid: this.vpc.id,
      dropletIds,
      forwardingRule: [{ entryPort: this.publicPort, entryProtocol: 'http', targetPort: appPort, targetProtocol: 'http' }],
      healthcheck: {
        protocol: healthCheck.protocolLower,
        port: healthCheck.port,
        path: healthCheck.path,
        checkIntervalSeconds: healthCheck.intervalSeconds,
        responseTimeoutSeconds: healthCheck.timeoutSeconds,
        healthyThreshold: healthCheck.healthyThreshold,
        unhealthyThreshold: healthCheck.unhealthyThreshold,
      },
    });

    // The health check may probe a port other than the app's; the load balancer must reach both.
    const inboundRules: FirewallInboundRule[] = [...new Set([appPort, healthCheck.port])].map((port) => ({
      protocol: 'tcp',
      portRange: String(port),
      sourceLoadBalancerUids: [this.loadBalancer.id],
    }));
    if (adminCidrs.length > 0) {
      inboundRules.push({ protocol: 'tcp', portRange: '22', sourceAddresses: [...adminCidrs] });
    }
    // Open egress: package installs at boot and DynamoDB over the internet.
    const outboundRules: FirewallOutboundRule[] = [
      { protocol: 'tcp', portRange: '1-65535', destinationAddresses: ANYWHERE },
      { protocol: 'udp', portRange: '1-65535', destinationAddresses: ANYWHERE },
      { protocol: 'icmp', destinationAddresses: ANYWHERE },
    ];
    this.firewall = new Firewall(this, 'Firewall', {
      name: name('app'),
      dropletIds,
      inboundRule: inboundRules,
      outboundRule: outboundRules,
    });

    this.regionName = region.name;
    this.location = region.location;
    this.dataRegion = props.dataRegion;
    this.address = this.loadBalancer.ip;
    this.target = { kind: 'ip', ipAddress: this.loadBalancer.ip };
  }
}
