/** Disaster recovery invariants (FK-DR-*): failover notices a dead region, and data keeps flowing between replicas. */

import { haproxyHost, HAPROXY_HOST_TYPES } from './haproxy';
import { healthCheckGaps } from './haproxy-cfg';
import {
  block,
  blockList,
  isTrue,
  literalInteger,
  PolicyRule,
  referencedNames,
  resourcesOfType,
  StackJson,
  SynthesizedResource,
} from './rule';

/** Longest TTL of a failover record: resolvers keep sending users to a dead region for that long. */
export const MAX_FAILOVER_TTL_SECONDS = 60;

const RECORD = 'aws_route53_record';
const TARGET_GROUPS = ['aws_lb_target_group', 'aws_alb_target_group'];
const DO_LOAD_BALANCER = 'digitalocean_loadbalancer';
const LINODE_CONFIG = 'linode_nodebalancer_config';
const OVH_LOAD_BALANCER = 'ovh_cloud_project_loadbalancer';

function isFailoverRecord(resource: SynthesizedResource): boolean {
  return blockList(resource.config.failover_routing_policy).length > 0;
}

function isHttp(protocol: unknown): boolean {
  return typeof protocol === 'string' && ['http', 'https'].includes(protocol.toLowerCase());
}

/** Whether a check path is set: the check must hit the application, not just open a connection. */
function hasPath(path: unknown): boolean {
  return typeof path === 'string' && path.startsWith('/');
}

/**
 * Problems with one load balancer's health check(s). An instance is one when
 * it runs HAProxy, whose haproxy.cfg then holds the checks; other instances
 * have none to make.
 */
function healthCheckProblems(resource: SynthesizedResource, stack: StackJson): string[] {
  const c = resource.config;
  if ((HAPROXY_HOST_TYPES as readonly string[]).includes(resource.type)) {
    const host = haproxyHost(resource.type, c, stack.locals);
    if (!host) return [];
    return host.sections ? healthCheckGaps(host.sections) : [`${host.unreadable}, so its health checks cannot be read`];
  }
  switch (resource.type) {
    case DO_LOAD_BALANCER: {
      const check = block(c.healthcheck);
      if (!check) return ['no healthcheck block'];
      return [
        ...(isHttp(check.protocol) ? [] : [`healthcheck.protocol is ${String(check.protocol)}, not http or https`]),
        ...(hasPath(check.path) ? [] : ['healthcheck.path is not set']),
      ];
    }
    case LINODE_CONFIG:
      return [
        ...(['http', 'http_body'].includes(String(c.check))
          ? []
          : [`check is ${String(c.check ?? 'none')}, not http or http_body`]),
        ...(hasPath(c.check_path) ? [] : ['check_path is not set']),
      ];
    case OVH_LOAD_BALANCER:
      return blockList(c.listeners).flatMap((listener, i) => {
        const where = `listener ${String(listener.name ?? `#${i}`)}`;
        const pool = block(listener.pool);
        if (!pool) return [];
        const monitor = block(pool.health_monitor);
        if (!monitor) return [`${where}: pool has no health_monitor`];
        return [
          ...(isHttp(monitor.monitor_type)
            ? []
            : [`${where}: health_monitor.monitor_type is ${String(monitor.monitor_type)}, not http or https`]),
          ...(hasPath(block(monitor.http_configuration)?.url_path)
            ? []
            : [`${where}: health_monitor.http_configuration.url_path is not set`]),
        ];
      });
    default: {
      const check = block(c.health_check);
      if (!check) return ['no health_check block'];
      if (check.enabled !== undefined && !isTrue(check.enabled)) return ['health_check is disabled'];
      return [
        ...(isHttp(check.protocol)
          ? []
          : [`health_check.protocol is ${String(check.protocol ?? 'not set')}, not HTTP or HTTPS`]),
        ...(hasPath(check.path) ? [] : ['health_check.path is not set']),
      ];
    }
  }
}

export const DR_RULES: readonly PolicyRule[] = [
  {
    id: 'FK-DR-1',
    title: 'Failover records carry a health check',
    fix: 'set health_check_id on every failover record that is not an alias to another record of the zone',
    resourceTypes: [RECORD],
    check(resource) {
      const c = resource.config;
      if (!isFailoverRecord(resource)) return [];
      if (c.health_check_id) return [];
      const alias = block(c.alias);
      // An alias within the zone (a chain link) takes its health from the target records' own checks.
      if (alias && alias.zone_id === c.zone_id) {
        return isTrue(alias.evaluate_target_health)
          ? []
          : ['alias within the zone has neither health_check_id nor evaluate_target_health'];
      }
      return ['failover record has no health_check_id'];
    },
  },
  {
    id: 'FK-DR-2',
    title: `Failover records have a TTL of at most ${MAX_FAILOVER_TTL_SECONDS} s`,
    fix: `set ttl to ${MAX_FAILOVER_TTL_SECONDS} or less`,
    resourceTypes: [RECORD],
    check(resource) {
      const ttl = resource.config.ttl;
      if (!isFailoverRecord(resource) || ttl === undefined) return [];
      const seconds = literalInteger(ttl);
      return seconds !== undefined && seconds <= MAX_FAILOVER_TTL_SECONDS ? [] : [`ttl is ${String(ttl)}`];
    },
  },
  {
    id: 'FK-DR-3',
    title: 'Every regional load balancer, HAProxy included, checks its backends over HTTP(S)',
    fix:
      'give the load balancer an enabled HTTP or HTTPS health check with the health path (HealthCheckSpec); in ' +
      'haproxy.cfg, option httpchk, an http-check expect rule and check on default-server or on every server',
    resourceTypes: [...TARGET_GROUPS, DO_LOAD_BALANCER, LINODE_CONFIG, OVH_LOAD_BALANCER, ...HAPROXY_HOST_TYPES],
    check: (resource, stack) => healthCheckProblems(resource, stack),
  },
  {
    id: 'FK-DR-4',
    title: 'A replicated table streams new and old images',
    fix: 'set stream_enabled = true and stream_view_type = "NEW_AND_OLD_IMAGES" on the table',
    resourceTypes: ['aws_dynamodb_table'],
    check(resource, stack) {
      const c = resource.config;
      const replicated =
        blockList(c.replica).length > 0 ||
        resourcesOfType(stack, ['aws_dynamodb_table_replica']).some((replica) =>
          referencedNames(replica.config.global_table_arn, resource.type).includes(resource.name),
        );
      if (!replicated) return [];
      return [
        ...(isTrue(c.stream_enabled) ? [] : ['stream_enabled is not true']),
        ...(c.stream_view_type === 'NEW_AND_OLD_IMAGES'
          ? []
          : [`stream_view_type is ${String(c.stream_view_type ?? 'not set')}, not NEW_AND_OLD_IMAGES`]),
      ];
    },
  },
];
