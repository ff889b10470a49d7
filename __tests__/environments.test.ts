import { ENVIRONMENTS } from '../config/environments';
import { selectEnvironments, withDrill } from '../config/select-environments';
import { ConfigError } from '../constructs/problems';
import { defaultSynth } from './default-stacks';
import { resourcesOf } from './synth';

const synthesized = new Map(ENVIRONMENTS.map((config) => [config.name, defaultSynth(config.name)]));

describe('default environments', () => {
  test.each([...synthesized.keys()])('%s matches its snapshot', (name) => {
    expect(synthesized.get(name)).toMatchSnapshot();
  });

  test('together they cover all four clouds, one with three or more regions, and HAProxy beside managed load balancers', () => {
    const clouds = new Set(ENVIRONMENTS.flatMap((e) => e.regions.map((r) => r.cloud)));
    expect([...clouds].sort()).toEqual(['aws', 'digitalocean', 'linode', 'ovh']);
    expect(Math.max(...ENVIRONMENTS.map((e) => e.regions.length))).toBeGreaterThanOrEqual(3);
    const present = (type: string) =>
      [...synthesized.values()].some((json) => Object.keys(resourcesOf(json, type)).length > 0);
    // DigitalOcean's managed load balancer is covered by its construct tests; staging runs HAProxy there.
    for (const type of ['aws_lb', 'linode_nodebalancer', 'ovh_cloud_project_loadbalancer']) {
      expect(present(type)).toBe(true);
    }
    const kinds = [...synthesized.values()].flatMap(
      (json) =>
        (json.output!.dr_manifest.value as { regions: Array<{ cloud: string; load_balancer: string }> }).regions,
    );
    expect(kinds.filter((r) => r.load_balancer === 'haproxy').map((r) => r.cloud)).toEqual(['digitalocean']);
  });

  test.each([...synthesized.keys()])(
    '%s: one health-checked leaf per region and one failover pair per name',
    (name) => {
      const json = synthesized.get(name)!;
      const config = ENVIRONMENTS.find((e) => e.name === name)!;
      const checks = resourcesOf(json, 'aws_route53_health_check');
      const endpointChecks = Object.values(checks).filter((c) => c.type === 'HTTP' || c.type === 'HTTPS');
      expect(endpointChecks).toHaveLength(config.regions.length);
      const records = Object.values(resourcesOf(json, 'aws_route53_record'));
      expect(records).toHaveLength(2 * (config.regions.length - 1));
      const leaves = records.filter((r) => r.health_check_id);
      expect(leaves.map((r) => r.set_identifier).sort()).toEqual(config.regions.map((r) => r.name).sort());
      // Data-tier awareness is on by default: each leaf is guarded by its region's endpoint-and-data check.
      for (const leaf of leaves) {
        const guard = checks[/aws_route53_health_check\.([^.]+)\.id/.exec(leaf.health_check_id)![1]];
        expect(guard).toMatchObject({ type: 'CALCULATED' });
        expect(guard.child_healthchecks[0]).toContain(`HealthCheck-${leaf.set_identifier}`);
        expect(guard.child_health_threshold).toBe(guard.child_healthchecks.length);
      }
      for (const r of records) if (r.ttl !== undefined) expect(r.ttl).toBeLessThanOrEqual(60);
    },
  );

  test('every environment has a protected global table with a replica per other data region', () => {
    for (const json of synthesized.values()) {
      const table = Object.values(resourcesOf(json, 'aws_dynamodb_table'))[0];
      expect(table).toMatchObject({
        stream_enabled: true,
        stream_view_type: 'NEW_AND_OLD_IMAGES',
        deletion_protection_enabled: true,
        point_in_time_recovery: { enabled: true },
        lifecycle: { prevent_destroy: true },
      });
      expect(table.replica.length).toBeGreaterThanOrEqual(1);
      for (const replica of table.replica) {
        expect(replica).toMatchObject({ point_in_time_recovery: true, deletion_protection_enabled: true });
      }
    }
  });

  test('a drill from the command line applies to its environment only', () => {
    const drilled = withDrill(ENVIRONMENTS, 'production/ovh-gra');
    expect(drilled.map((e) => e.drill)).toEqual([undefined, 'ovh-gra']);
    expect(withDrill(ENVIRONMENTS, undefined)).toEqual(ENVIRONMENTS);
    for (const bad of ['production', 'prod/ovh-gra', 'production/ovh-gra/x']) {
      expect(() => withDrill(ENVIRONMENTS, bad)).toThrow(/FAILOVER_KIT_DRILL = .* allowed: <environment>\/<region>/);
    }
  });

  test('selects environments by name and rejects unknown names with the allowed ones', () => {
    expect(selectEnvironments(ENVIRONMENTS, undefined).map((e) => e.name)).toEqual(['staging', 'production']);
    expect(selectEnvironments(ENVIRONMENTS, 'production').map((e) => e.name)).toEqual(['production']);
    expect(() => selectEnvironments(ENVIRONMENTS, 'prod')).toThrow(ConfigError);
    expect(() => selectEnvironments(ENVIRONMENTS, 'prod')).toThrow(
      /FAILOVER_KIT_ENVIRONMENTS = "prod".*one of: staging, production/,
    );
  });
});
