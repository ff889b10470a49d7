import { DataAwsSsmParameter } from '@cdktf/provider-aws/lib/data-aws-ssm-parameter';
import { Construct } from 'constructs';
import { Fn, Token } from '../cdk';
import type { HaproxyConfig, LoadBalancerChoice } from '../config/types';
import { renderCloudConfig } from './bootstrap';
import { parseCidr } from './cidr';
import {
  DEFAULT_IDLE_TIMEOUT_SECONDS,
  DEFAULT_MAX_CONNECTIONS,
  DEFAULT_STATS_PORT,
  DEFAULT_STATS_USER,
  renderHaproxyConfig,
  STATS_ADDRESS_VARIABLE,
  STATS_PASSWORD_VARIABLE,
  validateHaproxyConfig,
  type HaproxyConfigProps,
  type HaproxyServer,
} from './haproxy-config';
import type { HealthCheckSpec } from './health-check-spec';
import { Problems, type ProblemContext } from './problems';

export const HAPROXY_CONFIG_PATH = '/etc/haproxy/haproxy.cfg';
/** Loaded by the haproxy unit of Debian and Ubuntu (EnvironmentFile=-/etc/default/haproxy). */
export const HAPROXY_ENV_PATH = '/etc/default/haproxy';
/** Where cloud-init drops the stats password for the environment script, which deletes it once read. */
export const STATS_PASSWORD_PATH = '/etc/failover-kit/haproxy-stats-password';
export const HOST_FIREWALL_PATH = '/etc/nftables.conf';
export const HAPROXY_ENV_SCRIPT_PATH = '/usr/local/sbin/fk-haproxy-env';

/** Port the HAProxy frontend serves publicly; Route 53 probes it. */
export const HAPROXY_PUBLIC_PORT = 80;

/** Shortest stats password the environment script accepts. */
export const STATS_PASSWORD_MIN_LENGTH = 16;

/** SSM parameter names: `/` then letters, digits and `_.-/`; AWS reserves the `aws` and `ssm` prefixes. */
const SSM_PARAMETER_NAME = /^\/(?!(aws|ssm)(\/|$))[A-Za-z0-9_.\-/]{1,1010}$/i;

/**
 * Writes HAProxy's environment file at first boot, before HAProxy starts with
 * the generated config: the stats password, quoted for systemd so any
 * printable characters work, and this instance's IPv4 address in the private
 * network given as argument, for the stats page to bind to. A password that
 * is too short or holds whitespace is refused: the stats page then listens on
 * loopback only behind a random password, and the refusal is logged, while
 * traffic keeps flowing. The password file is deleted once read.
 */
export const HAPROXY_ENV_SCRIPT = String.raw`#!/usr/bin/python3
"""Writes ${HAPROXY_ENV_PATH} for the failover-kit HAProxy config."""
import ipaddress
import os
import secrets
import subprocess
import sys

MIN_LENGTH = ${STATS_PASSWORD_MIN_LENGTH}


def systemd_quoted(value):
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


network = ipaddress.ip_network(sys.argv[1])
listing = subprocess.run(
    ["ip", "-4", "-o", "addr", "show", "scope", "global"], check=True, capture_output=True, text=True
).stdout
addresses = [line.split()[3].split("/")[0] for line in listing.splitlines()]
private = [address for address in addresses if ipaddress.ip_address(address) in network]
with open("${STATS_PASSWORD_PATH}", encoding="utf-8") as password_file:
    password = password_file.read()
os.remove("${STATS_PASSWORD_PATH}")

address = private[0] if private else "127.0.0.1"
if not private:
    print(f"failover-kit: no address in {network} here ({addresses}); stats page on loopback only", file=sys.stderr)
if len(password) < MIN_LENGTH or not password.isprintable() or any(c.isspace() for c in password):
    print(
        f"failover-kit: stats password refused (at least {MIN_LENGTH} printable characters, no whitespace);"
        " stats page on loopback only",
        file=sys.stderr,
    )
    address = "127.0.0.1"
    password = secrets.token_urlsafe(32)

descriptor = os.open("${HAPROXY_ENV_PATH}", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
# The package ships this file 0644, and open() keeps an existing file's mode.
os.fchmod(descriptor, 0o600)
with os.fdopen(descriptor, "w", encoding="utf-8") as env_file:
    env_file.write(f"${STATS_PASSWORD_VARIABLE}={systemd_quoted(password)}\n")
    env_file.write(f"${STATS_ADDRESS_VARIABLE}={systemd_quoted(address)}\n")
`;

/** The HAProxy settings of a region with every default applied. */
export interface HaproxySettings extends Required<Omit<HaproxyConfig, 'size'>> {
  readonly size?: string;
}

/** A region's HAProxy settings with defaults; the parameter name defaults per environment and region. */
export function haproxySettings(environment: string, regionName: string, config: HaproxyConfig = {}): HaproxySettings {
  return {
    size: config.size,
    statsPasswordParameter:
      config.statsPasswordParameter ?? `/failover-kit/${environment}/${regionName}/haproxy-stats-password`,
    statsUser: config.statsUser ?? DEFAULT_STATS_USER,
    statsPort: config.statsPort ?? DEFAULT_STATS_PORT,
    maxConnections: config.maxConnections ?? DEFAULT_MAX_CONNECTIONS,
    idleTimeoutSeconds: config.idleTimeoutSeconds ?? DEFAULT_IDLE_TIMEOUT_SECONDS,
  };
}

/** Whether a region chose HAProxy over its cloud's managed load balancer. */
export function usesHaproxy(region: LoadBalancerChoice): boolean {
  return region.loadBalancer === 'haproxy';
}

/** What a region's load balancer choice is checked against. */
export interface HaproxyChoiceContext {
  readonly environment: string;
  readonly regionName: string;
  readonly healthCheck: HealthCheckSpec;
  readonly appPort: number;
  /** Number of application instances behind the load balancer. */
  readonly instanceCount: number;
}

/**
 * Records problems with a region's `loadBalancer` and `haproxy` settings:
 * an unknown choice, HAProxy settings without HAProxy, and everything
 * {@link validateHaproxyConfig} refuses.
 */
export function validateLoadBalancerChoice(
  problems: Problems,
  region: LoadBalancerChoice,
  context: HaproxyChoiceContext,
): void {
  const valid = problems.oneOf('loadBalancer', region.loadBalancer ?? 'managed', ['managed', 'haproxy']);
  if (!valid) return;
  if (!usesHaproxy(region)) {
    problems.expect(
      region.haproxy === undefined,
      'haproxy',
      '(settings)',
      "no HAProxy settings unless loadBalancer is 'haproxy'",
    );
    return;
  }
  const settings = haproxySettings(context.environment, context.regionName, region.haproxy);
  problems.expect(
    SSM_PARAMETER_NAME.test(settings.statsPasswordParameter),
    'haproxy.statsPasswordParameter',
    settings.statsPasswordParameter,
    'an SSM parameter name: "/" then letters, digits and _.-/ (not under /aws or /ssm)',
  );
  validateHaproxyConfig(problems, {
    ...configProps(context, settings, []),
    servers: Array.from({ length: context.instanceCount }, (_, index) => ({ name: `app-${index}`, host: '' })),
  });
}

function configProps(
  context: Omit<HaproxyChoiceContext, 'instanceCount'>,
  settings: HaproxySettings,
  servers: readonly HaproxyServer[],
): HaproxyConfigProps {
  return {
    label: `${context.environment}/${context.regionName}`,
    servers,
    appPort: context.appPort,
    healthCheck: context.healthCheck,
    frontendBinds: [`:${HAPROXY_PUBLIC_PORT}`],
    statsUser: settings.statsUser,
    statsPort: settings.statsPort,
    maxConnections: settings.maxConnections,
    idleTimeoutSeconds: settings.idleTimeoutSeconds,
  };
}

/** Inputs of {@link renderHostFirewall}. */
export interface HostFirewallProps {
  /** Ports open to everyone. */
  readonly publicPorts: readonly number[];
  /** The stats page port. */
  readonly statsPort: number;
  /** Networks that may reach the stats page; none means only through SSH. */
  readonly statsSources: readonly string[];
  /** Networks that may reach SSH (IPv4 and IPv6 CIDRs); none means no SSH. */
  readonly adminCidrs: readonly string[];
}

/**
 * nftables ruleset of the HAProxy instance: the public ports from anywhere,
 * the stats page from `statsSources`, SSH from `adminCidrs`, and nothing
 * else. It guards the one instance that faces the internet on every cloud,
 * and is the only firewall there is on OVH (provider 2.13.1 has no instance
 * firewall). Loopback, replies and ICMP stay open: path MTU discovery and
 * IPv6 neighbour discovery need the latter.
 */
export function renderHostFirewall(props: HostFirewallProps): string {
  const byFamily = (cidrs: readonly string[], family: 4 | 6) =>
    cidrs.filter((cidr) => parseCidr(cidr)?.family === family);
  const sourceRules = (cidrs: readonly string[], port: number) =>
    ([4, 6] as const).flatMap((family) => {
      const sources = byFamily(cidrs, family);
      return sources.length > 0
        ? [`${family === 4 ? 'ip' : 'ip6'} saddr { ${sources.join(', ')} } tcp dport ${port} accept`]
        : [];
    });
  const rules = [
    'iif "lo" accept',
    'ct state established,related accept',
    'ct state invalid drop',
    'meta l4proto { icmp, ipv6-icmp } accept',
    `tcp dport { ${props.publicPorts.join(', ')} } accept`,
    ...sourceRules(props.statsSources, props.statsPort),
    ...sourceRules(props.adminCidrs, 22),
  ];
  return [
    '#!/usr/sbin/nft -f',
    '# Host firewall of the HAProxy instance, generated by failover-kit.',
    'flush ruleset',
    '',
    'table inet failover_kit {',
    '    chain input {',
    '        type filter hook input priority filter; policy drop;',
    ...rules.map((rule) => `        ${rule}`),
    '    }',
    '}',
    '',
  ].join('\n');
}

/** Inputs of {@link renderHaproxyUserData}. */
export interface HaproxyUserDataProps {
  /** The rendered haproxy.cfg. */
  readonly haproxyConfig: string;
  /** The rendered nftables ruleset. */
  readonly hostFirewall: string;
  /** Token of the stats password (an SSM parameter's value), never a literal. */
  readonly statsPassword: string;
  /** The private network the stats page binds in. */
  readonly privateCidr: string;
  readonly context?: ProblemContext;
}

/**
 * cloud-init for the HAProxy instance: installs HAProxy and nftables, then in
 * the final stage (after the packages' own files) writes haproxy.cfg, the
 * host firewall and the stats password (0600), writes HAProxy's environment
 * file, loads the firewall and restarts HAProxy.
 * @throws ConfigError when the stats password is not a Terraform reference.
 */
export function renderHaproxyUserData(props: HaproxyUserDataProps): string {
  const problems = new Problems(props.context);
  problems.expect(
    Token.isUnresolved(props.statsPassword),
    'haproxy.statsPasswordParameter',
    '(masked)',
    'a Terraform reference to the stats password, never a literal',
  );
  problems.throwIfAny();
  return renderCloudConfig(
    [
      {
        path: HAPROXY_CONFIG_PATH,
        permissions: '0644',
        content: escapeHaproxyVariables(props.haproxyConfig),
        defer: true,
      },
      {
        path: STATS_PASSWORD_PATH,
        permissions: '0600',
        // base64 in Terraform: the secret reaches the file exactly, whatever characters it holds.
        content: Fn.base64encode(props.statsPassword),
        encoding: 'b64',
        defer: true,
      },
      { path: HOST_FIREWALL_PATH, permissions: '0644', content: props.hostFirewall, defer: true },
      { path: HAPROXY_ENV_SCRIPT_PATH, permissions: '0755', content: HAPROXY_ENV_SCRIPT, defer: true },
    ],
    [
      [HAPROXY_ENV_SCRIPT_PATH, props.privateCidr],
      ['nft', '-f', HOST_FIREWALL_PATH],
      ['systemctl', 'enable', 'nftables.service', 'haproxy.service'],
      // --no-block: runcmd runs inside cloud-final.service; never wait on another unit from there.
      ['systemctl', 'restart', '--no-block', 'haproxy.service'],
    ],
    ['haproxy', 'nftables'],
  );
}

/**
 * The config's own `${NAME}` variables as Terraform's `$${NAME}` escape, so
 * Terraform leaves them for HAProxy while resolving its references (the
 * servers' addresses) in the same text.
 */
export function escapeHaproxyVariables(config: string): string {
  return config.replace(/\$\{(FK_HAPROXY_[A-Z_]+)\}/g, '$$$${$1}');
}

/** Inputs of {@link HaproxyBootstrap}. */
export interface HaproxyBootstrapProps {
  readonly environment: string;
  readonly regionName: string;
  /** The region's `haproxy` settings. @default see HaproxyConfig */
  readonly config?: HaproxyConfig;
  /** The application instances, in order. */
  readonly servers: readonly HaproxyServer[];
  readonly appPort: number;
  readonly healthCheck: HealthCheckSpec;
  /** The region's private network: the stats page binds to the instance's address in it. */
  readonly privateCidr: string;
  /** Networks allowed to the stats page through the host firewall. */
  readonly statsSources: readonly string[];
  /** SSH sources. @default [] */
  readonly adminCidrs?: readonly string[];
}

/**
 * Everything a HAProxy instance boots with, the same on every cloud: the
 * stats password read from SSM (in the provider's region), the generated
 * haproxy.cfg and host firewall, and the cloud-init that installs them.
 * Each cloud's regional service creates the instance and its network around it.
 *
 * Settings must have passed {@link validateLoadBalancerChoice}.
 */
export class HaproxyBootstrap extends Construct {
  /** cloud-init user data of the HAProxy instance (holds Terraform references). */
  public readonly userData: string;
  /** The rendered haproxy.cfg. */
  public readonly haproxyConfig: string;
  public readonly settings: HaproxySettings;
  public readonly statsPassword: DataAwsSsmParameter;

  constructor(scope: Construct, id: string, props: HaproxyBootstrapProps) {
    super(scope, id);
    this.settings = haproxySettings(props.environment, props.regionName, props.config);
    this.statsPassword = new DataAwsSsmParameter(this, 'StatsPassword', {
      name: this.settings.statsPasswordParameter,
      withDecryption: true,
    });
    this.haproxyConfig = renderHaproxyConfig(configProps(props, this.settings, props.servers));
    this.userData = renderHaproxyUserData({
      haproxyConfig: this.haproxyConfig,
      hostFirewall: renderHostFirewall({
        publicPorts: [HAPROXY_PUBLIC_PORT],
        statsPort: this.settings.statsPort,
        statsSources: props.statsSources,
        adminCidrs: props.adminCidrs ?? [],
      }),
      statsPassword: this.statsPassword.value,
      privateCidr: props.privateCidr,
      context: { environment: props.environment, region: props.regionName },
    });
  }
}
