import { block, defaultStack, findings, fixture, resourceOf } from './policy-fixtures';

function record(json: any, id: string): any {
  return resourceOf(json, 'aws_route53_record', id);
}

describe('disaster recovery rules', () => {
  test('FK-DR-1: every failover record carries a health check, or aliases a record of the zone', () => {
    // Production has an ALB alias leaf, IP leaves and an in-zone alias link.
    expect(findings('FK-DR-1', defaultStack('production'))).toEqual([]);

    const json = defaultStack('production');
    delete record(json, 'Primary0').health_check_id;
    delete record(json, 'Secondary1').health_check_id;
    record(json, 'Link0').alias.evaluate_target_health = false;
    expect(findings('FK-DR-1', json)).toEqual([
      ['production/Dns/Link0', 'alias within the zone has neither health_check_id nor evaluate_target_health'],
      // An alias to the ALB lives in the ALB's zone: it needs the region's check.
      ['production/Dns/Primary0', 'failover record has no health_check_id'],
      ['production/Dns/Secondary1', 'failover record has no health_check_id'],
    ]);
  });

  test('FK-DR-2: failover records have a TTL of 60 s at most', () => {
    expect(findings('FK-DR-2', defaultStack('staging'))).toEqual([]);

    const json = defaultStack('staging');
    record(json, 'Secondary0').ttl = 300;
    expect(findings('FK-DR-2', json)).toEqual([['staging/Dns/Secondary0', 'ttl is 300']]);

    // Only failover records are bound by it.
    const plain = fixture([
      block('aws_route53_record', 'test/Dns/Www', {
        name: 'www',
        type: 'A',
        ttl: 3600,
        records: ['192.0.2.1'],
        zone_id: 'Z1',
      }),
    ]);
    expect(findings('FK-DR-2', plain)).toEqual([]);
  });

  test('FK-DR-3: every regional load balancer has an HTTP(S) health check on a path', () => {
    expect(findings('FK-DR-3', defaultStack('production'))).toEqual([]);
    expect(findings('FK-DR-3', defaultStack('staging'))).toEqual([]);

    const production = defaultStack('production');
    resourceOf(production, 'aws_lb_target_group').health_check = { enabled: true, protocol: 'TCP', port: '8080' };
    resourceOf(production, 'linode_nodebalancer_config').check = 'connection';
    delete resourceOf(production, 'linode_nodebalancer_config').check_path;
    resourceOf(production, 'ovh_cloud_project_loadbalancer').listeners[0].pool.health_monitor.monitor_type = 'tcp';
    expect(findings('FK-DR-3', production)).toEqual([
      ['production/aws-use1/TargetGroup', 'health_check.protocol is TCP, not HTTP or HTTPS'],
      ['production/aws-use1/TargetGroup', 'health_check.path is not set'],
      ['production/linode-ord/HttpConfig', 'check is connection, not http or http_body'],
      ['production/linode-ord/HttpConfig', 'check_path is not set'],
      [
        'production/ovh-gra/LoadBalancer',
        'listener fk-production-ovh-gra-http: health_monitor.monitor_type is tcp, not http or https',
      ],
    ]);

    const disabled = defaultStack('production');
    resourceOf(disabled, 'aws_lb_target_group').health_check.enabled = false;
    delete resourceOf(disabled, 'ovh_cloud_project_loadbalancer').listeners[0].pool.health_monitor;
    expect(findings('FK-DR-3', disabled)).toEqual([
      ['production/aws-use1/TargetGroup', 'health_check is disabled'],
      ['production/ovh-gra/LoadBalancer', 'listener fk-production-ovh-gra-http: pool has no health_monitor'],
    ]);

    const staging = defaultStack('staging');
    resourceOf(staging, 'digitalocean_loadbalancer').healthcheck = { protocol: 'tcp', port: 8080 };
    expect(findings('FK-DR-3', staging)).toEqual([
      ['staging/do-nyc/LoadBalancer', 'healthcheck.protocol is tcp, not http or https'],
      ['staging/do-nyc/LoadBalancer', 'healthcheck.path is not set'],
    ]);
  });

  test('FK-DR-4: a replicated table streams new and old images', () => {
    expect(findings('FK-DR-4', defaultStack('production'))).toEqual([]);

    const json = defaultStack('production');
    resourceOf(json, 'aws_dynamodb_table').stream_view_type = 'KEYS_ONLY';
    expect(findings('FK-DR-4', json)).toEqual([
      ['production/GlobalTable/Table', 'stream_view_type is KEYS_ONLY, not NEW_AND_OLD_IMAGES'],
    ]);

    // A single-region table needs no stream; one with a replica resource does.
    const table = block('aws_dynamodb_table', 'test/Table', { name: 't', hash_key: 'pk' });
    expect(findings('FK-DR-4', fixture([table]))).toEqual([]);
    const replica = block('aws_dynamodb_table_replica', 'test/Replica', {
      global_table_arn: '${aws_dynamodb_table.Table.arn}',
    });
    expect(findings('FK-DR-4', fixture([table, replica]))).toEqual([
      ['test/Table', 'stream_enabled is not true'],
      ['test/Table', 'stream_view_type is not set, not NEW_AND_OLD_IMAGES'],
    ]);
  });
});
