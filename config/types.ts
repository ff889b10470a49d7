import type { DataTierThresholds } from '../constructs/data-tier-health';
import type { HealthCheckSpecProps } from '../constructs/health-check-spec';
import type { CloudName } from './locations';

/** Settings every region has, whatever its cloud. */
export interface RegionBaseConfig {
  /** Short key naming the region within the environment (`[a-z0-9-]`, e.g. `do-nyc`); used in resource names and IDs. */
  readonly name: string;
  /** Cloud location: AWS region, DigitalOcean slug, Linode region id or OVH region. */
  readonly location: string;
  /**
   * AWS region of the DynamoDB replica this region reads and writes.
   * @default the nearest AWS region to `location` (see config/locations.ts)
   */
  readonly dataRegion?: string;
  /**
   * Number of application instances.
   * @default 2
   */
  readonly instanceCount?: number;
  /**
   * CIDR blocks allowed to reach the instances over SSH. Empty means no SSH at all.
   * @default []
   */
  readonly adminCidrs?: readonly string[];
}

export interface AwsRegionConfig extends RegionBaseConfig {
  readonly cloud: 'aws';
  /** @default 't3.small' */
  readonly instanceType?: string;
  /** @default '10.40.0.0/16' */
  readonly vpcCidr?: string;
  /**
   * SSM parameter naming the AMI to boot.
   * @default '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64'
   */
  readonly amiParameter?: string;
  /** ACM certificate ARN; when set the ALB serves HTTPS on 443 and HTTP redirects to it. */
  readonly certificateArn?: string;
}

/**
 * Self-managed HAProxy in front of a region's instances, in place of the
 * cloud's managed load balancer (see HaproxyLoadBalancer).
 */
export interface HaproxyConfig {
  /**
   * Size of the HAProxy instance: a DigitalOcean size slug, a Linode type or an OVH flavor name.
   * @default the region's app instance size
   */
  readonly size?: string;
  /**
   * Name of an SSM SecureString parameter, in the table's home region, holding
   * the stats page password: at least 16 printable characters, no whitespace
   * (a weaker one leaves the stats page on loopback only). Terraform reads it
   * at plan time; it is never written in config or code.
   * @default '/failover-kit/<environment>/<region>/haproxy-stats-password'
   */
  readonly statsPasswordParameter?: string;
  /** User name of the stats page. @default 'haproxy-stats' */
  readonly statsUser?: string;
  /** Port of the stats page, on the private address only. @default 8404 */
  readonly statsPort?: number;
  /** Most concurrent client connections. @default 4096 */
  readonly maxConnections?: number;
  /** Seconds a client or a server may stay silent in the middle of a request or response. @default 30 */
  readonly idleTimeoutSeconds?: number;
}

/** Load balancer choice of the clouds that offer both a managed one and HAProxy. */
export interface LoadBalancerChoice {
  /**
   * `managed`: the cloud's own load balancer. `haproxy`: HAProxy on an
   * instance of its own, configured from the same health check.
   * @default 'managed'
   */
  readonly loadBalancer?: 'managed' | 'haproxy';
  /** HAProxy settings; only with `loadBalancer: 'haproxy'`. @default see HaproxyConfig */
  readonly haproxy?: HaproxyConfig;
}

export interface DigitalOceanRegionConfig extends RegionBaseConfig, LoadBalancerChoice {
  readonly cloud: 'digitalocean';
  /** @default 's-1vcpu-1gb' */
  readonly size?: string;
  /** @default 'ubuntu-24-04-x64' */
  readonly image?: string;
  /** SSH key IDs or fingerprints already registered with DigitalOcean. @default [] */
  readonly sshKeys?: readonly string[];
  /** @default '10.50.0.0/20' */
  readonly vpcCidr?: string;
}

export interface LinodeRegionConfig extends RegionBaseConfig, LoadBalancerChoice {
  readonly cloud: 'linode';
  /** @default 'g6-nanode-1' */
  readonly type?: string;
  /** @default 'linode/ubuntu24.04' */
  readonly image?: string;
  /** SSH public keys for root. @default [] */
  readonly authorizedKeys?: readonly string[];
}

export interface OvhRegionConfig extends RegionBaseConfig, LoadBalancerChoice {
  readonly cloud: 'ovh';
  /** Public Cloud project id (not a secret). */
  readonly serviceName: string;
  /** @default 'b3-8' */
  readonly flavorName?: string;
  /** @default 'Ubuntu 24.04' */
  readonly imageName?: string;
  /** Name of an SSH key registered in the project (OVH instances require one). */
  readonly sshKeyName: string;
  /** @default 'small' */
  readonly loadBalancerSize?: 'small' | 'medium' | 'large' | 'xl';
  /** @default '10.60.0.0/24' */
  readonly subnetCidr?: string;
}

/** One region of an environment; its cloud decides which settings apply. */
export type RegionConfig = AwsRegionConfig | DigitalOceanRegionConfig | LinodeRegionConfig | OvhRegionConfig;

/** DynamoDB key attribute. */
export interface AttributeConfig {
  readonly name: string;
  /** S (string), N (number) or B (binary). */
  readonly type: 'S' | 'N' | 'B';
}

export interface TableConfig {
  /** Table name, 3-255 of `[a-zA-Z0-9_.-]`. */
  readonly name: string;
  /** AWS region holding the table; every other data region gets a replica. */
  readonly homeRegion: string;
  readonly partitionKey: AttributeConfig;
  readonly sortKey?: AttributeConfig;
  /** @default [] */
  readonly globalSecondaryIndexes?: ReadonlyArray<{
    readonly name: string;
    readonly partitionKey: AttributeConfig;
    readonly sortKey?: AttributeConfig;
    /** @default 'ALL' */
    readonly projectionType?: 'ALL' | 'KEYS_ONLY' | 'INCLUDE';
    readonly nonKeyAttributes?: readonly string[];
  }>;
  /** Attribute holding the expiry epoch seconds; TTL is off when absent. */
  readonly timeToLiveAttribute?: string;
  /** @default 'PAY_PER_REQUEST' */
  readonly billingMode?: 'PAY_PER_REQUEST' | 'PROVISIONED';
  /** Capacity and autoscaling bounds; required with PROVISIONED. */
  readonly provisioned?: {
    readonly minRead: number;
    readonly maxRead: number;
    readonly minWrite: number;
    readonly maxWrite: number;
    /** @default 70 */
    readonly targetUtilizationPercent?: number;
  };
  /** Customer managed KMS key ARN per AWS region (home and replicas); AWS-owned key when absent. */
  readonly kmsKeyArns?: Readonly<Record<string, string>>;
  /** @default 35 */
  readonly pointInTimeRecoveryDays?: number;
  /**
   * Extra AWS regions that hold a replica without compute of their own (a
   * data-only copy). Every region's data region always gets a replica.
   * @default []
   */
  readonly extraReplicaRegions?: readonly string[];
  /**
   * EVENTUAL: asynchronous replication, last writer wins (RPO of seconds).
   * STRONG: multi-Region strong consistency (RPO zero); needs exactly three
   * regions of one Region set (US, EU or AP): home + two replicas, or home +
   * one replica + `witnessRegion`.
   * @default 'EVENTUAL'
   */
  readonly consistencyMode?: 'EVENTUAL' | 'STRONG';
  /** Witness region for STRONG consistency with a single replica. */
  readonly witnessRegion?: string;
  /**
   * Stream settings. Global tables replicate through streams, so with
   * replicas they must stay enabled with NEW_AND_OLD_IMAGES.
   * @default { enabled: true, viewType: 'NEW_AND_OLD_IMAGES' }
   */
  readonly stream?: {
    readonly enabled?: boolean;
    readonly viewType?: 'KEYS_ONLY' | 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES';
  };
}

export interface DnsConfig {
  /** Hosted zone name, e.g. `example.com`. */
  readonly zoneName: string;
  /** Hosted zone id; when absent the zone is looked up by name. */
  readonly zoneId?: string;
  /** Fully qualified name users reach the app at, inside the zone. */
  readonly hostname: string;
  /** @default 60 */
  readonly ttlSeconds?: number;
  /**
   * Route 53 checker regions (at least three).
   * @default ['us-east-1', 'eu-west-1', 'ap-southeast-1']
   */
  readonly checkerRegions?: readonly string[];
}

export interface BackendConfig {
  /** S3 bucket holding state. */
  readonly bucket: string;
  /** Region of the bucket. */
  readonly region: string;
  /** @default 'failover-kit' */
  readonly keyPrefix?: string;
}

export interface AppConfig {
  /** Port the application listens on behind the load balancer. @default 8080 */
  readonly port?: number;
  /**
   * Your own cloud-init user data (a `#cloud-config` document). It replaces the
   * default health service; the region environment file is still written.
   */
  readonly userData?: string;
}

/** Everything that describes one deployed environment. */
export interface EnvironmentConfig {
  /** `[a-z0-9-]`, used as the stack name and in resource names. */
  readonly name: string;
  /** Regions in failover priority order: the first healthy one serves. */
  readonly regions: readonly RegionConfig[];
  readonly table: TableConfig;
  readonly dns: DnsConfig;
  /** @default GET /healthz on the app port, 200 expected */
  readonly healthCheck?: HealthCheckSpecProps;
  /** @default {} */
  readonly app?: AppConfig;
  /**
   * Create an AWS access key for each non-AWS region's app user with Terraform
   * (the secret then lives in Terraform state). When false, supply keys out of band.
   * @default false
   */
  readonly createAccessKeys?: boolean;
  /** Remote state; local state when absent. */
  readonly backend?: BackendConfig;
  /** Extra tags on every resource that takes them. @default {} */
  readonly tags?: Readonly<Record<string, string>>;
  /**
   * A short-lived environment (previews, tests): its load balancers may be
   * deleted without first turning deletion protection off. Data protection
   * (PITR, table deletion protection, `prevent_destroy`) stays on regardless.
   * @default false
   */
  readonly ephemeral?: boolean;
  /**
   * Route traffic to a region only while its DynamoDB replica is healthy too
   * (replication latency, system errors, throttling), not on the HTTP check alone.
   * @default true, except in ephemeral environments
   */
  readonly dataTierAwareHealth?: boolean;
  /** Thresholds of the data-tier signals. @default see DataTierHealth */
  readonly dataHealth?: DataTierThresholds;
  /** Where alarms are sent. @default no subscriptions (the topic still exists) */
  readonly alerts?: {
    readonly subscriptions?: ReadonlyArray<{ readonly protocol: 'email' | 'https'; readonly endpoint: string }>;
  };
  /**
   * Region to force unhealthy for a failover drill: its Route 53 health check
   * is inverted, so traffic fails over; deploy again without it to fail back.
   * FAILOVER_KIT_DRILL=<environment>/<region> sets it from the command line.
   */
  readonly drill?: string;
  /**
   * Recovery time objective: synth fails when the worst-case DNS failover
   * time computed from the settings exceeds it.
   */
  readonly rtoSeconds?: number;
  /** Policy rules waived for this environment, each with its reason. @default [] */
  readonly policySuppressions?: readonly PolicySuppression[];
}

/** A waived policy rule: which rule, where, and why. */
export interface PolicySuppression {
  /** Rule id, e.g. `FK-ALB-2`. */
  readonly ruleId: string;
  /** Why the rule does not apply here (at least 10 characters). */
  readonly reason: string;
  /** Construct path prefix the suppression covers, e.g. `production/aws-use1`. @default the whole stack */
  readonly path?: string;
}

export type { CloudName };
