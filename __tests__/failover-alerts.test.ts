import { FailoverAlerts, FailoverAlertsProps } from '../constructs/failover-alerts';
import {
  albEuw1,
  albUse1,
  baseProps,
  CHECK_IDS,
  healthChecks,
  subscriptions,
  synthAlerts,
} from './fixtures/failover-alerts';
import { problemsOf, resourcesOf, synthInStack, SynthesizedStack } from './synth';

const alertProblems = (props: Partial<FailoverAlertsProps>) =>
  problemsOf(() => synthInStack((scope) => new FailoverAlerts(scope, 'Alerts', baseProps(props))));

/** The logical id inside a `${type.id.attr}` reference. */
function refId(ref: string, type: string): string {
  const match = new RegExp(`^\\$\\{${type}\\.([^.}]+)\\.`).exec(ref);
  if (!match) throw new Error(`${ref} is not a reference to ${type}`);
  return match[1];
}

const alarms = (json: SynthesizedStack) => Object.values(resourcesOf(json, 'aws_cloudwatch_metric_alarm'));
const byMetric = (json: SynthesizedStack, metric: string) => alarms(json).filter((a) => a.metric_name === metric);

describe('FailoverAlerts', () => {
  test("one topic in us-east-1 with a subscription per entry, publishable only by this account's prefixed alarms", () => {
    const { json, alerts } = synthAlerts();
    const topics = resourcesOf(json, 'aws_sns_topic');
    expect(Object.keys(topics)).toHaveLength(1);
    const [topicId, topic] = Object.entries(topics)[0];
    expect(topic).toMatchObject({ region: 'us-east-1', name: 'fk-production-alerts', signature_version: 2 });
    // The AWS managed key would silently block CloudWatch; see the construct's comment.
    expect(topic.kms_master_key_id).toBeUndefined();
    expect(alerts.topicArn).toMatch(/^\$\{aws_sns_topic\./);
    expect(refId(alerts.topicArn, 'aws_sns_topic')).toBe(topicId);
    expect(alerts.topicArns).toEqual({ 'us-east-1': alerts.topicArn });

    const subs = Object.values(resourcesOf(json, 'aws_sns_topic_subscription'));
    expect(subs.map((s) => [s.protocol, s.endpoint, s.endpoint_auto_confirms, s.region]).sort()).toEqual([
      ['email', 'oncall@example.com', undefined, 'us-east-1'],
      ['https', 'https://events.example.net/sns/hook?token=abc', false, 'us-east-1'],
    ]);
    for (const s of subs) expect(refId(s.topic_arn, 'aws_sns_topic')).toBe(topicId);

    const policies = Object.values(resourcesOf(json, 'aws_sns_topic_policy'));
    expect(policies).toHaveLength(1);
    expect(policies[0].region).toBe('us-east-1');
    expect(refId(policies[0].arn, 'aws_sns_topic')).toBe(topicId);
    const policy: string = policies[0].policy;
    expect(policy).toMatch(/^\$\{jsonencode\(/);
    expect(policy).toContain('"Service" = "cloudwatch.amazonaws.com"');
    expect(policy).toContain('"Action" = "sns:Publish"');
    expect(policy).toMatch(/"aws:SourceAccount" = data\.aws_caller_identity\.[^.]+\.account_id/);
    expect(policy).toMatch(
      /"aws:SourceArn" = "arn:\$\{data\.aws_partition\.[^.]+\.partition\}:cloudwatch:us-east-1:\$\{data\.aws_caller_identity\.[^.]+\.account_id\}:alarm:fk-production-\*"/,
    );
    // Every alarm name matches that pattern, or its notifications would be refused.
    for (const name of alerts.alarmNames) expect(name.startsWith('fk-production-')).toBe(true);
  });

  test('no subscriptions: the topic and its policy still exist, with nobody subscribed', () => {
    const { json } = synthAlerts({ subscriptions: undefined });
    expect(Object.keys(resourcesOf(json, 'aws_sns_topic'))).toHaveLength(1);
    expect(Object.keys(resourcesOf(json, 'aws_sns_topic_policy'))).toHaveLength(1);
    expect(resourcesOf(json, 'aws_sns_topic_subscription')).toEqual({});
  });

  test('exactly one HealthCheckStatus alarm per health check, in us-east-1, on that check, notifying the topic', () => {
    const { json, alerts } = synthAlerts();
    const topicId = refId(alerts.topicArn, 'aws_sns_topic');
    const perRegion = byMetric(json, 'HealthCheckStatus').filter((a) => a.alarm_name !== alerts.failoverAlarmName);
    expect(perRegion.map((a) => a.dimensions.HealthCheckId).sort()).toEqual(Object.values(CHECK_IDS).sort());
    for (const check of healthChecks) {
      const mine = perRegion.filter((a) => a.dimensions.HealthCheckId === check.healthCheckId);
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({
        alarm_name: `fk-production-${check.regionName}-health-check`,
        region: 'us-east-1',
        namespace: 'AWS/Route53',
        metric_name: 'HealthCheckStatus',
        dimensions: { HealthCheckId: check.healthCheckId },
        statistic: 'Minimum',
        comparison_operator: 'LessThanThreshold',
        threshold: 1,
        period: 60,
        evaluation_periods: 1,
        treat_missing_data: 'breaching',
      });
      expect(Object.keys(mine[0].dimensions)).toEqual(['HealthCheckId']);
      expect(mine[0].alarm_description).toContain(check.label);
      for (const actions of [mine[0].alarm_actions, mine[0].ok_actions]) {
        expect(actions).toHaveLength(1);
        expect(refId(actions[0], 'aws_sns_topic')).toBe(topicId);
      }
    }
    expect(alerts.alarmNames).toEqual([
      'fk-production-aws-use1-health-check',
      'fk-production-ovh-gra-health-check',
      'fk-production-linode-ord-health-check',
      'fk-production-failover-active',
    ]);
    expect(new Set(alarms(json).map((a) => a.alarm_name))).toEqual(new Set(alerts.alarmNames));
  });

  test("the failover alarm watches exactly the primary's check and says the next healthy region serves", () => {
    const { json, alerts } = synthAlerts();
    expect(alerts.failoverAlarmName).toBe('fk-production-failover-active');
    const failover = alarms(json).filter((a) => a.alarm_name === 'fk-production-failover-active');
    expect(failover).toHaveLength(1);
    expect(failover[0]).toMatchObject({
      region: 'us-east-1',
      namespace: 'AWS/Route53',
      metric_name: 'HealthCheckStatus',
      dimensions: { HealthCheckId: CHECK_IDS['aws-use1'] },
      statistic: 'Minimum',
      comparison_operator: 'LessThanThreshold',
      threshold: 1,
      period: 60,
    });
    expect(failover[0].alarm_description).toMatch(/traffic is being served by the next healthy region/);
    expect(failover[0].alarm_description).toContain('AWS us-east-1 (aws-use1)');
    expect(failover[0].alarm_description).toContain('OVHcloud GRA11 (ovh-gra), then Linode us-ord (linode-ord)');
    expect(refId(failover[0].alarm_actions[0], 'aws_sns_topic')).toBe(refId(alerts.topicArn, 'aws_sns_topic'));

    // Reordering the checks moves the failover alarm to the new primary.
    const reordered = synthAlerts({ healthChecks: [healthChecks[2], healthChecks[0], healthChecks[1]] });
    const moved = alarms(reordered.json).find((a) => a.alarm_name === 'fk-production-failover-active')!;
    expect(moved.dimensions).toEqual({ HealthCheckId: CHECK_IDS['linode-ord'] });
  });

  test("ALB alarms live in the ALB's region and notify a topic in that same region", () => {
    const { json, alerts } = synthAlerts({ loadBalancers: [albUse1, albEuw1] });
    const topics = resourcesOf(json, 'aws_sns_topic');
    const topicRegion = (arn: string) => topics[refId(arn, 'aws_sns_topic')].region;
    expect(
      Object.values(topics)
        .map((t) => t.region)
        .sort(),
    ).toEqual(['eu-west-1', 'us-east-1']);
    expect(Object.keys(alerts.topicArns).sort()).toEqual(['eu-west-1', 'us-east-1']);

    // The extra region's topic has the same subscriptions and its own policy, scoped to its region.
    const subs = Object.values(resourcesOf(json, 'aws_sns_topic_subscription'));
    const euSubs = subs.filter((s) => topicRegion(s.topic_arn) === 'eu-west-1');
    expect(euSubs.map((s) => [s.region, s.protocol, s.endpoint]).sort()).toEqual([
      ['eu-west-1', 'email', 'oncall@example.com'],
      ['eu-west-1', 'https', 'https://events.example.net/sns/hook?token=abc'],
    ]);
    const euPolicy = Object.values(resourcesOf(json, 'aws_sns_topic_policy')).find((p) => p.region === 'eu-west-1')!;
    expect(topicRegion(euPolicy.arn)).toBe('eu-west-1');
    expect(euPolicy.policy).toContain(':cloudwatch:eu-west-1:');

    for (const lb of [albUse1, albEuw1]) {
      const mine = alarms(json).filter(
        (a) => a.namespace === 'AWS/ApplicationELB' && a.dimensions.LoadBalancer === lb.loadBalancerArnSuffix,
      );
      expect(mine.map((a) => a.metric_name).sort()).toEqual(['HealthyHostCount', 'UnHealthyHostCount']);
      for (const alarm of mine) {
        expect(alarm.region).toBe(lb.region);
        expect(alarm.dimensions).toEqual({
          TargetGroup: lb.targetGroupArnSuffix,
          LoadBalancer: lb.loadBalancerArnSuffix,
        });
        expect(alarm.alarm_actions).toHaveLength(1);
        expect(topicRegion(alarm.alarm_actions[0])).toBe(lb.region);
        expect(topicRegion(alarm.ok_actions[0])).toBe(lb.region);
      }
      expect(mine.find((a) => a.metric_name === 'UnHealthyHostCount')).toMatchObject({
        alarm_name: `fk-production-${lb.regionName}-unhealthy-hosts`,
        statistic: 'Maximum',
        comparison_operator: 'GreaterThanThreshold',
        threshold: 0,
        period: 60,
        evaluation_periods: 3,
        datapoints_to_alarm: 3,
      });
      expect(mine.find((a) => a.metric_name === 'HealthyHostCount')).toMatchObject({
        alarm_name: `fk-production-${lb.regionName}-no-healthy-hosts`,
        statistic: 'Minimum',
        comparison_operator: 'LessThanThreshold',
        threshold: 1,
        period: 60,
      });
    }
    // Every alarm notifies a topic of its own region; Route 53 alarms stay in us-east-1.
    for (const alarm of alarms(json)) {
      for (const arn of [...alarm.alarm_actions, ...alarm.ok_actions]) expect(topicRegion(arn)).toBe(alarm.region);
    }
    expect(byMetric(json, 'HealthCheckStatus').every((a) => a.region === 'us-east-1')).toBe(true);
    expect(alerts.alarmNames).toHaveLength(4 + 4);
  });

  test('no AWS load balancer: no ALB alarms and no topic outside us-east-1', () => {
    const { json } = synthAlerts({ loadBalancers: [] });
    expect(alarms(json).filter((a) => a.namespace === 'AWS/ApplicationELB')).toEqual([]);
    expect(alarms(json).every((a) => a.namespace === 'AWS/Route53')).toBe(true);
    expect(Object.values(resourcesOf(json, 'aws_sns_topic')).map((t) => t.region)).toEqual(['us-east-1']);
  });

  test('an ALB in us-east-1 reuses the us-east-1 topic', () => {
    const { json, alerts } = synthAlerts({ loadBalancers: [albUse1] });
    expect(Object.keys(resourcesOf(json, 'aws_sns_topic'))).toHaveLength(1);
    const alb = byMetric(json, 'UnHealthyHostCount');
    expect(alb).toHaveLength(1);
    expect(alb[0].alarm_actions).toEqual([alerts.topicArn]);
  });

  describe('rejected inputs', () => {
    test('a malformed email address', () => {
      const problems = alertProblems({ subscriptions: [{ protocol: 'email', endpoint: 'oncall@example' }] });
      expect(problems).toEqual([
        expect.objectContaining({
          field: 'alerts.subscriptions[0].endpoint',
          value: 'oncall@example',
          allowed: expect.stringContaining('an email address'),
        }),
      ]);
    });

    test('an http:// URL', () => {
      const problems = alertProblems({
        subscriptions: [{ protocol: 'https', endpoint: 'http://hooks.example.com/sns' }],
      });
      expect(problems).toEqual([
        expect.objectContaining({
          field: 'alerts.subscriptions[0].endpoint',
          value: 'http://hooks.example.com/sns',
          allowed: expect.stringContaining('an https:// URL'),
        }),
      ]);
    });

    test('a URL with credentials in its userinfo', () => {
      const problems = alertProblems({
        subscriptions: [
          subscriptions[0],
          { protocol: 'https', endpoint: 'https://alerts:s3cret@hooks.example.com/sns' },
        ],
      });
      expect(problems).toEqual([
        expect.objectContaining({
          field: 'alerts.subscriptions[1].endpoint',
          allowed: expect.stringContaining('no user name or password'),
        }),
      ]);
    });

    test('an unknown protocol', () => {
      const problems = alertProblems({ subscriptions: [{ protocol: 'sms' as 'email', endpoint: '+15555550100' }] });
      expect(problems).toEqual([
        expect.objectContaining({
          field: 'alerts.subscriptions[0].protocol',
          value: 'sms',
          allowed: 'one of: email, https',
        }),
      ]);
    });

    test('no health checks', () => {
      const problems = alertProblems({ healthChecks: [] });
      expect(problems).toEqual([
        expect.objectContaining({
          field: 'alerts.healthChecks',
          value: 0,
          allowed: expect.stringContaining('at least two health checks'),
        }),
      ]);
    });

    test('every problem is reported at once, stamped with the context', () => {
      const problems = alertProblems({
        context: { environment: 'production' },
        namePrefix: 'fk production',
        subscriptions: [{ protocol: 'email', endpoint: 'not-an-address' }],
        healthChecks: [healthChecks[0], { ...healthChecks[1], regionName: 'aws-use1', healthCheckId: 'hc-2' }],
        loadBalancers: [{ ...albEuw1, regionName: 'do-nyc', region: 'eu-nowhere-1', targetGroupArnSuffix: 'tg/x' }],
      });
      expect(problems.map((p) => p.field)).toEqual([
        'alerts.namePrefix',
        'alerts.subscriptions[0].endpoint',
        'alerts.healthChecks[1].regionName',
        'alerts.healthChecks[1].healthCheckId',
        'alerts.loadBalancers[0].regionName',
        'alerts.loadBalancers[0].region',
        'alerts.loadBalancers[0].targetGroupArnSuffix',
      ]);
      for (const p of problems) expect(p.environment).toBe('production');
    });

    test('Terraform references are accepted where literals are checked', () => {
      const { json } = synthAlerts({
        subscriptions: [{ protocol: 'https', endpoint: '${var.alert_webhook}' }],
        healthChecks: [
          { ...healthChecks[0], healthCheckId: '${aws_route53_health_check.a.id}' },
          { ...healthChecks[1], healthCheckId: '${aws_route53_health_check.b.id}' },
        ],
      });
      expect(byMetric(json, 'HealthCheckStatus')).toHaveLength(3);
    });
  });
});
