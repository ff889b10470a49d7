import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { production, staging } from '../config/environments';
import { EnvironmentConfig } from '../config/types';
import { ConfigError } from '../constructs/problems';
import { PolicyError } from '../policy/rules';
import { synthesizeEnvironments } from '../stacks/synthesize-environments';

/** Every file below `dir` with its content, to compare a folder before and after. */
function snapshotFolder(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[path.relative(dir, full)] = fs.readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return files;
}

describe('synthesizeEnvironments', () => {
  let root: string;
  let outdir: string;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'fk-synth-'));
    outdir = path.join(root, 'cdktf.out');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  test('writes one stack folder per environment and the manifest, leaving no staging folder behind', () => {
    expect(synthesizeEnvironments([staging, production], outdir).map((stack) => stack.node.id)).toEqual([
      'staging',
      'production',
    ]);
    expect(Object.keys(snapshotFolder(outdir)).sort()).toEqual([
      'manifest.json',
      'stacks/production/cdk.tf.json',
      'stacks/production/dr-manifest.json',
      'stacks/staging/cdk.tf.json',
      'stacks/staging/dr-manifest.json',
    ]);
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'production', 'dr-manifest.json'), 'utf8'));
    expect(manifest.regions.map((r: any) => [r.priority, r.region, r.cloud, r.location, r.data_region])).toEqual([
      [1, 'aws-use1', 'aws', 'us-east-1', 'us-east-1'],
      [2, 'ovh-gra', 'ovh', 'GRA11', 'eu-west-3'],
      [3, 'linode-ord', 'linode', 'us-ord', 'us-east-2'],
    ]);
    expect(manifest.regions[0].address).toMatch(/^\$\{aws_lb\..+\.dns_name\}$/);
    expect(manifest.records.map((r: any) => `${r.name} ${r.failover} ${r.set_identifier}`)).toEqual([
      'app.example.com PRIMARY aws-use1',
      'app.example.com SECONDARY next-2',
      'failover-2.app.example.com PRIMARY ovh-gra',
      'failover-2.app.example.com SECONDARY linode-ord',
    ]);
    expect(manifest.recovery_budget.worst_case_seconds).toBe(510);
    expect(manifest.alarms).toContain('fk-production-failover-active');
    expect(
      JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8')).stacks.staging.synthesizedStackPath,
    ).toBe('stacks/staging/cdk.tf.json');
    expect(fs.readdirSync(root)).toEqual(['cdktf.out']);
  });

  test('a rejected environment leaves the output folder exactly as it was, even when others are valid', () => {
    synthesizeEnvironments([staging], outdir);
    fs.writeFileSync(path.join(outdir, 'keep.txt'), 'mine');
    const before = snapshotFolder(outdir);
    const broken: EnvironmentConfig = { ...production, dns: { ...production.dns, ttlSeconds: 300 } };
    expect(() => synthesizeEnvironments([staging, broken], outdir)).toThrow(ConfigError);
    expect(snapshotFolder(outdir)).toEqual(before);
    expect(fs.readdirSync(root)).toEqual(['cdktf.out']);
  });

  test('a policy violation found during synthesis also leaves the output folder as it was', () => {
    synthesizeEnvironments([staging], outdir);
    const before = snapshotFolder(outdir);
    // A waiver that silences nothing is itself a violation (FK-POL-1), raised only while synthesizing.
    const stale: EnvironmentConfig = {
      ...production,
      policySuppressions: [
        { ruleId: 'FK-NET-3', reason: 'no Linode firewall exists in this path', path: 'production/aws-use1' },
      ],
    };
    expect(() => synthesizeEnvironments([staging, stale], outdir)).toThrow(PolicyError);
    expect(() => synthesizeEnvironments([staging, stale], outdir)).toThrow(/\[FK-POL-1\] production\/aws-use1/);
    expect(snapshotFolder(outdir)).toEqual(before);
    expect(fs.readdirSync(root)).toEqual(['cdktf.out']);
  });

  test('a rejected configuration creates no output folder when there was none', () => {
    const broken: EnvironmentConfig = { ...staging, regions: [staging.regions[0]] };
    expect(() => synthesizeEnvironments([broken], outdir)).toThrow(/environment staging: regions = 1 is not allowed/);
    expect(fs.readdirSync(root)).toEqual([]);
  });

  test('replaces the stacks it synthesizes and keeps the others', () => {
    synthesizeEnvironments([staging, production], outdir);
    const stagingFile = path.join(outdir, 'stacks', 'staging', 'cdk.tf.json');
    fs.writeFileSync(stagingFile, 'stale');
    synthesizeEnvironments([staging], outdir);
    expect(JSON.parse(fs.readFileSync(stagingFile, 'utf8')).resource).toBeDefined();
    expect(fs.existsSync(path.join(outdir, 'stacks', 'production', 'cdk.tf.json'))).toBe(true);
  });
});
