import { TerraformLocal, TerraformOutput, TerraformStack, Testing } from '../cdk';
import { ENVIRONMENTS } from '../config/environments';
import { EnvironmentConfig } from '../config/types';
import { renderUserData } from '../constructs/bootstrap';
import { ConfigError } from '../constructs/problems';
import { findSecretLiterals, findSecretsInText, looksLikeSecret } from '../constructs/secrets';
import { base64UserData } from '../constructs/user-data';
import { FailoverStack } from '../stacks/failover-stack';
import { defaultSynthText } from './default-stacks';

/*
 * The synthesized Terraform JSON is what gets written to cdktf.out, plan files
 * and CI logs: no secret may reach it. Fixtures are built at run time so the
 * repository itself holds no secret literal.
 */

/** An AWS access key id assembled at run time. */
const leakedKeyId = ['AK', 'IA'].join('') + 'Q7XZ'.repeat(4);

function stringsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, into));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.push(k);
      stringsIn(v, into);
    }
  }
  return into;
}

function scan(text: string): string[] {
  const json = JSON.parse(text) as unknown;
  return [
    ...findSecretsInText(text).map((f) => `document: ${f.masked}`),
    ...findSecretLiterals(json).map((f) => `${f.path}: ${f.masked}`),
    ...stringsIn(json).flatMap((s) => {
      const kind = looksLikeSecret(s);
      return kind ? [`string: ${kind}`] : [];
    }),
  ];
}

const synthesized = ENVIRONMENTS.map((config) => [config.name, defaultSynthText(config.name)] as const);

describe('synthesized default environments hold no secret literal', () => {
  test.each(synthesized)('%s', (_name, text) => {
    // The scan covers the instance user data, not just resource arguments.
    const strings = stringsIn(JSON.parse(text));
    expect(strings.some((s) => s.startsWith('#cloud-config'))).toBe(true);
    expect(scan(text)).toEqual([]);
  });

  test('production carries its access keys as Terraform references only', () => {
    const text = new Map(synthesized).get('production')!;
    const strings = stringsIn(JSON.parse(text));
    expect(strings.some((s) => /AWS_SECRET_ACCESS_KEY=\\"\$\{aws_iam_access_key\.[^}]+\.secret\}/.test(s))).toBe(true);
    expect(scan(text)).toEqual([]);
  });
});

describe('the scan catches a literal key', () => {
  const customUserData = `#cloud-config\nwrite_files:\n  - path: /etc/app/aws.env\n    content: "AWS_ACCESS_KEY_ID=${leakedKeyId}"\n`;

  test('in custom user data, which reaches the JSON only base64-encoded', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'leak');
    const userData = renderUserData({
      environment: 'leak',
      regionName: 'aws-use1',
      cloud: 'aws',
      dataRegion: 'us-east-1',
      tableName: 'app',
      appPort: 8080,
      healthPath: '/healthz',
      customUserData,
    });
    new TerraformOutput(stack, 'user_data', { value: base64UserData(stack, userData) });
    const text = Testing.synth(stack, true);
    expect(text).not.toContain(leakedKeyId);
    const findings = scan(text);
    expect(findings).toContain('document: aws-access-key-id: AKIA… (masked)');
    expect(findings.join('\n')).not.toContain(leakedKeyId);
  });

  test('in a plain resource argument', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'leak');
    new TerraformLocal(stack, 'env', { DIGITALOCEAN_TOKEN: 'dop_' + 'v1_' + 'c0ffee42'.repeat(8) });
    expect(scan(Testing.synth(stack, true))).toEqual(
      expect.arrayContaining([
        'document: digitalocean-token: dop_… (masked)',
        'locals.env.DIGITALOCEAN_TOKEN: digitalocean-token: dop_… (masked)',
      ]),
    );
  });

  test('FailoverStack refuses a config holding a secret, without repeating the secret', () => {
    const staging = ENVIRONMENTS.find((e) => e.name === 'staging')!;
    const config: EnvironmentConfig = { ...staging, app: { userData: customUserData } };
    let error: unknown;
    try {
      new FailoverStack(Testing.app(), config);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toContainEqual(
      expect.objectContaining({
        environment: 'staging',
        field: 'app.userData',
        allowed: expect.stringContaining('use an environment variable'),
      }),
    );
    expect((error as ConfigError).message).not.toContain(leakedKeyId);
  });
});
