import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamUser } from '@cdktf/provider-aws/lib/iam-user';
import { GlobalTable, GlobalTableProps } from '../constructs/global-table';
import { synthTable } from './fixtures/global-table';
import { onlyResource, problemsOf, resourcesOf } from './synth';

const tableProblems = (props: Partial<GlobalTableProps>) => problemsOf(() => synthTable(props));

describe('GlobalTable', () => {
  test('creates the table in its home region with a protected replica per other region', () => {
    const table = onlyResource(synthTable({ tags: { team: 'sre' } }), 'aws_dynamodb_table');
    expect(table).toMatchObject({
      region: 'us-east-1',
      name: 'orders',
      billing_mode: 'PAY_PER_REQUEST',
      hash_key: 'pk',
      attribute: [{ name: 'pk', type: 'S' }],
      stream_enabled: true,
      stream_view_type: 'NEW_AND_OLD_IMAGES',
      deletion_protection_enabled: true,
      point_in_time_recovery: { enabled: true, recovery_period_in_days: 35 },
      lifecycle: { prevent_destroy: true },
      tags: { team: 'sre' },
    });
    expect(table.replica).toEqual([
      {
        region_name: 'eu-west-1',
        point_in_time_recovery: true,
        deletion_protection_enabled: true,
        propagate_tags: true,
      },
      {
        region_name: 'ap-southeast-2',
        point_in_time_recovery: true,
        deletion_protection_enabled: true,
        propagate_tags: true,
      },
    ]);
    // AWS-owned key by default: no customer key block.
    expect(table.server_side_encryption).toBeUndefined();
  });

  test('declares every key attribute once, from the table and its indexes, and sets TTL', () => {
    const table = onlyResource(
      synthTable({
        sortKey: { name: 'sk', type: 'S' },
        timeToLiveAttribute: 'expiresAt',
        globalSecondaryIndexes: [
          { name: 'by-customer', partitionKey: { name: 'customer', type: 'S' }, sortKey: { name: 'sk', type: 'S' } },
          {
            name: 'by-total',
            partitionKey: { name: 'total', type: 'N' },
            projectionType: 'INCLUDE',
            nonKeyAttributes: ['status'],
          },
        ],
      }),
      'aws_dynamodb_table',
    );
    expect(table.attribute).toEqual([
      { name: 'pk', type: 'S' },
      { name: 'sk', type: 'S' },
      { name: 'customer', type: 'S' },
      { name: 'total', type: 'N' },
    ]);
    expect(table.range_key).toBe('sk');
    expect(table.ttl).toEqual({ enabled: true, attribute_name: 'expiresAt' });
    expect(table.global_secondary_index).toEqual([
      { name: 'by-customer', hash_key: 'customer', range_key: 'sk', projection_type: 'ALL' },
      { name: 'by-total', hash_key: 'total', projection_type: 'INCLUDE', non_key_attributes: ['status'] },
    ]);
  });

  test('strong consistency: every replica STRONG, with two replicas or one replica plus a witness', () => {
    const three = onlyResource(
      synthTable({ consistencyMode: 'STRONG', replicaRegions: ['us-east-2', 'us-west-2'] }),
      'aws_dynamodb_table',
    );
    expect(three.replica.map((r: any) => [r.region_name, r.consistency_mode])).toEqual([
      ['us-east-2', 'STRONG'],
      ['us-west-2', 'STRONG'],
    ]);
    expect(three.global_table_witness).toBeUndefined();
    const witnessed = onlyResource(
      synthTable({
        homeRegion: 'eu-west-1',
        consistencyMode: 'STRONG',
        replicaRegions: ['eu-central-1'],
        witnessRegion: 'eu-west-3',
      }),
      'aws_dynamodb_table',
    );
    expect(witnessed.global_table_witness).toEqual({ region_name: 'eu-west-3' });
    expect(witnessed.replica[0].consistency_mode).toBe('STRONG');
  });

  test('a table without replicas may turn its stream off', () => {
    const table = onlyResource(synthTable({ replicaRegions: [], stream: { enabled: false } }), 'aws_dynamodb_table');
    expect(table.stream_enabled).toBe(false);
    expect(table.stream_view_type).toBeUndefined();
  });

  test('uses customer KMS keys per region when given', () => {
    const kmsKeyArns = {
      'us-east-1': 'arn:aws:kms:us-east-1:111122223333:key/home',
      'eu-west-1': 'arn:aws:kms:eu-west-1:111122223333:key/eu',
      'ap-southeast-2': 'arn:aws:kms:ap-southeast-2:111122223333:key/ap',
    };
    const table = onlyResource(synthTable({ kmsKeyArns }), 'aws_dynamodb_table');
    expect(table.server_side_encryption).toEqual({ enabled: true, kms_key_arn: kmsKeyArns['us-east-1'] });
    expect(table.replica.map((r: any) => r.kms_key_arn)).toEqual([
      kmsKeyArns['eu-west-1'],
      kmsKeyArns['ap-southeast-2'],
    ]);
  });

  test('provisioned billing autoscales reads and writes on the table and every replica, indexes included', () => {
    const json = synthTable({
      billingMode: 'PROVISIONED',
      provisioned: { minRead: 5, maxRead: 100, minWrite: 5, maxWrite: 50 },
      globalSecondaryIndexes: [{ name: 'by-x', partitionKey: { name: 'x', type: 'S' } }],
    });
    const table = onlyResource(json, 'aws_dynamodb_table');
    expect(table).toMatchObject({ billing_mode: 'PROVISIONED', read_capacity: 5, write_capacity: 5 });
    expect(table.lifecycle.ignore_changes).toEqual(['read_capacity', 'write_capacity']);
    const targets = Object.values(resourcesOf(json, 'aws_appautoscaling_target'));
    // 3 regions x (table + 1 index) x (read + write)
    expect(targets).toHaveLength(12);
    for (const region of ['us-east-1', 'eu-west-1', 'ap-southeast-2']) {
      const inRegion = targets.filter((t) => t.region === region);
      expect(inRegion.map((t) => `${t.resource_id} ${t.scalable_dimension}`).sort()).toEqual([
        'table/orders dynamodb:table:ReadCapacityUnits',
        'table/orders dynamodb:table:WriteCapacityUnits',
        'table/orders/index/by-x dynamodb:index:ReadCapacityUnits',
        'table/orders/index/by-x dynamodb:index:WriteCapacityUnits',
      ]);
    }
    const policies = Object.values(resourcesOf(json, 'aws_appautoscaling_policy'));
    expect(policies).toHaveLength(12);
    expect(policies[0].target_tracking_scaling_policy_configuration).toMatchObject({ target_value: 70 });
  });

  test('grants item access to one region only, never Scan or wildcards', () => {
    const json = synthTable({}, (table, scope) => {
      const user = new IamUser(scope, 'User', { name: 'app' });
      table.grantReadWriteData('eu-west-1', user);
      const role = new IamRole(scope, 'Role', { name: 'app', assumeRolePolicy: '{}' });
      table.grantReadWriteData('us-east-1', role);
    });
    const userPolicy = onlyResource(json, 'aws_iam_user_policy');
    expect(userPolicy.policy).toContain('"dynamodb:GetItem"');
    expect(userPolicy.policy).not.toContain('Scan');
    expect(userPolicy.policy).not.toMatch(/"dynamodb:\*"|"\*"/);
    expect(userPolicy.policy).toContain('val.region_name => val.arn }["eu-west-1"]');
    expect(userPolicy.policy).toContain('/index/*');
    const rolePolicy = onlyResource(json, 'aws_iam_role_policy');
    expect(rolePolicy.policy).toContain('aws_dynamodb_table.Data_Table');
    expect(rolePolicy.policy).not.toContain('region_name');
  });

  test('exposes replica and stream ARNs per region and refuses regions without a copy', () => {
    let table!: GlobalTable;
    synthTable({}, (t) => {
      table = t;
    });
    expect(() => table.streamArn('sa-east-1')).toThrow(/no replica in sa-east-1/);
    expect(table.regions).toEqual(['us-east-1', 'eu-west-1', 'ap-southeast-2']);
  });

  test.each<[string, Partial<GlobalTableProps>, string, RegExp]>([
    ['a short name', { name: 'ab' }, 'table.name', /3-255 characters/],
    ['a name with spaces', { name: 'my table' }, 'table.name', /3-255 characters/],
    ['an unknown home region', { homeRegion: 'us-east-9' }, 'table.homeRegion', /one of: .*us-east-1/],
    [
      'the home region as a replica',
      { replicaRegions: ['us-east-1'] },
      'table.replicaRegions[0]',
      /other than the home region/,
    ],
    [
      'a replica listed twice',
      { replicaRegions: ['eu-west-1', 'eu-west-1'] },
      'table.replicaRegions[1]',
      /each replica region once/,
    ],
    [
      'an attribute type other than S/N/B',
      { partitionKey: { name: 'pk', type: 'X' as 'S' } },
      'table.partitionKey.type',
      /one of: S, N, B/,
    ],
    [
      'one attribute with two types',
      {
        globalSecondaryIndexes: [{ name: 'idx', partitionKey: { name: 'pk', type: 'N' } }],
      },
      'table.globalSecondaryIndexes[0].partitionKey.type',
      /type S already given/,
    ],
    ['provisioned billing without capacities', { billingMode: 'PROVISIONED' }, 'table.provisioned', /autoscaling/],
    [
      'on-demand billing with capacities',
      {
        provisioned: { minRead: 1, maxRead: 2, minWrite: 1, maxWrite: 2 },
      },
      'table.provisioned',
      /nothing with PAY_PER_REQUEST/,
    ],
    [
      'max below min',
      {
        billingMode: 'PROVISIONED',
        provisioned: { minRead: 10, maxRead: 2, minWrite: 1, maxWrite: 2 },
      },
      'table.provisioned.maxRead',
      /at least minRead/,
    ],
    ['a PITR period of 36 days', { pointInTimeRecoveryDays: 36 }, 'table.pointInTimeRecoveryDays', /from 1 to 35/],
    [
      'KMS keys missing for a replica',
      {
        kmsKeyArns: { 'us-east-1': 'arn:aws:kms:us-east-1:111122223333:key/k' },
      },
      'table.kmsKeyArns.eu-west-1',
      /KMS key ARN in eu-west-1/,
    ],
    [
      'streams disabled while replicas exist',
      { stream: { enabled: false } },
      'table.stream.enabled',
      /true while the table has replicas/,
    ],
    [
      'a stream view other than NEW_AND_OLD_IMAGES while replicas exist',
      { stream: { viewType: 'KEYS_ONLY' } },
      'table.stream.viewType',
      /NEW_AND_OLD_IMAGES while the table has replicas/,
    ],
    [
      'strong consistency with two replicas across Region sets',
      { consistencyMode: 'STRONG' },
      'table.consistencyMode',
      /exactly three regions of one Region set.*US: us-east-1, us-east-2, us-west-2/,
    ],
    [
      'strong consistency with one replica and no witness',
      { consistencyMode: 'STRONG', replicaRegions: ['us-east-2'] },
      'table.consistencyMode',
      /home \+ one replica \+ witnessRegion/,
    ],
    [
      'strong consistency with three replicas',
      {
        consistencyMode: 'STRONG',
        replicaRegions: ['us-east-2', 'us-west-2', 'eu-west-1'],
      },
      'table.consistencyMode',
      /exactly three regions/,
    ],
    [
      'a witness without strong consistency',
      { witnessRegion: 'us-west-2' },
      'table.witnessRegion',
      /unless consistencyMode is STRONG/,
    ],
    [
      'INCLUDE projection without attributes',
      {
        globalSecondaryIndexes: [{ name: 'idx', partitionKey: { name: 'g', type: 'S' }, projectionType: 'INCLUDE' }],
      },
      'table.globalSecondaryIndexes[0].nonKeyAttributes',
      /at least one attribute/,
    ],
  ])('rejects %s', (_case, props, field, allowed) => {
    const problems = tableProblems(props);
    const problem = problems.find((p) => p.field === field);
    expect(problem).toBeDefined();
    expect(problem!.allowed).toMatch(allowed);
  });

  test('reports every problem of one table together', () => {
    const problems = tableProblems({ name: 'x', homeRegion: 'mars-1', pointInTimeRecoveryDays: 0 });
    expect(problems.map((p) => p.field)).toEqual(['table.name', 'table.homeRegion', 'table.pointInTimeRecoveryDays']);
  });
});
