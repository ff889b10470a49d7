/** AWS load balancers: hardened HTTP handling and current TLS (FK-ALB-*). */

import {
  block,
  blockList,
  isTrue,
  referencedNames,
  PolicyRule,
  StackJson,
  SynthesizedResource,
  resourcesOfType,
} from './rule';

const LOAD_BALANCERS = ['aws_lb', 'aws_alb'];
const LISTENERS = ['aws_lb_listener', 'aws_alb_listener'];
const LISTENER_RULES = ['aws_lb_listener_rule', 'aws_alb_listener_rule'];
const LISTENER_CERTIFICATES = ['aws_lb_listener_certificate', 'aws_alb_listener_certificate'];

/**
 * TLS policies that negotiate TLS 1.3 and nothing older than TLS 1.2 without
 * legacy (CBC/SHA-1) ciphers. The `Ext*` variants and the `TLS13-1-0`/`1-1`
 * ones carry "TLS13" in their name but accept weaker clients.
 */
export const CURRENT_TLS_POLICIES: readonly string[] = [
  'ELBSecurityPolicy-TLS13-1-2-2021-06',
  'ELBSecurityPolicy-TLS13-1-2-Res-2021-06',
  'ELBSecurityPolicy-TLS13-1-3-2021-06',
  'ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04',
  'ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04',
  'ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04',
  'ELBSecurityPolicy-TLS13-1-2-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-3-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09',
];

function isApplicationLoadBalancer(resource: SynthesizedResource): boolean {
  const type = resource.config.load_balancer_type;
  return type === undefined || type === 'application';
}

/** Which load balancer a listener belongs to: `aws_lb.NAME` for a reference, else the ARN text. */
function loadBalancerOf(listener: SynthesizedResource): string {
  const arn = listener.config.load_balancer_arn;
  for (const type of LOAD_BALANCERS) {
    const [name] = referencedNames(arn, type);
    if (name) return `${type}.${name}`;
  }
  return String(arn);
}

/** A listener terminating TLS: HTTPS/TLS protocol, a certificate, or an extra certificate attached to it. */
function isSecureListener(listener: SynthesizedResource, stack: StackJson): boolean {
  const protocol = String(listener.config.protocol ?? '').toUpperCase();
  if (protocol === 'HTTPS' || protocol === 'TLS' || listener.config.certificate_arn !== undefined) return true;
  return resourcesOfType(stack, LISTENER_CERTIFICATES).some((cert) =>
    referencedNames(cert.config.listener_arn, listener.type).includes(listener.name),
  );
}

function listenersOf(loadBalancer: string, stack: StackJson): SynthesizedResource[] {
  return resourcesOfType(stack, LISTENERS).filter((listener) => loadBalancerOf(listener) === loadBalancer);
}

/** Whether the listener's load balancer serves HTTPS anywhere, so plain HTTP must only send clients there. */
function servesHttps(listener: SynthesizedResource, stack: StackJson): boolean {
  return listenersOf(loadBalancerOf(listener), stack).some((l) => isSecureListener(l, stack));
}

function isPlainHttp(listener: SynthesizedResource): boolean {
  return String(listener.config.protocol ?? 'HTTP').toUpperCase() === 'HTTP';
}

/** Problems with actions that are meant to do nothing but redirect to HTTPS. */
function redirectProblems(actions: unknown, what: string): string[] {
  const list = blockList(actions);
  if (list.length === 0) return [`${what} has no action`];
  return list.flatMap((action) => {
    if (action.type !== 'redirect') return [`${what} is a ${String(action.type)} action, not a redirect to HTTPS`];
    const protocol = String(block(action.redirect)?.protocol ?? '#{protocol}');
    return protocol.toUpperCase() === 'HTTPS' ? [] : [`${what} redirects to protocol ${protocol}, not HTTPS`];
  });
}

export const ALB_RULES: readonly PolicyRule[] = [
  {
    id: 'FK-ALB-1',
    title: 'ALB drops invalid HTTP headers',
    fix: 'set drop_invalid_header_fields = true on the load balancer',
    resourceTypes: LOAD_BALANCERS,
    check(resource) {
      if (!isApplicationLoadBalancer(resource)) return [];
      return isTrue(resource.config.drop_invalid_header_fields) ? [] : ['drop_invalid_header_fields is not true'];
    },
  },
  {
    id: 'FK-ALB-2',
    title: 'Load balancer deletion protection (except in ephemeral environments)',
    fix: 'set enable_deletion_protection = true, or mark the environment ephemeral if it is short-lived',
    resourceTypes: LOAD_BALANCERS,
    check(resource, _stack, context) {
      if (context.ephemeral) return [];
      return isTrue(resource.config.enable_deletion_protection) ? [] : ['deletion protection is not enabled'];
    },
  },
  {
    id: 'FK-ALB-3',
    title: 'HTTPS listeners use a current TLS policy',
    fix: `set ssl_policy to one of: ${CURRENT_TLS_POLICIES.join(', ')}`,
    resourceTypes: LISTENERS,
    check(resource, stack) {
      if (!isSecureListener(resource, stack)) return [];
      const policy = resource.config.ssl_policy;
      if (policy === undefined) return ['ssl_policy is not set, so AWS applies ELBSecurityPolicy-2016-08 (TLS 1.0)'];
      return CURRENT_TLS_POLICIES.includes(String(policy))
        ? []
        : [`ssl_policy ${String(policy)} is not a current TLS policy`];
    },
  },
  {
    id: 'FK-ALB-4',
    title: 'With HTTPS on the load balancer, plain HTTP only redirects to it',
    fix: 'make every action of the HTTP listener and its rules a redirect with protocol = "HTTPS"',
    resourceTypes: [...LISTENERS, ...LISTENER_RULES],
    check(resource, stack) {
      if (LISTENERS.includes(resource.type)) {
        if (!isPlainHttp(resource) || !servesHttps(resource, stack)) return [];
        return redirectProblems(resource.config.default_action, 'default action');
      }
      // A rule on the HTTP listener would serve its matches over plain HTTP despite the default redirect.
      const listener = resourcesOfType(stack, LISTENERS).find((l) =>
        referencedNames(resource.config.listener_arn, l.type).includes(l.name),
      );
      if (!listener || !isPlainHttp(listener) || !servesHttps(listener, stack)) return [];
      return redirectProblems(resource.config.action, 'rule on the HTTP listener');
    },
  },
];
