import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { Route53HealthCheck } from '@cdktf/provider-aws/lib/route53-health-check';
import { Construct } from 'constructs';
import { AWS_REGIONS } from '../config/locations';
import { Problems, ProblemContext } from './problems';

/**
 * Regions whose CloudWatch alarms a Route 53 `CLOUDWATCH_METRIC` health check
 * can read: the commercial values of the Route 53 `CloudWatchRegion` enum, which
 * the AWS provider validates `cloudwatch_alarm_region` against. AWS regions not
 * listed here (ap-southeast-4, ca-west-1, il-central-1) cannot be data regions
 * of a data-tier-aware environment.
 */
export const ROUTE53_ALARM_REGIONS: readonly string[] = [
  'af-south-1',
  'ap-east-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-south-1',
  'ap-south-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ca-central-1',
  'eu-central-1',
  'eu-central-2',
  'eu-north-1',
  'eu-south-1',
  'eu-south-2',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'me-central-1',
  'me-south-1',
  'sa-east-1',
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
];

/**
 * Values of the `Operation` dimension DynamoDB publishes `SystemErrors` and
 * `ThrottledRequests` under (item and PartiQL operations).
 */
export const DYNAMODB_OPERATIONS: readonly string[] = [
  'GetItem',
  'BatchGetItem',
  'Query',
  'Scan',
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'BatchWriteItem',
  'TransactGetItems',
  'TransactWriteItems',
  'ExecuteStatement',
  'BatchExecuteStatement',
  'ExecuteTransaction',
];

/**
 * Operations watched by default: the reads and writes nearly every request of
 * a web application makes. Each one costs two alarms and two Route 53 health
 * checks per data region, so the rest of what the application policy allows
 * (`DATA_ACCESS_ACTIONS`: batch and delete calls, transactions) is opt-in.
 */
export const DEFAULT_WATCHED_OPERATIONS: readonly string[] = ['GetItem', 'Query', 'PutItem', 'UpdateItem'];

/** Route 53 accepts at most 256 children per CALCULATED check; one is kept free for the endpoint check. */
const MAX_CHILDREN_PER_DATA_REGION = 255;
/** CloudWatch: `period × evaluation periods` may not exceed one day. */
const ONE_DAY_SECONDS = 86_400;

/** Thresholds of the data-tier signals. Every field is optional; the defaults are listed per field. */
export interface DataTierThresholds {
  /**
   * Average `ReplicationLatency` (ms) above which replication from a data
   * region to another table region counts as slow. Same-geography pairs
   * typically replicate in 0.5-2.5 s, so the default is an order of magnitude above.
   * @default 30000
   */
  readonly replicationLatencyMs?: number;
  /**
   * Consecutive periods the average must stay above `replicationLatencyMs`.
   * @default 5
   */
  readonly replicationLatencyEvaluationPeriods?: number;
  /**
   * `ReplicationLatency` Maximum (ms) that means replication is stalled: some
   * write waited this long to reach the other region. Must exceed `replicationLatencyMs`.
   * @default 120000 (2 minutes: about a hundred times the usual lag)
   */
  readonly stalledReplicationLatencyMs?: number;
  /**
   * Length (s) of the single period the stalled alarm takes its Maximum over:
   * a multiple of 60 from 300 to 86400.
   * @default 300
   */
  readonly stalledWindowSeconds?: number;
  /**
   * `SystemErrors` (HTTP 500) Sum per period and operation above which the
   * data region counts as failing.
   * @default 10
   */
  readonly systemErrors?: number;
  /**
   * `ThrottledRequests` Sum per period and operation above which the data
   * region counts as failing.
   * @default 100
   */
  readonly throttledRequests?: number;
  /**
   * Consecutive periods `SystemErrors` or `ThrottledRequests` must stay above their threshold.
   * @default 3
   */
  readonly errorEvaluationPeriods?: number;
  /**
   * Alarm period (s) of the latency, error and throttling alarms: a multiple
   * of 60 from 60 to 3600 (Route 53 reads only standard-resolution alarms).
   * @default 60
   */
  readonly periodSeconds?: number;
}

/** The thresholds with every default filled in. */
export type ResolvedDataTierThresholds = Required<DataTierThresholds>;

export const DEFAULT_DATA_TIER_THRESHOLDS: ResolvedDataTierThresholds = {
  replicationLatencyMs: 30_000,
  replicationLatencyEvaluationPeriods: 5,
  stalledReplicationLatencyMs: 120_000,
  stalledWindowSeconds: 300,
  systemErrors: 10,
  throttledRequests: 100,
  errorEvaluationPeriods: 3,
  periodSeconds: 60,
};

export interface DataTierHealthProps {
  /** Name of the global table; a Terraform reference (e.g. `GlobalTable.tableName`) is fine. */
  readonly tableName: string;
  /** Every AWS region holding a copy of the table: the home region first, then the replicas. */
  readonly tableRegions: readonly string[];
  /**
   * Data regions the compute regions use, each one of `tableRegions`. Repeats
   * are allowed (two compute regions sharing a replica) and yield one data check.
   */
  readonly dataRegions: readonly string[];
  /**
   * Prefix of every alarm name, unique per environment (e.g. `fk-production`):
   * letters, digits, `-`, `_` and `.`, at most 64 characters.
   */
  readonly namePrefix: string;
  /** @default DEFAULT_DATA_TIER_THRESHOLDS */
  readonly thresholds?: DataTierThresholds;
  /**
   * Operations whose `SystemErrors` and `ThrottledRequests` are watched: one
   * alarm each per data region, since both metrics exist only per `Operation`.
   * @default DEFAULT_WATCHED_OPERATIONS
   */
  readonly operations?: readonly string[];
  /** Tags for the alarms and health checks. @default {} */
  readonly tags?: Readonly<Record<string, string>>;
  /** Where problems are reported from. @default {} */
  readonly context?: ProblemContext;
}

/** One kind of data-tier signal. */
export type DataTierSignal = 'replicationLatency' | 'replicationStalled' | 'systemErrors' | 'throttledRequests';

/**
 * Data-tier-aware regional health: per data region D, CloudWatch alarms on
 * the table's replica in D and Route 53 checks over them, so a region whose
 * application still answers 200 while its DynamoDB replica is failing or its
 * replication is stuck stops receiving traffic.
 *
 * Signals, all alarms created in D (`region: D`: alarms live in the region
 * whose metrics they watch, and Route 53 reads each alarm from there):
 *
 * - **Replication latency**, per other table region O: `AWS/DynamoDB`
 *   `ReplicationLatency` {TableName, ReceivingRegion=O}, Average >
 *   `replicationLatencyMs` for `replicationLatencyEvaluationPeriods` periods.
 *   D publishes the latency of its own writes reaching O, so this watches
 *   D's outgoing replication (the writes D's users make that other regions
 *   have not seen). The incoming direction is O's outgoing one and counts
 *   against O, so one slow pair never marks both ends unhealthy at once.
 * - **Replication stalled**, per O: the same metric, Maximum >
 *   `stalledReplicationLatencyMs` over one `stalledWindowSeconds` period.
 *   A backlog that keeps growing shows up as ever larger latencies on the
 *   writes that do get through. A *complete* stop cannot be expressed:
 *   DynamoDB records a latency only when an item arrives, so a dead link
 *   publishes nothing, exactly like an idle table. Telling the two apart
 *   needs "writes present (`ConsumedWriteCapacityUnits` in D) while
 *   `ReplicationLatency` is missing", i.e. two metrics in one alarm (metric
 *   math or a composite alarm), and Route 53 only reads single-metric alarms
 *   with a standard statistic. The stall signal therefore fires once the
 *   first delayed write lands, and a hard stop is left to the error signals
 *   and the endpoint check.
 * - **System errors** and **throttled requests**, per watched operation:
 *   `SystemErrors` / `ThrottledRequests` {TableName, Operation}, Sum above
 *   the threshold for `errorEvaluationPeriods` periods. Both metrics are
 *   published only per operation, and CloudWatch does not aggregate over a
 *   dimension an alarm leaves out, so each operation needs its own alarm.
 *
 * Every alarm treats missing data as `notBreaching` (the metrics are only
 * published while there are writes, errors or throttles). Each alarm gets a
 * `CLOUDWATCH_METRIC` health check, and each data region a `CALCULATED`
 * check ("the data check") that is healthy only while all of them are.
 *
 * Route 53 cannot nest CALCULATED checks: to AND the data signals with an
 * endpoint check, put `dataHealthCheckChildIds(D)` and the endpoint check
 * into one CALCULATED check. `dataHealthCheckId(D)` can guard a record
 * directly or feed alerting.
 */
export class DataTierHealth extends Construct {
  /** Distinct data regions, in first-seen order. */
  public readonly dataRegions: readonly string[];
  /** The thresholds in use, defaults filled in. */
  public readonly thresholds: ResolvedDataTierThresholds;
  /** Every alarm name, in creation order (for the DR manifest). */
  public readonly alarmNames: readonly string[];
  /** Alarms per data region. */
  public readonly alarmsByRegion: Readonly<Record<string, readonly CloudwatchMetricAlarm[]>>;
  /**
   * Worst case, per signal, from a data fault to its Route 53 check turning
   * unhealthy; absent for signals this table does not have (no replicas, no
   * replication signals). See `evaluationSeconds`.
   */
  public readonly evaluationSecondsBySignal: Readonly<Partial<Record<DataTierSignal, number>>>;
  /**
   * Worst-case time from a data fault to the data check turning unhealthy:
   * the slowest signal of `evaluationSecondsBySignal`, where
   *
   * - replication latency = ⌈replicationLatencyMs / 1000⌉ + (replicationLatencyEvaluationPeriods + 1) × periodSeconds
   * - replication stalled = ⌈stalledReplicationLatencyMs / 1000⌉ + stalledWindowSeconds
   * - system errors, throttled requests = (errorEvaluationPeriods + 1) × periodSeconds
   *
   * A latency is only recorded once a write arrives, so the latency threshold
   * itself must first elapse; the extra period covers a fault starting just
   * after a period began (that period may not breach); the stall alarm's one
   * Maximum period breaches on its first breaching point. Not included: CloudWatch's
   * metric delivery delay and the time Route 53 takes to pick up the alarm's
   * data stream, which AWS does not document; allow for them in the budget.
   */
  public readonly evaluationSeconds: number;

  private readonly dataChecks: Record<string, Route53HealthCheck> = {};
  private readonly childChecks: Record<string, Route53HealthCheck[]> = {};

  constructor(scope: Construct, id: string, props: DataTierHealthProps) {
    super(scope, id);
    const operations = props.operations ?? DEFAULT_WATCHED_OPERATIONS;
    this.thresholds = validate(props, operations);
    const t = this.thresholds;
    this.dataRegions = [...new Set(props.dataRegions)];

    const alarmsByRegion: Record<string, CloudwatchMetricAlarm[]> = {};
    const names: string[] = [];
    for (const region of this.dataRegions) {
      const others = props.tableRegions.filter((r) => r !== region);
      const alarms: CloudwatchMetricAlarm[] = [];
      const alarmNames: string[] = [];
      const add = (idSuffix: string, name: string, description: string, spec: AlarmSpec): void => {
        const alarmName = `${props.namePrefix}-data-${region}-${name}`;
        alarms.push(
          new CloudwatchMetricAlarm(this, `${region}-${idSuffix}`, {
            region,
            alarmName,
            alarmDescription: description,
            namespace: 'AWS/DynamoDB',
            comparisonOperator: 'GreaterThanThreshold',
            // No data means no writes, errors or throttles in the period: nothing is wrong.
            treatMissingData: 'notBreaching',
            tags: { ...props.tags },
            ...spec,
          }),
        );
        alarmNames.push(alarmName);
      };

      for (const other of others) {
        add(
          `ReplicationLatency-${other}`,
          `replication-latency-to-${other}`,
          `Replication of ${region} writes to ${other} averages over ${t.replicationLatencyMs} ms ` +
            `for ${t.replicationLatencyEvaluationPeriods} x ${t.periodSeconds} s`,
          {
            metricName: 'ReplicationLatency',
            dimensions: { TableName: props.tableName, ReceivingRegion: other },
            statistic: 'Average',
            period: t.periodSeconds,
            evaluationPeriods: t.replicationLatencyEvaluationPeriods,
            threshold: t.replicationLatencyMs,
          },
        );
        add(
          `ReplicationStalled-${other}`,
          `replication-stalled-to-${other}`,
          `A write from ${region} took over ${t.stalledReplicationLatencyMs} ms to reach ${other} ` +
            `within ${t.stalledWindowSeconds} s (replication stalled or backlogged)`,
          {
            metricName: 'ReplicationLatency',
            dimensions: { TableName: props.tableName, ReceivingRegion: other },
            statistic: 'Maximum',
            period: t.stalledWindowSeconds,
            evaluationPeriods: 1,
            threshold: t.stalledReplicationLatencyMs,
          },
        );
      }
      for (const operation of operations) {
        add(
          `SystemErrors-${operation}`,
          `system-errors-${operation.toLowerCase()}`,
          `${operation} on the ${region} replica returns over ${t.systemErrors} HTTP 500s per ` +
            `${t.periodSeconds} s for ${t.errorEvaluationPeriods} periods`,
          {
            metricName: 'SystemErrors',
            dimensions: { TableName: props.tableName, Operation: operation },
            statistic: 'Sum',
            period: t.periodSeconds,
            evaluationPeriods: t.errorEvaluationPeriods,
            threshold: t.systemErrors,
          },
        );
        add(
          `ThrottledRequests-${operation}`,
          `throttled-${operation.toLowerCase()}`,
          `${operation} on the ${region} replica is throttled over ${t.throttledRequests} times per ` +
            `${t.periodSeconds} s for ${t.errorEvaluationPeriods} periods`,
          {
            metricName: 'ThrottledRequests',
            dimensions: { TableName: props.tableName, Operation: operation },
            statistic: 'Sum',
            period: t.periodSeconds,
            evaluationPeriods: t.errorEvaluationPeriods,
            threshold: t.throttledRequests,
          },
        );
      }

      names.push(...alarmNames);
      this.childChecks[region] = alarms.map(
        (alarm, i) =>
          new Route53HealthCheck(this, `${alarm.node.id}-Check`, {
            type: 'CLOUDWATCH_METRIC',
            cloudwatchAlarmName: alarm.alarmName,
            cloudwatchAlarmRegion: region,
            // Route 53 reads the alarm's data stream, and these metrics go quiet when
            // there is nothing to report. Failing a region over stops its writes, so
            // its replication and error metrics stop too: with LastKnownStatus the
            // check would stay unhealthy forever and the region could never come back.
            // With Healthy a quiet region is taken as healthy, and if the fault is
            // still there when traffic returns the alarm trips again.
            insufficientDataHealthStatus: 'Healthy',
            tags: { ...props.tags, Name: alarmNames[i] },
          }),
      );
      this.dataChecks[region] = new Route53HealthCheck(this, `${region}-DataHealth`, {
        type: 'CALCULATED',
        childHealthchecks: this.childChecks[region].map((check) => check.id),
        // Every signal must be healthy.
        childHealthThreshold: this.childChecks[region].length,
        tags: { ...props.tags, Name: `${props.namePrefix} data ${region}` },
      });
      alarmsByRegion[region] = alarms;
    }
    this.alarmsByRegion = alarmsByRegion;
    this.alarmNames = names;
    this.evaluationSecondsBySignal = evaluationSecondsOf(t, props.tableRegions.length > 1);
    this.evaluationSeconds = Math.max(...Object.values(this.evaluationSecondsBySignal));
  }

  /** Id of the CALCULATED data check of `dataRegion` (healthy while every data signal of that region is). */
  public dataHealthCheckId(dataRegion: string): string {
    return this.dataCheckOf(dataRegion).id;
  }

  /**
   * Ids of the `CLOUDWATCH_METRIC` checks behind `dataHealthCheckId(dataRegion)`.
   * Route 53 cannot use a CALCULATED check as a child of another, so a check
   * combining the endpoint with the data tier lists these (plus the endpoint
   * check) with `child_health_threshold` = their count + 1.
   */
  public dataHealthCheckChildIds(dataRegion: string): readonly string[] {
    this.dataCheckOf(dataRegion);
    return this.childChecks[dataRegion].map((check) => check.id);
  }

  private dataCheckOf(dataRegion: string): Route53HealthCheck {
    const check = this.dataChecks[dataRegion];
    if (!check) {
      throw new Error(
        `${this.node.path} watches no data region ${dataRegion} (data regions: ${this.dataRegions.join(', ')})`,
      );
    }
    return check;
  }
}

type AlarmSpec = Required<
  Pick<
    CloudwatchMetricAlarmProps,
    'metricName' | 'dimensions' | 'statistic' | 'period' | 'evaluationPeriods' | 'threshold'
  >
>;
type CloudwatchMetricAlarmProps = ConstructorParameters<typeof CloudwatchMetricAlarm>[2];

/** Worst-case detection time per signal; see `DataTierHealth.evaluationSeconds`. */
export function evaluationSecondsOf(
  t: ResolvedDataTierThresholds,
  replicated: boolean,
): Partial<Record<DataTierSignal, number>> {
  const errors = (t.errorEvaluationPeriods + 1) * t.periodSeconds;
  return {
    ...(replicated
      ? {
          replicationLatency:
            Math.ceil(t.replicationLatencyMs / 1000) + (t.replicationLatencyEvaluationPeriods + 1) * t.periodSeconds,
          replicationStalled: Math.ceil(t.stalledReplicationLatencyMs / 1000) + t.stalledWindowSeconds,
        }
      : {}),
    systemErrors: errors,
    throttledRequests: errors,
  };
}

/** Checks the thresholds alone and returns them with defaults filled in. */
export function resolveDataTierThresholds(
  thresholds: DataTierThresholds = {},
  context?: ProblemContext,
): ResolvedDataTierThresholds {
  const problems = new Problems(context);
  const resolved = expectThresholds(problems, thresholds);
  problems.throwIfAny();
  return resolved;
}

function expectThresholds(problems: Problems, thresholds: DataTierThresholds): ResolvedDataTierThresholds {
  const t: ResolvedDataTierThresholds = { ...DEFAULT_DATA_TIER_THRESHOLDS, ...definedOnly(thresholds) };
  const f = (name: keyof DataTierThresholds) => `dataHealth.${name}`;

  const periodOk = problems.expect(
    isMultipleOf60(t.periodSeconds, 60, 3600),
    f('periodSeconds'),
    t.periodSeconds,
    'a multiple of 60 from 60 to 3600 (Route 53 reads only standard-resolution alarms)',
  );
  // Limits that depend on the period are checked against the default when the period itself is wrong.
  const maxPeriods = Math.floor(
    ONE_DAY_SECONDS / (periodOk ? t.periodSeconds : DEFAULT_DATA_TIER_THRESHOLDS.periodSeconds),
  );
  const dayReason = 'CloudWatch allows at most one day of period x evaluation periods';
  problems.integerIn(f('replicationLatencyMs'), t.replicationLatencyMs, 1000, 3_600_000);
  problems.integerIn(
    f('replicationLatencyEvaluationPeriods'),
    t.replicationLatencyEvaluationPeriods,
    1,
    maxPeriods,
    dayReason,
  );
  problems.expect(
    Number.isInteger(t.stalledReplicationLatencyMs) &&
      t.stalledReplicationLatencyMs > t.replicationLatencyMs &&
      t.stalledReplicationLatencyMs <= ONE_DAY_SECONDS * 1000,
    f('stalledReplicationLatencyMs'),
    t.stalledReplicationLatencyMs,
    `an integer above replicationLatencyMs (${t.replicationLatencyMs}) and at most ${ONE_DAY_SECONDS * 1000}`,
  );
  problems.expect(
    isMultipleOf60(t.stalledWindowSeconds, 300, ONE_DAY_SECONDS),
    f('stalledWindowSeconds'),
    t.stalledWindowSeconds,
    `a multiple of 60 from 300 to ${ONE_DAY_SECONDS}`,
  );
  problems.integerIn(f('systemErrors'), t.systemErrors, 0, 1_000_000);
  problems.integerIn(f('throttledRequests'), t.throttledRequests, 0, 1_000_000);
  problems.integerIn(f('errorEvaluationPeriods'), t.errorEvaluationPeriods, 1, maxPeriods, dayReason);
  return t;
}

function validate(props: DataTierHealthProps, operations: readonly string[]): ResolvedDataTierThresholds {
  const problems = new Problems(props.context);
  const thresholds = expectThresholds(problems, props.thresholds ?? {});

  problems.expect(
    /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(props.namePrefix),
    'dataHealth.namePrefix',
    props.namePrefix,
    'a letter or digit, then up to 63 letters, digits, -, _ or .',
  );
  problems.expect(props.tableName.trim() !== '', 'dataHealth.tableName', props.tableName, 'a table name or reference');

  problems.expect(
    props.tableRegions.length > 0,
    'dataHealth.tableRegions',
    props.tableRegions,
    'the home region and every replica region of the table',
  );
  props.tableRegions.forEach((region, i) => {
    const field = `dataHealth.tableRegions[${i}]`;
    problems.oneOf(field, region, AWS_REGIONS);
    problems.expect(props.tableRegions.indexOf(region) === i, field, region, 'each table region once');
  });

  problems.expect(
    props.dataRegions.length > 0,
    'dataHealth.dataRegions',
    props.dataRegions,
    'at least one data region',
  );
  props.dataRegions.forEach((region, i) => {
    const field = `dataHealth.dataRegions[${i}]`;
    problems.expect(
      props.tableRegions.includes(region),
      field,
      region,
      `a region holding a copy of the table (one of: ${props.tableRegions.join(', ')})`,
    );
    problems.expect(
      ROUTE53_ALARM_REGIONS.includes(region),
      field,
      region,
      `a region whose CloudWatch alarms Route 53 can read (one of: ${ROUTE53_ALARM_REGIONS.join(', ')})`,
    );
  });

  problems.expect(operations.length > 0, 'dataHealth.operations', operations, 'at least one DynamoDB operation');
  operations.forEach((operation, i) => {
    const field = `dataHealth.operations[${i}]`;
    problems.oneOf(field, operation, DYNAMODB_OPERATIONS);
    problems.expect(operations.indexOf(operation) === i, field, operation, 'each operation once');
  });
  const children = 2 * Math.max(props.tableRegions.length - 1, 0) + 2 * operations.length;
  problems.expect(
    children <= MAX_CHILDREN_PER_DATA_REGION,
    'dataHealth.operations',
    operations,
    `few enough operations that each data region has at most ${MAX_CHILDREN_PER_DATA_REGION} checks ` +
      `(2 per other table region + 2 per operation; Route 53 allows 256 children per calculated check)`,
  );

  problems.throwIfAny();
  return thresholds;
}

function isMultipleOf60(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value % 60 === 0 && value >= min && value <= max;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
