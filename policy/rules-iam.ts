/**
 * IAM identity policies (FK-IAM-*): least privilege on the table.
 *
 * Read: `policy` of aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy,
 * aws_iam_group_policy and aws_iam_role `inline_policy` blocks, given as a JSON
 * literal or as `${jsonencode({...})}` (see hcl.ts); and the statement blocks of
 * `data.aws_iam_policy_document`, which a policy referencing it defers to.
 * Not read: trust policies (`assume_role_policy`) and resource policies (KMS key,
 * bucket, table policies), whose wildcards mean something else.
 */

import { HclExpression, HclValue, parseHcl } from './hcl';
import { blockList, interpolationEnd, isReference, PolicyRule, StackJson, SynthesizedResource } from './rule';

const POLICY_HOLDERS = ['aws_iam_policy', 'aws_iam_role_policy', 'aws_iam_user_policy', 'aws_iam_group_policy'];
const ROLE = 'aws_iam_role';
const POLICY_DOCUMENT = 'data.aws_iam_policy_document';
const IAM_POLICY_TYPES = [...POLICY_HOLDERS, ROLE, POLICY_DOCUMENT];

/** AWS managed policies that grant far more than an application needs. */
export const BROAD_MANAGED_POLICIES: readonly string[] = [
  'AdministratorAccess',
  'PowerUserAccess',
  'IAMFullAccess',
  'AmazonDynamoDBFullAccess',
  'AmazonDynamoDBFullAccess_v2',
  'AWSKeyManagementServicePowerUser',
];

/** One statement; every action and resource as text, expressions as `${...}`. */
interface Statement {
  readonly label: string;
  readonly allow: boolean;
  readonly actions: readonly string[];
  readonly notAction: boolean;
  readonly resources: readonly string[];
  readonly notResource: boolean;
}

/** The statements of a resource's policies, and what could not be read. */
interface ReadPolicies {
  readonly statements: Statement[];
  readonly unreadable: string[];
}

function text(value: HclValue): string {
  return value instanceof HclExpression ? `\${${value.source}}` : String(value);
}

function items(value: HclValue | undefined): string[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value.map(text) : [text(value)];
}

function isObject(value: HclValue | undefined): value is { [key: string]: HclValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof HclExpression);
}

function statementsOfDocument(document: HclValue, where: string, into: ReadPolicies): void {
  if (!isObject(document)) {
    into.unreadable.push(`${where}: the document is not an object literal`);
    return;
  }
  const raw = document.Statement;
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  list.forEach((statement, i) => {
    if (!isObject(statement)) {
      into.unreadable.push(`${where}: statement #${i} is an expression`);
      return;
    }
    into.statements.push({
      label: `${where} statement ${typeof statement.Sid === 'string' && statement.Sid ? statement.Sid : `#${i}`}`,
      allow: statement.Effect !== 'Deny',
      actions: items(statement.Action ?? statement.NotAction),
      notAction: statement.NotAction !== undefined,
      resources: items(statement.Resource ?? statement.NotResource),
      notResource: statement.NotResource !== undefined,
    });
  });
}

/** Reads one `policy` attribute: a JSON literal, `${jsonencode(...)}`, or a reference to a policy document. */
function readPolicy(policy: unknown, where: string, into: ReadPolicies): void {
  if (typeof policy !== 'string') {
    into.unreadable.push(`${where} is not a string`);
    return;
  }
  const trimmed = policy.trim();
  // Checked where it is declared; the reference adds nothing.
  if (/^\$\{data\.aws_iam_policy_document\.[\w-]+\.(json|minified_json)\}$/.test(trimmed)) return;
  try {
    if (trimmed.startsWith('{')) {
      statementsOfDocument(JSON.parse(trimmed) as HclValue, where, into);
      return;
    }
    const call = isReference(trimmed) ? /^jsonencode\(([\s\S]*)\)$/.exec(trimmed.slice(2, -1).trim()) : null;
    if (call) {
      statementsOfDocument(parseHcl(call[1]), where, into);
      return;
    }
  } catch (err) {
    into.unreadable.push(`${where} cannot be parsed (${(err as Error).message})`);
    return;
  }
  into.unreadable.push(`${where} is an expression other than jsonencode({...}) or a policy document reference`);
}

function readPolicies(resource: SynthesizedResource): ReadPolicies {
  const read: ReadPolicies = { statements: [], unreadable: [] };
  const c = resource.config;
  if (resource.type === POLICY_DOCUMENT) {
    blockList(c.statement).forEach((s, i) =>
      read.statements.push({
        label: `statement ${typeof s.sid === 'string' && s.sid ? s.sid : `#${i}`}`,
        allow: s.effect !== 'Deny',
        actions: items((s.actions ?? s.not_actions) as HclValue),
        notAction: s.not_actions !== undefined,
        resources: items((s.resources ?? s.not_resources) as HclValue),
        notResource: s.not_resources !== undefined,
      }),
    );
  } else if (resource.type === ROLE) {
    blockList(c.inline_policy).forEach((inline, i) => {
      if (inline.policy !== undefined)
        readPolicy(inline.policy, `inline_policy ${String(inline.name ?? `#${i}`)}`, read);
    });
  } else {
    readPolicy(c.policy, 'policy', read);
  }
  return read;
}

/** Whether an action names (or may name, through wildcards) a service among `services`. */
function touches(action: string, services: readonly string[]): boolean {
  return services.includes(action.split(':')[0].toLowerCase());
}

/**
 * A reference to one of this stack's tables or replicas: `aws_dynamodb_table.t.arn`
 * (or `.stream_arn`), or a replica's ARN picked out of its `replica` set by region,
 * as GlobalTable.replicaArn renders it.
 */
function tableOfReference(expression: string): string | undefined {
  const direct = /^aws_dynamodb_table\.([A-Za-z_][\w-]*)\.(arn|stream_arn)$/.exec(expression);
  if (direct) return direct[1];
  const forMap = String.raw`\{\s*for\s[^:]*\baws_dynamodb_table\.([A-Za-z_][\w-]*)\.replica\b[^:]*:\s*val\.region_name\s*=>\s*val\.(?:arn|stream_arn)\s*\}`;
  const replica =
    new RegExp(`^${forMap}\\s*\\[\\s*"[a-z0-9-]+"\\s*\\]$`).exec(expression) ??
    new RegExp(`^lookup\\(\\s*${forMap}\\s*,\\s*"[a-z0-9-]+"\\s*\\)$`).exec(expression);
  return replica?.[1];
}

/** Whether a resource entry is this stack's table or replica, optionally `/index/...` or `/stream/...` of it. */
function isOwnTable(resource: string, stack: StackJson): boolean {
  if (!resource.startsWith('${')) return false;
  const end = interpolationEnd(resource, 0);
  if (end < 0 || !/^(\/(index|stream)\/[^/]+)?$/.test(resource.slice(end))) return false;
  const table = tableOfReference(resource.slice(2, end - 1).trim());
  return table !== undefined && stack.resource?.aws_dynamodb_table?.[table] !== undefined;
}

export const IAM_RULES: readonly PolicyRule[] = [
  {
    id: 'FK-IAM-1',
    title: 'No wildcard actions, and every policy readable',
    fix: 'list the actions needed (no "*", "service:*" or NotAction in an Allow) in a jsonencode({...}) or JSON policy',
    resourceTypes: IAM_POLICY_TYPES,
    check(resource) {
      const { statements, unreadable } = readPolicies(resource);
      const problems = unreadable.map((what) => `${what}, so its actions cannot be checked`);
      for (const s of statements.filter((st) => st.allow)) {
        if (s.notAction) {
          problems.push(`${s.label} allows every action but ${s.actions.join(', ')} (NotAction)`);
          continue;
        }
        for (const action of s.actions) {
          if (action === '*' || /^[\w-]+:\*$/.test(action)) problems.push(`${s.label} allows ${action}`);
          else if (action.includes('${')) problems.push(`${s.label} takes its action from an expression (${action})`);
        }
      }
      return problems;
    },
  },
  {
    id: 'FK-IAM-2',
    title: 'DynamoDB and KMS actions name their resources',
    fix: 'replace Resource "*" (or NotResource) with the table, index or key ARNs',
    resourceTypes: IAM_POLICY_TYPES,
    check(resource) {
      return readPolicies(resource)
        .statements.filter(
          (s) => s.allow && s.actions.some((action) => s.notAction || touches(action, ['dynamodb', 'kms'])),
        )
        .filter((s) => s.notResource || s.resources.includes('*'))
        .map(
          (s) => `${s.label} allows DynamoDB/KMS actions on ${s.notResource ? 'everything but NotResource' : '"*"'}`,
        );
    },
  },
  {
    id: 'FK-IAM-3',
    title: "DynamoDB access only to this stack's table",
    fix: "grant DynamoDB actions only on references to this stack's aws_dynamodb_table (its arn, /index/*, /stream/*)",
    resourceTypes: IAM_POLICY_TYPES,
    check(resource, stack) {
      return readPolicies(resource)
        .statements.filter(
          (s) => s.allow && !s.notResource && s.actions.some((action) => touches(action, ['dynamodb'])),
        )
        .flatMap((s) =>
          s.resources
            .filter((r) => r !== '*' && !isOwnTable(r, stack))
            .map((r) => `${s.label} grants DynamoDB actions on ${r}, which is not this stack's table`),
        );
    },
  },
  {
    id: 'FK-IAM-4',
    title: 'No broad AWS managed policies',
    fix: 'attach an inline policy with the actions needed instead',
    resourceTypes: [
      'aws_iam_role_policy_attachment',
      'aws_iam_user_policy_attachment',
      'aws_iam_group_policy_attachment',
      'aws_iam_policy_attachment',
      ROLE,
    ],
    check(resource) {
      const arns =
        resource.type === ROLE
          ? items(resource.config.managed_policy_arns as HclValue)
          : [String(resource.config.policy_arn)];
      return arns
        .filter((arn) =>
          BROAD_MANAGED_POLICIES.some((name) => new RegExp(`^arn:aws[\\w-]*:iam::aws:policy/${name}$`).test(arn)),
        )
        .map((arn) => `attaches ${arn}`);
    },
  },
];
