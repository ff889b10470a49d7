import {
  defaultStack,
  FAKE_AWS_KEY_ID,
  FAKE_AWS_SECRET,
  FAKE_DO_TOKEN,
  FAKE_PRIVATE_KEY,
  findings,
  resourceOf,
} from './policy-fixtures';

/** No finding may repeat a secret: violations end up in CI logs. */
function expectMasked(found: Array<[string, string]>): void {
  for (const [, message] of found) {
    for (const secret of [FAKE_AWS_KEY_ID, FAKE_AWS_SECRET, FAKE_DO_TOKEN, 'MIIEowIBAAKCAQEA'])
      expect(message).not.toContain(secret);
  }
}

describe('secret rules', () => {
  test('FK-SEC-1: provider credentials are absent or references', () => {
    expect(findings('FK-SEC-1', defaultStack('staging'))).toEqual([]);
    expect(findings('FK-SEC-1', defaultStack('production'))).toEqual([]);

    const referenced = defaultStack('staging');
    referenced.provider.digitalocean[0].token = '${var.digitalocean_token}';
    referenced.provider.linode[0].token = '${var.linode_token}';
    expect(findings('FK-SEC-1', referenced)).toEqual([]);

    const literal = defaultStack('staging');
    literal.provider.digitalocean[0].token = FAKE_DO_TOKEN;
    literal.provider.digitalocean[0].spaces_access_id = 'DO00QWERTYUIOPASDFGH';
    literal.provider.aws[0].access_key = FAKE_AWS_KEY_ID;
    literal.provider.aws[0].secret_key = FAKE_AWS_SECRET;
    const found = findings('FK-SEC-1', literal);
    expect(found).toEqual([
      ['staging/provider.aws', 'access_key holds a literal (masked), not a ${...} reference'],
      ['staging/provider.aws', 'secret_key holds a literal (masked), not a ${...} reference'],
      ['staging/provider.digitalocean', 'token holds a literal (masked), not a ${...} reference'],
      ['staging/provider.digitalocean', 'spaces_access_id holds a literal (masked), not a ${...} reference'],
    ]);
    expectMasked(found);
  });

  test('FK-SEC-1: OVH credentials, the S3 backend, and secret shapes in any other argument', () => {
    const json = defaultStack('production');
    json.provider.ovh[0] = {
      endpoint: 'ovh-eu',
      application_secret: 'Vq3mX9tLp2RzK8wN4bY7cD1fG6hJ5sA0',
      consumer_key: '${var.ovh_consumer_key}',
    };
    json.terraform.backend.s3.secret_key = FAKE_AWS_SECRET;
    json.provider.aws[0].assume_role = [
      { role_arn: 'arn:aws:iam::123456789012:role/deploy', session_name: FAKE_AWS_KEY_ID },
    ];
    const found = findings('FK-SEC-1', json);
    expect(found).toEqual([
      ['production/backend.s3', 'secret_key holds a literal (masked), not a ${...} reference'],
      ['production/provider.aws', 'assume_role[0].session_name holds aws-access-key-id: AKIA… (masked)'],
      ['production/provider.ovh', 'application_secret holds a literal (masked), not a ${...} reference'],
    ]);
    expectMasked(found);
  });

  test('FK-SEC-2: no secret-looking literal in user data, wherever it is kept', () => {
    // Production passes its access keys to the instances by reference.
    expect(findings('FK-SEC-2', defaultStack('production'))).toEqual([]);
    expect(findings('FK-SEC-2', defaultStack('staging'))).toEqual([]);

    const json = defaultStack('staging');
    const droplet = resourceOf(json, 'digitalocean_droplet', 'Droplet0');
    droplet.user_data = droplet.user_data.replace(
      'APP_PORT=',
      `AWS_ACCESS_KEY_ID=\\"${FAKE_AWS_KEY_ID}\\"\\nAPP_PORT=`,
    );
    // Linode and AWS user data live in a local, read through ${base64encode(local.x)}.
    const local = Object.keys(json.locals)[0];
    json.locals[local] += `  - path: "/root/.ssh/id_rsa"\n    content: ${JSON.stringify(FAKE_PRIVATE_KEY)}\n`;
    const found = findings('FK-SEC-2', json);
    expect(found).toEqual([
      ['staging/do-nyc/Droplet0', 'user_data holds aws-access-key-id: AKIA… (masked)'],
      ['staging/linode-fra/Instance0', `metadata.user_data (local.${local}) holds private-key: ----… (masked)`],
      ['staging/linode-fra/Instance1', `metadata.user_data (local.${local}) holds private-key: ----… (masked)`],
    ]);
    expectMasked(found);
  });

  test('FK-SEC-2: secrets hidden in a base64 part (custom user data) are found', () => {
    const json = defaultStack('production');
    const instance = resourceOf(json, 'ovh_cloud_project_instance', 'Instance0');
    const part = Buffer.from(`#cloud-config\nruncmd:\n  - [doctl, auth, init, -t, ${FAKE_DO_TOKEN}]\n`)
      .toString('base64')
      .replace(/.{1,76}/g, '$&\n');
    instance.user_data = [
      'Content-Type: multipart/mixed; boundary="b"',
      'MIME-Version: 1.0',
      '',
      '--b',
      'Content-Type: text/cloud-config; charset="utf-8"',
      'Content-Transfer-Encoding: base64',
      '',
      part,
      '--b--',
      '',
    ].join('\n');
    const found = findings('FK-SEC-2', json);
    expect(found).toEqual([
      ['production/ovh-gra/Instance0', 'user_data holds digitalocean-token: dop_… (masked) in a base64 block'],
    ]);
    expectMasked(found);
  });
});
