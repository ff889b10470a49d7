import { Token } from '../cdk';
import type { CloudName } from '../config/locations';
import { ProblemContext, Problems } from './problems';

/**
 * cloud-init user data that makes every instance region-aware: it writes
 * /etc/failover-kit/app.env and, unless the user brings their own
 * cloud-config, starts a tiny health service so a fresh deploy passes its
 * load balancer's check. The same document works on Ubuntu 24.04 and Amazon
 * Linux 2023 (both ship python3 and systemd; nothing is installed, so
 * instances without internet egress still become healthy).
 */

/** Inputs of {@link renderUserData}. */
export interface BootstrapProps {
  /** Environment name. */
  readonly environment: string;
  /** Region key within the environment (e.g. `do-nyc`). */
  readonly regionName: string;
  /** Cloud the instance runs on. */
  readonly cloud: CloudName;
  /** AWS region of the DynamoDB replica this region uses. */
  readonly dataRegion: string;
  /** DynamoDB table name; a Terraform reference such as `${aws_dynamodb_table.x.name}` is passed through verbatim. */
  readonly tableName: string;
  /** Port the application listens on. */
  readonly appPort: number;
  /** Path the load balancer probes (from the HealthCheckSpec). */
  readonly healthPath: string;
  /**
   * AWS credentials for instances outside AWS. Both values must be Terraform
   * references (`${aws_iam_access_key.app.id}`, or `${var.x}` fed from a
   * `TF_VAR_x` environment variable), never literal keys.
   * @default none: the instance uses its own role (AWS instance profile)
   */
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string };
  /**
   * The user's own cloud-init user data. It must be a `#cloud-config`
   * document; it replaces the default health service and becomes the second
   * part of a MIME multipart document, unchanged, after the part that writes
   * the env file. Its lists (`write_files`, `runcmd`, ...) are appended to
   * ours unless it sets its own `merge_how`. The part is base64-encoded, so
   * any text survives (cloud-init mangles non-ASCII in plain MIME parts) and
   * Terraform leaves `${...}` in it alone; for the same reason it cannot hold
   * Terraform references.
   * @default none: a python3 service answers the health path with 200
   */
  readonly customUserData?: string;
  /**
   * Where problems are reported from.
   * @default { environment, region: regionName }
   */
  readonly context?: ProblemContext;
}

export const ENV_FILE_PATH = '/etc/failover-kit/app.env';
export const DEFAULT_SERVICE_SCRIPT_PATH = '/opt/failover-kit/app.py';
export const DEFAULT_SERVICE_NAME = 'failover-kit-app.service';

/** EC2 caps raw user data at 16 KB, the smallest limit of the four clouds. */
export const MAX_USER_DATA_BYTES = 16_384;

/**
 * Room kept for Terraform references growing when resolved (a 255-character
 * table name, a 40-character secret), since the limit applies to the result.
 */
export const REFERENCE_HEADROOM_BYTES = 512;

/**
 * Default service: python3 standard library only, compatible with Python 3.9
 * (Amazon Linux 2023) and later. APP_LISTEN_ADDRESS exists so tests can bind
 * loopback only.
 */
export const DEFAULT_SERVICE_SCRIPT = `"""failover-kit default service: answers the health check until your own
application replaces it (set app.userData)."""
import json
import os
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HEALTH_PATH = os.environ.get("APP_HEALTH_PATH", "/healthz")
INFO = json.dumps({
    "environment": os.environ.get("APP_ENVIRONMENT", ""),
    "region": os.environ.get("APP_REGION", ""),
    "cloud": os.environ.get("APP_CLOUD", ""),
}).encode()


class Handler(BaseHTTPRequestHandler):
    server_version = "failover-kit"
    sys_version = ""

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        if self.path == HEALTH_PATH or path == HEALTH_PATH:
            self.reply(200, "text/plain", b"ok")
        elif path == "/":
            self.reply(200, "application/json", INFO)
        else:
            self.reply(404, "text/plain", b"not found")

    def reply(self, status, content_type, body):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass  # probes every few seconds would flood the journal


address = (os.environ.get("APP_LISTEN_ADDRESS", "0.0.0.0"), int(os.environ["APP_PORT"]))
ThreadingHTTPServer(address, Handler).serve_forever()
`;

/** systemd reads the env file as root before dropping to the dynamic user, so it can stay 0600. */
export const DEFAULT_SERVICE_UNIT = `[Unit]
Description=failover-kit default health service
Wants=network-online.target
After=network-online.target

[Service]
EnvironmentFile=${ENV_FILE_PATH}
ExecStart=/usr/bin/python3 ${DEFAULT_SERVICE_SCRIPT_PATH}
DynamicUser=yes
# Lets the unprivileged user bind a port below 1024 if app.port is one.
AmbientCapabilities=CAP_NET_BIND_SERVICE
CapabilityBoundingSet=CAP_NET_BIND_SERVICE
Restart=always
RestartSec=2

[Install]
WantedBy=multi-user.target
`;

/**
 * How cloud-init merges the user's part into ours: lists are appended, so
 * their `write_files` and `runcmd` add to ours instead of replacing them
 * (cloud-init's default replaces lists).
 */
const USER_PART_MERGE_TYPE = 'list(append)+dict(recurse_array)+str()';
const MIME_BOUNDARY = 'failover-kit-user-data-boundary';

const ACCESS_KEY_ID_PATTERN = /(AKIA|ASIA)[A-Z0-9]{16}/;
const CLOUD_CONFIG_HEADER = /^#cloud-config[ \t]*(\r?\n|$)/;

/** A `write_files` entry, owned by root. */
export interface WriteFile {
  readonly path: string;
  readonly permissions: string;
  readonly content: string;
  /**
   * Write in cloud-init's final stage, after packages are installed, so a
   * package's own copy of the file cannot replace it.
   * @default false
   */
  readonly defer?: boolean;
  /**
   * `b64` when `content` is base64, for text that must reach the file byte
   * for byte whatever it holds (a secret read by Terraform).
   * @default plain text
   */
  readonly encoding?: 'b64';
}

/**
 * Renders the instance user data: a `#cloud-config` document, or with
 * `customUserData` a MIME multipart of ours and the user's. Deterministic.
 * The env file holds APP_ENVIRONMENT, APP_REGION, APP_CLOUD, APP_PORT,
 * APP_HEALTH_PATH, AWS_REGION and AWS_DEFAULT_REGION (the data region),
 * DYNAMODB_TABLE_NAME and, with credentials, AWS_ACCESS_KEY_ID and
 * AWS_SECRET_ACCESS_KEY.
 * @throws ConfigError for literal credentials, custom data that is not a
 * `#cloud-config` document, or a result over {@link MAX_USER_DATA_BYTES}.
 */
export function renderUserData(props: BootstrapProps): string {
  const problems = new Problems(props.context ?? { environment: props.environment, region: props.regionName });
  checkCredentials(props, problems);
  if (props.customUserData !== undefined) checkCustomUserData(props.customUserData, problems);
  problems.throwIfAny();

  const envFile: WriteFile = {
    path: ENV_FILE_PATH,
    permissions: props.credentials ? '0600' : '0644',
    content: renderEnvFile(props),
  };
  if (props.customUserData === undefined) {
    return renderCloudConfig(
      [
        envFile,
        { path: DEFAULT_SERVICE_SCRIPT_PATH, permissions: '0755', content: DEFAULT_SERVICE_SCRIPT },
        { path: `/etc/systemd/system/${DEFAULT_SERVICE_NAME}`, permissions: '0644', content: DEFAULT_SERVICE_UNIT },
      ],
      [
        ['systemctl', 'daemon-reload'],
        // --no-block: runcmd runs inside cloud-final.service; never wait on another unit from there.
        ['systemctl', 'enable', '--now', '--no-block', DEFAULT_SERVICE_NAME],
      ],
    );
  }

  const document = renderMultipart(renderCloudConfig([envFile], []), props.customUserData);
  const bytes = Buffer.byteLength(document, 'utf8');
  problems.expect(
    bytes + REFERENCE_HEADROOM_BYTES <= MAX_USER_DATA_BYTES,
    'app.userData',
    `(${Buffer.byteLength(props.customUserData, 'utf8')} bytes)`,
    `a document small enough that the whole user data stays within ${MAX_USER_DATA_BYTES - REFERENCE_HEADROOM_BYTES} ` +
      `bytes (EC2's 16 KB limit less room for Terraform references); it renders to ${bytes}`,
  );
  problems.throwIfAny();
  return document;
}

/** `KEY="value"` lines; see {@link quoteEnvValue}. */
export function renderEnvFile(props: BootstrapProps): string {
  const variables: Array<[string, string]> = [
    ['APP_ENVIRONMENT', props.environment],
    ['APP_REGION', props.regionName],
    ['APP_CLOUD', props.cloud],
    ['APP_PORT', String(props.appPort)],
    ['APP_HEALTH_PATH', props.healthPath],
    ['AWS_REGION', props.dataRegion],
    ['AWS_DEFAULT_REGION', props.dataRegion],
    ['DYNAMODB_TABLE_NAME', props.tableName],
  ];
  if (props.credentials) {
    variables.push(
      ['AWS_ACCESS_KEY_ID', props.credentials.accessKeyId],
      ['AWS_SECRET_ACCESS_KEY', props.credentials.secretAccessKey],
    );
  }
  return variables.map(([name, value]) => `${name}=${quoteEnvValue(value)}\n`).join('');
}

/**
 * Double-quotes a value for systemd's EnvironmentFile=, which expands no
 * variables: inside double quotes only `\` and `"` need a backslash, and `$`
 * stays literal, so Terraform references arrive intact.
 */
export function quoteEnvValue(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

function checkCredentials(props: BootstrapProps, problems: Problems): void {
  if (!props.credentials) return;
  const allowed =
    'a Terraform reference such as ${aws_iam_access_key.app.id}, or ${var.name} set from a ' +
    'TF_VAR_name environment variable; never a literal key';
  const { accessKeyId, secretAccessKey } = props.credentials;
  // Values are masked in the problem: the error message must not leak a key.
  problems.expect(
    accessKeyId.includes('${') && !ACCESS_KEY_ID_PATTERN.test(accessKeyId),
    'credentials.accessKeyId',
    `${accessKeyId.slice(0, 4)}… (masked)`,
    allowed,
  );
  problems.expect(secretAccessKey.includes('${'), 'credentials.secretAccessKey', '(masked)', allowed);
}

function checkCustomUserData(userData: string, problems: Problems): void {
  const valid = problems.expect(
    CLOUD_CONFIG_HEADER.test(userData),
    'app.userData',
    userData.split(/\r?\n/, 1)[0].slice(0, 80),
    'a cloud-config document: its first line is "#cloud-config"',
  );
  if (valid) {
    problems.expect(
      !Token.isUnresolved(userData),
      'app.userData',
      '(contains a Terraform reference)',
      'plain text: the part is sent base64-encoded, so references would not resolve',
    );
  }
}

/**
 * A `#cloud-config` document installing `packages`, writing `files` and
 * running `commands`. Its scalars are all JSON strings (JSON is YAML), so
 * quotes and `${...}` survive.
 */
export function renderCloudConfig(
  files: readonly WriteFile[],
  commands: ReadonlyArray<readonly string[]>,
  packages: readonly string[] = [],
): string {
  const lines = ['#cloud-config'];
  if (packages.length > 0) {
    lines.push('package_update: true', `packages: [${packages.map(yamlString).join(', ')}]`);
  }
  lines.push('write_files:');
  for (const file of files) {
    lines.push(
      `  - path: ${yamlString(file.path)}`,
      `    owner: ${yamlString('root:root')}`,
      `    permissions: ${yamlString(file.permissions)}`,
      `    content: ${yamlString(file.content)}`,
      ...(file.encoding ? [`    encoding: ${yamlString(file.encoding)}`] : []),
      ...(file.defer ? ['    defer: true'] : []),
    );
  }
  if (commands.length > 0) {
    lines.push('runcmd:', ...commands.map((command) => `  - [${command.map(yamlString).join(', ')}]`));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A JSON string with everything past ASCII escaped, so our part is 7-bit
 * clean. Astral characters take YAML's `\U` escape: a JSON surrogate pair
 * would reach cloud-init as two broken halves.
 */
function yamlString(value: string): string {
  return JSON.stringify(value).replace(/[^\x20-\x7e]/gu, (c) => {
    const code = c.codePointAt(0)!;
    return code > 0xffff ? `\\U${code.toString(16).padStart(8, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

function renderMultipart(ours: string, theirs: string): string {
  // base64 never contains the boundary's dashes; only our own part needs checking.
  let boundary = MIME_BOUNDARY;
  while (ours.includes(boundary)) boundary += '-';
  const part = (filename: string, headers: readonly string[], body: string) =>
    [
      `--${boundary}`,
      'Content-Type: text/cloud-config; charset="utf-8"',
      'MIME-Version: 1.0',
      `Content-Disposition: attachment; filename="${filename}"`,
      ...headers,
      '',
      body,
    ].join('\n');
  return [
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    'MIME-Version: 1.0',
    '',
    part('failover-kit.cfg', ['Content-Transfer-Encoding: 7bit'], ours),
    part(
      'user-data.cfg',
      ['Content-Transfer-Encoding: base64', `Merge-Type: ${USER_PART_MERGE_TYPE}`],
      base64Lines(theirs),
    ),
    `--${boundary}--`,
    '',
  ].join('\n');
}

/** MIME base64: 76-character lines, each ending in a newline. */
function base64Lines(text: string): string {
  const encoded = Buffer.from(text, 'utf8').toString('base64');
  return encoded.replace(/.{1,76}/g, '$&\n');
}
