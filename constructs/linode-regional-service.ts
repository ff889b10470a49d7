import { isIPv4 } from 'node:net';
import { Construct } from 'constructs';
import { Firewall, FirewallInbound } from '../.gen/providers/linode/firewall';
import { Instance } from '../.gen/providers/linode/instance';
import { Nodebalancer } from '../.gen/providers/linode/nodebalancer';
// linode_nodebalancer_config's class gets an `A` suffix: `NodebalancerConfig` is already the nodebalancer's props type.
import { NodebalancerConfigA } from '../.gen/providers/linode/nodebalancer-config';
import { NodebalancerNode } from '../.gen/providers/linode/nodebalancer-node';
import { Token } from '../cdk';
import { knownLocations } from '../config/locations';
import type { LinodeRegionConfig } from '../config/types';
import { expectAdminCidrs, parseCidr } from './cidr';
import { HAPROXY_PUBLIC_PORT, HaproxyBootstrap, usesHaproxy, validateLoadBalancerChoice } from './haproxy-bootstrap';
import type { HealthCheckSpec } from './health-check-spec';
import { boundedName, resourceName, tagLabels } from './naming';
import { Problems } from './problems';
import type { EndpointTarget, RegionalEndpoint, RegionalServiceProps } from './regional-endpoint';
import { base64UserData } from './user-data';

/** Instances per region when the region sets no `instanceCount`. */
export const LINODE_DEFAULT_INSTANCE_COUNT = 2;

/**
 * Upper bound on instances per region. A NodeBalancer config takes far more
 * backends (1,000), but every instance is a whole Linode counted against the
 * account's limits; a pool past this size wants LKE or an autoscaler, not a
 * fixed list here.
 */
export const LINODE_MAX_INSTANCE_COUNT = 50;

/** Linode plan of each instance when the region sets no `type`. */
export const LINODE_DEFAULT_TYPE = 'g6-nanode-1';

/** Image of each instance when the region sets no `image`; any replacement must support cloud-init. */
export const LINODE_DEFAULT_IMAGE = 'linode/ubuntu24.04';

/**
 * Source range of all traffic from NodeBalancers to their backends, health
 * checks included. A NodeBalancer's private address changes over time, so
 * Linode documents allowing this whole /24 rather than one address.
 */
export const NODEBALANCER_PRIVATE_RANGE = '192.168.255.0/24';

/**
 * Linode's private IPv4 range: an instance's private address, the only kind
 * of address a NodeBalancer node may point at, lies in it.
 */
export const LINODE_PRIVATE_IPV4_RANGE = '192.168.128.0/17';

/** Port the NodeBalancer serves publicly; Route 53 probes it too. */
const PUBLIC_PORT = 80;

/**
 * NodeBalancer active-check limits the Linode API enforces: interval 2-3600 s,
 * timeout 1-30 s and less than the interval, attempts 1-30.
 */
const CHECK_INTERVAL = { min: 2, max: 3600 };
const CHECK_TIMEOUT = { min: 1, max: 30 };
const CHECK_ATTEMPTS = { min: 1, max: 30 };

/** NodeBalancer check types: none, a TCP connection, an HTTP status, an HTTP status and a body match. */
const CHECK_TYPES = ['none', 'connection', 'http', 'http_body'];

/**
 * Longest label used for any resource here: 32 is the limit for NodeBalancers,
 * their nodes and firewalls (instances allow 64), so one rule fits all.
 */
const LABEL_MAX_LENGTH = 32;

/**
 * One region's compute on Linode (Akamai): instances with private networking
 * behind a NodeBalancer whose HTTP check is rendered from the environment's
 * health check, and a Cloud Firewall that lets only the NodeBalancer (and,
 * optionally, admin SSH) in.
 *
 * With `loadBalancer: 'haproxy'` an instance running HAProxy (HaproxyBootstrap)
 * takes the NodeBalancer's place, and the instances' firewall admits the app
 * port only from its private address. The HAProxy instance's own firewall
 * admits port 80 from anywhere and SSH from `adminCidrs`. The stats page
 * listens on its private address, but Linode's private network is shared with
 * other customers in the data center, so no firewall rule admits it: reach it
 * through an SSH tunnel. The region's public address is the instance's own
 * IPv4 address: it changes when the instance is replaced (Route 53 follows in
 * the same apply). One instance, not a pair: Linode's IP failover needs BGP
 * (lelastic) on both, and losing the one instance fails the region over
 * through Route 53 within the recovery budget.
 *
 * Creates no provider: the stack supplies the `linode` provider.
 */
export class LinodeRegionalService extends Construct implements RegionalEndpoint {
  public readonly regionName: string;
  public readonly cloud = 'linode' as const;
  public readonly location: string;
  public readonly dataRegion: string;
  public readonly target: EndpointTarget;
  /** The NodeBalancer's public IPv4 address (Terraform reference). */
  public readonly address: string;
  public readonly publicProtocol = 'HTTP' as const;
  public readonly publicPort = PUBLIC_PORT;

  public readonly loadBalancerKind: 'managed' | 'haproxy';

  public readonly instances: readonly Instance[];
  /** The NodeBalancer with its config and nodes, unless the region runs HAProxy. */
  public readonly nodebalancer?: Nodebalancer;
  public readonly nodebalancerConfig?: NodebalancerConfigA;
  public readonly nodes?: readonly NodebalancerNode[];
  /** The HAProxy instance and its firewall, when the region runs HAProxy. */
  public readonly haproxy?: {
    readonly bootstrap: HaproxyBootstrap;
    readonly instance: Instance;
    readonly firewall: Firewall;
  };
  /** The app instances' firewall. */
  public readonly firewall: Firewall;

  /**
   * Region settings used, with their defaults:
   * - `instanceCount`: 1-50. @default 2
   * - `type`: Linode plan. @default 'g6-nanode-1'
   * - `image`: must support cloud-init. @default 'linode/ubuntu24.04'
   * - `authorizedKeys`: root SSH keys. @default []
   * - `adminCidrs`: SSH sources; none means no SSH rule. @default []
   *
   * @throws ConfigError listing every invalid setting, before any resource is created
   */
  constructor(scope: Construct, id: string, props: RegionalServiceProps<LinodeRegionConfig>) {
    super(scope, id);
    const { environment, region, healthCheck, appPort } = props;
    const instanceCount = region.instanceCount ?? LINODE_DEFAULT_INSTANCE_COUNT;
    const adminCidrs = region.adminCidrs ?? [];
    this.loadBalancerKind = usesHaproxy(region) ? 'haproxy' : 'managed';
    validate(props, instanceCount, adminCidrs);

    this.regionName = region.name;
    this.location = region.location;
    this.dataRegion = props.dataRegion;
    const tags = tagLabels(props.tags);
    const label = (suffix: string) => linodeLabel(environment, region.name, suffix);
    const userData = base64UserData(this, props.userData);

    this.instances = Array.from(
      { length: instanceCount },
      (_, index) =>
        new Instance(this, `Instance${index}`, {
          label: label(`app-${index}`),
          region: region.location,
          type: region.type ?? LINODE_DEFAULT_TYPE,
          image: region.image ?? LINODE_DEFAULT_IMAGE,
          // NodeBalancers reach their backends only over the private network.
          privateIp: true,
          authorizedKeys: region.authorizedKeys ? [...region.authorizedKeys] : undefined,
          // Read by cloud-init from the Linode Metadata service: the image must be cloud-init
          // capable and the region must offer Metadata, or the instance boots unconfigured.
          metadata: [{ userData }],
          tags,
        }),
    );

    const instanceIds = this.instances.map((instance) => Token.asNumber(instance.id));
    if (this.loadBalancerKind === 'haproxy') {
      const bootstrap = new HaproxyBootstrap(this, 'Haproxy', {
        environment,
        regionName: region.name,
        config: region.haproxy,
        servers: this.instances.map((instance, index) => ({ name: `app-${index}`, host: instance.privateIpAddress })),
        appPort,
        healthCheck,
        privateCidr: LINODE_PRIVATE_IPV4_RANGE,
        statsSources: [],
        adminCidrs,
      });
      const instance = new Instance(this, 'HaproxyInstance', {
        label: label('haproxy'),
        region: region.location,
        type: bootstrap.settings.size ?? region.type ?? LINODE_DEFAULT_TYPE,
        image: region.image ?? LINODE_DEFAULT_IMAGE,
        // HAProxy reaches the instances over the private network.
        privateIp: true,
        authorizedKeys: region.authorizedKeys ? [...region.authorizedKeys] : undefined,
        metadata: [{ userData: base64UserData(this, bootstrap.userData, 'HaproxyUserData') }],
        tags,
      });
      const firewall = new Firewall(this, 'HaproxyFirewall', {
        label: label('haproxy-fw'),
        inboundPolicy: 'DROP',
        outboundPolicy: 'ACCEPT',
        inbound: [
          {
            label: 'http-from-anywhere',
            action: 'ACCEPT',
            protocol: 'TCP',
            ports: String(HAPROXY_PUBLIC_PORT),
            ipv4: ['0.0.0.0/0'],
            ipv6: ['::/0'],
          },
          ...sshRules(adminCidrs),
        ],
        linodes: [Token.asNumber(instance.id)],
        tags,
      });
      this.haproxy = { bootstrap, instance, firewall };
      this.address = instance.ipAddress;
      this.firewall = new Firewall(this, 'Firewall', {
        label: label('fw'),
        inboundPolicy: 'DROP',
        outboundPolicy: 'ACCEPT',
        inbound: [
          {
            label: 'app-from-haproxy',
            action: 'ACCEPT',
            protocol: 'TCP',
            ports: [...new Set([appPort, healthCheck.port])].join(','),
            ipv4: [`${instance.privateIpAddress}/32`],
          },
          ...sshRules(adminCidrs),
        ],
        linodes: instanceIds,
        tags,
      });
    } else {
      this.nodebalancer = new Nodebalancer(this, 'NodeBalancer', {
        label: label('nb'),
        region: region.location,
        tags,
      });
      const nodebalancerId = Token.asNumber(this.nodebalancer.id);

      this.nodebalancerConfig = new NodebalancerConfigA(this, 'HttpConfig', {
        nodebalancerId,
        port: PUBLIC_PORT,
        protocol: 'http',
        algorithm: 'roundrobin',
        ...renderNodeBalancerCheck(healthCheck),
      });

      // Addresses exist only once the instances do, so they are checked here rather than in validate().
      const addresses = this.instances.map((instance) => nodeAddress(instance.privateIpAddress, appPort));
      const addressProblems = new Problems({ environment, region: region.name });
      addresses.forEach((address, index) => validateNodeAddress(addressProblems, `nodes[${index}].address`, address));
      addressProblems.throwIfAny();
      const configId = Token.asNumber(this.nodebalancerConfig.id);
      this.nodes = addresses.map(
        (address, index) =>
          new NodebalancerNode(this, `Node${index}`, {
            nodebalancerId,
            configId,
            label: label(`app-${index}`),
            address,
            mode: 'accept',
          }),
      );

      this.firewall = new Firewall(this, 'Firewall', {
        label: label('fw'),
        inboundPolicy: 'DROP',
        outboundPolicy: 'ACCEPT',
        inbound: inboundRules(appPort, adminCidrs),
        linodes: instanceIds,
        tags,
      });
      this.address = this.nodebalancer.ipv4;
    }
    this.target = { kind: 'ip', ipAddress: this.address };
  }
}

/** Checks everything Linode would reject (or silently ignore), reporting all problems at once. */
function validate(
  props: RegionalServiceProps<LinodeRegionConfig>,
  instanceCount: number,
  adminCidrs: readonly string[],
): void {
  const { region, healthCheck, appPort } = props;
  const problems = new Problems({ environment: props.environment, region: region.name });

  problems.oneOf('location', region.location, knownLocations('linode'));
  const instanceCountValid = problems.integerIn('instanceCount', instanceCount, 1, LINODE_MAX_INSTANCE_COUNT);
  expectAdminCidrs(problems, adminCidrs, { ipv6Allowed: true });
  problems.integerIn('app.port', appPort, 1, 65535);
  validateLoadBalancerChoice(problems, region, {
    environment: props.environment,
    regionName: region.name,
    healthCheck,
    appPort,
    // An invalid count is reported above, once.
    instanceCount: instanceCountValid ? instanceCount : 1,
  });
  if (usesHaproxy(region)) {
    problems.throwIfAny();
    return;
  }

  // The NodeBalancer talks plain HTTP to each node on its traffic port, so a
  // check over HTTPS or on another port would test something else.
  problems.expect(
    healthCheck.protocol === 'HTTP',
    'healthCheck.protocol',
    healthCheck.protocol,
    'HTTP (NodeBalancers check backends over plain HTTP)',
  );
  problems.expect(
    healthCheck.port === appPort,
    'healthCheck.port',
    healthCheck.port,
    `the app port (${appPort}): a NodeBalancer checks each node on its traffic port`,
  );
  // The check exactly as the NodeBalancer config gets it.
  validateNodeBalancerCheck(problems, renderNodeBalancerCheck(healthCheck));
  problems.throwIfAny();
}

/** The active-check attributes of a `linode_nodebalancer_config`. */
export interface NodeBalancerCheck {
  /** `none`, `connection`, `http` or `http_body`. */
  readonly check: string;
  /** Required by `http` and `http_body` checks. */
  readonly checkPath?: string;
  /** Text the response body must contain; required by `http_body` checks. */
  readonly checkBody?: string;
  readonly checkInterval: number;
  readonly checkTimeout: number;
  readonly checkAttempts: number;
  readonly checkPassive: boolean;
}

/**
 * The NodeBalancer check for a spec: always `http` today. Linode's http check
 * accepts any 2xx/3xx and has no "healthy again" count, so expectedStatus and
 * healthyThreshold have no counterpart here.
 */
export function renderNodeBalancerCheck(spec: HealthCheckSpec): NodeBalancerCheck {
  return {
    check: 'http',
    checkPath: spec.path,
    checkInterval: spec.intervalSeconds,
    checkTimeout: spec.timeoutSeconds,
    checkAttempts: spec.unhealthyThreshold,
    checkPassive: true,
  };
}

/**
 * Records each value of a NodeBalancer check the Linode API would reject (or
 * an http check would fail on), under the spec field it is rendered from;
 * attributes no spec field feeds are named as in Terraform.
 */
export function validateNodeBalancerCheck(problems: Problems, check: NodeBalancerCheck): void {
  const limit = (attribute: string) => `NodeBalancer ${attribute}`;
  problems.oneOf('nodebalancer_config.check', check.check, CHECK_TYPES);
  if (check.check === 'http' || check.check === 'http_body') {
    problems.expect(
      check.checkPath !== undefined && check.checkPath.startsWith('/'),
      'healthCheck.path',
      check.checkPath,
      `a path starting with "/" (an ${check.check} check needs one; ${limit('check_path')})`,
    );
  }
  if (check.check === 'http_body') {
    problems.expect(
      check.checkBody !== undefined && check.checkBody !== '',
      'nodebalancer_config.check_body',
      check.checkBody,
      `the text a healthy response body contains (an http_body check needs one; ${limit('check_body')})`,
    );
  }
  problems.integerIn(
    'healthCheck.intervalSeconds',
    check.checkInterval,
    CHECK_INTERVAL.min,
    CHECK_INTERVAL.max,
    limit('check_interval'),
  );
  problems.integerIn(
    'healthCheck.timeoutSeconds',
    check.checkTimeout,
    CHECK_TIMEOUT.min,
    CHECK_TIMEOUT.max,
    limit('check_timeout'),
  );
  problems.expect(
    check.checkInterval > check.checkTimeout,
    'healthCheck.intervalSeconds',
    check.checkInterval,
    `greater than timeoutSeconds (${check.checkTimeout}) (${limit('check_interval')})`,
  );
  problems.integerIn(
    'healthCheck.unhealthyThreshold',
    check.checkAttempts,
    CHECK_ATTEMPTS.min,
    CHECK_ATTEMPTS.max,
    limit('check_attempts'),
  );
}

/** A NodeBalancer node's `address`: the backend's private IPv4 address and port. */
export function nodeAddress(privateIp: string, port: number): string {
  return `${privateIp}:${port}`;
}

/**
 * Records a problem unless `address` is `<private IPv4>:<port>` with the
 * address in Linode's private range. A Terraform reference in place of the
 * address (`${linode_instance.x.private_ip_address}:8080`) is taken as is:
 * its value is only known at apply time.
 */
export function validateNodeAddress(problems: Problems, field: string, address: string): void {
  const match = /^(.+):(\d{1,5})$/.exec(address);
  const host = match?.[1];
  const port = Number(match?.[2]);
  const isReference = host !== undefined && (Token.isUnresolved(host) || /^\$\{[^{}]+\}$/.test(host));
  const hostValid = host !== undefined && (isReference || isLinodePrivateIpv4(host));
  problems.expect(
    hostValid && port >= 1 && port <= 65535,
    field,
    address,
    `a private IPv4 address in ${LINODE_PRIVATE_IPV4_RANGE} followed by :port (1-65535), e.g. 192.168.210.120:8080, ` +
      `or a Terraform reference to an instance's private_ip_address followed by :port`,
  );
}

function isLinodePrivateIpv4(text: string): boolean {
  const address = isIPv4(text) ? parseCidr(`${text}/32`) : undefined;
  const range = parseCidr(LINODE_PRIVATE_IPV4_RANGE)!;
  const shift = BigInt(32 - range.prefix);
  return address !== undefined && address.network >> shift === range.network >> shift;
}

/** App traffic from NodeBalancers only; SSH from admin networks when there are any. Everything else falls to DROP. */
function inboundRules(appPort: number, adminCidrs: readonly string[]): FirewallInbound[] {
  const rules: FirewallInbound[] = [
    {
      label: 'app-from-nodebalancers',
      action: 'ACCEPT',
      protocol: 'TCP',
      ports: String(appPort),
      ipv4: [NODEBALANCER_PRIVATE_RANGE],
    },
  ];
  return [...rules, ...sshRules(adminCidrs)];
}

/** SSH from admin networks; none when there are none. */
function sshRules(adminCidrs: readonly string[]): FirewallInbound[] {
  if (adminCidrs.length === 0) return [];
  // Validated already: every entry parses.
  const ipv4 = adminCidrs.filter((cidr) => parseCidr(cidr)!.family === 4);
  const ipv6 = adminCidrs.filter((cidr) => parseCidr(cidr)!.family === 6);
  return [
    {
      label: 'ssh-from-admins',
      action: 'ACCEPT',
      protocol: 'TCP',
      ports: '22',
      ipv4: ipv4.length > 0 ? ipv4 : undefined,
      ipv6: ipv6.length > 0 ? ipv6 : undefined,
    },
  ];
}

/**
 * `fk-<env>-<region>-<suffix>` as a Linode label: letters, digits and single
 * dashes, starting with a letter, at most 32 characters. When that is too long
 * the `fk-<env>-<region>` part is cut and followed by a short hash of it, so
 * a region's labels still share one recognisable prefix and long region names
 * that start alike still get different labels.
 */
function linodeLabel(environment: string, region: string, suffix: string): string {
  const prefix = resourceName(environment, region)
    .replace(/[^a-zA-Z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/-+$/, '');
  return `${boundedName(prefix, LABEL_MAX_LENGTH - suffix.length - 1)}-${suffix}`;
}
