import { Droplet } from '@cdktf/provider-digitalocean/lib/droplet';
import { Firewall, FirewallInboundRule, FirewallOutboundRule } from '@cdktf/provider-digitalocean/lib/firewall';
import { Loadbalancer } from '@cdktf/provider-digitalocean/lib/loadbalancer';
import { ReservedIp } from '@cdktf/provider-digitalocean/lib/reserved-ip';
import { ReservedIpAssignment } from '@cdktf/provider-digitalocean/lib/reserved-ip-assignment';
import { Vpc } from '@cdktf/provider-digitalocean/lib/vpc';
import { Construct } from 'constructs';
import { Token } from '../cdk';
import { knownLocations } from '../config/locations';
import type { DigitalOceanRegionConfig } from '../config/types';
import { expectAdminCidrs, expectPrivateIpv4Cidr } from './cidr';
import { HAPROXY_PUBLIC_PORT, HaproxyBootstrap, usesHaproxy, validateLoadBalancerChoice } from './haproxy-bootstrap';
import type { HealthCheckSpec } from './health-check-spec';
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
 * With `loadBalancer: 'haproxy'` a Droplet running HAProxy (HaproxyBootstrap)
 * takes the managed load balancer's place. It holds a reserved IP, so the
 * region keeps its public address when the Droplet is replaced (new user data
 * replaces it, and the Droplet's user data lists the app Droplets' addresses).
 * Its own firewall admits port 80 from anywhere, the stats page from the VPC
 * and SSH from `adminCidrs`; the app firewall admits the app only from it.
 * One HAProxy Droplet, not a pair: moving the reserved IP between two needs an
 * agent holding a DigitalOcean API token on both, and losing the one Droplet
 * fails the region over through Route 53 within the recovery budget.
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

  public readonly loadBalancerKind: 'managed' | 'haproxy';

  public readonly vpc: Vpc;
  /** The application Droplets, `Droplet0`, `Droplet1`, ... */
  public readonly droplets: readonly Droplet[];
  /** The managed load balancer, unless the region runs HAProxy. */
  public readonly loadBalancer?: Loadbalancer;
  /** The HAProxy Droplet, its reserved IP and its firewall, when the region runs HAProxy. */
  public readonly haproxy?: {
    readonly bootstrap: HaproxyBootstrap;
    readonly droplet: Droplet;
    readonly reservedIp: ReservedIp;
    readonly firewall: Firewall;
  };
  /** The app Droplets' firewall. */
  public readonly firewall: Firewall;

  constructor(scope: Construct, id: string, props: RegionalServiceProps<DigitalOceanRegionConfig>) {
    super(scope, id);
    const { environment, region, appPort, healthCheck } = props;
    const instanceCount = region.instanceCount ?? 2;
    const adminCidrs = region.adminCidrs ?? [];
    const vpcCidr = region.vpcCidr ?? '10.50.0.0/20';
    this.loadBalancerKind = usesHaproxy(region) ? 'haproxy' : 'managed';

    const problems = new Problems({ environment, region: region.name });
    problems.oneOf('location', region.location, knownLocations('digitalocean'));
    const instanceCountValid = problems.integerIn(
      'instanceCount',
      instanceCount,
      1,
      MAX_DROPLETS,
      `a DigitalOcean firewall and load balancer list at most ${MAX_DROPLETS} Droplets by ID`,
    );
    problems.integerIn('app.port', appPort, 1, 65535, 'a TCP port');
    validateLoadBalancerChoice(problems, region, {
      environment,
      regionName: region.name,
      healthCheck,
      appPort,
      // An invalid count is reported above, once.
      instanceCount: instanceCountValid ? instanceCount : 1,
    });
    // The check and the placement exactly as the resources below get them.
    const healthcheck = renderDigitalOceanHealthCheck(healthCheck);
    if (this.loadBalancerKind === 'managed') validateDigitalOceanHealthCheck(problems, healthcheck);
    // An invalid count is reported above; no Droplets stand in for it here.
    const placement = renderDropletPlacement(region.location, instanceCountValid ? instanceCount : 0);
    validateDropletPlacement(problems, placement);
    expectAdminCidrs(problems, adminCidrs, { ipv6Allowed: true });
    // DigitalOcean accepts only RFC 1918 ranges for a VPC.
    expectPrivateIpv4Cidr(problems, 'vpcCidr', vpcCidr, 16, 28);
    problems.throwIfAny();

    const name = (suffix: string) => resourceName(environment, region.name, suffix);

    this.vpc = new Vpc(this, 'Vpc', { name: name('vpc'), region: region.location, ipRange: vpcCidr });

    const dropletTags = [...tagLabels(props.tags), name('app')];
    this.droplets = placement.dropletRegions.map(
      (dropletRegion, index) =>
        new Droplet(this, `Droplet${index}`, {
          name: name(`app-${index}`),
          region: dropletRegion,
          size: region.size ?? 's-1vcpu-1gb',
          image: region.image ?? 'ubuntu-24-04-x64',
          vpcUuid: this.vpc.id,
          sshKeys: [...(region.sshKeys ?? [])],
          userData: props.userData,
          monitoring: true,
          tags: dropletTags,
        }),
    );
    const dropletIds = this.droplets.map((droplet) => Token.asNumber(droplet.id));

    // Open egress: package installs at boot and DynamoDB over the internet.
    const outboundRule: FirewallOutboundRule[] = [
      { protocol: 'tcp', portRange: '1-65535', destinationAddresses: ANYWHERE },
      { protocol: 'udp', portRange: '1-65535', destinationAddresses: ANYWHERE },
      { protocol: 'icmp', destinationAddresses: ANYWHERE },
    ];
    const sshRules: FirewallInboundRule[] =
      adminCidrs.length > 0 ? [{ protocol: 'tcp', portRange: '22', sourceAddresses: [...adminCidrs] }] : [];
    // The health check may probe a port other than the app's; the load balancer must reach both.
    const appPorts = [...new Set([appPort, healthCheck.port])].map(String);

    let appSource: Pick<FirewallInboundRule, 'sourceLoadBalancerUids' | 'sourceDropletIds'>;
    if (this.loadBalancerKind === 'haproxy') {
      const bootstrap = new HaproxyBootstrap(this, 'Haproxy', {
        environment,
        regionName: region.name,
        config: region.haproxy,
        servers: this.droplets.map((droplet, index) => ({ name: `app-${index}`, host: droplet.ipv4AddressPrivate })),
        appPort,
        healthCheck,
        privateCidr: vpcCidr,
        statsSources: [vpcCidr],
        adminCidrs,
      });
      const droplet = new Droplet(this, 'HaproxyDroplet', {
        name: name('haproxy'),
        region: region.location,
        size: bootstrap.settings.size ?? region.size ?? 's-1vcpu-1gb',
        image: region.image ?? 'ubuntu-24-04-x64',
        vpcUuid: this.vpc.id,
        sshKeys: [...(region.sshKeys ?? [])],
        userData: bootstrap.userData,
        monitoring: true,
        tags: [...tagLabels(props.tags), name('haproxy')],
      });
      const haproxyId = Token.asNumber(droplet.id);
      const reservedIp = new ReservedIp(this, 'HaproxyReservedIp', { region: region.location });
      new ReservedIpAssignment(this, 'HaproxyReservedIpAssignment', {
        ipAddress: reservedIp.ipAddress,
        dropletId: haproxyId,
      });
      const firewall = new Firewall(this, 'HaproxyFirewall', {
        name: name('haproxy'),
        dropletIds: [haproxyId],
        inboundRule: [
          { protocol: 'tcp', portRange: String(HAPROXY_PUBLIC_PORT), sourceAddresses: ANYWHERE },
          { protocol: 'tcp', portRange: String(bootstrap.settings.statsPort), sourceAddresses: [vpcCidr] },
          ...sshRules,
        ],
        outboundRule,
      });
      this.haproxy = { bootstrap, droplet, reservedIp, firewall };
      this.address = reservedIp.ipAddress;
      appSource = { sourceDropletIds: [haproxyId] };
    } else {
      this.loadBalancer = new Loadbalancer(this, 'LoadBalancer', {
        name: name('lb'),
        region: placement.loadBalancerRegion,
        vpcUuid: this.vpc.id,
        dropletIds,
        forwardingRule: [
          { entryPort: this.publicPort, entryProtocol: 'http', targetPort: appPort, targetProtocol: 'http' },
        ],
        healthcheck,
      });
      this.address = this.loadBalancer.ip;
      appSource = { sourceLoadBalancerUids: [this.loadBalancer.id] };
    }

    this.firewall = new Firewall(this, 'Firewall', {
      name: name('app'),
      dropletIds,
      inboundRule: [...appPorts.map((portRange) => ({ protocol: 'tcp', portRange, ...appSource })), ...sshRules],
      outboundRule,
    });

    this.regionName = region.name;
    this.location = region.location;
    this.dataRegion = props.dataRegion;
    this.target = { kind: 'ip', ipAddress: this.address };
  }
}

/** A DigitalOcean load balancer's `healthcheck` block. */
export interface DigitalOceanHealthCheck {
  /** `http`, `https` or `tcp`. */
  readonly protocol: string;
  readonly port: number;
  /** Required by http(s) checks, refused by tcp ones. */
  readonly path?: string;
  readonly checkIntervalSeconds: number;
  readonly responseTimeoutSeconds: number;
  readonly healthyThreshold: number;
  readonly unhealthyThreshold: number;
}

/** Where the load balancer and each Droplet are created. */
export interface DropletPlacement {
  readonly loadBalancerRegion: string;
  /** One entry per Droplet, in Droplet order. */
  readonly dropletRegions: readonly string[];
}

const HEALTH_CHECK_PROTOCOLS = ['http', 'https', 'tcp'];

/** What the DigitalOcean API accepts in a load balancer health check. */
const HEALTH_CHECK_LIMITS = {
  seconds: { min: 3, max: 300 },
  threshold: { min: 2, max: 10 },
} as const;

/**
 * The load balancer health check for a spec. Always http(s) with a path
 * today; a tcp check would carry no path.
 */
export function renderDigitalOceanHealthCheck(spec: HealthCheckSpec): DigitalOceanHealthCheck {
  return {
    protocol: spec.protocolLower,
    port: spec.port,
    path: spec.path,
    checkIntervalSeconds: spec.intervalSeconds,
    responseTimeoutSeconds: spec.timeoutSeconds,
    healthyThreshold: spec.healthyThreshold,
    unhealthyThreshold: spec.unhealthyThreshold,
  };
}

/**
 * Records each value of a load balancer health check that DigitalOcean would
 * reject, under the spec field it is rendered from.
 */
export function validateDigitalOceanHealthCheck(problems: Problems, check: DigitalOceanHealthCheck): void {
  const { seconds, threshold } = HEALTH_CHECK_LIMITS;
  const limit = (attribute: string) => `DigitalOcean load balancer healthcheck ${attribute}`;
  const protocolValid = problems.expect(
    HEALTH_CHECK_PROTOCOLS.includes(check.protocol),
    'healthCheck.protocol',
    check.protocol,
    `one of: ${HEALTH_CHECK_PROTOCOLS.join(', ')} (${limit('protocol')})`,
  );
  if (protocolValid && check.protocol === 'tcp') {
    problems.expect(
      check.path === undefined,
      'healthCheck.path',
      check.path,
      `no path with a tcp check (${limit('path')})`,
    );
  } else if (protocolValid) {
    problems.expect(
      check.path !== undefined && check.path.startsWith('/'),
      'healthCheck.path',
      check.path,
      `a path starting with "/" with an ${check.protocol} check (${limit('path')})`,
    );
  }
  problems.integerIn(
    'healthCheck.intervalSeconds',
    check.checkIntervalSeconds,
    seconds.min,
    seconds.max,
    limit('check_interval_seconds'),
  );
  problems.integerIn(
    'healthCheck.timeoutSeconds',
    check.responseTimeoutSeconds,
    seconds.min,
    seconds.max,
    limit('response_timeout_seconds'),
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
}

/** The load balancer and `count` Droplets, all in the region's location. */
export function renderDropletPlacement(location: string, count: number): DropletPlacement {
  return { loadBalancerRegion: location, dropletRegions: Array.from({ length: count }, () => location) };
}

/** Records each Droplet placed outside its load balancer's region, which DigitalOcean load balancers cannot reach. */
export function validateDropletPlacement(problems: Problems, placement: DropletPlacement): void {
  placement.dropletRegions.forEach((dropletRegion, index) =>
    problems.expect(
      dropletRegion === placement.loadBalancerRegion,
      `droplets[${index}].region`,
      dropletRegion,
      `the load balancer's region ${placement.loadBalancerRegion} (a DigitalOcean load balancer only balances Droplets in its own region)`,
    ),
  );
}
