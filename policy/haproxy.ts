/**
 * HAProxy instances: the DigitalOcean Droplets, Linodes and OVH instances
 * that stand in for their cloud's managed load balancer
 * (`loadBalancer: 'haproxy'`). One is recognised by what it boots with, not
 * by its name: a cloud-config that writes /etc/haproxy/haproxy.cfg. Being
 * recognised is never a free pass: the rules that trust a HAProxy instance
 * as a load balancer also hold its haproxy.cfg and firewall to account
 * (FK-DR-3, FK-NET-1, FK-NET-4).
 *
 * Shared by the policy rules and the diagram renderer, so both see the same
 * instances.
 */

import { CloudConfig, readCloudConfig } from './cloud-config';
import { frontendPorts, HaproxySection, parseHaproxyCfg, PortRange, serverPorts } from './haproxy-cfg';
import { resourcesOfType, StackJson } from './rule';
import { userDataDocument } from './user-data';

/** Where HAProxy reads its configuration (Debian and Ubuntu packages). */
export const HAPROXY_CFG_PATH = '/etc/haproxy/haproxy.cfg';

/** Compute resource types a HAProxy instance can be, by cloud. */
export const HAPROXY_HOST_TYPES = ['digitalocean_droplet', 'linode_instance', 'ovh_cloud_project_instance'] as const;

/** What a HAProxy instance boots with. */
export interface HaproxyHost {
  /** Its cloud-init document. */
  readonly cloudConfig: CloudConfig;
  /** Sections of the haproxy.cfg it writes; undefined when the content cannot be read. */
  readonly sections?: readonly HaproxySection[];
  /** Why the content cannot be read, when it cannot. */
  readonly unreadable?: string;
}

/**
 * The HAProxy instance a compute block describes, or undefined when it is
 * none (another type, no readable cloud-config, or no haproxy.cfg written).
 * `locals` are the stack's, for user data moved into one.
 */
export function haproxyHost(
  type: string,
  config: Record<string, unknown>,
  locals: Readonly<Record<string, unknown>> | undefined,
): HaproxyHost | undefined {
  if (!(HAPROXY_HOST_TYPES as readonly string[]).includes(type)) return undefined;
  const document = userDataDocument(type, config, locals);
  const cloudConfig = document === undefined ? undefined : readCloudConfig(document);
  const file = cloudConfig?.files.find((f) => f.path === HAPROXY_CFG_PATH);
  if (!cloudConfig || !file) return undefined;
  if (file.encoding !== undefined) {
    return { cloudConfig, unreadable: `${HAPROXY_CFG_PATH} is written with encoding ${file.encoding}` };
  }
  if (file.content === undefined) {
    return { cloudConfig, unreadable: `the content of ${HAPROXY_CFG_PATH} is not a scalar this check reads` };
  }
  return { cloudConfig, sections: parseHaproxyCfg(file.content) };
}

/** The HAProxy instances of one type in a stack, by logical id. */
export function haproxyHosts(stack: StackJson, type: string): Map<string, HaproxyHost> {
  const hosts = new Map<string, HaproxyHost>();
  for (const resource of resourcesOfType(stack, [type])) {
    const host = haproxyHost(type, resource.config, stack.locals);
    if (host) hosts.set(resource.name, host);
  }
  return hosts;
}

/** Ports the instance serves clients on (its frontends' binds); none when its haproxy.cfg is unreadable. */
export function haproxyFrontendPorts(host: HaproxyHost): PortRange[] {
  return host.sections ? frontendPorts(host.sections) : [];
}

/** Ports the instance reaches its servers on, health-check ports included. */
export function haproxyServerPorts(host: HaproxyHost): PortRange[] {
  return host.sections ? serverPorts(host.sections) : [];
}
