import { createHash } from 'node:crypto';
import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { SnsTopicPolicy } from '@cdktf/provider-aws/lib/sns-topic-policy';
import { SnsTopicSubscription } from '@cdktf/provider-aws/lib/sns-topic-subscription';
import { Construct } from 'constructs';
import { Fn, Token } from '../cdk';
import { AWS_REGIONS } from '../config/locations';
import { Problems, type ProblemContext } from './problems';

/** Route 53 publishes health-check metrics only in us-east-1, so its alarms and their topic live there. */
export const ROUTE53_METRICS_REGION = 'us-east-1';
/** Alarm period: the shortest standard CloudWatch period, and Route 53's metric resolution. */
export const ALARM_PERIOD_SECONDS = 60;
/**
 * Consecutive minutes with at least one unhealthy ALB target before alarming:
 * a rolling instance replacement passes through brief unhealthy states.
 */
export const UNHEALTHY_HOST_PERIODS = 3;
/** Subscription protocols the kit creates. */
export const SUBSCRIPTION_PROTOCOLS = ['email', 'https'] as const;

/** Where alarm notifications go. */
export interface AlertSubscription {
  /** `email` (the address must confirm once per topic) or `https` (an endpoint that confirms itself). */
  readonly protocol: 'email' | 'https';
  /** An email address, or an `https://` URL without credentials in it. */
  readonly endpoint: string;
}

/** One Route 53 health check used by the failover records. */
export interface AlertHealthCheck {
  /** Region key from the environment config, e.g. `aws-use1`. */
  readonly regionName: string;
  /** Route 53 health check id (usually a Terraform reference). */
  readonly healthCheckId: string;
  /** Readable name used in alarm descriptions, e.g. `AWS us-east-1`. */
  readonly label: string;
}

/** One AWS region's Application Load Balancer and its target group. */
export interface AlertLoadBalancer {
  /** Region key from the environment config; must be one of `healthChecks`' region names. */
  readonly regionName: string;
  /** AWS region of the load balancer, e.g. `eu-west-1`. */
  readonly region: string;
  /** `arn_suffix` of the load balancer (`app/<name>/<id>`), the CloudWatch `LoadBalancer` dimension. */
  readonly loadBalancerArnSuffix: string;
  /** `arn_suffix` of the target group (`targetgroup/<name>/<id>`), the CloudWatch `TargetGroup` dimension. */
  readonly targetGroupArnSuffix: string;
}

export interface FailoverAlertsProps {
  /**
   * Prefix of every topic and alarm name, e.g. `fk-production`. The topic
   * policies admit only alarms whose names start with `<namePrefix>-`.
   */
  readonly namePrefix: string;
  /**
   * Who is notified. Each entry is subscribed to every topic (us-east-1 and
   * each other region with an ALB), so an email address confirms once per topic.
   * @default []
   */
  readonly subscriptions?: readonly AlertSubscription[];
  /**
   * The Route 53 health checks the failover records use, in priority order:
   * index 0 is the primary. At least two (there is no failover with one).
   */
  readonly healthChecks: readonly AlertHealthCheck[];
  /**
   * AWS Application Load Balancers to watch for unhealthy and missing
   * targets. Other clouds have no CloudWatch metrics: their region's Route 53
   * health check alarm covers them.
   * @default []
   */
  readonly loadBalancers?: readonly AlertLoadBalancer[];
  /** Where problems are reported from. @default {} */
  readonly context?: ProblemContext;
  /** Tags for the topics and alarms. @default {} */
  readonly tags?: Readonly<Record<string, string>>;
}

/**
 * Alarms and notifications for one environment.
 *
 * - One SNS topic in us-east-1 with the subscriptions. Every Route 53 health
 *   check gets a `HealthCheckStatus` alarm there (Route 53 publishes its
 *   metrics only in us-east-1), and the primary's check gets a second,
 *   distinctly named alarm, `<namePrefix>-failover-active`, saying traffic has
 *   moved to the next healthy region.
 * - Each AWS load balancer gets `UnHealthyHostCount` and `HealthyHostCount`
 *   alarms in its own region. An alarm can only notify a topic in its own
 *   region, so each such region other than us-east-1 gets a topic of its own
 *   with the same subscriptions.
 *
 * Topics are not KMS-encrypted, deliberately. CloudWatch can only publish to
 * an encrypted topic when its key policy grants `cloudwatch.amazonaws.com`
 * `kms:Decrypt` and `kms:GenerateDataKey*`; the AWS managed key
 * `alias/aws/sns` does not and its policy cannot be changed, so a topic
 * encrypted with it silently drops every alarm. A customer managed key per
 * topic region would work but adds a key (and its policy and cost) per region
 * to protect messages that hold only alarm names, states and metric values.
 * Each topic policy instead lets only CloudWatch alarms of this account
 * named `<namePrefix>-*` publish (`aws:SourceAccount` and `aws:SourceArn`).
 */
export class FailoverAlerts extends Construct {
  /** Every alarm name, in creation order. */
  public readonly alarmNames: readonly string[];
  /** ARN of the us-east-1 topic (Route 53 alarms, and ALB alarms in us-east-1). */
  public readonly topicArn: string;
  /** Topic ARN per AWS region that has a topic. */
  public readonly topicArns: Readonly<Record<string, string>>;
  /** Name of the alarm that fires while the primary region is unhealthy (traffic has failed over). */
  public readonly failoverAlarmName: string;

  private readonly props: FailoverAlertsProps;
  private readonly topics = new Map<string, SnsTopic>();
  private readonly names: string[] = [];
  private readonly accountId: string;
  private readonly partition: string;

  constructor(scope: Construct, id: string, props: FailoverAlertsProps) {
    super(scope, id);
    validate(props);
    this.props = props;
    this.accountId = new DataAwsCallerIdentity(this, 'Account', {}).accountId;
    this.partition = new DataAwsPartition(this, 'Partition', {}).partition;

    const prefix = props.namePrefix;
    const checks = props.healthChecks;
    const mainTopic = this.topicIn(ROUTE53_METRICS_REGION);

    checks.forEach((check, i) => {
      const role =
        i === 0
          ? 'the primary region: Route 53 now sends traffic to the next healthy region'
          : `priority ${i + 1}: Route 53 skips this region while it fails`;
      this.route53Alarm(`HealthCheck-${check.regionName}`, check, mainTopic, {
        alarmName: `${prefix}-${check.regionName}-health-check`,
        alarmDescription: `Route 53 health check of ${check.label} (${check.regionName}) is failing; ${role}.`,
        // A check that stops reporting proves nothing healthy: treat silence as failure.
        treatMissingData: 'breaching',
      });
    });

    const primary = checks[0];
    const next = checks
      .slice(1)
      .map((c) => `${c.label} (${c.regionName})`)
      .join(', then ');
    this.failoverAlarmName = `${prefix}-failover-active`;
    this.route53Alarm('FailoverActive', primary, mainTopic, {
      alarmName: this.failoverAlarmName,
      alarmDescription:
        `Failover active: the primary region ${primary.label} (${primary.regionName}) fails its ` +
        `Route 53 health check, so traffic is being served by the next healthy region in priority order (${next}).`,
      // Missing data is already an alarm on the primary's own check; this one claims a failover, so it needs data.
      treatMissingData: 'missing',
    });

    for (const lb of props.loadBalancers ?? []) this.loadBalancerAlarms(lb);

    this.topicArn = mainTopic.arn;
    this.topicArns = Object.fromEntries([...this.topics].map(([region, topic]) => [region, topic.arn]));
    this.alarmNames = this.names;
  }

  /** The topic alarms in `region` notify, created with its policy and subscriptions on first use. */
  private topicIn(region: string): SnsTopic {
    const existing = this.topics.get(region);
    if (existing) return existing;
    const prefix = this.props.namePrefix;
    const topic = new SnsTopic(this, `Topic-${region}`, {
      region,
      name: `${prefix}-alerts`,
      displayName: `${prefix} alerts`.slice(0, 100),
      // SHA256 message signatures for HTTPS subscribers to verify.
      signatureVersion: 2,
      tags: { ...this.props.tags, Name: `${prefix}-alerts` },
    });
    new SnsTopicPolicy(this, `TopicPolicy-${region}`, {
      region,
      arn: topic.arn,
      // Replaces the default topic policy: the account's own principals still act through their IAM policies.
      policy: Fn.jsonencode({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'CloudWatchAlarmsPublish',
            Effect: 'Allow',
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: 'sns:Publish',
            Resource: topic.arn,
            Condition: {
              StringEquals: { 'aws:SourceAccount': this.accountId },
              ArnLike: {
                'aws:SourceArn': `arn:${this.partition}:cloudwatch:${region}:${this.accountId}:alarm:${prefix}-*`,
              },
            },
          },
        ],
      }),
    });
    for (const subscription of this.props.subscriptions ?? []) {
      // Keyed by the endpoint, not the list position: reordering must not resubscribe (and re-confirm) anyone.
      const key = createHash('sha256')
        .update(`${subscription.protocol}:${subscription.endpoint}`)
        .digest('hex')
        .slice(0, 10);
      new SnsTopicSubscription(this, `Subscription-${region}-${subscription.protocol}-${key}`, {
        region,
        topicArn: topic.arn,
        protocol: subscription.protocol,
        endpoint: subscription.endpoint,
        // The endpoint confirms through the SubscribeURL SNS sends it; Terraform does not wait for it.
        endpointAutoConfirms: subscription.protocol === 'https' ? false : undefined,
      });
    }
    this.topics.set(region, topic);
    return topic;
  }

  private route53Alarm(
    id: string,
    check: AlertHealthCheck,
    topic: SnsTopic,
    settings: { alarmName: string; alarmDescription: string; treatMissingData: string },
  ): void {
    this.alarm(id, ROUTE53_METRICS_REGION, topic, {
      ...settings,
      namespace: 'AWS/Route53',
      metricName: 'HealthCheckStatus',
      dimensions: { HealthCheckId: check.healthCheckId },
      // 1 healthy, 0 unhealthy; Route 53's failure threshold has already debounced it.
      statistic: 'Minimum',
      comparisonOperator: 'LessThanThreshold',
      threshold: 1,
      evaluationPeriods: 1,
    });
  }

  private loadBalancerAlarms(lb: AlertLoadBalancer): void {
    const prefix = this.props.namePrefix;
    const topic = this.topicIn(lb.region);
    const common = {
      namespace: 'AWS/ApplicationELB',
      dimensions: { TargetGroup: lb.targetGroupArnSuffix, LoadBalancer: lb.loadBalancerArnSuffix },
    };
    this.alarm(`UnhealthyHosts-${lb.regionName}`, lb.region, topic, {
      ...common,
      alarmName: `${prefix}-${lb.regionName}-unhealthy-hosts`,
      alarmDescription:
        `At least one target of the load balancer in ${lb.regionName} (${lb.region}) has failed its ` +
        `health check for ${UNHEALTHY_HOST_PERIODS} minutes; the Auto Scaling group should replace it.`,
      metricName: 'UnHealthyHostCount',
      statistic: 'Maximum',
      comparisonOperator: 'GreaterThanThreshold',
      threshold: 0,
      evaluationPeriods: UNHEALTHY_HOST_PERIODS,
      // ALB metrics are only published with data: no data means no unhealthy target.
      treatMissingData: 'notBreaching',
    });
    this.alarm(`NoHealthyHosts-${lb.regionName}`, lb.region, topic, {
      ...common,
      alarmName: `${prefix}-${lb.regionName}-no-healthy-hosts`,
      alarmDescription:
        `The load balancer in ${lb.regionName} (${lb.region}) has no healthy target: the region ` +
        'serves nothing and its Route 53 health check will fail.',
      metricName: 'HealthyHostCount',
      statistic: 'Minimum',
      comparisonOperator: 'LessThanThreshold',
      threshold: 1,
      evaluationPeriods: 1,
      // No data means no registered target reports healthy.
      treatMissingData: 'breaching',
    });
  }

  private alarm(
    id: string,
    region: string,
    topic: SnsTopic,
    settings: {
      alarmName: string;
      alarmDescription: string;
      namespace: string;
      metricName: string;
      dimensions: Record<string, string>;
      statistic: string;
      comparisonOperator: string;
      threshold: number;
      evaluationPeriods: number;
      treatMissingData: string;
    },
  ): void {
    new CloudwatchMetricAlarm(this, id, {
      ...settings,
      region,
      period: ALARM_PERIOD_SECONDS,
      datapointsToAlarm: settings.evaluationPeriods,
      alarmActions: [topic.arn],
      okActions: [topic.arn],
      tags: this.props.tags,
    });
    this.names.push(settings.alarmName);
  }
}

const NAME_PREFIX = /^[a-zA-Z][a-zA-Z0-9_-]{0,99}$/;
const REGION_NAME = /^[a-z][a-z0-9-]{0,15}$/;
const HEALTH_CHECK_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const LB_ARN_SUFFIX = /^app\/[A-Za-z0-9-]{1,32}\/[0-9a-f]{1,32}$/;
const TG_ARN_SUFFIX = /^targetgroup\/[A-Za-z0-9-]{1,32}\/[0-9a-f]{1,32}$/;
const EMAIL_LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const EMAIL = new RegExp(
  `^[A-Za-z0-9.!#$%&'*+/=?^_\`{|}~-]{1,64}@${EMAIL_LABEL}(?:\\.${EMAIL_LABEL})*\\.[A-Za-z]{2,63}$`,
);

/**
 * Whether `value` is a literal we can check now: not a cdktf token and not
 * wholly a Terraform reference such as `${var.alert_webhook}` (only known at apply).
 */
function literal(value: string): boolean {
  return !Token.isUnresolved(value) && !/^\$\{[^}]*\}$/.test(value);
}

/** Why `url` is not an acceptable HTTPS endpoint, or undefined when it is. */
export function httpsEndpointProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not a URL';
  }
  if (parsed.protocol !== 'https:') return `scheme ${parsed.protocol.replace(/:$/, '')}`;
  if (parsed.username !== '' || parsed.password !== '') return 'credentials in the URL';
  if (parsed.hostname === '' || /\s/.test(url)) return 'no host, or whitespace';
  return undefined;
}

function validate(props: FailoverAlertsProps): void {
  const problems = new Problems(props.context);
  problems.expect(
    NAME_PREFIX.test(props.namePrefix),
    'alerts.namePrefix',
    props.namePrefix,
    'a letter, then up to 99 letters, digits, dashes or underscores (e.g. fk-production)',
  );

  const subscriptions = props.subscriptions ?? [];
  subscriptions.forEach((s, i) => {
    const field = `alerts.subscriptions[${i}]`;
    if (!problems.oneOf(`${field}.protocol`, s.protocol, SUBSCRIPTION_PROTOCOLS)) return;
    if (!literal(s.endpoint)) return;
    if (s.protocol === 'email') {
      problems.expect(
        EMAIL.test(s.endpoint) && s.endpoint.length <= 254,
        `${field}.endpoint`,
        s.endpoint,
        'an email address such as oncall@example.com',
      );
    } else {
      problems.expect(
        httpsEndpointProblem(s.endpoint) === undefined,
        `${field}.endpoint`,
        s.endpoint,
        'an https:// URL with a host and no user name or password in it (a credential would land in the ' +
          'synthesized JSON and Terraform state)',
      );
    }
    problems.expect(
      subscriptions.findIndex((o) => o.protocol === s.protocol && o.endpoint === s.endpoint) === i,
      `${field}.endpoint`,
      s.endpoint,
      'each subscription once',
    );
  });

  const checks = props.healthChecks;
  problems.expect(
    checks.length >= 2,
    'alerts.healthChecks',
    checks.length,
    'at least two health checks: the ones the failover records use, in priority order, primary first',
  );
  checks.forEach((check, i) => {
    const field = `alerts.healthChecks[${i}]`;
    problems.expect(
      REGION_NAME.test(check.regionName),
      `${field}.regionName`,
      check.regionName,
      'a lowercase letter, then up to 15 lowercase letters, digits or dashes',
    );
    problems.expect(
      checks.findIndex((c) => c.regionName === check.regionName) === i,
      `${field}.regionName`,
      check.regionName,
      'a region name no other health check uses',
    );
    if (literal(check.healthCheckId)) {
      problems.expect(
        HEALTH_CHECK_ID.test(check.healthCheckId),
        `${field}.healthCheckId`,
        check.healthCheckId,
        'a Route 53 health check id (a lowercase UUID) or a Terraform reference to one',
      );
    }
    problems.expect(
      checks.findIndex((c) => c.healthCheckId === check.healthCheckId) === i,
      `${field}.healthCheckId`,
      check.healthCheckId,
      'a health check no other entry uses',
    );
    problems.expect(
      check.label.trim() !== '' && check.label.length <= 100,
      `${field}.label`,
      check.label,
      '1 to 100 characters naming the region for people',
    );
  });

  const regionNames = checks.map((c) => c.regionName);
  const loadBalancers = props.loadBalancers ?? [];
  loadBalancers.forEach((lb, i) => {
    const field = `alerts.loadBalancers[${i}]`;
    problems.oneOf(`${field}.regionName`, lb.regionName, regionNames);
    problems.expect(
      loadBalancers.findIndex((o) => o.regionName === lb.regionName) === i,
      `${field}.regionName`,
      lb.regionName,
      'a region name no other load balancer uses',
    );
    problems.oneOf(`${field}.region`, lb.region, AWS_REGIONS);
    if (literal(lb.loadBalancerArnSuffix)) {
      problems.expect(
        LB_ARN_SUFFIX.test(lb.loadBalancerArnSuffix),
        `${field}.loadBalancerArnSuffix`,
        lb.loadBalancerArnSuffix,
        'an Application Load Balancer arn_suffix (app/<name>/<id>) or a Terraform reference',
      );
    }
    if (literal(lb.targetGroupArnSuffix)) {
      problems.expect(
        TG_ARN_SUFFIX.test(lb.targetGroupArnSuffix),
        `${field}.targetGroupArnSuffix`,
        lb.targetGroupArnSuffix,
        'a target group arn_suffix (targetgroup/<name>/<id>) or a Terraform reference',
      );
    }
  });
  problems.throwIfAny();
}
