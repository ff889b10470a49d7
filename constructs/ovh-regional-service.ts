import { Construct } from 'constructs';
import { CloudProjectGateway } from '../.gen/providers/ovh/cloud-project-gateway';
import { CloudProjectInstance } from '../.gen/providers/ovh/cloud-project-instance';
import { CloudProjectLoadbalancer } from '../.gen/providers/ovh/cloud-project-loadbalancer';
import { CloudProjectNetworkPrivate } from '../.gen/providers/ovh/cloud-project-network-private';
import { CloudProjectNetworkPrivateSubnetV2 } from '../.gen/providers/ovh/cloud-project-network-private-subnet-v2';
import { DataOvhCloudProjectFlavors } from '../.gen/providers/ovh/data-ovh-cloud-project-flavors';
import { DataOvhCloudProjectImages } from '../.gen/providers/ovh/data-ovh-cloud-project-images';
import { DataOvhCloudProjectLoadbalancerFlavors } from '../.gen/providers/ovh/data-ovh-cloud-project-loadbalancer-flavors';
import { Fn, TerraformIterator, type IResolvable } from '../cdk';
import { knownLocations } from '../config/locations';
import type { OvhRegionConfig } from '../config/types';
import { expectAdminCidrs, expectPrivateIpv4Cidr, ipv4ToText } from './cidr';
import { HaproxyBootstrap, usesHaproxy, validateLoadBalancerChoice } from './haproxy-bootstrap';
import { parseStatusCodes, STATUS_CODE_FORMS, type HealthCheckSpec } from './health-check-spec';
import { resourceName } from './naming';
import { Problems } from './problems';
import type { EndpointTarget, RegionalEndpoint, RegionalServiceProps } from './regional-endpoint';

const LOAD_BALANCER_SIZES: readonly NonNullable<OvhRegionConfig['loadBalancerSize']>[] = [
  'small',
  'medium',
  'large',
  'xl',
];

/** Host offset of the first instance in the subnet; the ones below are left to the gateway, HAProxy and hand-made ports. */
const FIRST_INSTANCE_HOST = 10;

/** Host offset of the HAProxy instance's fixed private address. */
const HAPROXY_HOST = 5;

/**
 * At most this many instances: their fixed addresses (hosts 10-29) must stay
 * below the DHCP pool, which starts halfway through the smallest allowed subnet (/26).
 */
const MAX_INSTANCES = 20;

/** Subnet prefix bounds: /26 leaves room for MAX_INSTANCES fixed addresses below the DHCP half. */
const MIN_SUBNET_PREFIX = 16;
const MAX_SUBNET_PREFIX = 26;

/**
 * Health monitor types and HTTP methods as the OVH API spells them
 * (cloud.loadbalancing.LoadBalancerHealthMonitorTypeEnum and ...HTTPMethodEnum),
 * which provider 2.13.1 passes through unchecked: Octavia's own names, the
 * types in lowercase.
 */
const MONITOR_TYPES = ['http', 'https', 'ping', 'sctp', 'tcp', 'tls-hello', 'udp-connect'];
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'TRACE', 'OPTIONS', 'CONNECT', 'PATCH'];

/** Names interpolated into Terraform filters: no quotes or `${`, so they need no escaping. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9 ._()+-]{0,63}$/;

/**
 * One region's application on OVHcloud Public Cloud: instances on a private
 * network behind an Octavia load balancer with a floating IP, whose HTTP
 * health monitor is rendered from the shared HealthCheckSpec.
 *
 * Layout of the subnet (`subnetCidr`, default `10.60.0.0/24`):
 * - host 1 is the gateway (`ovh_cloud_project_gateway`, model `s`), which gives
 *   the instances outbound internet (package installs, DynamoDB) through SNAT and
 *   lets the load balancer take a floating IP;
 * - hosts 10, 11, ... are the instances' fixed addresses;
 * - the upper half is the DHCP pool (load balancer VIP and Octavia ports).
 *
 * Fixed instance addresses keep the pool members' addresses stable: every
 * listener, pool and member attribute of `ovh_cloud_project_loadbalancer`
 * forces replacement, and a new load balancer means a new floating IP. With
 * members read from the instances' computed `addresses`, replacing one
 * instance would replace the load balancer and move the region's public address.
 *
 * Inbound traffic: provider 2.13.1 offers no security group or firewall for
 * `ovh_cloud_project_instance`, so exposure is restricted by topology instead.
 * The instances get no public interface (`network.public = false`) and no
 * floating IP; the gateway only translates outbound traffic. The only way in
 * from the internet is the load balancer's listener on port 80, which forwards
 * to the pool members on the app port over the private network. SSH is
 * therefore reachable only from inside the private network (vRack, a bastion):
 * `adminCidrs` are validated like on the other clouds but open nothing here.
 *
 * Images are looked up by name at plan time and then ignored on existing
 * instances (OVH republishes images under the same name with a new id), so a
 * new `imageName` or image release reaches only instances created afterwards.
 *
 * Requirements: the project has a vRack (private networks are built on it) and
 * an SSH key named `sshKeyName` in the region, since the OVH instance API
 * requires one. The private network's VLAN id is derived from the environment
 * and region names (1-4000), so several regions or environments can share a
 * project; VLAN ids already used in the vRack must not collide with it.
 * The OVH resources used here take no tags, so `props.tags` is not applied.
 *
 * Region settings left out take these defaults (see OvhRegionConfig); instances
 * are always billed hourly.
 * - `instanceCount`: @default 2
 * - `flavorName`: @default 'b3-8'
 * - `imageName`: @default 'Ubuntu 24.04'
 * - `loadBalancerSize`: @default 'small'
 * - `subnetCidr`: @default '10.60.0.0/24'
 * - `adminCidrs`: @default [] (open nothing on OVH, see above)
 *
 * With `loadBalancer: 'haproxy'` an instance running HAProxy (HaproxyBootstrap)
 * takes the Octavia load balancer's place, at host 5 of the subnet with a
 * public interface. With no instance firewall in the provider, its nftables
 * host firewall is what admits port 80 from anywhere, the stats page from the
 * subnet and SSH from `adminCidrs`; the app instances stay without a public
 * interface, reachable only over the private network. The region's public
 * address is that interface's IPv4 address, which changes when the instance
 * is replaced (Route 53 follows in the same apply). One instance, not a pair:
 * moving an IP between two needs an agent holding OVH API credentials on both,
 * and losing the one instance fails the region over through Route 53 within
 * the recovery budget.
 *
 * The OVH provider must already exist in the stack.
 *
 * @throws ConfigError listing every rejected setting.
 */
export class OvhRegionalService extends Construct implements RegionalEndpoint {
  public readonly regionName: string;
  public readonly cloud = 'ovh' as const;
  public readonly location: string;
  public readonly dataRegion: string;
  public readonly target: EndpointTarget;
  /** Public IPv4 address of the load balancer's floating IP (Terraform reference). */
  public readonly address: string;
  public readonly publicProtocol = 'HTTP' as const;
  public readonly publicPort = 80;

  public readonly network: CloudProjectNetworkPrivate;
  public readonly subnet: CloudProjectNetworkPrivateSubnetV2;
  public readonly gateway: CloudProjectGateway;
  /** The application instances, `Instance0`, `Instance1`, ... */
  public readonly instances: readonly CloudProjectInstance[];
  /** Fixed private address of each instance, in the order of `instances`. */
  public readonly instanceAddresses: readonly string[];
  public readonly loadBalancerKind: 'managed' | 'haproxy';
  /** The Octavia load balancer, unless the region runs HAProxy. */
  public readonly loadBalancer?: CloudProjectLoadbalancer;
  /** The HAProxy instance and its fixed private address, when the region runs HAProxy. */
  public readonly haproxy?: {
    readonly bootstrap: HaproxyBootstrap;
    readonly instance: CloudProjectInstance;
    readonly privateAddress: string;
  };

  constructor(scope: Construct, id: string, props: RegionalServiceProps<OvhRegionConfig>) {
    super(scope, id);
    const { environment, region, appPort, healthCheck } = props;
    const instanceCount = region.instanceCount ?? 2;
    const subnetCidr = region.subnetCidr ?? '10.60.0.0/24';
    const flavorName = region.flavorName ?? 'b3-8';
    const imageName = region.imageName ?? 'Ubuntu 24.04';
    const loadBalancerSize = region.loadBalancerSize ?? 'small';
    this.loadBalancerKind = usesHaproxy(region) ? 'haproxy' : 'managed';
    const haproxyFlavorName = region.haproxy?.size ?? flavorName;

    const problems = new Problems({ environment, region: region.name });
    problems.oneOf('location', region.location, knownLocations('ovh'));
    problems.expect(
      /^[0-9a-f]{32}$/.test(region.serviceName ?? ''),
      'serviceName',
      region.serviceName,
      'a Public Cloud project id: 32 lowercase hexadecimal characters',
    );
    const instanceCountValid = problems.integerIn(
      'instanceCount',
      instanceCount,
      1,
      MAX_INSTANCES,
      `fixed addresses from host ${FIRST_INSTANCE_HOST} stay below the subnet's DHCP half`,
    );
    const appPortValid = problems.integerIn('app.port', appPort, 1, 65535, 'a TCP port');
    validateLoadBalancerChoice(problems, region, {
      environment,
      regionName: region.name,
      healthCheck,
      appPort,
      // An invalid count is reported above, once.
      instanceCount: instanceCountValid ? instanceCount : 1,
    });
    if (this.loadBalancerKind === 'haproxy') {
      problems.expect(
        SAFE_NAME.test(haproxyFlavorName),
        'haproxy.size',
        haproxyFlavorName,
        'an OVH flavor name such as b3-8 (letters, digits, spaces and . _ ( ) + -)',
      );
    } else {
      problems.oneOf('loadBalancerSize', loadBalancerSize, LOAD_BALANCER_SIZES);
    }
    problems.expect(
      SAFE_NAME.test(flavorName),
      'flavorName',
      flavorName,
      'an OVH flavor name such as b3-8 (letters, digits, spaces and . _ ( ) + -)',
    );
    problems.expect(
      SAFE_NAME.test(imageName),
      'imageName',
      imageName,
      'an OVH image name such as Ubuntu 24.04 (letters, digits, spaces and . _ ( ) + -)',
    );
    problems.expect(
      typeof region.sshKeyName === 'string' && region.sshKeyName.trim() !== '',
      'sshKeyName',
      region.sshKeyName,
      'the name of an SSH key registered in the project (the OVH instance API requires one)',
    );
    // Private network subnets take RFC 1918 ranges only.
    const subnet = expectPrivateIpv4Cidr(problems, 'subnetCidr', subnetCidr, MIN_SUBNET_PREFIX, MAX_SUBNET_PREFIX);
    expectAdminCidrs(problems, region.adminCidrs ?? [], { ipv6Allowed: true });
    // The monitor exactly as the load balancer gets it.
    const healthMonitor = renderOctaviaMonitor(healthCheck);
    if (this.loadBalancerKind === 'managed') validateOctaviaMonitor(problems, healthMonitor);
    // The pool members have no separate monitor port: Octavia probes the port traffic goes to.
    if (appPortValid && this.loadBalancerKind === 'managed') {
      problems.expect(
        healthCheck.port === appPort,
        'healthCheck.port',
        healthCheck.port,
        `the app port ${appPort} (Octavia probes each member on its pool port)`,
      );
    }
    problems.throwIfAny();

    const name = (suffix: string) => resourceName(environment, region.name, suffix);
    const serviceName = region.serviceName;
    const host = (offset: number) => ipv4ToText(subnet!.network + BigInt(offset));
    const subnetSize = 1n << BigInt(32 - subnet!.prefix);

    this.network = new CloudProjectNetworkPrivate(this, 'Network', {
      serviceName,
      name: name('net'),
      regions: [region.location],
      vlanId: vlanIdFor(environment, region.name),
    });

    this.subnet = new CloudProjectNetworkPrivateSubnetV2(this, 'Subnet', {
      serviceName,
      region: region.location,
      // The region-scoped subnet API wants the OpenStack network id, which the
      // load balancer and the instances also take: resolve it once, here.
      networkId: this.network.regionsOpenstackIds.lookup(region.location),
      name: name('subnet'),
      cidr: subnetCidr,
      dhcp: true,
      enableGatewayIp: true,
      gatewayIp: host(1),
      allocationPools: [
        {
          start: ipv4ToText(subnet!.network + subnetSize / 2n),
          end: ipv4ToText(subnet!.network + subnetSize - 2n),
        },
      ],
    });

    this.gateway = new CloudProjectGateway(this, 'Gateway', {
      serviceName,
      region: region.location,
      name: name('gw'),
      model: 's',
      networkId: this.subnet.networkId,
      subnetId: this.subnet.id,
    });

    const flavors = new DataOvhCloudProjectFlavors(this, 'Flavors', {
      serviceName,
      region: region.location,
      nameFilter: flavorName,
    });
    const images = new DataOvhCloudProjectImages(this, 'Images', {
      serviceName,
      region: region.location,
      osType: 'linux',
    });
    // one(): null when nothing matches and an error when the name is ambiguous,
    // rather than silently picking the first of several.
    const flavorId = Fn.one(pluck(flavors.interpolationForAttribute('flavors'), 'val.id'));
    const imageId = Fn.one(
      pluck(images.interpolationForAttribute('images'), `val.id if val.name == ${JSON.stringify(imageName)}`),
    );

    this.instanceAddresses = Array.from({ length: instanceCount }, (_, index) => host(FIRST_INSTANCE_HOST + index));
    this.instances = this.instanceAddresses.map(
      (address, index) =>
        new CloudProjectInstance(this, `Instance${index}`, {
          serviceName,
          region: region.location,
          name: name(`app-${index}`),
          billingPeriod: 'hourly',
          flavor: { flavorId },
          bootFrom: { imageId },
          sshKey: { name: region.sshKeyName! },
          userData: props.userData,
          network: {
            public: false,
            private: {
              network: { id: this.subnet.networkId, subnetId: this.subnet.id },
              ip: address,
            },
          },
          // cloud-init fetches packages at first boot: the gateway must route by then.
          dependsOn: [this.gateway],
          // A republished image would otherwise replace every instance at once.
          lifecycle: { ignoreChanges: ['boot_from'] },
        }),
    );

    if (this.loadBalancerKind === 'haproxy') {
      const privateAddress = host(HAPROXY_HOST);
      const bootstrap = new HaproxyBootstrap(this, 'Haproxy', {
        environment,
        regionName: region.name,
        config: region.haproxy,
        servers: this.instanceAddresses.map((address, index) => ({ name: `app-${index}`, host: address })),
        appPort,
        healthCheck,
        privateCidr: subnetCidr,
        statsSources: [subnetCidr],
        adminCidrs: region.adminCidrs ?? [],
      });
      const haproxyFlavorId =
        haproxyFlavorName === flavorName
          ? flavorId
          : Fn.one(
              pluck(
                new DataOvhCloudProjectFlavors(this, 'HaproxyFlavors', {
                  serviceName,
                  region: region.location,
                  nameFilter: haproxyFlavorName,
                }).interpolationForAttribute('flavors'),
                'val.id',
              ),
            );
      const instance = new CloudProjectInstance(this, 'HaproxyInstance', {
        serviceName,
        region: region.location,
        name: name('haproxy'),
        billingPeriod: 'hourly',
        flavor: { flavorId: haproxyFlavorId },
        bootFrom: { imageId },
        sshKey: { name: region.sshKeyName! },
        userData: bootstrap.userData,
        network: {
          // The one instance with a public interface; its nftables host firewall guards it.
          public: true,
          private: {
            network: { id: this.subnet.networkId, subnetId: this.subnet.id },
            ip: privateAddress,
          },
        },
        lifecycle: { ignoreChanges: ['boot_from'] },
      });
      this.haproxy = { bootstrap, instance, privateAddress };
      // The public interface's IPv4 address: the instance's only IPv4 address outside the subnet.
      this.address = Fn.one(
        pluck(
          instance.interpolationForAttribute('addresses'),
          `val.ip if val.version == 4 && val.ip != ${JSON.stringify(privateAddress)}`,
        ),
      );
    } else {
      const loadBalancerFlavors = new DataOvhCloudProjectLoadbalancerFlavors(this, 'LoadBalancerFlavors', {
        serviceName,
        regionName: region.location,
      });
      const loadBalancerFlavorId = Fn.one(
        pluck(
          loadBalancerFlavors.interpolationForAttribute('flavors'),
          `val.id if val.name == ${JSON.stringify(loadBalancerSize)}`,
        ),
      );
      this.loadBalancer = new CloudProjectLoadbalancer(this, 'LoadBalancer', {
        serviceName,
        regionName: region.location,
        name: name('lb'),
        flavorId: loadBalancerFlavorId,
        network: {
          private: {
            network: { id: this.subnet.networkId, subnetId: this.subnet.id },
            gateway: { id: this.gateway.id },
            floatingIpCreate: { description: name('lb') },
          },
        },
        listeners: [
          {
            name: name('http'),
            port: this.publicPort,
            protocol: 'http',
            pool: {
              name: name('app'),
              algorithm: 'roundRobin',
              protocol: 'http',
              members: this.instanceAddresses.map((address, index) => ({
                name: name(`app-${index}`),
                address,
                protocolPort: appPort,
              })),
              healthMonitor: { name: name('health'), ...healthMonitor },
            },
          },
        ],
      });
      this.address = this.loadBalancer.floatingIp.ip;
    }

    this.regionName = region.name;
    this.location = region.location;
    this.dataRegion = props.dataRegion;
    this.target = { kind: 'ip', ipAddress: this.address };
  }
}

/** `[for val in list : expression]` over a data source's list attribute. */
function pluck(list: IResolvable, expression: string): IResolvable {
  return TerraformIterator.fromList(list).forExpressionForList(expression);
}

/** A pool's `health_monitor` as `ovh_cloud_project_loadbalancer` takes it, less its name. */
export interface OctaviaMonitor {
  /** One of MONITOR_TYPES. */
  readonly monitorType: string;
  readonly delay: number;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly maxRetriesDown: number;
  /** For http and https monitors. */
  readonly httpConfiguration?: {
    /** One of HTTP_METHODS. */
    readonly httpMethod: string;
    readonly urlPath: string;
    readonly expectedCodes: string;
    readonly domainName?: string;
    readonly httpVersion: string;
  };
}

/** The health monitor for a spec: an http(s) GET of the spec's path. */
export function renderOctaviaMonitor(spec: HealthCheckSpec): OctaviaMonitor {
  return {
    monitorType: spec.protocolLower,
    delay: spec.intervalSeconds,
    timeout: spec.timeoutSeconds,
    maxRetries: spec.healthyThreshold,
    maxRetriesDown: spec.unhealthyThreshold,
    httpConfiguration: {
      httpMethod: 'GET',
      urlPath: spec.path,
      expectedCodes: spec.expectedStatusCodes,
      domainName: spec.hostHeader,
      // Octavia sends a Host header (domain_name) only with HTTP/1.1.
      httpVersion: '1.1',
    },
  };
}

/**
 * Records each value of a health monitor Octavia or the OVH API would reject
 * (octavia/api/v2/types/health_monitor.py, the OVH API enums), under the spec
 * field it is rendered from; attributes no spec field feeds are named as in
 * Terraform. Checked here because the OVH API reports them only at apply
 * time: type and HTTP method from their enums, max_retries and
 * max_retries_down 1-10, timeout less than delay, expected_codes syntax, a
 * domain name for the Host header. Octavia takes any non-negative delay and
 * timeout; 0 would probe without pause, so both start at 1, and delay keeps
 * the shared spec's 3600 ceiling.
 */
export function validateOctaviaMonitor(problems: Problems, monitor: OctaviaMonitor): void {
  const limit = (attribute: string) => `Octavia health monitor ${attribute}`;
  problems.expect(
    MONITOR_TYPES.includes(monitor.monitorType),
    'healthCheck.protocol',
    monitor.monitorType,
    `one of: ${MONITOR_TYPES.join(', ')} (${limit('monitor_type')}, as the OVH API spells it)`,
  );
  const delayValid = problems.integerIn('healthCheck.intervalSeconds', monitor.delay, 1, 3600, limit('delay'));
  problems.expect(
    Number.isInteger(monitor.timeout) && monitor.timeout >= 1 && (!delayValid || monitor.timeout < monitor.delay),
    'healthCheck.timeoutSeconds',
    monitor.timeout,
    `an integer from 1 to less than intervalSeconds (${monitor.delay}) (${limit('timeout')})`,
  );
  problems.integerIn('healthCheck.healthyThreshold', monitor.maxRetries, 1, 10, limit('max_retries'));
  problems.integerIn('healthCheck.unhealthyThreshold', monitor.maxRetriesDown, 1, 10, limit('max_retries_down'));
  const http = monitor.httpConfiguration;
  if (http === undefined) return;
  problems.oneOf('health_monitor.http_configuration.http_method', http.httpMethod, HTTP_METHODS);
  problems.expect(
    parseStatusCodes(http.expectedCodes) !== undefined,
    'healthCheck.expectedStatus',
    http.expectedCodes,
    `${STATUS_CODE_FORMS} (${limit('expected_codes')})`,
  );
  if (http.domainName !== undefined) {
    problems.expect(
      isDomainName(http.domainName),
      'healthCheck.hostHeader',
      http.domainName,
      `a domain name of dot-separated labels of 1-63 letters, digits and inner hyphens (${limit('domain_name')})`,
    );
  }
}

function isDomainName(text: string): boolean {
  return (
    text.length <= 253 && text.split('.').every((label) => /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(label))
  );
}

/**
 * A stable VLAN id from 1 to 4000 (the vRack range) for one environment and
 * region. OVH names private networks after their VLAN (`pn-<vrack>_<vlan>`),
 * so networks sharing a project need distinct ids; the provider's default, 0,
 * would let only one region or environment exist per project.
 */
function vlanIdFor(environment: string, region: string): number {
  // FNV-1a: a small, well-spread hash that needs no dependency.
  let hash = 0x811c9dc5;
  for (const char of `${environment}/${region}`) {
    hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  }
  return 1 + (hash % 4000);
}
