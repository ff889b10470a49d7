import { block, defaultStack, edited, findings, fixture, resourceOf } from './policy-fixtures';

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

    const doLb = fixture([
      block('digitalocean_loadbalancer', 'test/do/Lb', { healthcheck: { protocol: 'tcp', port: 8080 } }),
    ]);
    expect(findings('FK-DR-3', doLb)).toEqual([
      ['test/do/Lb', 'healthcheck.protocol is tcp, not http or https'],
      ['test/do/Lb', 'healthcheck.path is not set'],
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

  test('FK-DR-3: a HAProxy instance checks every server over HTTP (option httpchk, http-check expect, check)', () => {
    const path = 'staging/do-nyc/HaproxyDroplet';
    const withConfig = (...edits: Array<[string | RegExp, string]>) => {
      const json = defaultStack('staging');
      const droplet = resourceOf(json, 'digitalocean_droplet', 'Haproxy');
      droplet.user_data = edits.reduce((text: string, [from, to]) => edited(text, from, to), droplet.user_data);
      return findings('FK-DR-3', json);
    };

    expect(withConfig(['    option httpchk\\n', ''])).toEqual([
      [path, 'haproxy.cfg backend app has no option httpchk'],
    ]);
    expect(withConfig(['    option httpchk\\n', '    option httpchk\\n    option tcp-check\\n'])).toEqual([
      [path, 'haproxy.cfg backend app has no option httpchk (option tcp-check is in force)'],
    ]);
    expect(withConfig([/    http-check expect [^\\]*\\n/, ''])).toEqual([
      [path, 'haproxy.cfg backend app has no http-check expect rule'],
    ]);
    expect(withConfig(['default-server check ', 'default-server '])).toEqual([
      [path, 'haproxy.cfg backend app: server app-0, app-1 not health-checked (no check on it or on default-server)'],
    ]);
    expect(withConfig([':8080\\n    server app-1', ':8080 no-check\\n    server app-1'])).toEqual([
      [path, 'haproxy.cfg backend app: server app-0 not health-checked (no check on it or on default-server)'],
    ]);
    // A check on every server line does as well as one on default-server; so do settings from defaults.
    expect(withConfig(['default-server check ', 'default-server '], [/(:8080)(?=\\n)/g, '$1 check'])).toEqual([]);
    expect(
      withConfig(
        ['    option httpchk\\n', ''],
        [/    http-check expect [^\\]*\\n/, ''],
        ['defaults\\n', 'defaults\\n    option httpchk\\n    http-check expect status 200\\n'],
      ),
    ).toEqual([]);
    expect(withConfig([/(    content: )"# haproxy\.cfg[^\n]*/, '$1"aGFwcm94eQ=="\n    encoding: "b64"'])).toEqual([
      [path, '/etc/haproxy/haproxy.cfg is written with encoding b64, so its health checks cannot be read'],
    ]);
  });

  test('FK-DR-3: a Linode HAProxy instance is read through the local its user data encodes', () => {
    const cloudConfig = (cfg: string) =>
      [
        '#cloud-config',
        'write_files:',
        '  - path: "/etc/haproxy/haproxy.cfg"',
        `    content: ${JSON.stringify(cfg)}`,
      ].join('\n');
    const backend = ['backend app', '    option httpchk GET /healthz', '    server app-0 192.168.130.10:8080 check'];
    const stack = (cfg: string) =>
      fixture(
        [
          block('linode_instance', 'test/linode/Haproxy', {
            metadata: [{ user_data: '${base64encode(local.linode_HaproxyUserData)}' }],
          }),
          // An app instance: no haproxy.cfg, so nothing for DR-3 to check.
          block('linode_instance', 'test/linode/App', { metadata: [{ user_data: '${base64encode(local.app)}' }] }),
        ],
        { locals: { linode_HaproxyUserData: cloudConfig(cfg), app: '#cloud-config\nruncmd:\n  - ["true"]\n' } },
      );
    expect(findings('FK-DR-3', stack([...backend, '    http-check expect status 200'].join('\n')))).toEqual([]);
    expect(findings('FK-DR-3', stack(backend.join('\n')))).toEqual([
      ['test/linode/Haproxy', 'haproxy.cfg backend app has no http-check expect rule'],
    ]);
    expect(findings('FK-DR-3', stack('frontend public\n    bind :80\n'))).toEqual([
      ['test/linode/Haproxy', 'haproxy.cfg has no backend with servers'],
    ]);

    // Written by hand as a literal block, with a comment hiding the expect rule: read as HAProxy reads it.
    const literalBlock = (cfg: string[]) =>
      fixture(
        [block('linode_instance', 'test/linode/Literal', { metadata: { user_data: '${base64encode(local.ud)}' } })],
        {
          locals: {
            ud: ['#cloud-config', 'write_files:', "- path: '/etc/haproxy/haproxy.cfg'", '  content: |', ...cfg].join(
              '\n',
            ),
          },
        },
      );
    const indented = (lines: string[]) => lines.map((line) => `    ${line}`);
    expect(findings('FK-DR-3', literalBlock(indented([...backend, 'http-check expect status 200'])))).toEqual([]);
    expect(findings('FK-DR-3', literalBlock(indented([...backend, '# http-check expect status 200'])))).toEqual([
      ['test/linode/Literal', 'haproxy.cfg backend app has no http-check expect rule'],
    ]);
  });
});
