import { AppautoscalingPolicy } from '@cdktf/provider-aws/lib/appautoscaling-policy';
import { AppautoscalingTarget } from '@cdktf/provider-aws/lib/appautoscaling-target';
import { DynamodbTable, DynamodbTableReplica } from '@cdktf/provider-aws/lib/dynamodb-table';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { IamUser } from '@cdktf/provider-aws/lib/iam-user';
import { IamUserPolicy } from '@cdktf/provider-aws/lib/iam-user-policy';
import { Construct } from 'constructs';
import { Fn, TerraformIterator, Token } from '../cdk';
import { AWS_REGIONS } from '../config/locations';
import { AttributeConfig, TableConfig } from '../config/types';
import { Problems, ProblemContext } from './problems';

/** Item-level actions an application needs; no Scan, no table management, no streams. */
export const DATA_ACCESS_ACTIONS: readonly string[] = [
  'dynamodb:BatchGetItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
  'dynamodb:DeleteItem',
  'dynamodb:DescribeTable',
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:Query',
  'dynamodb:UpdateItem',
];

export interface GlobalTableProps extends TableConfig {
  /** AWS regions that get a replica; the home region must not be among them. @default [] */
  readonly replicaRegions?: readonly string[];
  /** Tags for the table, propagated to every replica. @default {} */
  readonly tags?: Readonly<Record<string, string>>;
  /** Where problems are reported from. @default {} */
  readonly context?: ProblemContext;
}

/**
 * A DynamoDB global table: the table in its home region plus one replica per
 * other data region, with streams, point-in-time recovery, deletion protection
 * and `prevent_destroy` everywhere, so no single command can lose the data.
 */
export class GlobalTable extends Construct {
  public readonly table: DynamodbTable;
  public readonly tableName: string;
  public readonly homeRegion: string;
  public readonly replicaRegions: readonly string[];

  constructor(scope: Construct, id: string, props: GlobalTableProps) {
    super(scope, id);
    validate(props);

    this.homeRegion = props.homeRegion;
    this.replicaRegions = props.replicaRegions ?? [];
    const billingMode = props.billingMode ?? 'PAY_PER_REQUEST';
    const provisioned = billingMode === 'PROVISIONED' ? props.provisioned : undefined;
    const kms = props.kmsKeyArns;
    const indexes = props.globalSecondaryIndexes ?? [];
    const streamEnabled = props.stream?.enabled ?? true;
    const streamViewType = props.stream?.viewType ?? 'NEW_AND_OLD_IMAGES';
    const strong = props.consistencyMode === 'STRONG';

    this.table = new DynamodbTable(this, 'Table', {
      region: props.homeRegion,
      name: props.name,
      billingMode,
      hashKey: props.partitionKey.name,
      rangeKey: props.sortKey?.name,
      attribute: keyAttributes(props).map(({ name, type }) => ({ name, type })),
      globalSecondaryIndex: indexes.map((gsi) => ({
        name: gsi.name,
        hashKey: gsi.partitionKey.name,
        rangeKey: gsi.sortKey?.name,
        projectionType: gsi.projectionType ?? 'ALL',
        nonKeyAttributes: gsi.projectionType === 'INCLUDE' ? [...(gsi.nonKeyAttributes ?? [])] : undefined,
        readCapacity: provisioned?.minRead,
        writeCapacity: provisioned?.minWrite,
      })),
      readCapacity: provisioned?.minRead,
      writeCapacity: provisioned?.minWrite,
      // Global tables replicate through streams; both images let every replica apply last-writer-wins.
      streamEnabled: streamEnabled,
      streamViewType: streamEnabled ? streamViewType : undefined,
      pointInTimeRecovery: { enabled: true, recoveryPeriodInDays: props.pointInTimeRecoveryDays ?? 35 },
      deletionProtectionEnabled: true,
      serverSideEncryption: kms ? { enabled: true, kmsKeyArn: kms[props.homeRegion] } : undefined,
      ttl: props.timeToLiveAttribute ? { enabled: true, attributeName: props.timeToLiveAttribute } : undefined,
      replica: this.replicaRegions.map((region): DynamodbTableReplica => ({
        regionName: region,
        pointInTimeRecovery: true,
        deletionProtectionEnabled: true,
        propagateTags: true,
        kmsKeyArn: kms?.[region],
        consistencyMode: strong ? 'STRONG' : undefined,
      })),
      globalTableWitness: props.witnessRegion ? { regionName: props.witnessRegion } : undefined,
      tags: { ...props.tags },
      lifecycle: {
        preventDestroy: true,
        // Autoscaling owns provisioned capacity once the table exists.
        ignoreChanges: provisioned ? ['read_capacity', 'write_capacity'] : undefined,
      },
    });
    this.tableName = this.table.name;

    if (provisioned) {
      for (const region of [props.homeRegion, ...this.replicaRegions]) {
        this.addAutoscaling(region, 'table', `table/${props.name}`, provisioned);
        for (const gsi of indexes) {
          this.addAutoscaling(region, `index-${gsi.name}`, `table/${props.name}/index/${gsi.name}`, provisioned);
        }
      }
    }
  }

  /** ARN of the table in the home region. */
  public get tableArn(): string {
    return this.table.arn;
  }

  /** ARN of the table (home region) or of its replica in `region`. */
  public replicaArn(region: string): string {
    this.assertRegion(region);
    return region === this.homeRegion ? this.table.arn : this.replicaAttribute(region, 'arn');
  }

  /** Stream ARN of the table (home region) or of its replica in `region`. */
  public streamArn(region: string): string {
    this.assertRegion(region);
    return region === this.homeRegion ? this.table.streamArn : this.replicaAttribute(region, 'stream_arn');
  }

  /** All regions holding a copy of the data, home region first. */
  public get regions(): readonly string[] {
    return [this.homeRegion, ...this.replicaRegions];
  }

  /**
   * IAM policy document (JSON, a Terraform expression) allowing item reads
   * and writes on this table and its indexes in one region only.
   */
  public dataAccessPolicy(region: string): string {
    const arn = this.replicaArn(region);
    return Fn.jsonencode({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'ItemAccessInOneRegion',
          Effect: 'Allow',
          Action: [...DATA_ACCESS_ACTIONS],
          Resource: [arn, `${arn}/index/*`],
        },
      ],
    });
  }

  /** Attaches `dataAccessPolicy(region)` to a role or user as an inline policy. */
  public grantReadWriteData(region: string, principal: IamRole | IamUser): IamRolePolicy | IamUserPolicy {
    const id = `DataAccess-${region}`;
    const policy = this.dataAccessPolicy(region);
    if (principal instanceof IamRole) {
      return new IamRolePolicy(principal, id, { name: `dynamodb-data-${region}`, role: principal.name, policy });
    }
    return new IamUserPolicy(principal, id, { name: `dynamodb-data-${region}`, user: principal.name, policy });
  }

  private assertRegion(region: string): void {
    if (!this.regions.includes(region)) {
      throw new Error(`table ${this.node.path} has no replica in ${region} (regions: ${this.regions.join(', ')})`);
    }
  }

  /** Reads one attribute of the replica block for `region` (replicas are a set, so they cannot be indexed). */
  private replicaAttribute(region: string, attribute: 'arn' | 'stream_arn'): string {
    const byRegion = TerraformIterator.fromList(this.table.replica).forExpressionForMap(
      'val.region_name',
      `val.${attribute}`,
    );
    return Token.asString(Fn.lookup(byRegion, region));
  }

  private addAutoscaling(
    region: string,
    idSuffix: string,
    resourceId: string,
    capacity: NonNullable<TableConfig['provisioned']>,
  ): void {
    const dimensionPrefix = resourceId.includes('/index/') ? 'dynamodb:index' : 'dynamodb:table';
    const targets: Array<[string, number, number]> = [
      ['Read', capacity.minRead, capacity.maxRead],
      ['Write', capacity.minWrite, capacity.maxWrite],
    ];
    for (const [kind, min, max] of targets) {
      const target = new AppautoscalingTarget(this, `${kind}Target-${region}-${idSuffix}`, {
        region,
        serviceNamespace: 'dynamodb',
        resourceId,
        scalableDimension: `${dimensionPrefix}:${kind}CapacityUnits`,
        minCapacity: min,
        maxCapacity: max,
        dependsOn: [this.table],
      });
      new AppautoscalingPolicy(this, `${kind}Policy-${region}-${idSuffix}`, {
        region,
        name: `${resourceId.replace(/\//g, '-')}-${kind.toLowerCase()}`,
        policyType: 'TargetTrackingScaling',
        serviceNamespace: target.serviceNamespace,
        resourceId: target.resourceId,
        scalableDimension: target.scalableDimension,
        targetTrackingScalingPolicyConfiguration: {
          targetValue: capacity.targetUtilizationPercent ?? 70,
          predefinedMetricSpecification: { predefinedMetricType: `DynamoDB${kind}CapacityUtilization` },
        },
      });
    }
  }
}

/** Regions that can form a multi-Region strongly consistent table together. */
export const STRONG_CONSISTENCY_REGION_SETS: Readonly<Record<string, readonly string[]>> = {
  US: ['us-east-1', 'us-east-2', 'us-west-2'],
  EU: ['eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-central-1'],
  AP: ['ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3'],
};

function validateConsistency(problems: Problems, props: GlobalTableProps, replicas: readonly string[]): void {
  const mode = props.consistencyMode ?? 'EVENTUAL';
  problems.oneOf('table.consistencyMode', mode, ['EVENTUAL', 'STRONG']);
  if (mode !== 'STRONG') {
    problems.expect(
      props.witnessRegion === undefined,
      'table.witnessRegion',
      props.witnessRegion,
      'nothing unless consistencyMode is STRONG',
    );
    return;
  }
  const regions = [props.homeRegion, ...replicas, ...(props.witnessRegion ? [props.witnessRegion] : [])];
  const sets = Object.entries(STRONG_CONSISTENCY_REGION_SETS);
  const inOneSet = sets.some(([, set]) => regions.every((r) => set.includes(r)));
  const shape = (replicas.length === 2 && !props.witnessRegion) || (replicas.length === 1 && !!props.witnessRegion);
  problems.expect(
    shape && new Set(regions).size === 3 && inOneSet,
    'table.consistencyMode',
    {
      mode,
      regions,
    },
    'STRONG with exactly three regions of one Region set (home + two replicas, or home + one replica + witnessRegion); ' +
      sets.map(([name, set]) => `${name}: ${set.join(', ')}`).join('; '),
  );
}

/** Every attribute used as a key by the table or an index, each once. */
function keyAttributes(props: TableConfig): AttributeConfig[] {
  const all = [props.partitionKey, props.sortKey];
  for (const gsi of props.globalSecondaryIndexes ?? []) all.push(gsi.partitionKey, gsi.sortKey);
  const byName = new Map<string, AttributeConfig>();
  for (const attr of all) if (attr && !byName.has(attr.name)) byName.set(attr.name, attr);
  return [...byName.values()];
}

function validate(props: GlobalTableProps): void {
  const problems = new Problems(props.context);
  problems.expect(
    /^[a-zA-Z0-9_.-]{3,255}$/.test(props.name),
    'table.name',
    props.name,
    '3-255 characters of a-z, A-Z, 0-9, _, . and -',
  );
  problems.oneOf('table.homeRegion', props.homeRegion, AWS_REGIONS);

  const replicas = props.replicaRegions ?? [];
  replicas.forEach((region, i) => {
    const field = `table.replicaRegions[${i}]`;
    problems.oneOf(field, region, AWS_REGIONS);
    problems.expect(
      region !== props.homeRegion,
      field,
      region,
      `a region other than the home region ${props.homeRegion}`,
    );
    problems.expect(replicas.indexOf(region) === i, field, region, 'each replica region once');
  });

  const keys: Array<[string, AttributeConfig | undefined]> = [
    ['table.partitionKey', props.partitionKey],
    ['table.sortKey', props.sortKey],
  ];
  (props.globalSecondaryIndexes ?? []).forEach((gsi, i) => {
    keys.push([`table.globalSecondaryIndexes[${i}].partitionKey`, gsi.partitionKey]);
    keys.push([`table.globalSecondaryIndexes[${i}].sortKey`, gsi.sortKey]);
    problems.expect(
      /^[a-zA-Z0-9_.-]{3,255}$/.test(gsi.name),
      `table.globalSecondaryIndexes[${i}].name`,
      gsi.name,
      '3-255 characters of a-z, A-Z, 0-9, _, . and -',
    );
    if (gsi.projectionType === 'INCLUDE') {
      problems.expect(
        (gsi.nonKeyAttributes ?? []).length > 0,
        `table.globalSecondaryIndexes[${i}].nonKeyAttributes`,
        gsi.nonKeyAttributes,
        'at least one attribute name with projectionType INCLUDE',
      );
    }
  });
  const types = new Map<string, string>();
  for (const [field, key] of keys) {
    if (!key) continue;
    problems.expect(key.name.length > 0 && key.name.length <= 255, `${field}.name`, key.name, '1-255 characters');
    problems.oneOf(`${field}.type`, key.type, ['S', 'N', 'B']);
    const seen = types.get(key.name);
    problems.expect(
      seen === undefined || seen === key.type,
      `${field}.type`,
      key.type,
      `the type ${seen} already given to attribute ${key.name}`,
    );
    types.set(key.name, key.type);
  }

  const billing = props.billingMode ?? 'PAY_PER_REQUEST';
  problems.oneOf('table.billingMode', billing, ['PAY_PER_REQUEST', 'PROVISIONED']);
  if (billing === 'PROVISIONED') {
    const p = props.provisioned;
    if (
      problems.expect(
        p !== undefined,
        'table.provisioned',
        p,
        'minRead/maxRead/minWrite/maxWrite for autoscaling with PROVISIONED billing',
      ) &&
      p
    ) {
      problems.integerIn('table.provisioned.minRead', p.minRead, 1, 40000);
      problems.integerIn('table.provisioned.minWrite', p.minWrite, 1, 40000);
      problems.expect(
        Number.isInteger(p.maxRead) && p.maxRead >= p.minRead,
        'table.provisioned.maxRead',
        p.maxRead,
        `an integer of at least minRead (${p.minRead})`,
      );
      problems.expect(
        Number.isInteger(p.maxWrite) && p.maxWrite >= p.minWrite,
        'table.provisioned.maxWrite',
        p.maxWrite,
        `an integer of at least minWrite (${p.minWrite})`,
      );
      problems.integerIn('table.provisioned.targetUtilizationPercent', p.targetUtilizationPercent ?? 70, 20, 90);
    }
  } else {
    problems.expect(
      props.provisioned === undefined,
      'table.provisioned',
      props.provisioned,
      'nothing with PAY_PER_REQUEST billing (set billingMode PROVISIONED to use capacities)',
    );
  }

  problems.integerIn('table.pointInTimeRecoveryDays', props.pointInTimeRecoveryDays ?? 35, 1, 35);

  if (replicas.length > 0) {
    problems.expect(
      props.stream?.enabled ?? true,
      'table.stream.enabled',
      props.stream?.enabled,
      'true while the table has replicas (global tables replicate through the stream)',
    );
    problems.expect(
      (props.stream?.viewType ?? 'NEW_AND_OLD_IMAGES') === 'NEW_AND_OLD_IMAGES',
      'table.stream.viewType',
      props.stream?.viewType,
      'NEW_AND_OLD_IMAGES while the table has replicas',
    );
  }
  validateConsistency(problems, props, replicas);

  if (props.kmsKeyArns) {
    for (const region of [props.homeRegion, ...replicas]) {
      const arn = props.kmsKeyArns[region];
      problems.expect(
        arn !== undefined && new RegExp(`^arn:aws[a-z-]*:kms:${region}:\\d{12}:(key|alias)/.+$`).test(arn),
        `table.kmsKeyArns.${region}`,
        arn,
        `a KMS key ARN in ${region} (every table region needs one when any is set)`,
      );
    }
  }
  problems.throwIfAny();
}
