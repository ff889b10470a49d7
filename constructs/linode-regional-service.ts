import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { Firewall, FirewallInbound } from '../.gen/providers/linode/firewall';
import { Instance } from '../.gen/providers/linode/instance';
import { Nodebalancer } from '../.gen/providers/linode/nodebalancer';
// linode_nodebalancer_config's class gets an `A` suffix: `NodebalancerConfig` is already the nodebalancer's props type.
import { NodebalancerConfigA } from '../.gen/providers/linode/nodebalancer-config';
import { NodebalancerNode } from '../.gen/providers/linode/nodebalancer-node';
import { knownLocations } from '../config/locations';
import type { LinodeRegionConfig } from '../config/types';
import { expectAdminCidrs, parseCidr } from './cidr';
import { boundedName, resourceName, tagLabels } from './naming';
import { base64UserData } from './user-data';
import { Problems } from './problems';
import type { EndpointTarget, RegionalEndpoint, RegionalServiceProps } from './regional-endpoint';

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

/** Port the NodeBalancer serves publicly; Route 53 probes it too. */
const PUBLIC_PORT = 80;

/**
 * NodeBalancer active-check limits the Linode API enforces: interval 2-3600 s,
 * timeout 1-30 s and less than the interval, attempts 1-30.
 */
const CHECK_INTERVAL = { min: 2, max: 3600 };
const CHECK_TIMEOUT = { min: 1, max: 30 };
const CHECK_ATTEMPTS = { min: 1, max: 30 };

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

  public readonly instances: readonly Instance[];
  public readonly nodebalancer: Nodebalancer;
  public readonly nodebalancerConfig: NodebalancerConfigA;
  public readonly nodes: readonly NodebalancerNode[];
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
    validate(props, instanceCount, adminCidrs);

    this.regionName = region.name;
    this.location = region.location;
    this.dataRegion = props.dataRegion;
    const tags = tagLabels(props.tags);
    const label = (suffix: string) => linodeLabel(environment, region.name, suffix);
    const userData = base64UserData(this, props.userData);

    this.instances = Array.from({ length: instanceCount }, (_, index) => new Instance(this, `Instance${index}`, {
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
    }));

    this.nodebalancer = new Nodebalancer(this, 'NodeBalancer', {
      label: label('nb'),
      region: region.location,
      tags,
    });
    const nodebalancerId = Token.asNumber(this.nodebalancer.id);

    // Linode's http check accepts any 2xx/3xx and has no "healthy again" count,
    // so expectedStatus and healthyThreshold have no counterpart here.
    this.nodebalancerConfig = new NodebalancerConfigA(this, 'HttpConfig', {
      nodebalancerId,
      port: PUBLIC_PORT,
      protocol: 'http',
      algorithm: 'roundrobin',
      check: 'http',
      checkPath: healthCheck.path,
      checkInterval: healthCheck.intervalSeconds,
      checkTimeout: healthCheck.timeoutSeconds,
      checkAttempts: healthCheck.unhealthyThreshold,
      checkPassive: true,
    });

    this.nodes = this.instances.map((instance, index) => new NodebalancerNode(this, `Node${index}`, {
      nodebalancerId,
      configId: Token.asNumber(this.nodebalancerConfig.id),
      label: label(`app-${index}`),
      address: `${instance.privateIpAddress}:${appPort}`,
      mode: 'accept',
    }));

    this.firewall = new Firewall(this, 'Firewall', {
      label: label('fw'),
      inboundPolicy: 'DROP',
      outboundPolicy: 'ACCEPT',
      inbound: inboundRules(appPort, adminCidrs),
      linodes: this.instances.map((instance) => Token.asNumber(instance.id)),
      tags,
    });

    this.address = this.nodebalancer.ipv4;
    this.target = { kind: 'ip', ipAddress: this.nodebalancer.ipv4 };
  }
}

/** Checks everything Linode would reject (or silently ignore), reporting all problems at once. */
function validate(props: RegionalServiceProps<LinodeRegionConfig>, instanceCount: number, adminCidrs: readonly string[]): void {
  const { region, healthCheck, appPort } = props;
  const problems = new Problems({ environment: props.environment, region: region.name });

  problems.oneOf('location', region.location, knownLocations('linode'));
  problems.integerIn('instanceCount', instanceCount, 1, LINODE_MAX_INSTANCE_COUNT);
  expectAdminCidrs(problems, adminCidrs, { ipv6Allowed: true });
  problems.integerIn('app.port', appPort, 1, 65535);

  // The NodeBalancer talks plain HTTP to each node on its traffic port, so a
  // check over HTTPS or on another port would test something else.
  problems.expect(
    healthCheck.protocol === 'HTTP',
    'healthCheck.protocol', healthCheck.protocol, 'HTTP (NodeBalancers check backends over plain HTTP)',
  );
  problems.expect(
    healthCheck.port === appPort,
    'healthCheck.port', healthCheck.port, `the app port (${appPort}): a NodeBalancer checks each node on its traffic port`,
  );
  problems.expect(
    healthCheck.path.startsWith('/'),
    'healthCheck.path', healthCheck.path, 'a path starting with "/" (an http check needs one)',
  );
  problems.integerIn('healthCheck.intervalSeconds', healthCheck.intervalSeconds, CHECK_INTERVAL.min, CHECK_INTERVAL.max);
  problems.integerIn('healthCheck.timeoutSeconds', healthCheck.timeoutSeconds, CHECK_TIMEOUT.min, CHECK_TIMEOUT.max);
  problems.expect(
    healthCheck.intervalSeconds > healthCheck.timeoutSeconds,
    'healthCheck.intervalSeconds', healthCheck.intervalSeconds, `greater than timeoutSeconds (${healthCheck.timeoutSeconds})`,
  );
  problems.integerIn('healthCheck.unhealthyThreshold', healthCheck.unhealthyThreshold, CHECK_ATTEMPTS.min, CHECK_ATTEMPTS.max);
  problems.throwIfAny();
}

/** App traffic from NodeBalancers only; SSH from admin networks when there are any. Everything else falls to DROP. */
function inboundRules(appPort: number, adminCidrs: readonly string[]): FirewallInbound[] {
  const rules: FirewallInbound[] = [{
    label: 'app-from-nodebalancers',
    action: 'ACCEPT',
    protocol: 'TCP',
    ports: String(appPort),
    ipv4: [NODEBALANCER_PRIVATE_RANGE],
  }];
  if (adminCidrs.length > 0) {
    // Validated already: every entry parses.
    const ipv4 = adminCidrs.filter((cidr) => parseCidr(cidr)!.family === 4);
    const ipv6 = adminCidrs.filter((cidr) => parseCidr(cidr)!.family === 6);
    rules.push({
      label: 'ssh-from-admins',
      action: 'ACCEPT',
      protocol: 'TCP',
      ports: '22',
      ipv4: ipv4.length > 0 ? ipv4 : undefined,
      ipv6: ipv6.length > 0 ? ipv6 : undefined,
    });
  }
  return rules;
}

/**
 * `fk-<env>-<region>-<suffix>` as a Linode label: letters, digits and single
 * dashes, starting with a letter, at most 32 characters. When that is too long
 * the `fk-<env>-<region>` part is cut and followed by a short hash of it, so
 * a region's labels still share one recognisable prefix and long region names
 * that start alike still get different labels.
 */
function linodeLabel(environment: string, region: string, suffix: string): string {
  const prefix = resourceName(environment, region).replace(/[^a-zA-Z0-9-]+/g, '-').replace(/-{2,}/g, '-').replace(/-+$/, '');
  return `${boundedName(prefix, LABEL_MAX_LENGTH - suffix.length - 1)}-${suffix}`;
}
