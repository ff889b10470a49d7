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

/** `<what> is not enabled` for the table (by `tableValue`) and each replica block (by `replicaAttribute`) lacking it. */
function onTableAndReplicas(
  resource: SynthesizedResource,
  tableValue: unknown,
  replicaAttribute: string,
  what: string,
): string[] {
  const problems = isTrue(tableValue) ? [] : [`${what} is not enabled`];
  for (const replica of replicas(resource)) {
    if (!isTrue(replica.config[replicaAttribute])) problems.push(`${replica.label}: ${what} is not enabled`);
  }
  return problems;
}

export const DYNAMODB_RULES: readonly PolicyRule[] = [
  {
    id: 'FK-DDB-1',
    title: 'Point-in-time recovery on the table and every replica',
    fix: 'set point_in_time_recovery { enabled = true } on the table and point_in_time_recovery = true on each replica',
    resourceTypes: [TABLE, TABLE_REPLICA],
    check(resource) {
      // The table takes a block; replicas (blocks or resources) take a boolean.
      const pitr =
        resource.type === TABLE
          ? block(resource.config.point_in_time_recovery)?.enabled
          : resource.config.point_in_time_recovery;
      return onTableAndReplicas(resource, pitr, 'point_in_time_recovery', 'point-in-time recovery');
    },
  },
  {
    id: 'FK-DDB-2',
    title: 'Deletion protection on the table and every replica',
    fix: 'set deletion_protection_enabled = true on the table and on each replica',
    resourceTypes: [TABLE, TABLE_REPLICA],
    check(resource) {
      return onTableAndReplicas(
        resource,
        resource.config.deletion_protection_enabled,
        'deletion_protection_enabled',
        'deletion protection',
      );
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
