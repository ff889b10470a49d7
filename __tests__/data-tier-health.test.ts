import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Construct } from 'constructs';
import { TerraformOutput } from '../cdk';
import {
  DataTierHealth,
  DataTierHealthProps,
  DataTierThresholds,
  DEFAULT_DATA_TIER_THRESHOLDS,
  DEFAULT_WATCHED_OPERATIONS,
  resolveDataTierThresholds,
} from '../constructs/data-tier-health';
import { GlobalTable } from '../constructs/global-table';
import { problemsOf, resourcesOf, synthInStack } from './synth';

const base: DataTierHealthProps = {
  tableName: 'orders',
  tableRegions: ['us-east-1', 'eu-west-1', 'ap-southeast-2'],
  dataRegions: ['us-east-1', 'eu-west-1'],
  namePrefix: 'fk-production',
};

function build(props: Partial<DataTierHealthProps> = {}) {
  let health!: DataTierHealth;
  const json = synthInStack((scope: Construct) => {
    new AwsProvider(scope, 'aws', { region: 'us-east-1' });
    health = new DataTierHealth(scope, 'DataHealth', { ...base, ...props });
    // Outputs show the references the accessors return as they appear in the JSON.
    for (const region of health.dataRegions) {
      new TerraformOutput(scope, `data-${region}`, { value: health.dataHealthCheckId(region) });
      new TerraformOutput(scope, `children-${region}`, { value: health.dataHealthCheckChildIds(region) });
    }
  });
  // In creation order (the synthesized JSON sorts resources by logical id).
  const byName = new Map(
    Object.entries(resourcesOf(json, 'aws_cloudwatch_metric_alarm')).map(([id, a]) => [
      a.alarm_name,
      [id, a] as [string, any],
    ]),
  );
  const alarms = health.alarmNames.map((name) => byName.get(name)!);
  const checks = Object.entries(resourcesOf(json, 'aws_route53_health_check'));
  return { json, health, alarms, checks };
}

const alarmsIn = (alarms: Array<[string, any]>, region: string, metric?: string) =>
  alarms.map(([, a]) => a).filter((a) => a.region === region && (metric === undefined || a.metric_name === metric));

/** The check id a token-resolved `health.dataHealthCheckId(...)` points at, as a logical id. */
const idRef = (logicalId: string) => `\${aws_route53_health_check.${logicalId}.id}`;

const thresholdProblems = (thresholds: DataTierThresholds) =>
  problemsOf(() => build({ thresholds, context: { environment: 'production' } }));

describe('DataTierHealth', () => {
  test('creates every alarm of a data region in that region, none for regions without compute', () => {
    const { alarms } = build();
    const perRegion = 2 * 2 + 2 * DEFAULT_WATCHED_OPERATIONS.length;
    expect(alarmsIn(alarms, 'us-east-1')).toHaveLength(perRegion);
    expect(alarmsIn(alarms, 'eu-west-1')).toHaveLength(perRegion);
    expect(alarmsIn(alarms, 'ap-southeast-2')).toHaveLength(0);
    expect(alarms).toHaveLength(2 * perRegion);
    for (const [, alarm] of alarms) {
      expect(alarm).toMatchObject({
        namespace: 'AWS/DynamoDB',
        comparison_operator: 'GreaterThanThreshold',
        treat_missing_data: 'notBreaching',
      });
      expect(alarm.dimensions.TableName).toBe('orders');
      // Route 53 reads neither extended statistics nor M-out-of-N settings.
      expect(['Average', 'Maximum', 'Sum']).toContain(alarm.statistic);
      expect(alarm.extended_statistic).toBeUndefined();
      expect(alarm.metric_query).toBeUndefined();
      expect(alarm.datapoints_to_alarm).toBeUndefined();
    }
  });

  test('one replication-latency alarm per other table region, on the Average with the default thresholds', () => {
    const { alarms } = build();
    const latency = alarmsIn(alarms, 'eu-west-1', 'ReplicationLatency').filter((a) => a.statistic === 'Average');
    expect(latency.map((a) => a.dimensions)).toEqual([
      { TableName: 'orders', ReceivingRegion: 'us-east-1' },
      { TableName: 'orders', ReceivingRegion: 'ap-southeast-2' },
    ]);
    expect(latency[0]).toMatchObject({
      alarm_name: 'fk-production-data-eu-west-1-replication-latency-to-us-east-1',
      period: 60,
      evaluation_periods: 5,
      threshold: 30000,
    });
  });

  test('one stalled alarm per other table region: Maximum over one long window', () => {
    const { alarms } = build({ thresholds: { stalledReplicationLatencyMs: 900_000, stalledWindowSeconds: 1800 } });
    const stalled = alarmsIn(alarms, 'us-east-1', 'ReplicationLatency').filter((a) => a.statistic === 'Maximum');
    expect(stalled).toHaveLength(2);
    expect(stalled.map((a) => a.dimensions.ReceivingRegion)).toEqual(['eu-west-1', 'ap-southeast-2']);
    expect(stalled[1]).toMatchObject({
      alarm_name: 'fk-production-data-us-east-1-replication-stalled-to-ap-southeast-2',
      period: 1800,
      evaluation_periods: 1,
      threshold: 900000,
    });
  });

  test('SystemErrors and ThrottledRequests alarms per operation on the table in the data region', () => {
    const { alarms } = build({
      operations: ['GetItem', 'PutItem'],
      thresholds: { systemErrors: 3, throttledRequests: 50, errorEvaluationPeriods: 2, periodSeconds: 120 },
    });
    const errors = alarmsIn(alarms, 'us-east-1', 'SystemErrors');
    expect(errors.map((a) => a.dimensions)).toEqual([
      { TableName: 'orders', Operation: 'GetItem' },
      { TableName: 'orders', Operation: 'PutItem' },
    ]);
    expect(errors[0]).toMatchObject({
      alarm_name: 'fk-production-data-us-east-1-system-errors-getitem',
      statistic: 'Sum',
      period: 120,
      evaluation_periods: 2,
      threshold: 3,
    });
    const throttled = alarmsIn(alarms, 'us-east-1', 'ThrottledRequests');
    expect(throttled.map((a) => a.dimensions.Operation)).toEqual(['GetItem', 'PutItem']);
    expect(throttled[1]).toMatchObject({
      alarm_name: 'fk-production-data-us-east-1-throttled-putitem',
      statistic: 'Sum',
      period: 120,
      evaluation_periods: 2,
      threshold: 50,
    });
    // The latency alarm follows the period too.
    expect(alarmsIn(alarms, 'us-east-1', 'ReplicationLatency')[0].period).toBe(120);
  });

  test('alarm names are deterministic, unique and exposed in creation order', () => {
    const first = build({ operations: ['Query'] });
    const second = build({ operations: ['Query'] });
    expect(first.health.alarmNames).toEqual(second.health.alarmNames);
    expect(new Set(first.health.alarmNames).size).toBe(first.health.alarmNames.length);
    expect(first.alarms.every((entry) => entry !== undefined)).toBe(true);
    expect(Object.keys(resourcesOf(first.json, 'aws_cloudwatch_metric_alarm'))).toHaveLength(
      first.health.alarmNames.length,
    );
    expect(first.health.alarmNames.slice(0, 6)).toEqual([
      'fk-production-data-us-east-1-replication-latency-to-eu-west-1',
      'fk-production-data-us-east-1-replication-stalled-to-eu-west-1',
      'fk-production-data-us-east-1-replication-latency-to-ap-southeast-2',
      'fk-production-data-us-east-1-replication-stalled-to-ap-southeast-2',
      'fk-production-data-us-east-1-system-errors-query',
      'fk-production-data-us-east-1-throttled-query',
    ]);
    expect(Object.keys(first.health.alarmsByRegion)).toEqual(['us-east-1', 'eu-west-1']);
    expect(first.health.alarmsByRegion['eu-west-1']).toHaveLength(6);
  });

  test('one CLOUDWATCH_METRIC check per alarm, reading it by name from its own region, Healthy on missing data', () => {
    const { alarms, checks } = build({ operations: ['GetItem'] });
    const metricChecks = checks.filter(([, c]) => c.type === 'CLOUDWATCH_METRIC');
    expect(metricChecks).toHaveLength(alarms.length);
    for (const [alarmId, alarm] of alarms) {
      const check = metricChecks.find(
        ([, c]) => c.cloudwatch_alarm_name === `\${aws_cloudwatch_metric_alarm.${alarmId}.alarm_name}`,
      );
      expect(check).toBeDefined();
      expect(check![1]).toMatchObject({
        cloudwatch_alarm_region: alarm.region,
        insufficient_data_health_status: 'Healthy',
        tags: { Name: alarm.alarm_name },
      });
      // Route 53 checks are global: no region argument.
      expect(check![1].region).toBeUndefined();
    }
  });

  test('one CALCULATED data check per data region over all its checks, all of which must be healthy', () => {
    const { json, health, checks } = build({ operations: ['GetItem', 'Query'] });
    const calculated = checks.filter(([, c]) => c.type === 'CALCULATED');
    expect(calculated).toHaveLength(2);
    for (const region of ['us-east-1', 'eu-west-1']) {
      const [id, check] = calculated.find(([, c]) => c.tags.Name === `fk-production data ${region}`)!;
      const children = checks
        .filter(([, c]) => c.type === 'CLOUDWATCH_METRIC' && c.cloudwatch_alarm_region === region)
        .map(([childId]) => idRef(childId));
      expect(children).toHaveLength(2 * 2 + 2 * 2);
      expect([...check.child_healthchecks].sort()).toEqual(children.sort());
      expect(check.child_health_threshold).toBe(children.length);
      expect(json.output![`data-${region}`].value).toBe(idRef(id));
      expect([...(json.output![`children-${region}`].value as string[])].sort()).toEqual(children);
    }
    expect(() => health.dataHealthCheckId('ap-southeast-2')).toThrow(/no data region ap-southeast-2/);
  });

  test('two compute regions sharing a data region share one data check', () => {
    const { json, health, checks, alarms } = build({
      dataRegions: ['eu-west-1', 'eu-west-1'],
      operations: ['GetItem'],
    });
    expect(health.dataRegions).toEqual(['eu-west-1']);
    expect(checks.filter(([, c]) => c.type === 'CALCULATED')).toHaveLength(1);
    expect(alarms).toHaveLength(2 * 2 + 2);
    const calculatedId = checks.find(([, c]) => c.type === 'CALCULATED')![0];
    // Both compute regions look up the same data region, so they reference the same data check.
    expect(json.output!['data-eu-west-1'].value).toBe(idRef(calculatedId));
    expect(Object.keys(json.output!)).toEqual(['children-eu-west-1', 'data-eu-west-1']);
  });

  test('a table without replicas has only error and throttling signals', () => {
    const { alarms, health } = build({
      tableRegions: ['eu-west-1'],
      dataRegions: ['eu-west-1'],
      operations: ['GetItem'],
    });
    expect(alarms.map(([, a]) => a.metric_name)).toEqual(['SystemErrors', 'ThrottledRequests']);
    expect(health.evaluationSecondsBySignal).toEqual({ systemErrors: 240, throttledRequests: 240 });
    expect(health.evaluationSeconds).toBe(240);
  });

  test('takes a Terraform reference as the table name', () => {
    let health!: DataTierHealth;
    const json = synthInStack((scope) => {
      new AwsProvider(scope, 'aws', { region: 'us-east-1' });
      const table = new GlobalTable(scope, 'Table', {
        name: 'orders',
        homeRegion: 'us-east-1',
        partitionKey: { name: 'pk', type: 'S' },
        replicaRegions: ['eu-west-1'],
      });
      health = new DataTierHealth(scope, 'DataHealth', {
        ...base,
        tableName: table.tableName,
        tableRegions: table.regions,
        dataRegions: ['eu-west-1'],
        operations: ['GetItem'],
      });
    });
    const tableId = Object.keys(resourcesOf(json, 'aws_dynamodb_table'))[0];
    const alarms = Object.values(resourcesOf(json, 'aws_cloudwatch_metric_alarm'));
    expect(alarms.map((a) => a.dimensions.TableName)).toEqual(
      alarms.map(() => `\${aws_dynamodb_table.${tableId}.name}`),
    );
    expect(health.alarmNames).toHaveLength(4);
  });

  describe('evaluationSeconds', () => {
    test('defaults: the stalled signal is the slowest', () => {
      const { health } = build();
      // latency: 30 s threshold + (5 + 1) x 60 s; stalled: 120 s threshold + one 300 s window;
      // errors and throttles: (3 + 1) x 60 s.
      expect(health.evaluationSecondsBySignal).toEqual({
        replicationLatency: 390,
        replicationStalled: 420,
        systemErrors: 240,
        throttledRequests: 240,
      });
      expect(health.evaluationSeconds).toBe(420);
    });

    test('follows the thresholds', () => {
      const { health } = build({
        thresholds: {
          replicationLatencyMs: 120_500,
          replicationLatencyEvaluationPeriods: 10,
          periodSeconds: 120,
          stalledReplicationLatencyMs: 180_000,
          stalledWindowSeconds: 300,
          errorEvaluationPeriods: 4,
        },
      });
      // latency: ceil(120.5) + (10 + 1) x 120 = 121 + 1320; stalled: 180 + 300; errors: (4 + 1) x 120.
      expect(health.evaluationSecondsBySignal).toEqual({
        replicationLatency: 1441,
        replicationStalled: 480,
        systemErrors: 600,
        throttledRequests: 600,
      });
      expect(health.evaluationSeconds).toBe(1441);
    });
  });

  describe('validation', () => {
    const only = (thresholds: DataTierThresholds) => {
      const problems = thresholdProblems(thresholds);
      expect(problems).toHaveLength(1);
      expect(problems[0].environment).toBe('production');
      return problems[0];
    };

    test('defaults pass and are documented values', () => {
      expect(resolveDataTierThresholds()).toEqual(DEFAULT_DATA_TIER_THRESHOLDS);
      expect(resolveDataTierThresholds({ systemErrors: undefined, periodSeconds: 300 }).periodSeconds).toBe(300);
    });

    test('periodSeconds: a multiple of 60 from 60 to 3600', () => {
      for (const bad of [30, 90, 3660, 0]) {
        expect(only({ periodSeconds: bad })).toMatchObject({
          field: 'dataHealth.periodSeconds',
          value: bad,
          allowed: 'a multiple of 60 from 60 to 3600 (Route 53 reads only standard-resolution alarms)',
        });
      }
    });

    test('replicationLatencyMs: an integer from 1000 to 3600000', () => {
      expect(only({ replicationLatencyMs: 500 })).toMatchObject({
        field: 'dataHealth.replicationLatencyMs',
        value: 500,
        allowed: 'an integer from 1000 to 3600000',
      });
    });

    test('replicationLatencyEvaluationPeriods: at most one day of periods', () => {
      expect(only({ replicationLatencyEvaluationPeriods: 0 })).toMatchObject({
        field: 'dataHealth.replicationLatencyEvaluationPeriods',
        value: 0,
        allowed: 'an integer from 1 to 1440 (CloudWatch allows at most one day of period x evaluation periods)',
      });
      expect(only({ periodSeconds: 3600, replicationLatencyEvaluationPeriods: 25 })).toMatchObject({
        field: 'dataHealth.replicationLatencyEvaluationPeriods',
        value: 25,
        allowed: 'an integer from 1 to 24 (CloudWatch allows at most one day of period x evaluation periods)',
      });
    });

    test('stalledReplicationLatencyMs: above replicationLatencyMs', () => {
      expect(only({ replicationLatencyMs: 60_000, stalledReplicationLatencyMs: 60_000 })).toMatchObject({
        field: 'dataHealth.stalledReplicationLatencyMs',
        value: 60000,
        allowed: 'an integer above replicationLatencyMs (60000) and at most 86400000',
      });
    });

    test('stalledWindowSeconds: a multiple of 60 from 300 to 86400', () => {
      for (const bad of [240, 650, 90_000]) {
        expect(only({ stalledWindowSeconds: bad })).toMatchObject({
          field: 'dataHealth.stalledWindowSeconds',
          value: bad,
          allowed: 'a multiple of 60 from 300 to 86400',
        });
      }
    });

    test('systemErrors and throttledRequests: integers from 0 to 1000000', () => {
      expect(only({ systemErrors: -1 })).toMatchObject({
        field: 'dataHealth.systemErrors',
        value: -1,
        allowed: 'an integer from 0 to 1000000',
      });
      expect(only({ throttledRequests: 2.5 })).toMatchObject({
        field: 'dataHealth.throttledRequests',
        value: 2.5,
        allowed: 'an integer from 0 to 1000000',
      });
    });

    test('errorEvaluationPeriods: at least 1', () => {
      expect(only({ errorEvaluationPeriods: 0 })).toMatchObject({
        field: 'dataHealth.errorEvaluationPeriods',
        value: 0,
        allowed: 'an integer from 1 to 1440 (CloudWatch allows at most one day of period x evaluation periods)',
      });
    });

    test('collects every problem of a run', () => {
      expect(
        thresholdProblems({ periodSeconds: 45, systemErrors: -1, stalledWindowSeconds: 30 }).map((p) => p.field),
      ).toEqual(['dataHealth.periodSeconds', 'dataHealth.stalledWindowSeconds', 'dataHealth.systemErrors']);
    });

    test('regions, operations and the name prefix', () => {
      const problems = problemsOf(() =>
        build({
          namePrefix: '-bad prefix',
          tableRegions: ['us-east-1', 'il-central-1', 'us-east-1', 'mars-1'],
          dataRegions: ['il-central-1', 'eu-west-1'],
          operations: ['GetItem', 'Scan', 'GetItem', 'DescribeTable'],
        }),
      );
      expect(problems.map((p) => [p.field, p.value])).toEqual([
        ['dataHealth.namePrefix', '-bad prefix'],
        ['dataHealth.tableRegions[2]', 'us-east-1'],
        ['dataHealth.tableRegions[3]', 'mars-1'],
        ['dataHealth.dataRegions[0]', 'il-central-1'],
        ['dataHealth.dataRegions[1]', 'eu-west-1'],
        ['dataHealth.operations[2]', 'GetItem'],
        ['dataHealth.operations[3]', 'DescribeTable'],
      ]);
      expect(problems[3].allowed).toMatch(/^a region whose CloudWatch alarms Route 53 can read \(one of: af-south-1, /);
      expect(problems[4].allowed).toBe(
        'a region holding a copy of the table (one of: us-east-1, il-central-1, us-east-1, mars-1)',
      );
    });

    test('no data regions, no operations', () => {
      expect(problemsOf(() => build({ dataRegions: [], operations: [] })).map((p) => p.field)).toEqual([
        'dataHealth.dataRegions',
        'dataHealth.operations',
      ]);
    });
  });
});
