import { block, defaultStack, findings, fixture, resourceOf } from './policy-fixtures';

const TABLE = 'production/GlobalTable/Table';

function table(json: any): any {
  return resourceOf(json, 'aws_dynamodb_table');
}

describe('DynamoDB rules', () => {
  test('FK-DDB-1: point-in-time recovery on the table and every replica', () => {
    expect(findings('FK-DDB-1', defaultStack('production'))).toEqual([]);

    const json = defaultStack('production');
    table(json).point_in_time_recovery = { enabled: false };
    table(json).replica[1].point_in_time_recovery = false;
    expect(findings('FK-DDB-1', json)).toEqual([
      [TABLE, 'point-in-time recovery is not enabled'],
      [TABLE, 'replica us-east-2: point-in-time recovery is not enabled'],
    ]);
  });

  test('FK-DDB-1 also covers replicas managed as their own resource', () => {
    const replica = (pitr: boolean) =>
      fixture([
        block('aws_dynamodb_table_replica', 'test/Replica', {
          global_table_arn: '${aws_dynamodb_table.Table.arn}',
          point_in_time_recovery: pitr,
          deletion_protection_enabled: true,
          lifecycle: { prevent_destroy: true },
        }),
      ]);
    expect(findings('FK-DDB-1', replica(true))).toEqual([]);
    expect(findings('FK-DDB-1', replica(false))).toEqual([['test/Replica', 'point-in-time recovery is not enabled']]);
  });

  test('FK-DDB-2: deletion protection on the table and every replica', () => {
    expect(findings('FK-DDB-2', defaultStack('production'))).toEqual([]);

    const json = defaultStack('production');
    delete table(json).deletion_protection_enabled;
    table(json).replica[0].deletion_protection_enabled = false;
    expect(findings('FK-DDB-2', json)).toEqual([
      [TABLE, 'deletion protection is not enabled'],
      [TABLE, 'replica eu-west-3: deletion protection is not enabled'],
    ]);
  });

  test('FK-DDB-3: lifecycle prevent_destroy', () => {
    expect(findings('FK-DDB-3', defaultStack('staging'))).toEqual([]);

    const json = defaultStack('staging');
    delete table(json).lifecycle;
    expect(findings('FK-DDB-3', json)).toEqual([
      ['staging/GlobalTable/Table', 'lifecycle.prevent_destroy is not true'],
    ]);
  });

  test('FK-DDB-4: a server_side_encryption block, when present, is enabled', () => {
    // Absent: AWS-owned key, encrypted.
    expect(findings('FK-DDB-4', defaultStack('production'))).toEqual([]);
    const kms = defaultStack('production');
    table(kms).server_side_encryption = { enabled: true, kms_key_arn: 'arn:aws:kms:us-east-1:123456789012:key/abcd' };
    expect(findings('FK-DDB-4', kms)).toEqual([]);

    const disabled = defaultStack('production');
    table(disabled).server_side_encryption = { enabled: false };
    expect(findings('FK-DDB-4', disabled)).toEqual([[TABLE, 'server_side_encryption is present but not enabled']]);
  });
});
