import { Problems, ProblemContext } from './problems';

/** How the application's health endpoint is probed. */
export interface HealthCheckSpecProps {
  /** @default 'HTTP' */
  readonly protocol?: 'HTTP' | 'HTTPS';
  /** Port the load balancer probes on each instance. @default the app port */
  readonly port?: number;
  /** @default '/healthz' */
  readonly path?: string;
  /**
   * Status codes a healthy instance answers with: a number (`200`) or a
   * status-code expression, one code (`'200'`), a comma-separated list
   * (`'200,202'`) or a range (`'200-299'`). Each cloud accepts its own span
   * of codes (an ALB 200-499); Route 53 counts any 2xx or 3xx as healthy
   * whatever this says.
   * @default 200
   */
  readonly expectedStatus?: number | string;
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
  /**
   * Text (1-255 characters, case-sensitive) that must appear in the first
   * 5,120 bytes of the response body for Route 53 to count a region healthy:
   * the Route 53 check becomes a string match (HTTP_STR_MATCH or
   * HTTPS_STR_MATCH). Load-balancer checks ignore it.
   * @default none: Route 53 checks the status code only
   */
  readonly dnsSearchString?: string;
}

/** A parsed status-code expression. */
export interface StatusCodes {
  /** The expression as load balancers take it, without spaces: `200`, `200,202` or `200-299`. */
  readonly text: string;
  /** Lowest code it accepts. */
  readonly lowest: number;
  /** Highest code it accepts. */
  readonly highest: number;
}

/** The forms `parseStatusCodes` accepts, for `allowed:` texts. */
export const STATUS_CODE_FORMS = 'one three-digit code (200), a comma-separated list (200,202) or a range (200-299)';

/** Route 53 limit on `search_string`. */
const DNS_SEARCH_STRING_MAX = 255;

/**
 * Parses a status-code expression: one three-digit code, a comma-separated
 * list of them, or a `low-high` range with low not above high (the forms both
 * the ALB matcher and Octavia's expected_codes take). Spaces around `,` and
 * `-` are dropped. Whether the codes suit a given load balancer is that
 * cloud's rule, not this one's.
 * @returns undefined unless well formed.
 */
export function parseStatusCodes(expression: number | string): StatusCodes | undefined {
  const text = String(expression)
    .trim()
    .replace(/\s*([,-])\s*/g, '$1');
  const range = /^(\d{3})-(\d{3})$/.exec(text);
  if (range) {
    const [lowest, highest] = [Number(range[1]), Number(range[2])];
    return lowest <= highest ? { text, lowest, highest } : undefined;
  }
  if (!/^\d{3}(,\d{3})*$/.test(text)) return undefined;
  const codes = text.split(',').map(Number);
  return { text, lowest: Math.min(...codes), highest: Math.max(...codes) };
}

/**
 * One description of the health endpoint, rendered by every load balancer
 * into its native check and by Route 53 into the regional health check, so
 * the two never disagree about what "healthy" means.
 *
 * It checks only what holds for every cloud (and expression syntax); each
 * regional service checks its own load balancer's limits on the check it
 * renders from this.
 */
export class HealthCheckSpec {
  public readonly protocol: 'HTTP' | 'HTTPS';
  public readonly port: number;
  public readonly path: string;
  /** As configured, for messages; renderers use `expectedStatusCodes`. */
  public readonly expectedStatus: number | string;
  /** `expectedStatus` normalized once for every renderer: `200`, `200,202` or `200-299`. */
  public readonly expectedStatusCodes: string;
  public readonly intervalSeconds: number;
  public readonly timeoutSeconds: number;
  public readonly healthyThreshold: number;
  public readonly unhealthyThreshold: number;
  public readonly hostHeader?: string;
  public readonly dnsRequestIntervalSeconds: 10 | 30;
  public readonly dnsFailureThreshold: number;
  /** Route 53 string match; a plain status check when absent. */
  public readonly dnsSearchString?: string;

  constructor(props: HealthCheckSpecProps, appPort: number, context: ProblemContext = {}) {
    this.protocol = props.protocol ?? 'HTTP';
    this.port = props.port ?? appPort;
    this.path = props.path ?? '/healthz';
    this.expectedStatus = props.expectedStatus ?? 200;
    const statusCodes = parseStatusCodes(this.expectedStatus);
    this.expectedStatusCodes = statusCodes?.text ?? String(this.expectedStatus);
    this.intervalSeconds = props.intervalSeconds ?? 10;
    this.timeoutSeconds = props.timeoutSeconds ?? 5;
    this.healthyThreshold = props.healthyThreshold ?? 3;
    this.unhealthyThreshold = props.unhealthyThreshold ?? 3;
    this.hostHeader = props.hostHeader;
    this.dnsRequestIntervalSeconds = props.dnsRequestIntervalSeconds ?? 10;
    this.dnsFailureThreshold = props.dnsFailureThreshold ?? 3;
    this.dnsSearchString = props.dnsSearchString;

    const problems = new Problems(context);
    problems.oneOf('healthCheck.protocol', this.protocol, ['HTTP', 'HTTPS']);
    problems.integerIn('healthCheck.port', this.port, 1, 65535);
    problems.expect(
      this.path.startsWith('/') && this.path.length <= 255 && !/\s/.test(this.path),
      'healthCheck.path',
      this.path,
      'a path starting with "/", without spaces, at most 255 characters',
    );
    problems.expect(
      (typeof this.expectedStatus === 'number' || typeof this.expectedStatus === 'string') && statusCodes !== undefined,
      'healthCheck.expectedStatus',
      this.expectedStatus,
      STATUS_CODE_FORMS,
    );
    problems.integerIn('healthCheck.intervalSeconds', this.intervalSeconds, 1, 3600);
    problems.integerIn('healthCheck.timeoutSeconds', this.timeoutSeconds, 1, 120);
    problems.integerIn('healthCheck.healthyThreshold', this.healthyThreshold, 1, 10);
    problems.integerIn('healthCheck.unhealthyThreshold', this.unhealthyThreshold, 1, 10);
    if (this.hostHeader !== undefined) {
      problems.expect(
        /^[a-zA-Z0-9.-]{1,253}$/.test(this.hostHeader),
        'healthCheck.hostHeader',
        this.hostHeader,
        'a host name of letters, digits, dots and dashes',
      );
    }
    problems.oneOf('healthCheck.dnsRequestIntervalSeconds', this.dnsRequestIntervalSeconds, [10, 30]);
    problems.integerIn('healthCheck.dnsFailureThreshold', this.dnsFailureThreshold, 1, 10);
    if (this.dnsSearchString !== undefined) {
      // Characters, not UTF-16 units: Route 53 counts characters.
      const length = typeof this.dnsSearchString === 'string' ? [...this.dnsSearchString].length : 0;
      problems.expect(
        length >= 1 && length <= DNS_SEARCH_STRING_MAX,
        'healthCheck.dnsSearchString',
        this.dnsSearchString,
        `text of 1 to ${DNS_SEARCH_STRING_MAX} characters (Route 53 search_string)`,
      );
    }
    problems.throwIfAny();
  }

  /** Lowercase protocol, as most load balancers spell it. */
  public get protocolLower(): 'http' | 'https' {
    return this.protocol === 'HTTPS' ? 'https' : 'http';
  }
}
