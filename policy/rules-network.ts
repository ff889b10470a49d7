/**
 * Network exposure on every cloud (FK-NET-*): AWS security groups (inline
 * `ingress`, `aws_security_group_rule`, `aws_vpc_security_group_ingress_rule`),
 * DigitalOcean and Linode cloud firewalls, OVH instance interfaces. A HAProxy
 * instance (policy/haproxy.ts) counts as its region's load balancer: the
 * instances may admit it, and it may face clients, on the ports its
 * frontends serve and no others.
 */

import { parseCidr } from '../constructs/cidr';
import { haproxyFrontendPorts, haproxyHost, HaproxyHost, haproxyHosts, haproxyServerPorts } from './haproxy';
import { describePorts, type PortRange } from './haproxy-cfg';
import { hostFirewallGaps } from './nftables';
import {
  block,
  blockList,
  isFalse,
  isTrue,
  literalInteger,
  PolicyRule,
  referencedNames,
  resourcesOfType,
  StackJson,
  SynthesizedResource,
} from './rule';

/** Where Linode NodeBalancers reach their backends from (Linode documents the whole /24). */
export const NODEBALANCER_RANGE = '192.168.255.0/24';

const AWS_LOAD_BALANCERS = ['aws_lb', 'aws_alb'];
const AWS_TARGET_GROUPS = ['aws_lb_target_group', 'aws_alb_target_group'];
const AWS_SG = 'aws_security_group';
const AWS_SG_RULE = 'aws_security_group_rule';
const AWS_INGRESS_RULE = 'aws_vpc_security_group_ingress_rule';
const DO_FIREWALL = 'digitalocean_firewall';
const LINODE_FIREWALL = 'linode_firewall';
const FIREWALLS = [AWS_SG, AWS_SG_RULE, AWS_INGRESS_RULE, DO_FIREWALL, LINODE_FIREWALL];

const ALL_PORTS: readonly [number, number] = [0, 65535];

const DO_DROPLET = 'digitalocean_droplet';
const LINODE_INSTANCE = 'linode_instance';
const OVH_INSTANCE = 'ovh_cloud_project_instance';
/** `${digitalocean_droplet.NAME.id}`, as source_droplet_ids and droplet_ids name a Droplet. */
const DROPLET_ID = /^\$\{digitalocean_droplet\.([A-Za-z_][\w-]*)\.id\}$/;
/** `${linode_instance.NAME.id}`, as a firewall's `linodes` names an instance. */
const LINODE_ID = /^\$\{linode_instance\.([A-Za-z_][\w-]*)\.id\}$/;
/** `${linode_instance.NAME.private_ip_address}/32`: exactly one instance's private address. */
const LINODE_PRIVATE_ADDRESS = /^\$\{linode_instance\.([A-Za-z_][\w-]*)\.private_ip_address\}\/32$/;

type Source =
  | { readonly kind: 'cidr'; readonly cidr: string }
  | { readonly kind: 'load-balancer' }
  | { readonly kind: 'other'; readonly what: string };

/** One inbound rule, the same shape whatever the cloud. */
interface Ingress {
  readonly label: string;
  /** `tcp`, `udp`, `icmp`, ... or `all`. */
  readonly protocol: string;
  /** Inclusive port ranges; empty for portless protocols. */
  readonly ports: ReadonlyArray<readonly [number, number]>;
  readonly sources: readonly Source[];
}

function cidrs(value: unknown): Source[] {
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((cidr) => ({
    kind: 'cidr',
    cidr: String(cidr),
  }));
}

function others(value: unknown, what: string): Source[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((item) => ({ kind: 'other', what: `${what} ${String(item)}` }));
}

/** `0.0.0.0/0`, `::/0` or any other prefix-0 block. */
function isAnywhere(source: Source): boolean {
  return source.kind === 'cidr' && parseCidr(source.cidr.trim())?.prefix === 0;
}

function within(cidr: string, range: string): boolean {
  const inner = parseCidr(cidr.trim());
  const outer = parseCidr(range)!;
  if (!inner || inner.family !== outer.family || inner.prefix < outer.prefix) return false;
  const shift = BigInt((outer.family === 4 ? 32 : 128) - outer.prefix);
  return inner.network >> shift === outer.network >> shift;
}

function describe(source: Source): string {
  return source.kind === 'cidr' ? source.cidr : source.kind === 'other' ? source.what : 'the load balancer';
}

function covers(ingress: Ingress, port: number, protocols: readonly string[] = ['tcp']): boolean {
  return (
    (ingress.protocol === 'all' || protocols.includes(ingress.protocol)) &&
    ingress.ports.some(([from, to]) => from <= port && port <= to)
  );
}

// ---- AWS ----

/** Security groups attached to a load balancer: they face clients by design. */
function loadBalancerGroups(stack: StackJson): Set<string> {
  return new Set(
    resourcesOfType(stack, AWS_LOAD_BALANCERS).flatMap((lb) => referencedNames(lb.config.security_groups, AWS_SG)),
  );
}

function awsProtocol(value: unknown): string {
  const protocol = String(value ?? '-1').toLowerCase();
  return (
    ({ '-1': 'all', 6: 'tcp', 17: 'udp', 1: 'icmp', 58: 'icmpv6' } as Record<string, string>)[protocol] ?? protocol
  );
}

function awsIngress(label: string, rule: Record<string, unknown>, loadBalancerGroupNames: Set<string>): Ingress {
  const protocol = awsProtocol(rule.ip_protocol ?? rule.protocol);
  const from = literalInteger(rule.from_port);
  const to = literalInteger(rule.to_port);
  const portless = protocol === 'icmp' || protocol === 'icmpv6';
  // Unknown bounds are read as the widest range, so nothing open goes unnoticed.
  const ports: Array<readonly [number, number]> = portless
    ? []
    : protocol === 'all' || from === undefined || to === undefined
      ? [ALL_PORTS]
      : [[from, to]];
  const groups: unknown[] = [rule.referenced_security_group_id, rule.source_security_group_id];
  if (Array.isArray(rule.security_groups)) groups.push(...rule.security_groups);
  const groupSources = groups
    .filter((group) => group !== undefined)
    .map((group): Source =>
      referencedNames(group, AWS_SG).some((name) => loadBalancerGroupNames.has(name))
        ? { kind: 'load-balancer' }
        : { kind: 'other', what: `security group ${String(group)}` },
    );
  return {
    label,
    protocol,
    ports,
    sources: [
      ...cidrs(rule.cidr_ipv4),
      ...cidrs(rule.cidr_ipv6),
      ...cidrs(rule.cidr_blocks),
      ...cidrs(rule.ipv6_cidr_blocks),
      ...groupSources,
      ...(isTrue(rule.self) ? [{ kind: 'other', what: 'the group itself' } as const] : []),
      ...others(rule.prefix_list_id, 'prefix list'),
      ...others(rule.prefix_list_ids, 'prefix list'),
    ],
  };
}

/** The group a rule opens, `undefined` when it is not one of this stack's. */
function protectedGroup(resource: SynthesizedResource): string | undefined {
  if (resource.type === AWS_SG) return resource.name;
  return referencedNames(resource.config.security_group_id, AWS_SG)[0];
}

// ---- DigitalOcean and Linode ----

/** `80`, `8000-9000`, `22,80,443`; empty, missing or `all` is every port. */
function portList(value: unknown): Array<readonly [number, number]> {
  const text = value === undefined || value === null ? '' : String(value).trim();
  if (text === '' || text === 'all' || text === '0') return [ALL_PORTS];
  return text.split(',').map((part): readonly [number, number] => {
    const bounds = part.split('-').map((p) => literalInteger(p.trim()));
    const [from, to] = [bounds[0], bounds.length > 1 ? bounds[1] : bounds[0]];
    return from === undefined || to === undefined ? ALL_PORTS : [from, to];
  });
}

/** `source_droplet_ids`: a HAProxy Droplet is the load balancer; any other Droplet is a stranger. */
function dropletSources(value: unknown, haproxy: ReadonlyMap<string, HaproxyHost>): Source[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((item): Source => {
    const name = DROPLET_ID.exec(String(item))?.[1];
    return name !== undefined && haproxy.has(name)
      ? { kind: 'load-balancer' }
      : { kind: 'other', what: `droplet ${String(item)}` };
  });
}

/**
 * The HAProxy instances a DigitalOcean or Linode firewall protects, and
 * whether it protects nothing else: tags (DigitalOcean) and NodeBalancers
 * (Linode) may bring in more, so a firewall with any is not HAProxy's alone.
 */
function protectedHaproxy(
  resource: SynthesizedResource,
  stack: StackJson,
): { readonly hosts: HaproxyHost[]; readonly only: boolean } {
  const c = resource.config;
  const [type, pattern, members, extra] =
    resource.type === DO_FIREWALL
      ? [DO_DROPLET, DROPLET_ID, c.droplet_ids, c.tags]
      : resource.type === LINODE_FIREWALL
        ? [LINODE_INSTANCE, LINODE_ID, c.linodes, c.nodebalancers]
        : [undefined, undefined, undefined, undefined];
  if (!type || !pattern) return { hosts: [], only: false };
  const haproxy = haproxyHosts(stack, type);
  const list = Array.isArray(members) ? members : [];
  const hosts = list
    .map((member) => haproxy.get(pattern.exec(String(member))?.[1] ?? ''))
    .filter((host): host is HaproxyHost => host !== undefined);
  const others = Array.isArray(extra) ? extra.length : extra === undefined || extra === null ? 0 : 1;
  return { hosts, only: hosts.length > 0 && hosts.length === list.length && others === 0 };
}

/** Whether the ranges are one port. */
function single(ports: readonly PortRange[]): boolean {
  return ports.length === 1 && ports[0][0] === ports[0][1];
}

/** Parts of `range` outside every range of `allowed`. */
function outside(range: PortRange, allowed: readonly PortRange[]): PortRange[] {
  let rest: PortRange[] = [range];
  for (const [a, b] of allowed) {
    rest = rest.flatMap(([from, to]): PortRange[] =>
      b < from || a > to
        ? [[from, to]]
        : [...(from < a ? [[from, a - 1] as const] : []), ...(to > b ? [[b + 1, to] as const] : [])],
    );
  }
  return rest;
}

function ingressOf(resource: SynthesizedResource, stack: StackJson): Ingress[] {
  const c = resource.config;
  switch (resource.type) {
    case AWS_SG:
      return blockList(c.ingress).map((rule, i) => awsIngress(`ingress #${i}`, rule, loadBalancerGroups(stack)));
    case AWS_SG_RULE:
      return c.type === 'ingress' ? [awsIngress('ingress rule', c, loadBalancerGroups(stack))] : [];
    case AWS_INGRESS_RULE:
      return [awsIngress('ingress rule', c, loadBalancerGroups(stack))];
    case DO_FIREWALL: {
      const haproxy = haproxyHosts(stack, DO_DROPLET);
      return blockList(c.inbound_rule).map((rule, i) => {
        const protocol = String(rule.protocol ?? '').toLowerCase();
        return {
          label: `inbound rule #${i}`,
          protocol,
          ports: protocol === 'icmp' ? [] : portList(rule.port_range),
          sources: [
            ...cidrs(rule.source_addresses),
            ...(Array.isArray(rule.source_load_balancer_uids) ? rule.source_load_balancer_uids : []).map(
              (): Source => ({ kind: 'load-balancer' }),
            ),
            ...dropletSources(rule.source_droplet_ids, haproxy),
            ...others(rule.source_tags, 'tag'),
            ...others(rule.source_kubernetes_ids, 'Kubernetes cluster'),
          ],
        };
      });
    }
    case LINODE_FIREWALL: {
      const haproxy = haproxyHosts(stack, LINODE_INSTANCE);
      const fromLoadBalancer = (cidr: string) =>
        within(cidr, NODEBALANCER_RANGE) || haproxy.has(LINODE_PRIVATE_ADDRESS.exec(cidr.trim())?.[1] ?? '');
      return blockList(c.inbound)
        .filter((rule) => String(rule.action).toUpperCase() === 'ACCEPT')
        .map((rule, i) => {
          const protocol = String(rule.protocol ?? '').toLowerCase();
          return {
            label: `inbound rule ${typeof rule.label === 'string' ? rule.label : `#${i}`}`,
            protocol,
            ports: protocol === 'tcp' || protocol === 'udp' ? portList(rule.ports) : [],
            sources: [...cidrs(rule.ipv4), ...cidrs(rule.ipv6)].map((source): Source =>
              source.kind === 'cidr' && fromLoadBalancer(source.cidr) ? { kind: 'load-balancer' } : source,
            ),
          };
        });
    }
    default:
      return [];
  }
}

/**
 * Ports the instances serve their load balancer on, per firewall type: the
 * target groups' ports (and numeric health-check ports), the DigitalOcean
 * forwarding rules' target ports (and health-check port), the NodeBalancer
 * nodes' address ports, and on both the latter clouds the ports HAProxy
 * instances reach their servers on.
 */
function instancePorts(resource: SynthesizedResource, stack: StackJson): number[] {
  const ports: unknown[] = [];
  // HAProxy's servers and health-check ports, as its haproxy.cfg gives them.
  const haproxyPorts = (type: string) =>
    [...haproxyHosts(stack, type).values()].flatMap(haproxyServerPorts).flatMap(([from, to]) => [from, to]);
  if (resource.type === DO_FIREWALL) {
    for (const lb of resourcesOfType(stack, ['digitalocean_loadbalancer'])) {
      ports.push(
        ...blockList(lb.config.forwarding_rule).map((rule) => rule.target_port),
        block(lb.config.healthcheck)?.port,
      );
    }
    ports.push(...haproxyPorts(DO_DROPLET));
  } else if (resource.type === LINODE_FIREWALL) {
    for (const node of resourcesOfType(stack, ['linode_nodebalancer_node'])) {
      ports.push(/:(\d+)$/.exec(String(node.config.address))?.[1]);
    }
    ports.push(...haproxyPorts(LINODE_INSTANCE));
  } else {
    for (const group of resourcesOfType(stack, AWS_TARGET_GROUPS)) {
      ports.push(group.config.port, block(group.config.health_check)?.port);
    }
  }
  return [...new Set(ports.map(literalInteger).filter((port): port is number => port !== undefined))].sort(
    (a, b) => a - b,
  );
}

export const NETWORK_RULES: readonly PolicyRule[] = [
  {
    id: 'FK-NET-1',
    title: 'No SSH, RDP or all-port access from anywhere; a HAProxy instance opens only its frontend ports to anywhere',
    fix:
      'admit SSH/RDP only from admin networks (adminCidrs) and open single ports, never all, to 0.0.0.0/0 or ::/0; ' +
      "on a HAProxy instance's firewall open to them only the ports its frontends bind, never SSH or the stats port",
    resourceTypes: FIREWALLS,
    check(resource, stack) {
      // A HAProxy instance faces clients on its frontend ports only; the stats page and SSH are for the VPC and admins.
      const { hosts } = protectedHaproxy(resource, stack);
      const frontends = hosts.flatMap(haproxyFrontendPorts);
      const problems: string[] = [];
      for (const ingress of ingressOf(resource, stack)) {
        const anywhere = ingress.sources.filter(isAnywhere).map(describe);
        if (anywhere.length === 0) continue;
        const beyondFrontends =
          hosts.length > 0 && ingress.protocol !== 'all'
            ? ingress.ports.flatMap((range) => outside(range, frontends))
            : [];
        const what =
          ingress.protocol === 'all'
            ? ['all protocols']
            : [
                ...(ingress.ports.some(([from, to]) => from <= 1 && to >= 65535) ? ['all ports'] : []),
                ...(covers(ingress, 22) ? ['SSH (22)'] : []),
                ...(covers(ingress, 3389, ['tcp', 'udp']) ? ['RDP (3389)'] : []),
                ...(beyondFrontends.length > 0
                  ? [
                      `${single(beyondFrontends) ? 'port' : 'ports'} ${describePorts(beyondFrontends)}, which ` +
                        `HAProxy serves no clients on (frontend ports: ${describePorts(frontends)})`,
                    ]
                  : []),
              ];
        if (what.length > 0) problems.push(`${ingress.label} admits ${anywhere.join(' and ')} on ${what.join(', ')}`);
      }
      return problems;
    },
  },
  {
    id: 'FK-NET-2',
    title: 'The instance port is reachable only from the load balancer',
    fix:
      'admit the app port only from the load balancer: its security group (AWS), source_load_balancer_uids or the ' +
      `HAProxy Droplet's id in source_droplet_ids (DigitalOcean), ${NODEBALANCER_RANGE} or the HAProxy instance's ` +
      'private_ip_address/32 (Linode)',
    resourceTypes: FIREWALLS,
    check(resource, stack) {
      // A load balancer's own group faces clients; what it may open is FK-NET-1's concern.
      const group = protectedGroup(resource);
      if (group !== undefined && loadBalancerGroups(stack).has(group)) return [];
      // So does a firewall that guards HAProxy instances and nothing else.
      if (protectedHaproxy(resource, stack).only) return [];
      const ports = instancePorts(resource, stack);
      const problems: string[] = [];
      for (const ingress of ingressOf(resource, stack)) {
        const open = ports.filter((port) => covers(ingress, port));
        const strangers = ingress.sources.filter((source) => source.kind !== 'load-balancer').map(describe);
        if (open.length > 0 && strangers.length > 0) {
          problems.push(`${ingress.label} admits ${strangers.join(', ')} on instance port ${open.join(', ')}`);
        }
      }
      return problems;
    },
  },
  {
    id: 'FK-NET-3',
    title: 'Linode firewalls drop what no rule accepts',
    fix: 'set inbound_policy = "DROP" on the firewall',
    resourceTypes: [LINODE_FIREWALL],
    check(resource) {
      const policy = resource.config.inbound_policy;
      return String(policy).toUpperCase() === 'DROP' ? [] : [`inbound_policy is ${String(policy)}, not DROP`];
    },
  },
  {
    id: 'FK-NET-4',
    title: 'OVH instances have no public network interface, but for HAProxy behind its host firewall',
    fix:
      'set network { public = false } and reach the instances through the load balancer (and a bastion for SSH); ' +
      'a HAProxy instance keeps public = true only if its cloud-init writes /etc/nftables.conf with an input ' +
      'chain of policy drop (table inet) that admits from anywhere only the frontend ports, loads it with ' +
      'nft -f and enables nftables.service',
    resourceTypes: [OVH_INSTANCE],
    check(resource, stack) {
      // The OVH provider has no instance firewall: a public interface would expose every port but for a host firewall.
      if (isFalse(block(resource.config.network)?.public)) return [];
      const host = haproxyHost(resource.type, resource.config, stack.locals);
      if (!host) return ['network.public is not false on an instance that runs no HAProxy (no haproxy.cfg written)'];
      return hostFirewallGaps(host.cloudConfig, haproxyFrontendPorts(host)).map(
        (gap) => `network.public is not false and the HAProxy host firewall falls short: ${gap}`,
      );
    },
  },
];
