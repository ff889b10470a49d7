/** DynamoDB: the data must survive any single mistake (FK-DDB-*). */

import { block, blockList, isTrue, PolicyRule, SynthesizedResource } from './rule';

const TABLE = 'aws_dynamodb_table';
/** A replica managed as its own resource rather than a `replica` block. */
const TABLE_REPLICA = 'aws_dynamodb_table_replica';

/** Replica blocks of a table, each with a label naming its region. */
function replicas(resource: SynthesizedResource): Array<{ label: string; config: Record<string, unknown> }> {
  if (resource.type !== TABLE) return [];
  return blockList(resource.config.replica).map((config, i) => ({
    label: `replica ${typeof config.region_name === 'string' ? config.region_name : `#${i}`}`,
    config,
  }));
}

export const DYNAMODB_RULES: readonly PolicyRule[] = [
  {
    id: 'FK-DDB-1',
    title: 'Point-in-time recovery on the table and every replica',
    fix: 'set point_in_time_recovery { enabled = true } on the table and point_in_time_recovery = true on each replica',
    resourceTypes: [TABLE, TABLE_REPLICA],
    check(resource) {
      const problems: string[] = [];
      // The table takes a block; replicas (blocks or resources) take a boolean.
      const pitr = resource.type === TABLE
        ? block(resource.config.point_in_time_recovery)?.enabled
        : resource.config.point_in_time_recovery;
      if (!isTrue(pitr)) problems.push('point-in-time recovery is not enabled');
      for (const replica of replicas(resource)) {
        if (!isTrue(replica.config.point_in_time_recovery)) {
          problems.push(`${replica.label}: point-in-time recovery is not enabled`);
        }
      }
      return problems;
    },
  },
  {
    id: 'FK-DDB-2',
    title: 'Deletion protection on the table and every replica',
    fix: 'set deletion_protection_enabled = true on the table and on each replica',
    resourceTypes: [TABLE, TABLE_REPLICA],
    check(resource) {
      const problems: string[] = [];
      if (!isTrue(resource.config.deletion_protection_enabled)) problems.push('deletion protection is not enabled');
      for (const replica of replicas(resource)) {
        if (!isTrue(replica.config.deletion_protection_enabled)) {
          problems.push(`${replica.label}: deletion protection is not enabled`);
        }
      }
      return problems;
    },
  },
  {
    id: 'FK-DDB-3',
    title: 'Terraform refuses to destroy the table',
    fix: 'set lifecycle { prevent_destroy = true } on the resource',
    resourceTypes: [TABLE, TABLE_REPLICA],
    check(resource) {
      return isTrue(block(resource.config.lifecycle)?.prevent_destroy) ? [] : ['lifecycle.prevent_destroy is not true'];
    },
  },
  {
    id: 'FK-DDB-4',
    title: 'A server-side encryption block, when present, is enabled',
    fix: 'remove the server_side_encryption block (AWS-owned key) or set enabled = true in it (KMS key)',
    resourceTypes: [TABLE],
    check(resource) {
      // Without the block DynamoDB encrypts with an AWS-owned key; a disabled block says a KMS key was meant and dropped.
      return blockList(resource.config.server_side_encryption)
        .filter((sse) => !isTrue(sse.enabled))
        .map(() => 'server_side_encryption is present but not enabled');
    },
  },
];
