import type { HealthCheckSpec } from './health-check-spec';
import type { Problems } from './problems';

/**
 * Environment variables haproxy.cfg reads (HAProxy expands `"${NAME}"`),
 * written at boot into /etc/default/haproxy, which the Debian and Ubuntu unit
 * loads: the stats password never enters the config file, and the stats page
 * binds to the private address the instance gets only once it runs.
 */
export const STATS_PASSWORD_VARIABLE = 'FK_HAPROXY_STATS_PASSWORD';
export const STATS_ADDRESS_VARIABLE = 'FK_HAPROXY_STATS_ADDRESS';

/** Name of the backend that holds the instances, as the stats page and logs show it. */
export const HAPROXY_BACKEND = 'app';

/** @default user name of the stats page */
export const DEFAULT_STATS_USER = 'haproxy-stats';
/** @default port of the stats page */
export const DEFAULT_STATS_PORT = 8404;
/** @default most concurrent client connections */
export const DEFAULT_MAX_CONNECTIONS = 4096;
/** @default client and server inactivity timeout */
export const DEFAULT_IDLE_TIMEOUT_SECONDS = 30;

/** One instance behind HAProxy. */
export interface HaproxyServer {
  /** Server name in stats and logs, e.g. `app-0`. */
  readonly name: string;
  /** Private IPv4 address, or a Terraform reference resolved before the instance boots. */
  readonly host: string;
  /** @default the app port */
  readonly port?: number;
}

/** Inputs of {@link renderHaproxyConfig}. */
export interface HaproxyConfigProps {
  /** `<environment>/<region>`, named in the file's header. */
  readonly label: string;
  readonly servers: readonly HaproxyServer[];
  /** Port the instances serve the application on. */
  readonly appPort: number;
  /** The environment's health check: rendered into `option httpchk` and each server's `check`. */
  readonly healthCheck: HealthCheckSpec;
  /**
   * Addresses the public frontend listens on.
   * @default [':80'] every IPv4 address, port 80
   */
  readonly frontendBinds?: readonly string[];
  /** @default 'haproxy-stats' */
  readonly statsUser?: string;
  /** @default 8404 */
  readonly statsPort?: number;
  /** @default 4096 */
  readonly maxConnections?: number;
  /** @default 30 */
  readonly idleTimeoutSeconds?: number;
  /**
   * Where HAProxy logs (`log` of the global section).
   * @default '/dev/log local0' the journal, through the socket Debian's unit binds into the chroot
   */
  readonly logTarget?: string;
  /**
   * Run as the `haproxy` user in the /var/lib/haproxy chroot, with the admin
   * socket in /run/haproxy, as Debian's package sets up. Off only to run
   * HAProxy in the foreground as an ordinary user.
   * @default true
   */
  readonly dropPrivileges?: boolean;
}

/** Characters a health path may use here: HAProxy reads `#` as a comment and `"`, `'`, `\` and `$` as quoting. */
const SAFE_PATH = /^\/[A-Za-z0-9._~!&()*+,;=:@%/?-]*$/;
const STATS_USER = /^[A-Za-z0-9._-]{1,32}$/;

/**
 * Records every setting HAProxy would reject or that would make its check
 * disagree with the other load balancers, under the config field it comes from.
 */
export function validateHaproxyConfig(problems: Problems, props: HaproxyConfigProps): void {
  const { healthCheck } = props;
  problems.expect(
    healthCheck.protocol === 'HTTP',
    'healthCheck.protocol',
    healthCheck.protocol,
    'HTTP (HAProxy checks the instances over plain HTTP on the private network)',
  );
  problems.expect(
    SAFE_PATH.test(healthCheck.path),
    'healthCheck.path',
    healthCheck.path,
    'a path of letters, digits and /._~!&()*+,;=:@%?- (HAProxy reads # as a comment and quotes and $ as quoting)',
  );
  const codes = healthCheck.expectedStatusCodes.split(/[,-]/).map(Number);
  problems.expect(
    codes.every((code) => code >= 100 && code <= 599),
    'healthCheck.expectedStatus',
    healthCheck.expectedStatus,
    'status codes from 100 to 599 (http-check expect status)',
  );
  problems.expect(props.servers.length > 0, 'instanceCount', props.servers.length, 'at least 1 server behind HAProxy');
  const statsUser = props.statsUser ?? DEFAULT_STATS_USER;
  problems.expect(
    STATS_USER.test(statsUser),
    'haproxy.statsUser',
    statsUser,
    '1 to 32 letters, digits, dots, dashes or underscores',
  );
  const statsPort = props.statsPort ?? DEFAULT_STATS_PORT;
  if (problems.integerIn('haproxy.statsPort', statsPort, 1024, 65535, 'an unprivileged TCP port')) {
    problems.expect(
      !frontendPorts(props).includes(statsPort),
      'haproxy.statsPort',
      statsPort,
      `a port the public frontend does not use (${frontendPorts(props).join(', ')})`,
    );
  }
  problems.integerIn('haproxy.maxConnections', props.maxConnections ?? DEFAULT_MAX_CONNECTIONS, 1, 1_000_000);
  problems.integerIn(
    'haproxy.idleTimeoutSeconds',
    props.idleTimeoutSeconds ?? DEFAULT_IDLE_TIMEOUT_SECONDS,
    1,
    3600,
    'timeout client and timeout server',
  );
}

/**
 * haproxy.cfg for one region: a public HTTP frontend, a round-robin backend
 * whose `option httpchk` / `http-check` rules and per-server `check inter
 * fall rise` come from the health-check spec, and a stats page on the
 * private address behind a password read from the environment.
 *
 * Pure and deterministic; validate the props first with {@link validateHaproxyConfig}.
 */
export function renderHaproxyConfig(props: HaproxyConfigProps): string {
  const spec = props.healthCheck;
  const idle = props.idleTimeoutSeconds ?? DEFAULT_IDLE_TIMEOUT_SECONDS;
  const statsUser = props.statsUser ?? DEFAULT_STATS_USER;
  const statsPort = props.statsPort ?? DEFAULT_STATS_PORT;
  const request = spec.hostHeader
    ? `meth GET uri ${spec.path} ver HTTP/1.1 hdr Host ${spec.hostHeader}`
    : // Without a Host header to send, HTTP/1.0 keeps the request valid.
      `meth GET uri ${spec.path} ver HTTP/1.0`;
  const checkPort = spec.port === props.appPort ? '' : ` port ${spec.port}`;

  const sections: Array<[string, string[]]> = [
    [
      'global',
      [
        `log ${props.logTarget ?? '/dev/log local0'}`,
        `maxconn ${props.maxConnections ?? DEFAULT_MAX_CONNECTIONS}`,
        ...((props.dropPrivileges ?? true)
          ? [
              'user haproxy',
              'group haproxy',
              'chroot /var/lib/haproxy',
              'stats socket /run/haproxy/admin.sock mode 660 level admin',
              'stats timeout 30s',
            ]
          : []),
      ],
    ],
    [
      'defaults',
      [
        'mode http',
        'log global',
        'option httplog',
        'option dontlognull',
        // Every server state change reaches the log, with the check's result.
        'option log-health-checks',
        'option forwardfor',
        // A request whose server fails to connect is retried on another server.
        'option redispatch',
        'retries 3',
        'timeout connect 5s',
        `timeout client ${idle}s`,
        `timeout server ${idle}s`,
        'timeout http-request 10s',
        'timeout http-keep-alive 10s',
        'timeout queue 30s',
        `timeout check ${spec.timeoutSeconds}s`,
      ],
    ],
    [
      'frontend public',
      [...(props.frontendBinds ?? [':80']).map((bind) => `bind ${bind}`), `default_backend ${HAPROXY_BACKEND}`],
    ],
    [
      `backend ${HAPROXY_BACKEND}`,
      [
        'balance roundrobin',
        'option httpchk',
        `http-check send ${request}`,
        `http-check expect status ${spec.expectedStatusCodes}`,
        `default-server check inter ${spec.intervalSeconds}s fall ${spec.unhealthyThreshold} rise ${spec.healthyThreshold}${checkPort}`,
        ...props.servers.map((server) => `server ${server.name} ${server.host}:${server.port ?? props.appPort}`),
      ],
    ],
    [
      'listen stats',
      [
        `bind "\${${STATS_ADDRESS_VARIABLE}}:${statsPort}"`,
        'stats enable',
        'stats uri /',
        'stats refresh 10s',
        'stats show-legends',
        `stats auth "${statsUser}:\${${STATS_PASSWORD_VARIABLE}}"`,
      ],
    ],
  ];
  const header = `# haproxy.cfg for ${props.label}, generated by failover-kit: edit the environment config, not this file.`;
  return (
    [header, ...sections.map(([name, lines]) => [name, ...lines.map((line) => `    ${line}`)].join('\n'))].join(
      '\n\n',
    ) + '\n'
  );
}

/** Ports the frontend's `bind` lines listen on. */
function frontendPorts(props: HaproxyConfigProps): number[] {
  return (props.frontendBinds ?? [':80']).map((bind) => Number(/:(\d+)(\s|$)/.exec(bind)?.[1]));
}
