import { HclExpression, parseHcl } from '../policy/hcl';
import { block, defaultStack, findings, fixture, resourceOf } from './policy-fixtures';

const ROLE_POLICY = 'production/aws-use1/DataAccessPolicy';
const USER_POLICY = 'production/ovh-gra-credentials/User/DataAccess-eu-west-3';

/** Production with the instance role's jsonencode policy text edited. */
function editRolePolicy(edit: (policy: string) => string): any {
  const json = defaultStack('production');
  const policy = resourceOf(json, 'aws_iam_role_policy');
  policy.policy = edit(policy.policy);
  return json;
}

/** Production with the OVH region's user policy (a replica ARN) edited. */
function editUserPolicy(edit: (policy: string) => string): any {
  const json = defaultStack('production');
  const policy = resourceOf(json, 'aws_iam_user_policy', 'ovh-gra');
  policy.policy = edit(policy.policy);
  return json;
}

/** A stack with one aws_iam_policy holding `document` as a JSON literal, beside a table named Table. */
function jsonPolicy(statement: Record<string, unknown>) {
  return fixture([
    block('aws_dynamodb_table', 'test/Table', { name: 't', hash_key: 'pk' }),
    block('aws_iam_policy', 'test/Policy', {
      policy: JSON.stringify({ Version: '2012-10-17', Statement: [statement] }),
    }),
  ]);
}

describe('reading jsonencode policies', () => {
  test('literals are read; references, for expressions and indexing stay source text', () => {
    expect(parseHcl('{"Action" = ["a:B", "c:D"], n = 1.5, ok = true, none = null}')).toEqual({
      Action: ['a:B', 'c:D'],
      n: 1.5,
      ok: true,
      none: null,
    });
    expect(
      parseHcl('[aws_dynamodb_table.t.arn, { for k, v in x: v.region => v.arn }["eu-west-3"], "${a.b}/index/*"]'),
    ).toEqual([
      new HclExpression('aws_dynamodb_table.t.arn'),
      new HclExpression('{ for k, v in x: v.region => v.arn }["eu-west-3"]'),
      '${a.b}/index/*',
    ]);
    // Escapes are decoded; `$${` is a literal `${`; quotes inside an interpolation stay as written.
    expect(parseHcl('"a\\"b\\n$${c} ${lookup(m, "k")}"')).toEqual('a"b\n${c} ${lookup(m, "k")}');
    expect(parseHcl('{"k" = {"nested" = [1, 2]}["nested"]}')).toEqual({
      k: new HclExpression('{"nested" = [1, 2]}["nested"]'),
    });
    expect(() => parseHcl('{"k" = "unclosed}')).toThrow(/unclosed/);
  });
});

describe('IAM rules', () => {
  test('FK-IAM-1: no "*" or "service:*" actions', () => {
    expect(findings('FK-IAM-1', defaultStack('production'))).toEqual([]);
    expect(findings('FK-IAM-1', defaultStack('staging'))).toEqual([]);

    expect(
      findings(
        'FK-IAM-1',
        editRolePolicy((p) => p.replace('"dynamodb:BatchGetItem"', '"dynamodb:*"')),
      ),
    ).toEqual([[ROLE_POLICY, 'policy statement ItemAccessInOneRegion allows dynamodb:*']]);
    expect(findings('FK-IAM-1', jsonPolicy({ Effect: 'Allow', Action: '*', Resource: '*' }))).toEqual([
      ['test/Policy', 'policy statement #0 allows *'],
    ]);
    expect(findings('FK-IAM-1', jsonPolicy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }))).toEqual([
      ['test/Policy', 'policy statement #0 allows every action but iam:* (NotAction)'],
    ]);
    // Denying everything is fine.
    expect(findings('FK-IAM-1', jsonPolicy({ Effect: 'Deny', Action: '*', Resource: '*' }))).toEqual([]);
  });

  test('FK-IAM-1: a policy the pack cannot read is reported, not passed', () => {
    const json = defaultStack('production');
    resourceOf(json, 'aws_iam_role_policy').policy = '${file("policy.json")}';
    expect(findings('FK-IAM-1', json)).toEqual([
      [
        ROLE_POLICY,
        'policy is an expression other than jsonencode({...}) or a policy document reference, so its actions cannot be checked',
      ],
    ]);
    resourceOf(json, 'aws_iam_role_policy').policy = '${jsonencode(var.policy)}';
    expect(findings('FK-IAM-1', json)).toEqual([
      [ROLE_POLICY, 'policy: the document is not an object literal, so its actions cannot be checked'],
    ]);
  });

  test('FK-IAM-1: policy documents and role inline policies are read too', () => {
    const document = {
      '//': { metadata: { path: 'test/Document', uniqueId: 'Document' } },
      statement: [{ effect: 'Allow', actions: ['s3:GetObject', 's3:*'], resources: ['arn:aws:s3:::bucket/*'] }],
    };
    const json = fixture(
      [
        block('aws_iam_role', 'test/Role', {
          assume_role_policy:
            '{"Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}',
          inline_policy: [
            {
              name: 'logs',
              policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'logs:*', Resource: '*' }] }),
            },
          ],
        }),
        block('aws_iam_role_policy', 'test/RolePolicy', {
          role: 'r',
          policy: '${data.aws_iam_policy_document.Document.json}',
        }),
      ],
      { data: { aws_iam_policy_document: { Document: document } } },
    );
    expect(findings('FK-IAM-1', json)).toEqual([
      ['test/Document', 'statement #0 allows s3:*'],
      ['test/Role', 'inline_policy logs statement #0 allows logs:*'],
    ]);
  });

  test('FK-IAM-2: DynamoDB and KMS actions never on "*"', () => {
    expect(findings('FK-IAM-2', defaultStack('production'))).toEqual([]);

    const everywhere = editRolePolicy((p) => p.replace(/"Resource" = \[.*\]\}\]/, '"Resource" = "*"}]'));
    expect(findings('FK-IAM-2', everywhere)).toEqual([
      [ROLE_POLICY, 'policy statement ItemAccessInOneRegion allows DynamoDB/KMS actions on "*"'],
    ]);
    expect(findings('FK-IAM-2', jsonPolicy({ Effect: 'Allow', Action: ['kms:Decrypt'], Resource: '*' }))).toHaveLength(
      1,
    );
    expect(
      findings('FK-IAM-2', jsonPolicy({ Effect: 'Allow', Action: ['s3:ListAllMyBuckets'], Resource: '*' })),
    ).toEqual([]);
  });

  test("FK-IAM-3: DynamoDB access only to this stack's table, replicas, indexes and streams", () => {
    // Home table (role) and replica lookups (users), each with /index/*.
    expect(findings('FK-IAM-3', defaultStack('production'))).toEqual([]);
    expect(findings('FK-IAM-3', defaultStack('staging'))).toEqual([]);
    const own = '${aws_dynamodb_table.Table.stream_arn}';
    expect(
      findings('FK-IAM-3', jsonPolicy({ Effect: 'Allow', Action: 'dynamodb:GetRecords', Resource: [own] })),
    ).toEqual([]);

    const literal = 'arn:aws:dynamodb:us-east-1:123456789012:table/someone-elses';
    expect(
      findings(
        'FK-IAM-3',
        editRolePolicy((p) => p.replace('aws_dynamodb_table.GlobalTable_F04AD52C.arn,', `"${literal}",`)),
      ),
    ).toEqual([
      [
        ROLE_POLICY,
        `policy statement ItemAccessInOneRegion grants DynamoDB actions on ${literal}, which is not this stack's table`,
      ],
    ]);
    expect(
      findings(
        'FK-IAM-3',
        editUserPolicy((p) => p.replace('/index/*', '/backup/*')),
      ),
    ).toEqual([
      [USER_POLICY, expect.stringMatching(/grants DynamoDB actions on \$\{\{ for .*\}\/backup\/\*, which is not/)],
    ]);
    expect(
      findings(
        'FK-IAM-3',
        jsonPolicy({ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: '${aws_dynamodb_table.Other.arn}' }),
      ),
    ).toEqual([
      [
        'test/Policy',
        "policy statement #0 grants DynamoDB actions on ${aws_dynamodb_table.Other.arn}, which is not this stack's table",
      ],
    ]);
    expect(
      findings('FK-IAM-3', jsonPolicy({ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: '${var.table_arn}' })),
    ).toHaveLength(1);
  });

  test('FK-IAM-4: no broad AWS managed policies', () => {
    // AmazonSSMManagedInstanceCore (Session Manager) is narrow enough.
    expect(findings('FK-IAM-4', defaultStack('production'))).toEqual([]);

    const json = defaultStack('production');
    resourceOf(json, 'aws_iam_role_policy_attachment').policy_arn = 'arn:aws:iam::aws:policy/AdministratorAccess';
    expect(findings('FK-IAM-4', json)).toEqual([
      ['production/aws-use1/SessionManagerAccess', 'attaches arn:aws:iam::aws:policy/AdministratorAccess'],
    ]);
  });
});
