import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { DigitaloceanProvider } from '@cdktf/provider-digitalocean/lib/provider';
import { Construct } from 'constructs';
import { LinodeProvider } from '../.gen/providers/linode/provider';
import { OvhProvider } from '../.gen/providers/ovh/provider';
import { S3Backend, TerraformOutput, TerraformStack } from '../cdk';
import { AWS_REGIONS, nearestAwsRegion } from '../config/locations';
import { EnvironmentConfig, RegionConfig } from '../config/types';
import { AppCredentials } from '../constructs/app-credentials';
import { AwsRegionalService } from '../constructs/aws-regional-service';
import { renderUserData } from '../constructs/bootstrap';
import { DataTierHealth } from '../constructs/data-tier-health';
import { DigitalOceanRegionalService } from '../constructs/digitalocean-regional-service';
import { FailoverAlerts } from '../constructs/failover-alerts';
import { DEFAULT_TTL_SECONDS, FailoverDns, validateDnsSettings } from '../constructs/failover-dns';
import { GlobalTable } from '../constructs/global-table';
import { HealthCheckSpec } from '../constructs/health-check-spec';
import { LinodeRegionalService } from '../constructs/linode-regional-service';
import { resourceName, standardTags } from '../constructs/naming';
import { OvhRegionalService } from '../constructs/ovh-regional-service';
import { ConfigError, Problem, Problems } from '../constructs/problems';
import { checkRecoveryObjective, RecoveryBudget, recoveryBudget } from '../constructs/recovery-budget';
import { RegionalEndpoint } from '../constructs/regional-endpoint';
import { secretProblems } from '../constructs/secrets';
import { applyPolicies } from '../policy/policy-aspect';

/** @default app port when the environment does not set one */
export const DEFAULT_APP_PORT = 8080;

/** What the DR manifest holds; values known only after apply are Terraform references. */
export interface DrManifest {
  readonly environment: string;
  readonly hostname: string;
  readonly app_url: string;
  /** Present while a drill forces this region unhealthy. */
  readonly drill_region?: string;
  readonly data_tier_aware: boolean;
  readonly regions: ReadonlyArray<Record<string, string | number>>;
  readonly records: ReadonlyArray<{ name: string; set_identifier: string; failover: string }>;
  readonly table: Record<string, unknown>;
  readonly alarms: readonly string[];
  readonly failover_alarm: string;
  readonly alert_topic_arn: string;
  readonly recovery_budget: Record<string, unknown>;
}

/**
 * One environment: the global table, every region's compute and load
 * balancer, and the Route 53 failover in front of them.
 *
 * Credentials never appear here: each provider reads its usual environment
 * variables (AWS_*, DIGITALOCEAN_TOKEN, LINODE_TOKEN, OVH_*).
 */
export class FailoverStack extends TerraformStack {
  public readonly table: GlobalTable;
  public readonly endpoints: readonly RegionalEndpoint[];
  public readonly dns: FailoverDns;
  public readonly alerts: FailoverAlerts;
  public readonly recoveryBudget: RecoveryBudget;
  /** Regions, checks, records, alarms and budget: the `dr_manifest` output, also written beside the stack. */
  public readonly drManifest: DrManifest;

  constructor(scope: Construct, config: EnvironmentConfig) {
    super(scope, config.name);
    const environment = config.name;
    validateEnvironment(config);

    const tags = standardTags(environment, config.tags);
    const appPort = config.app?.port ?? DEFAULT_APP_PORT;
    const dataRegions = new Map(config.regions.map((r) => [r.name, dataRegionOf(r)]));

    new AwsProvider(this, 'aws', { region: config.table.homeRegion, defaultTags: [{ tags }] });
    const clouds = new Set(config.regions.map((r) => r.cloud));
    if (clouds.has('digitalocean')) new DigitaloceanProvider(this, 'digitalocean', {});
    if (clouds.has('linode')) new LinodeProvider(this, 'linode', {});
    if (clouds.has('ovh')) new OvhProvider(this, 'ovh', {});
    if (config.backend) this.useS3Backend(config);

    const problems: Problem[] = [];
    // An invalid health check is reported, and the default one stands in so the regions are still checked.
    const healthCheck =
      ConfigError.attempt(problems, () => new HealthCheckSpec(config.healthCheck ?? {}, appPort, { environment })) ??
      new HealthCheckSpec({}, DEFAULT_APP_PORT);
    // Every region's data region holds a replica, so no region can point at missing data.
    const replicaRegions = [...new Set([...dataRegions.values(), ...(config.table.extraReplicaRegions ?? [])])].filter(
      (r): r is string => r !== undefined && AWS_REGIONS.includes(r) && r !== config.table.homeRegion,
    );
    const table = ConfigError.attempt(
      problems,
      () =>
        new GlobalTable(this, 'GlobalTable', {
          ...config.table,
          replicaRegions,
          tags,
          context: { environment },
        }),
    );
    // Regions need the table's references; without a table there is nothing more to check.
    if (!table) throw new ConfigError(problems);
    this.table = table;

    const endpoints: RegionalEndpoint[] = [];
    for (const region of config.regions) {
      const endpoint = ConfigError.attempt(problems, () =>
        this.addRegion(config, region, dataRegions.get(region.name) ?? '', healthCheck, appPort, tags),
      );
      if (endpoint) endpoints.push(endpoint);
    }
    if (problems.length > 0) {
      ConfigError.attempt(problems, () =>
        validateDnsSettings({ ...config.dns, healthCheck, context: { environment } }),
      );
      throw new ConfigError(problems);
    }
    this.endpoints = endpoints;

    const namePrefix = `fk-${environment}`;
    const dataTierAware = config.dataTierAwareHealth ?? !config.ephemeral;
    const dataHealth = dataTierAware
      ? new DataTierHealth(this, 'DataHealth', {
          tableName: table.tableName,
          tableRegions: table.regions,
          dataRegions: endpoints.map((e) => e.dataRegion),
          namePrefix,
          thresholds: config.dataHealth,
          tags,
          context: { environment },
        })
      : undefined;

    this.dns = new FailoverDns(this, 'Dns', {
      ...config.dns,
      endpoints,
      healthCheck,
      dataHealthCheckIds:
        dataHealth &&
        Object.fromEntries(endpoints.map((e) => [e.regionName, dataHealth.dataHealthCheckChildIds(e.dataRegion)])),
      drillRegion: config.drill,
      tags,
      context: { environment },
    });

    this.alerts = new FailoverAlerts(this, 'Alerts', {
      namePrefix,
      subscriptions: config.alerts?.subscriptions,
      healthChecks: endpoints.map((e) => ({
        regionName: e.regionName,
        healthCheckId: this.dns.recordHealthChecks[e.regionName].id,
        label: `${e.cloud} ${e.location}`,
      })),
      loadBalancers: endpoints
        .filter((e): e is AwsRegionalService => e instanceof AwsRegionalService)
        .map((e) => ({
          regionName: e.regionName,
          region: e.location,
          loadBalancerArnSuffix: e.alb.arnSuffix,
          targetGroupArnSuffix: e.targetGroup.arnSuffix,
        })),
      tags,
      context: { environment },
    });

    const budgetInputs = {
      dnsRequestIntervalSeconds: healthCheck.dnsRequestIntervalSeconds,
      dnsFailureThreshold: healthCheck.dnsFailureThreshold,
      ttlSeconds: config.dns.ttlSeconds ?? DEFAULT_TTL_SECONDS,
      dataEvaluationSeconds: dataHealth?.evaluationSeconds,
      consistencyMode: config.table.consistencyMode ?? 'EVENTUAL',
    };
    this.recoveryBudget = recoveryBudget(budgetInputs);
    checkRecoveryObjective(this.recoveryBudget, budgetInputs, config.rtoSeconds, { environment });

    this.drManifest = {
      environment,
      hostname: this.dns.hostname,
      app_url: `${endpoints[0].publicProtocol.toLowerCase()}://${this.dns.hostname}/`,
      drill_region: config.drill,
      data_tier_aware: dataTierAware,
      regions: endpoints.map((e, i) => ({
        priority: i + 1,
        region: e.regionName,
        cloud: e.cloud,
        location: e.location,
        data_region: e.dataRegion,
        load_balancer: e.loadBalancerKind,
        address: e.address,
        health_check_id: this.dns.healthChecks[e.regionName].id,
        record_health_check_id: this.dns.recordHealthChecks[e.regionName].id,
        ...(dataHealth ? { data_health_check_id: dataHealth.dataHealthCheckId(e.dataRegion) } : {}),
      })),
      records: this.dns.recordPlan.map((r) => ({
        name: r.name,
        set_identifier: r.setIdentifier,
        failover: r.failover,
      })),
      table: {
        name: table.tableName,
        home_region: table.homeRegion,
        replica_regions: table.replicaRegions,
        consistency_mode: budgetInputs.consistencyMode,
      },
      alarms: [...this.alerts.alarmNames, ...(dataHealth?.alarmNames ?? [])],
      failover_alarm: this.alerts.failoverAlarmName,
      alert_topic_arn: this.alerts.topicArn,
      recovery_budget: {
        worst_case_seconds: this.recoveryBudget.worstCaseSeconds,
        detection_seconds: this.recoveryBudget.detectionSeconds,
        ttl_seconds: this.recoveryBudget.ttlSeconds,
        data_evaluation_seconds: this.recoveryBudget.dataEvaluationSeconds,
        rto_objective_seconds: config.rtoSeconds,
        rpo: this.recoveryBudget.rpo,
      },
    };

    this.addOutputs();
    applyPolicies(this, { ephemeral: config.ephemeral ?? false, environment }, config.policySuppressions ?? []);
  }

  private addRegion(
    config: EnvironmentConfig,
    region: RegionConfig,
    dataRegion: string,
    healthCheck: HealthCheckSpec,
    appPort: number,
    tags: Record<string, string>,
  ): RegionalEndpoint {
    const environment = config.name;
    let credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
    if (region.cloud !== 'aws' && dataRegion) {
      const app = new AppCredentials(this, `${region.name}-credentials`, {
        userName: resourceName(environment, region.name, 'app'),
        table: this.table,
        dataRegion,
        createAccessKey: config.createAccessKeys ?? false,
        tags,
      });
      credentials = app.accessKey;
    }
    const userData = renderUserData({
      environment,
      regionName: region.name,
      cloud: region.cloud,
      dataRegion,
      tableName: this.table.tableName,
      appPort,
      healthPath: healthCheck.path,
      credentials,
      customUserData: config.app?.userData,
      context: { environment, region: region.name },
    });
    const common = { environment, dataRegion, appPort, healthCheck, userData, tags };
    switch (region.cloud) {
      case 'aws':
        return new AwsRegionalService(this, region.name, {
          ...common,
          region,
          dataAccessPolicy: dataRegion ? this.table.dataAccessPolicy(dataRegion) : '',
          deletionProtection: !config.ephemeral,
        });
      case 'digitalocean':
        return new DigitalOceanRegionalService(this, region.name, { ...common, region });
      case 'linode':
        return new LinodeRegionalService(this, region.name, { ...common, region });
      case 'ovh':
        return new OvhRegionalService(this, region.name, { ...common, region });
    }
  }

  private useS3Backend(config: EnvironmentConfig): void {
    const backend = config.backend!;
    new S3Backend(this, {
      bucket: backend.bucket,
      region: backend.region,
      key: `${backend.keyPrefix ?? 'failover-kit'}/${config.name}/terraform.tfstate`,
      encrypt: true,
    });
    // cdktf 0.21's S3Backend predates S3-native locking (Terraform >= 1.10), so the flag is set directly.
    this.addOverride('terraform.backend.s3.use_lockfile', true);
  }

  private addOutputs(): void {
    const manifest = this.drManifest;
    new TerraformOutput(this, 'app_url', {
      value: manifest.app_url,
      description: 'URL users reach; Route 53 sends it to the first healthy region',
    });
    new TerraformOutput(this, 'table_arn', { value: this.table.tableArn });
    new TerraformOutput(this, 'replica_stream_arns', {
      value: Object.fromEntries(this.table.regions.map((r) => [r, this.table.streamArn(r)])),
    });
    new TerraformOutput(this, 'regions', {
      description: 'Per region, in failover order: cloud, load balancer address and Route 53 health check ids',
      value: manifest.regions,
    });
    new TerraformOutput(this, 'recovery_budget', {
      description: 'Worst-case DNS failover time and data-loss statement',
      value: manifest.recovery_budget,
    });
    new TerraformOutput(this, 'dr_manifest', {
      description: 'Regions in failover order, health checks, records, alarms and recovery budget, for runbooks',
      value: manifest,
    });
  }
}

/** The AWS region whose replica a region uses: its own setting, else the nearest one. */
export function dataRegionOf(region: RegionConfig): string | undefined {
  return region.dataRegion ?? nearestAwsRegion(region.cloud, region.location);
}

/** Rules that span regions; each construct checks its own props. */
function validateEnvironment(config: EnvironmentConfig): void {
  const problems = new Problems({ environment: config.name });
  problems.expect(
    /^[a-z][a-z0-9-]{0,19}$/.test(config.name),
    'name',
    config.name,
    'a lowercase letter, then up to 19 lowercase letters, digits or dashes',
  );
  config.regions.forEach((region, i) => {
    const field = `regions[${i}].name`;
    problems.expect(
      /^[a-z][a-z0-9-]{0,15}$/.test(region.name),
      field,
      region.name,
      'a lowercase letter, then up to 15 lowercase letters, digits or dashes',
    );
    problems.expect(
      config.regions.findIndex((r) => r.name === region.name) === i,
      field,
      region.name,
      'a name no other region of the environment uses',
    );
    problems.expect(
      config.regions.findIndex((r) => r.cloud === region.cloud && r.location === region.location) === i,
      `regions[${i}].location`,
      region.location,
      `a ${region.cloud} location no other region of the environment uses`,
    );
    if (region.dataRegion !== undefined) {
      problems.oneOf(`regions[${i}].dataRegion`, region.dataRegion, AWS_REGIONS);
    }
    if (region.cloud === 'aws') {
      // Typed config cannot say this, but plain JavaScript or JSON config can.
      const choice = (region as { loadBalancer?: unknown }).loadBalancer;
      problems.expect(
        choice === undefined || choice === 'managed',
        `regions[${i}].loadBalancer`,
        choice,
        "managed (an AWS region always runs an Application Load Balancer; 'haproxy' is for DigitalOcean, Linode and OVH)",
      );
    }
  });
  (config.table.extraReplicaRegions ?? []).forEach((region, i) => {
    problems.oneOf(`table.extraReplicaRegions[${i}]`, region, AWS_REGIONS);
  });
  for (const secret of secretProblems(config)) problems.add(secret.field, secret.value, secret.allowed);
  problems.throwIfAny();
}
