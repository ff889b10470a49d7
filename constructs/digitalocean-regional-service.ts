import { isIPv4, isIPv6 } from 'node:net';
import { Droplet } from '@cdktf/provider-digitalocean/lib/droplet';
import { Firewall, FirewallInboundRule, FirewallOutboundRule } from '@cdktf/provider-digitalocean/lib/firewall';
import { Loadbalancer } from '@cdktf/provider-digitalocean/lib/loadbalancer';
import { Vpc } from '@cdktf/provider-digitalocean/lib/vpc';
import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { knownLocations } from '../config/locations';
import type { DigitalOceanRegionConfig } from '../config/types';
import { resourceName, tagLabels } from './naming';
import { Problems } from './problems';
import type { EndpointTarget, RegionalEndpoint, RegionalServiceProps } from './regional-endpoint';

/**
 * Most Droplets a cloud firewall or a load balancer takes by ID (DigitalOcean
 * documents 10 per firewall); more would need tag-based membership.
 */
const MAX_DROPLETS = 10;

const ANYWHERE = ['0.0.0.0/0', '::/0'];

/** RFC 1918 blocks: the only ranges DigitalOcean accepts for a VPC. */
const PRIVATE_IPV4_BLOCKS = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];

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
    expectIntegerIn(problems, 'instanceCount', instanceCount, 1, MAX_DROPLETS,
      `a DigitalOcean firewall and load balancer list at most ${MAX_DROPLETS} Droplets by ID`);
    expectIntegerIn(problems, 'app.port', appPort, 1, 65535, 'a TCP port');
    const lbCheck = 'DigitalOcean load balancer health check';
    expectIntegerIn(problems, 'healthCheck.intervalSeconds', healthCheck.intervalSeconds, 3, 300, lbCheck);
    expectIntegerIn(problems, 'healthCheck.timeoutSeconds', healthCheck.timeoutSeconds, 3, 300, lbCheck);
    expectIntegerIn(problems, 'healthCheck.healthyThreshold', healthCheck.healthyThreshold, 2, 10, lbCheck);
    expectIntegerIn(problems, 'healthCheck.unhealthyThreshold', healthCheck.unhealthyThreshold, 2, 10, lbCheck);
    adminCidrs.forEach((cidr, index) => {
      const parsed = parseCidr(cidr);
      if (parsed === undefined) {
        problems.add(`adminCidrs[${index}]`, cidr,
          'an IPv4 or IPv6 CIDR block with no host bits set, e.g. 203.0.113.0/24 or 2001:db8::/48');
      } else if (parsed.prefix === 0) {
        problems.add(`adminCidrs[${index}]`, cidr, 'a block narrower than the whole internet (SSH from anywhere is refused)');
      }
    });
    const parsedVpcCidr = parseCidr(vpcCidr);
    problems.expect(
      parsedVpcCidr !== undefined && parsedVpcCidr.family === 4 && parsedVpcCidr.prefix >= 16 && parsedVpcCidr.prefix <= 28 &&
        PRIVATE_IPV4_BLOCKS.some((block) => contains(parseCidr(block)!, parsedVpcCidr)),
      'vpcCidr', vpcCidr,
      `a private IPv4 CIDR block from /16 to /28 with no host bits set, inside one of: ${PRIVATE_IPV4_BLOCKS.join(', ')}`,
    );
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

function expectIntegerIn(problems: Problems, field: string, value: number, min: number, max: number, reason: string): void {
  problems.expect(Number.isInteger(value) && value >= min && value <= max, field, value,
    `an integer from ${min} to ${max} (${reason})`);
}

interface Cidr {
  readonly family: 4 | 6;
  readonly network: bigint;
  readonly prefix: number;
}

/** Parses `address/prefix`; undefined unless well formed with no host bits set. */
function parseCidr(text: string): Cidr | undefined {
  const match = /^([0-9a-fA-F:.]+)\/(0|[1-9][0-9]{0,2})$/.exec(text);
  if (!match) return undefined;
  const [, address, prefixText] = match;
  const family = isIPv4(address) ? 4 : isIPv6(address) ? 6 : undefined;
  if (family === undefined) return undefined;
  const bits = family === 4 ? 32 : 128;
  const prefix = Number(prefixText);
  if (prefix > bits) return undefined;
  const network = family === 4 ? ipv4ToBigInt(address) : ipv6ToBigInt(address);
  const hostBits = (1n << BigInt(bits - prefix)) - 1n;
  return (network & hostBits) === 0n ? { family, network, prefix } : undefined;
}

/** Whether `inner` lies within `outer` (both IPv4). */
function contains(outer: Cidr, inner: Cidr): boolean {
  const shift = BigInt(32 - outer.prefix);
  return inner.prefix >= outer.prefix && inner.network >> shift === outer.network >> shift;
}

function ipv4ToBigInt(address: string): bigint {
  return address.split('.').reduce((value, octet) => (value << 8n) | BigInt(octet), 0n);
}

/** Expects an address `isIPv6` accepted. */
function ipv6ToBigInt(address: string): bigint {
  // A dotted IPv4 tail (::ffff:192.0.2.1) stands for the last two groups.
  const dottedTail = /\d+\.\d+\.\d+\.\d+$/.exec(address);
  let hex = address;
  if (dottedTail) {
    const tail = ipv4ToBigInt(dottedTail[0]);
    hex = `${address.slice(0, dottedTail.index)}${(tail >> 16n).toString(16)}:${(tail & 0xffffn).toString(16)}`;
  }
  const [head, tail] = hex.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const zeroGroups = tail === undefined ? [] : Array<string>(8 - headGroups.length - tailGroups.length).fill('0');
  return [...headGroups, ...zeroGroups, ...tailGroups].reduce((value, group) => (value << 16n) | BigInt(`0x${group}`), 0n);
}
