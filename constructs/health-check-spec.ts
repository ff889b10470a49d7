import { Problems, ProblemContext } from './problems';

/** How the application's health endpoint is probed. */
export interface HealthCheckSpecProps {
  /** @default 'HTTP' */
  readonly protocol?: 'HTTP' | 'HTTPS';
  /** Port the load balancer probes on each instance. @default the app port */
  readonly port?: number;
  /** @default '/healthz' */
  readonly path?: string;
  /** Status code a healthy instance answers with. @default 200 */
  readonly expectedStatus?: number;
  /** Seconds between load-balancer probes. @default 10 */
  readonly intervalSeconds?: number;
  /** Seconds a load-balancer probe may take. @default 5 */
  readonly timeoutSeconds?: number;
  /** Consecutive successes before an instance is healthy again. @default 3 */
  readonly healthyThreshold?: number;
  /** Consecutive failures before an instance is taken out. @default 3 */
  readonly unhealthyThreshold?: number;
  /** Host header to send; none when absent. */
  readonly hostHeader?: string;
  /** Route 53 probe interval, 10 (fast) or 30 seconds. @default 10 */
  readonly dnsRequestIntervalSeconds?: 10 | 30;
  /** Consecutive Route 53 failures before a region is unhealthy (1-10). @default 3 */
  readonly dnsFailureThreshold?: number;
}

/**
 * One description of the health endpoint, rendered by every load balancer
 * into its native check and by Route 53 into the regional health check, so
 * the two never disagree about what "healthy" means.
 */
export class HealthCheckSpec {
  public readonly protocol: 'HTTP' | 'HTTPS';
  public readonly port: number;
  public readonly path: string;
  public readonly expectedStatus: number;
  public readonly intervalSeconds: number;
  public readonly timeoutSeconds: number;
  public readonly healthyThreshold: number;
  public readonly unhealthyThreshold: number;
  public readonly hostHeader?: string;
  public readonly dnsRequestIntervalSeconds: 10 | 30;
  public readonly dnsFailureThreshold: number;

  constructor(props: HealthCheckSpecProps, appPort: number, context: ProblemContext = {}) {
    this.protocol = props.protocol ?? 'HTTP';
    this.port = props.port ?? appPort;
    this.path = props.path ?? '/healthz';
    this.expectedStatus = props.expectedStatus ?? 200;
    this.intervalSeconds = props.intervalSeconds ?? 10;
    this.timeoutSeconds = props.timeoutSeconds ?? 5;
    this.healthyThreshold = props.healthyThreshold ?? 3;
    this.unhealthyThreshold = props.unhealthyThreshold ?? 3;
    this.hostHeader = props.hostHeader;
    this.dnsRequestIntervalSeconds = props.dnsRequestIntervalSeconds ?? 10;
    this.dnsFailureThreshold = props.dnsFailureThreshold ?? 3;

    const problems = new Problems(context);
    problems.oneOf('healthCheck.protocol', this.protocol, ['HTTP', 'HTTPS']);
    problems.integerIn('healthCheck.port', this.port, 1, 65535);
    problems.expect(
      this.path.startsWith('/') && this.path.length <= 255 && !/\s/.test(this.path),
      'healthCheck.path', this.path, 'a path starting with "/", without spaces, at most 255 characters',
    );
    problems.integerIn('healthCheck.expectedStatus', this.expectedStatus, 200, 399);
    problems.integerIn('healthCheck.intervalSeconds', this.intervalSeconds, 1, 3600);
    problems.integerIn('healthCheck.timeoutSeconds', this.timeoutSeconds, 1, 120);
    problems.expect(
      this.timeoutSeconds < this.intervalSeconds,
      'healthCheck.timeoutSeconds', this.timeoutSeconds, `less than intervalSeconds (${this.intervalSeconds})`,
    );
    problems.integerIn('healthCheck.healthyThreshold', this.healthyThreshold, 1, 10);
    problems.integerIn('healthCheck.unhealthyThreshold', this.unhealthyThreshold, 1, 10);
    if (this.hostHeader !== undefined) {
      problems.expect(
        /^[a-zA-Z0-9.-]{1,253}$/.test(this.hostHeader),
        'healthCheck.hostHeader', this.hostHeader, 'a host name of letters, digits, dots and dashes',
      );
    }
    problems.oneOf('healthCheck.dnsRequestIntervalSeconds', this.dnsRequestIntervalSeconds, [10, 30]);
    problems.integerIn('healthCheck.dnsFailureThreshold', this.dnsFailureThreshold, 1, 10);
    problems.throwIfAny();
  }

  /** Lowercase protocol, as most load balancers spell it. */
  public get protocolLower(): 'http' | 'https' {
    return this.protocol === 'HTTPS' ? 'https' : 'http';
  }
}
