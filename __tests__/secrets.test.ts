import { createHash, generateKeyPairSync, KeyObject } from 'node:crypto';
import { ENVIRONMENTS } from '../config/environments';
import { renderUserData } from '../constructs/bootstrap';
import { ConfigError } from '../constructs/problems';
import {
  findSecretLiterals,
  findSecretsInText,
  looksLikeSecret,
  maskSecret,
  SECRET_DETECTORS,
  SECRET_LITERAL_ALLOWED,
  secretFieldTier,
  SecretKind,
  secretProblems,
} from '../constructs/secrets';

/*
 * Every secret-shaped fixture is assembled at run time from fragments or
 * generated, so this file holds no secret literal (the repository must not).
 */

/** Deterministic pseudo-random text over an alphabet. */
function pseudo(alphabet: string, length: number, seed: number): string {
  let state = seed >>> 0;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out += alphabet[state % alphabet.length];
  }
  return out;
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = UPPER.toLowerCase();
const DIGITS = '0123456789';
const HEX = '0123456789abcdef';
const BASE64 = `${UPPER}${LOWER}${DIGITS}+/`;

const awsKeyId = (prefix = ['AK', 'IA'].join(''), seed = 1) => prefix + pseudo(UPPER + '234567', 16, seed);
const awsSecret = (seed = 2) => 'Ab3/' + pseudo(BASE64, 36, seed);
const doToken = (kind: 'p' | 'o' | 'r' = 'p', seed = 3) => `do${kind}_` + 'v1_' + pseudo(HEX, 64, seed);
const hex64 = (seed = 4) => pseudo(HEX, 64, seed);
const ovhSecret = (seed = 5) => 'aB3' + pseudo(UPPER + LOWER + DIGITS, 29, seed);
const pemHeader = (label: string) => ['-----BEGIN', label, 'KEY-----'].join(' ').replace('  ', ' ');

function kinds(value: unknown): SecretKind[] {
  return findSecretLiterals(value).map((f) => f.kind);
}

function textKinds(text: string): SecretKind[] {
  return findSecretsInText(text).map((f) => f.kind);
}

/** OpenSSH public key line and fingerprints for a generated key. */
function sshPublicKey(type: 'ed25519' | 'rsa'): { line: string; sha256: string; md5: string } {
  const field = (b: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(b.length);
    return Buffer.concat([len, b]);
  };
  const mpint = (b64url: string) => {
    const raw = Buffer.from(b64url, 'base64url');
    return field(raw[0] & 0x80 ? Buffer.concat([Buffer.from([0]), raw]) : raw);
  };
  let blob: Buffer;
  if (type === 'ed25519') {
    const { publicKey } = generateKeyPairSync('ed25519');
    const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
    blob = Buffer.concat([field(Buffer.from('ssh-ed25519')), field(raw)]);
  } else {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const jwk = publicKey.export({ format: 'jwk' });
    blob = Buffer.concat([field(Buffer.from('ssh-rsa')), mpint(jwk.e!), mpint(jwk.n!)]);
  }
  return {
    line: `ssh-${type} ${blob.toString('base64')} admin@example`,
    sha256: `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`,
    md5: createHash('md5')
      .update(blob)
      .digest('hex')
      .replace(/(..)(?!$)/g, '$1:'),
  };
}

function pem(key: KeyObject, type: 'pkcs8' | 'pkcs1' | 'sec1', passphrase?: string): string {
  return key.export(
    passphrase
      ? { format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase }
      : ({ format: 'pem', type } as never),
  ) as string;
}

describe('each detector finds its kind', () => {
  test('AWS access key ids with every credential prefix, in any field and in text', () => {
    for (const prefix of [
      ['AK', 'IA'],
      ['AS', 'IA'],
      ['AB', 'IA'],
      ['AC', 'CA'],
    ].map((p) => p.join(''))) {
      const id = awsKeyId(prefix);
      expect(kinds({ name: id })).toEqual(['aws-access-key-id']);
      expect(looksLikeSecret(`export AWS_ACCESS_KEY_ID=${id}\n`)).toBe('aws-access-key-id');
      expect(looksLikeSecret(`"accessKeyId": "${id}"`)).toBe('aws-access-key-id');
    }
  });

  test('AWS secret access keys under a secret-like name or beside an access key id', () => {
    const secret = awsSecret();
    expect(kinds({ secretAccessKey: secret })).toEqual(['aws-secret-access-key']);
    expect(kinds({ aws_secret_access_key: secret })).toEqual(['aws-secret-access-key']);
    expect(kinds({ accessKey: secret })).toEqual(['aws-secret-access-key']);
    expect(looksLikeSecret(`AWS_SECRET_ACCESS_KEY="${secret}"`)).toBe('aws-secret-access-key');
    // Beside a key id, the field or label name does not matter.
    expect(kinds({ id: awsKeyId(), value: secret })).toEqual(['aws-access-key-id', 'aws-secret-access-key']);
    expect(textKinds(`${awsKeyId()}|${secret}|us-east-1`)).toEqual(['aws-access-key-id', 'aws-secret-access-key']);
    // Alone, 40 base64 characters are not enough.
    expect(kinds({ value: secret })).toEqual([]);
    expect(looksLikeSecret(`checksum ${secret}`)).toBeUndefined();
  });

  test.each(['p', 'o', 'r'] as const)('DigitalOcean do%s_v1_ tokens, anywhere', (kind) => {
    const token = doToken(kind);
    expect(kinds({ image: token })).toEqual(['digitalocean-token']);
    expect(kinds({ token })).toEqual(['digitalocean-token']);
    expect(looksLikeSecret(`Authorization: Bearer ${token}`)).toBe('digitalocean-token');
    // The 64 hex digits must all be there.
    expect(looksLikeSecret(token.slice(0, -1))).toBeUndefined();
  });

  test('Linode personal access tokens (64 hex) under a secret-like name only', () => {
    const token = hex64();
    for (const field of ['token', 'linodeToken', 'LINODE_TOKEN', 'apiKey', 'key', 'password']) {
      expect(kinds({ [field]: token })).toEqual(['linode-token']);
    }
    expect(looksLikeSecret(`LINODE_TOKEN=${token}`)).toBe('linode-token');
    expect(looksLikeSecret(`linode_token: '${token}'`)).toBe('linode-token');
    // Checksums and digests are 64 hex too.
    expect(kinds({ sha256: token, checksum: token, imageDigest: token })).toEqual([]);
    expect(looksLikeSecret(`sha256sum ${token}  app.tar.gz`)).toBeUndefined();
  });

  test('OVH application secrets and consumer keys (32 letters and digits) under a secret-like name', () => {
    const secret = ovhSecret();
    expect(kinds({ applicationSecret: secret })).toEqual(['ovh-credential']);
    expect(kinds({ consumerKey: secret })).toEqual(['ovh-credential']);
    expect(kinds({ consumer_key: pseudo(HEX, 32, 9) })).toEqual(['ovh-credential']);
    expect(looksLikeSecret(`OVH_APPLICATION_SECRET=${secret}`)).toBe('ovh-credential');
    expect(looksLikeSecret(`OVH_CONSUMER_KEY="${secret}"`)).toBe('ovh-credential');
  });

  test('PEM private keys of every common type, in text and in any field', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
    const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey;
    const ed = generateKeyPairSync('ed25519').privateKey;
    const keys = [
      pem(rsa, 'pkcs8'),
      pem(rsa, 'pkcs1'),
      pem(ec, 'sec1'),
      pem(ed, 'pkcs8'),
      pem(ec, 'pkcs8', 'pass' + 'phrase'),
    ];
    for (const key of keys) {
      expect(looksLikeSecret(`write_files:\n  - content: |\n${key}`)).toBe('private-key');
      expect(kinds({ notes: key })).toEqual(['private-key']);
    }
    expect(looksLikeSecret(pemHeader('OPENSSH PRIVATE'))).toBe('private-key');
    expect(looksLikeSecret(['-----BEGIN PGP PRIVATE', 'KEY BLOCK-----'].join(' '))).toBe('private-key');
  });

  test('any literal under a password, secret, token, API key or private key field', () => {
    const fields = [
      'password',
      'dbPassword',
      'secret',
      'clientSecret',
      'token',
      'apiToken',
      'apiKey',
      'api_key',
      'privateKey',
      'private_key',
      'passphrase',
      'secretString',
      'auth.token',
    ];
    for (const field of fields) expect([field, kinds({ [field]: 'hunter2' })]).toEqual([field, ['secret-field']]);
    expect(kinds({ a: { b: [{ password: 'x' }] } })).toEqual(['secret-field']);
    expect(looksLikeSecret('DB_PASSWORD=correct-horse-battery')).toBe('secret-field');
    // Escaped once or twice, as user data is inside a synthesized document.
    expect(looksLikeSecret(JSON.stringify({ user_data: JSON.stringify('DB_PASSWORD="correct-horse-battery"') }))).toBe(
      'secret-field',
    );
    expect(looksLikeSecret('chpasswd:\n  users:\n    - name: app\n      password: "correct-horse-battery"\n')).toBe(
      'secret-field',
    );
  });

  test('secrets inside base64 blocks: a custom user-data part is sent encoded', () => {
    const userData = renderUserData({
      environment: 'staging',
      regionName: 'do-nyc',
      cloud: 'digitalocean',
      dataRegion: 'us-east-1',
      tableName: 'app',
      appPort: 8080,
      healthPath: '/healthz',
      customUserData: `#cloud-config\nwrite_files:\n  - path: /etc/app.env\n    content: "LINODE_TOKEN=${hex64()}"\n`,
    });
    expect(userData).not.toContain(hex64()); // it is only there encoded
    expect(findSecretsInText(userData)).toEqual([expect.objectContaining({ kind: 'linode-token', encoded: true })]);
    expect(looksLikeSecret(Buffer.from(`key: ${doToken()}`).toString('base64'))).toBe('digitalocean-token');
  });

  test('every detector has a documented format', () => {
    expect(Object.keys(SECRET_DETECTORS).sort()).toEqual([
      'aws-access-key-id',
      'aws-secret-access-key',
      'digitalocean-token',
      'linode-token',
      'ovh-credential',
      'private-key',
      'secret-field',
    ]);
  });
});

describe('look-alikes are not secrets', () => {
  test('OVH project ids (32 lowercase hex) as serviceName, project or tenant id', () => {
    const projectId = pseudo(HEX, 32, 11);
    expect(kinds({ serviceName: projectId, service_name: projectId, projectId, tenantId: projectId })).toEqual([]);
    expect(looksLikeSecret(`OS_PROJECT_ID=${projectId}\nservice_name: ${projectId}`)).toBeUndefined();
    expect(kinds(ENVIRONMENTS.find((e) => e.name === 'production'))).toEqual([]);
  });

  test('SSH public keys and their fingerprints', () => {
    for (let i = 0; i < 20; i++) {
      const ed = sshPublicKey('ed25519');
      const config = {
        authorizedKeys: [ed.line],
        sshKeys: [ed.sha256, ed.md5],
        sshKeyName: 'admin',
        public_key: ed.line,
      };
      expect(kinds(config)).toEqual([]);
      expect(looksLikeSecret(`ssh_authorized_keys:\n  - ${ed.line}\nfingerprint: ${ed.sha256}\n`)).toBeUndefined();
      // Even under a name that would otherwise call for a secret.
      expect(kinds({ key: ed.line, keys: [ed.md5] })).toEqual([]);
    }
    const rsa = sshPublicKey('rsa');
    expect(kinds({ authorizedKeys: [rsa.line], sshKeys: [rsa.md5, rsa.sha256] })).toEqual([]);
    expect(looksLikeSecret(rsa.line)).toBeUndefined();
    expect(looksLikeSecret(pemHeader('PUBLIC'))).toBeUndefined();
  });

  test('ARNs, IAM principal ids, CIDRs, names and table keys', () => {
    const roleId = ['AR', 'OA'].join('') + pseudo(UPPER + '234567', 17, 12);
    const userId = ['AI', 'DA'].join('') + pseudo(UPPER + '234567', 17, 13);
    const config = {
      certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
      kmsKeyArns: { 'us-east-1': 'arn:aws:kms:us-east-1:123456789012:key/mrk-' + pseudo(HEX, 32, 14) },
      secretArn: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:app-AbCdEf',
      token: 'arn:aws:ssm:us-east-1:123456789012:parameter/app/token',
      principals: [roleId, userId],
      adminCidrs: ['203.0.113.0/24', '2001:db8::/32'],
      partitionKey: { name: 'pk', type: 'S' },
      hash_key: 'pk',
      key: 'failover-kit/production/terraform.tfstate',
      keyPrefix: 'failover-kit',
      secretName: 'prod/app/db',
      passwordLength: 32,
      tokenTtl: '1h',
      http_tokens: 'required',
      createAccessKeys: true,
    };
    expect(kinds(config)).toEqual([]);
    expect(looksLikeSecret(JSON.stringify(config, null, 2))).toBeUndefined();
  });

  test('Terraform references, environment variables, code and prose', () => {
    const config = {
      credentials: { accessKeyId: '${aws_iam_access_key.app.id}', secretAccessKey: '${aws_iam_access_key.app.secret}' },
      token: '${var.linode_token}',
      password: 'prefix-${var.db_password}',
      apiKey: '${TfToken[TOKEN.42]}',
      secret: '',
    };
    expect(kinds(config)).toEqual([]);
    const envFile =
      'AWS_ACCESS_KEY_ID="${aws_iam_access_key.app.id}"\nAWS_SECRET_ACCESS_KEY="${aws_iam_access_key.app.secret}"\n';
    expect(looksLikeSecret(envFile)).toBeUndefined();
    expect(looksLikeSecret(JSON.stringify({ content: envFile }))).toBeUndefined();
    expect(
      looksLikeSecret('"Unexpected_token": "Unexpected token, expected a string."\n"js-tokens": "^4.0.0"\n'),
    ).toBeUndefined();
    expect(
      looksLikeSecret('password: $DB_PASSWORD\ntoken = os.environ["TOKEN"]\nsecret = self.secret\npassword: null\n'),
    ).toBeUndefined();
  });

  test('default user data, with and without credential references', () => {
    const base = {
      environment: 'production',
      regionName: 'linode-ord',
      cloud: 'linode' as const,
      dataRegion: 'us-east-2',
      tableName: '${aws_dynamodb_table.t.name}',
      appPort: 8080,
      healthPath: '/healthz',
    };
    expect(findSecretsInText(renderUserData(base))).toEqual([]);
    const credentials = {
      accessKeyId: '${aws_iam_access_key.k.id}',
      secretAccessKey: '${aws_iam_access_key.k.secret}',
    };
    expect(findSecretsInText(renderUserData({ ...base, credentials }))).toEqual([]);
  });

  test('the default environments produce no finding and no problem', () => {
    for (const config of ENVIRONMENTS) {
      expect(findSecretLiterals(config)).toEqual([]);
      expect(secretProblems(config, { environment: config.name })).toEqual([]);
    }
  });

  test('field names: secrets, shape-only keys, and names that describe rather than hold', () => {
    expect(
      ['password', 'apiKey', 'aws_secret_access_key', 'consumerKey', 'DIGITALOCEAN_TOKEN', 'privateKey'].map(
        secretFieldTier,
      ),
    ).toEqual(Array(6).fill('secret'));
    expect(['key', 'applicationKey', 'accessKey'].map(secretFieldTier)).toEqual(Array(3).fill('key'));
    expect(
      [
        'sshKeys',
        'authorizedKeys',
        'public_key',
        'hash_key',
        'serviceName',
        'secretArn',
        'accessKeyId',
        'keyName',
        'http_tokens',
        'kms_key_arn',
        'name',
      ].map(secretFieldTier),
    ).toEqual(Array(11).fill(undefined));
  });
});

describe('masking', () => {
  const fixtures: Array<[string, unknown]> = [
    ['aws key id', { accessKeyId: awsKeyId() }],
    ['aws secret', { secretAccessKey: awsSecret() }],
    ['digitalocean', { token: doToken() }],
    ['linode', { token: hex64() }],
    ['ovh', { applicationSecret: ovhSecret() }],
    ['password', { password: 'correct-horse' }],
    ['short password', { password: 'abc' }],
    ['user data', { userData: `#cloud-config\nruncmd:\n  - [sh, -c, "DIGITALOCEAN_TOKEN=${doToken('o')} app"]\n` }],
  ];

  test.each(fixtures)('%s: at most 4 characters, and at most a quarter, of the secret are shown', (_name, config) => {
    const secret = Object.values(config as Record<string, string>)[0];
    const [finding] = findSecretLiterals(config);
    expect(finding).toBeDefined();
    const shown = /: (.*)… \(masked\)$/.exec(finding.masked)?.[1];
    expect(shown).toBeDefined();
    expect(shown!.length).toBeLessThanOrEqual(4);
    const value = secret.includes('DIGITALOCEAN_TOKEN=') ? /=(\S+)/.exec(secret)![1] : secret;
    expect(shown!.length).toBeLessThanOrEqual(Math.floor(value.length / 4));
    expect(value.startsWith(shown!)).toBe(true);
    expect(finding.masked).toBe(maskSecret(finding.kind, value));
    expect(JSON.stringify(findSecretLiterals(config))).not.toContain(value.slice(0, 5));
  });

  test('problems carry the path, the masked value, the allowed text and the context; errors do not leak', () => {
    const secret = doToken();
    const problems = secretProblems(
      { name: 'x', regions: [{ name: 'a' }, { name: 'b', token: secret }] },
      { environment: 'x' },
    );
    expect(problems).toEqual([
      {
        environment: 'x',
        field: 'regions[1].token',
        value: 'digitalocean-token: dop_… (masked)',
        allowed: SECRET_LITERAL_ALLOWED,
      },
    ]);
    const message = new ConfigError(problems).message;
    expect(message).toContain('regions[1].token');
    expect(message).not.toContain(secret.slice(0, 8));
    expect(SECRET_LITERAL_ALLOWED).toContain('${var.name}');
  });
});

describe('paths', () => {
  test('dotted fields and indexed array elements', () => {
    const config = {
      regions: [{ name: 'a' }, { name: 'b', authorizedKeys: [`ssh-ed25519 ${awsKeyId()}`] }],
      app: { userData: `#cloud-config\n# ${doToken()}\n` },
      nested: [[{ password: 'x' }]],
    };
    expect(findSecretLiterals(config).map((f) => [f.path, f.kind])).toEqual([
      ['regions[1].authorizedKeys[0]', 'aws-access-key-id'],
      ['app.userData', 'digitalocean-token'],
      ['nested[0][0].password', 'secret-field'],
    ]);
  });

  test('keys that are not identifiers are quoted; a base path prefixes every path', () => {
    expect(findSecretLiterals({ tags: { 'api-key': 'x' } }).map((f) => f.path)).toEqual(['tags["api-key"]']);
    expect(findSecretLiterals({ token: 'x' }, 'regions[0]').map((f) => f.path)).toEqual(['regions[0].token']);
    expect(findSecretLiterals([{ token: 'x' }]).map((f) => f.path)).toEqual(['[0].token']);
    expect(findSecretLiterals(awsKeyId()).map((f) => f.path)).toEqual(['']);
  });

  test('a secret used as an object key is reported at that key', () => {
    expect(findSecretLiterals({ tags: { [awsKeyId()]: 'x' } }).map((f) => f.kind)).toEqual(['aws-access-key-id']);
  });

  test('one finding per path and kind; cyclic values terminate', () => {
    const id = awsKeyId();
    const config: Record<string, unknown> = { notes: `${id} and again ${id}` };
    config.self = config;
    expect(findSecretLiterals(config).map((f) => f.path)).toEqual(['notes']);
  });
});
