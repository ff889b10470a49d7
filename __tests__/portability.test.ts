import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ENVIRONMENTS } from '../config/environments';
import { defaultSynth } from './default-stacks';
import { hasCommand, TF_OFFLINE, tfOfflineAvailable } from './tools';

const stacks = ENVIRONMENTS.map((config) => ({
  name: config.name,
  json: defaultSynth(config.name) as any,
}));

describe('OpenTofu portability', () => {
  test.each(stacks.map((s) => [s.name, s.json]))('%s uses only what OpenTofu 1.10+ supports', (_name, json) => {
    const text = JSON.stringify(json);
    // HCP Terraform's cloud block, provider-defined functions and import/removed blocks are absent.
    expect(json.terraform.cloud).toBeUndefined();
    expect(text).not.toMatch(/provider::/);
    expect(json.import).toBeUndefined();
    expect(json.removed).toBeUndefined();
    // State: local, or S3 with S3-native locking (use_lockfile: OpenTofu 1.10+, Terraform 1.10+).
    const backends = Object.keys(json.terraform.backend ?? { local: {} });
    expect(backends).toHaveLength(1);
    expect(['local', 's3']).toContain(backends[0]);
    if (backends[0] === 's3') expect(json.terraform.backend.s3.use_lockfile).toBe(true);
    // Provider sources are registry-relative (`aws` is hashicorp/aws), which OpenTofu resolves in its own registry.
    for (const provider of Object.values<{ source: string }>(json.terraform.required_providers)) {
      expect(provider.source).toMatch(/^([a-z0-9-]+\/)?[a-z0-9-]+$/);
    }
  });

  test('the cdktf CLI runs whatever TERRAFORM_BINARY_NAME names', () => {
    const script = "process.stdout.write('\\nbinary=' + require('@cdktf/commons').terraformBinaryName)";
    const run = spawnSync(process.execPath, ['-e', script], {
      env: { ...process.env, TERRAFORM_BINARY_NAME: 'tofu', CHECKPOINT_DISABLE: '1' },
      encoding: 'utf8',
    });
    expect(run.stdout).toMatch(/\nbinary=tofu(\n|$)/);
  });

  // OpenTofu is neither in Debian's archive nor on npm, so CI cannot install it; where it is
  // present, the default stacks go through tofu init/validate/plan with tf-offline's stand-in providers.
  const tofu = hasCommand('tofu') && tfOfflineAvailable;
  (tofu ? test : test.skip)('tofu validates and plans every default stack', () => {
    const shim = fs.mkdtempSync(path.join(os.tmpdir(), 'fk-tofu-'));
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fk-tofu-stacks-'));
    try {
      // tf-offline calls `terraform`; a shim on PATH sends it to tofu.
      fs.writeFileSync(path.join(shim, 'terraform'), '#!/bin/sh\nexec tofu "$@"\n', { mode: 0o755 });
      const dirs = stacks.map((s) => {
        const dir = path.join(work, s.name);
        fs.mkdirSync(dir);
        fs.writeFileSync(path.join(dir, 'cdk.tf.json'), JSON.stringify(s.json));
        return dir;
      });
      const run = spawnSync(TF_OFFLINE, ['check', ...dirs], {
        encoding: 'utf8',
        env: { ...process.env, PATH: `${shim}:${process.env.PATH}` },
        timeout: 300_000,
      });
      if (run.status !== 0) process.stdout.write(`${run.stdout}${run.stderr}`);
      expect(run.status).toBe(0);
    } finally {
      fs.rmSync(shim, { recursive: true, force: true });
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
  if (!tofu) process.stdout.write('skipping: tofu not on PATH (OpenTofu cannot be installed from Debian or npm)\n');
});
