import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TerraformLocal, TerraformStack, TerraformVariable, Testing, Token } from '../cdk';
import { CLOUDS, CloudName } from '../config/locations';
import {
  BootstrapProps,
  DEFAULT_SERVICE_NAME,
  DEFAULT_SERVICE_SCRIPT,
  DEFAULT_SERVICE_SCRIPT_PATH,
  DEFAULT_SERVICE_UNIT,
  ENV_FILE_PATH,
  MAX_USER_DATA_BYTES,
  quoteEnvValue,
  renderEnvFile,
  renderUserData,
} from '../constructs/bootstrap';
import { renderHaproxyUserData, renderHostFirewall } from '../constructs/haproxy-bootstrap';
import { renderHaproxyConfig } from '../constructs/haproxy-config';
import { HealthCheckSpec } from '../constructs/health-check-spec';
import { ConfigError } from '../constructs/problems';
import { freePort, get } from './loopback-http';
import { synthInStack } from './synth';
import { hasCommand, testWithTool, withTempDir } from './tools';

/** Shaped like AWS credentials, built at run time so no key literal sits in the source. */
const LITERAL_KEY_ID = 'AKIA' + 'Z'.repeat(16);
const LITERAL_TEMPORARY_KEY_ID = 'ASIA' + 'Z'.repeat(16);
const LITERAL_SECRET = 'wJalr' + 'x'.repeat(30) + 'K7MDE';
const TABLE_REFERENCE = '${aws_dynamodb_table.table.name}';
const CREDENTIALS = {
  accessKeyId: '${aws_iam_access_key.app.id}',
  secretAccessKey: '${aws_iam_access_key.app.secret}',
};
const USER_CLOUD_CONFIG = [
  '#cloud-config',
  'write_files:',
  '  - path: /etc/motd',
  '    content: "héllo from ${HOME} 😀\\n"',
  'runcmd:',
  '  - echo "$HOME" > /tmp/home',
  '',
].join('\n');

const REGIONS: Record<CloudName, { regionName: string; dataRegion: string }> = {
  aws: { regionName: 'aws-use1', dataRegion: 'us-east-1' },
  digitalocean: { regionName: 'do-nyc', dataRegion: 'us-east-1' },
  linode: { regionName: 'li-fra', dataRegion: 'eu-central-1' },
  ovh: { regionName: 'ovh-gra', dataRegion: 'eu-west-3' },
};

function props(cloud: CloudName, extra: Partial<BootstrapProps> = {}): BootstrapProps {
  return {
    environment: 'production',
    cloud,
    ...REGIONS[cloud],
    tableName: TABLE_REFERENCE,
    appPort: 8080,
    healthPath: '/healthz',
    ...extra,
  };
}

interface WrittenFile {
  path: string;
  owner: string;
  permissions: string;
  content: string;
}

/** write_files entries of a rendered cloud-config (its scalars are JSON strings, one per line). */
function writtenFiles(cloudConfig: string): WrittenFile[] {
  const entry = /^ {2}- path: (.+)\n {4}owner: (.+)\n {4}permissions: (.+)\n {4}content: (.+)$/gm;
  return [...cloudConfig.matchAll(entry)].map(([, file, owner, permissions, content]) => ({
    path: JSON.parse(file),
    owner: JSON.parse(owner),
    permissions: JSON.parse(permissions),
    content: JSON.parse(content),
  }));
}

function fileAt(cloudConfig: string, filePath: string): WrittenFile | undefined {
  return writtenFiles(cloudConfig).find((f) => f.path === filePath);
}

interface MimePart {
  headers: Record<string, string>;
  /** Body after undoing the transfer encoding. */
  text: string;
}

/** Parts of a rendered multipart document. */
function mimeParts(document: string): MimePart[] {
  const boundary = /boundary="([^"]+)"/.exec(document.split('\n', 1)[0])![1];
  const sections = document.split(`\n--${boundary}`);
  expect(sections[sections.length - 1]).toBe('--\n');
  return sections.slice(1, -1).map((section) => {
    const [head, ...body] = section.replace(/^\n/, '').split('\n\n');
    const headers = Object.fromEntries(
      head.split('\n').map((line) => {
        const colon = line.indexOf(': ');
        return [line.slice(0, colon), line.slice(colon + 2)];
      }),
    );
    const raw = body.join('\n\n');
    const text = headers['Content-Transfer-Encoding'] === 'base64' ? Buffer.from(raw, 'base64').toString('utf8') : raw;
    return { headers, text };
  });
}

/** Reads `KEY="value"` lines the way systemd's EnvironmentFile= does for double-quoted values. */
function parseEnvFile(content: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [, name, quoted] of content.matchAll(/^([A-Z_]+)="((?:[^"\\]|\\.)*)"$/gm)) {
    values[name] = quoted.replace(/\\(["\\`$])/g, '$1');
  }
  return values;
}

function expectConfigError(render: () => unknown): ConfigError {
  let error: unknown;
  try {
    render();
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe('renderUserData without custom user data', () => {
  test.each(CLOUDS)('%s: writes the region environment file, world-readable without credentials', (cloud) => {
    const document = renderUserData(props(cloud));
    expect(document.startsWith('#cloud-config\n')).toBe(true);
    const envFile = fileAt(document, ENV_FILE_PATH)!;
    expect(envFile).toMatchObject({ owner: 'root:root', permissions: '0644' });
    const { regionName, dataRegion } = REGIONS[cloud];
    expect(parseEnvFile(envFile.content)).toEqual({
      APP_ENVIRONMENT: 'production',
      APP_REGION: regionName,
      APP_CLOUD: cloud,
      APP_PORT: '8080',
      APP_HEALTH_PATH: '/healthz',
      AWS_REGION: dataRegion,
      AWS_DEFAULT_REGION: dataRegion,
      DYNAMODB_TABLE_NAME: TABLE_REFERENCE,
    });
    expect(envFile.content).not.toContain('AWS_ACCESS_KEY_ID');
    expect(envFile.content).not.toContain('AWS_SECRET_ACCESS_KEY');
  });

  test.each(CLOUDS)('%s: with credentials the file holds both references and is 0600', (cloud) => {
    const envFile = fileAt(renderUserData(props(cloud, { credentials: CREDENTIALS })), ENV_FILE_PATH)!;
    expect(envFile.permissions).toBe('0600');
    expect(parseEnvFile(envFile.content)).toMatchObject({
      AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    });
  });

  test('installs the default health service and enables it', () => {
    const document = renderUserData(props('aws'));
    expect(fileAt(document, DEFAULT_SERVICE_SCRIPT_PATH)).toEqual({
      path: DEFAULT_SERVICE_SCRIPT_PATH,
      owner: 'root:root',
      permissions: '0755',
      content: DEFAULT_SERVICE_SCRIPT,
    });
    const unit = fileAt(document, `/etc/systemd/system/${DEFAULT_SERVICE_NAME}`)!;
    expect(unit.content).toBe(DEFAULT_SERVICE_UNIT);
    expect(unit.content).toContain(`EnvironmentFile=${ENV_FILE_PATH}\n`);
    expect(unit.content).toContain(`ExecStart=/usr/bin/python3 ${DEFAULT_SERVICE_SCRIPT_PATH}\n`);
    expect(unit.content).toContain('DynamicUser=yes\n');
    expect(unit.content).toContain('Restart=always\n');
    expect(document).toContain(
      `runcmd:\n  - ["systemctl", "daemon-reload"]\n  - ["systemctl", "enable", "--now", "--no-block", "${DEFAULT_SERVICE_NAME}"]\n`,
    );
  });

  test('our fixed text holds no Terraform template sequences', () => {
    // The document goes through Terraform's template engine: only the caller's references may use ${ or %{.
    for (const text of [DEFAULT_SERVICE_SCRIPT, DEFAULT_SERVICE_UNIT]) {
      expect(text).not.toMatch(/[$%]\{/);
    }
    const literalProps = props('ovh', { tableName: 'orders' });
    expect(renderUserData(literalProps)).not.toMatch(/[$%]\{/);
    expect(renderUserData({ ...literalProps, customUserData: '#cloud-config\n' })).not.toMatch(/[$%]\{/);
  });

  test('is deterministic', () => {
    const inputs = props('linode', { credentials: CREDENTIALS });
    expect(renderUserData(inputs)).toBe(renderUserData({ ...inputs }));
  });
});

describe('values', () => {
  test('env values are quoted for systemd: quotes and backslashes escaped, $ left literal', () => {
    const tricky = 'a "quoted" \\path\\ with ${ref} and `tick`';
    expect(quoteEnvValue(tricky)).toBe('"a \\"quoted\\" \\\\path\\\\ with ${ref} and `tick`"');
    expect(parseEnvFile(`X=${quoteEnvValue(tricky)}`).X).toBe(tricky);
  });

  test('YAML scalars survive quotes; everything past ASCII is escaped', () => {
    const document = renderUserData(props('digitalocean', { healthPath: '/"santé"-😀' }));
    expect(document).toMatch(/^[\x20-\x7e\n]*$/);
    expect(document).toContain('APP_HEALTH_PATH=\\"/\\\\\\"sant\\u00e9\\\\\\"-\\U0001f600\\"');
  });

  test('cdktf tokens pass through verbatim and resolve to Terraform references', () => {
    const json = synthInStack((scope) => {
      const tableName = new TerraformVariable(scope, 'table', { type: 'string' }).stringValue;
      const accessKeyId = new TerraformVariable(scope, 'key_id', { type: 'string' }).stringValue;
      const secretAccessKey = new TerraformVariable(scope, 'secret', { type: 'string', sensitive: true }).stringValue;
      const userData = renderUserData(props('linode', { tableName, credentials: { accessKeyId, secretAccessKey } }));
      expect(userData).toContain(`DYNAMODB_TABLE_NAME=\\"${tableName}\\"`);
      new TerraformLocal(scope, 'user_data', userData);
    });
    const resolved = (json.locals as Record<string, string>).user_data;
    expect(resolved).toContain('DYNAMODB_TABLE_NAME=\\"${var.table}\\"');
    expect(resolved).toContain('AWS_ACCESS_KEY_ID=\\"${var.key_id}\\"');
    expect(resolved).toContain('AWS_SECRET_ACCESS_KEY=\\"${var.secret}\\"');
  });
});

describe('renderUserData with custom user data', () => {
  test('is a multipart of our env-file part and the user document, unchanged', () => {
    const document = renderUserData(
      props('digitalocean', { credentials: CREDENTIALS, customUserData: USER_CLOUD_CONFIG }),
    );
    expect(document.split('\n').slice(0, 2)).toEqual([
      'Content-Type: multipart/mixed; boundary="failover-kit-user-data-boundary"',
      'MIME-Version: 1.0',
    ]);
    const [ours, theirs, ...rest] = mimeParts(document);
    expect(rest).toEqual([]);
    for (const part of [ours, theirs]) expect(part.headers['Content-Type']).toBe('text/cloud-config; charset="utf-8"');

    expect(writtenFiles(ours.text).map((f) => f.path)).toEqual([ENV_FILE_PATH]);
    expect(fileAt(ours.text, ENV_FILE_PATH)!.permissions).toBe('0600');
    expect(ours.text).not.toContain('runcmd');
    expect(document).not.toContain(DEFAULT_SERVICE_NAME);

    expect(theirs.text).toBe(USER_CLOUD_CONFIG);
    expect(theirs.headers['Merge-Type']).toBe('list(append)+dict(recurse_array)+str()');
  });

  test('rejects a document that is not #cloud-config, naming the field', () => {
    for (const customUserData of [
      '#!/bin/bash\necho hi\n',
      '#cloud-config-archive\n- type: text/x-shellscript\n',
      'runcmd: []\n',
    ]) {
      const error = expectConfigError(() => renderUserData(props('ovh', { customUserData })));
      expect(error.problems).toEqual([
        expect.objectContaining({
          environment: 'production',
          region: 'ovh-gra',
          field: 'app.userData',
          value: customUserData.split('\n')[0],
        }),
      ]);
      expect(error.message).toContain('#cloud-config');
    }
  });

  test('rejects Terraform references inside the user document, which is sent base64-encoded', () => {
    const customUserData = `#cloud-config\nruncmd:\n  - echo ${Token.asString({ ref: 1 })}\n`;
    const error = expectConfigError(() => renderUserData(props('ovh', { customUserData })));
    expect(error.problems.map((p) => p.field)).toEqual(['app.userData']);
  });

  test('rejects a document that would push the user data past 16 KB', () => {
    const sized = (bytes: number) => `#cloud-config\n# ${'x'.repeat(bytes)}\n`;
    expect(() => renderUserData(props('aws', { customUserData: sized(10_000) }))).not.toThrow();
    const error = expectConfigError(() => renderUserData(props('aws', { customUserData: sized(12_000) })));
    expect(error.problems).toEqual([expect.objectContaining({ field: 'app.userData' })]);
    expect(error.message).toContain('16 KB');
  });
});

describe('credentials', () => {
  test.each([
    [
      'a literal access key id',
      { accessKeyId: LITERAL_KEY_ID, secretAccessKey: CREDENTIALS.secretAccessKey },
      'credentials.accessKeyId',
      LITERAL_KEY_ID,
    ],
    [
      'a temporary access key id',
      { accessKeyId: LITERAL_TEMPORARY_KEY_ID, secretAccessKey: CREDENTIALS.secretAccessKey },
      'credentials.accessKeyId',
      LITERAL_TEMPORARY_KEY_ID,
    ],
    [
      'a literal secret',
      { accessKeyId: CREDENTIALS.accessKeyId, secretAccessKey: LITERAL_SECRET },
      'credentials.secretAccessKey',
      LITERAL_SECRET,
    ],
  ])('rejects %s without echoing it', (_name, credentials, field, literal) => {
    const error = expectConfigError(() => renderUserData(props('linode', { credentials })));
    expect(error.problems.map((p) => p.field)).toEqual([field]);
    expect(error.message).toContain('Terraform reference');
    expect(error.message).toContain('environment variable');
    expect(error.message).not.toContain(literal.slice(4));
  });

  test('reports literal credentials and bad custom data together, in the given context', () => {
    const error = expectConfigError(() =>
      renderUserData(
        props('linode', {
          credentials: { accessKeyId: LITERAL_KEY_ID, secretAccessKey: 'literal' },
          customUserData: 'packages: [nginx]\n',
          context: { environment: 'staging', region: 'li-1' },
        }),
      ),
    );
    expect(error.problems.map((p) => [p.environment, p.region, p.field])).toEqual([
      ['staging', 'li-1', 'credentials.accessKeyId'],
      ['staging', 'li-1', 'credentials.secretAccessKey'],
      ['staging', 'li-1', 'app.userData'],
    ]);
  });
});

test('the largest default document stays well under the smallest user-data limit (EC2, 16 KB)', () => {
  const largest = renderUserData(
    props('digitalocean', {
      environment: 'e'.repeat(40),
      regionName: 'r'.repeat(40),
      tableName: 't'.repeat(255),
      healthPath: `/${'h'.repeat(254)}`,
      credentials: { accessKeyId: `\${${'k'.repeat(80)}}`, secretAccessKey: `\${${'s'.repeat(80)}}` },
    }),
  );
  expect(Buffer.byteLength(largest)).toBeLessThan(MAX_USER_DATA_BYTES / 4);
});

/** Every document the renderer makes, as cloud-config texts (multipart split into its parts). */
function everyCloudConfig(): Array<[string, string]> {
  const documents: Array<[string, string]> = [];
  for (const cloud of CLOUDS) {
    documents.push([`${cloud}`, renderUserData(props(cloud))]);
    documents.push([`${cloud}-credentials`, renderUserData(props(cloud, { credentials: CREDENTIALS }))]);
  }
  const multipart = renderUserData(props('ovh', { credentials: CREDENTIALS, customUserData: USER_CLOUD_CONFIG }));
  mimeParts(multipart).forEach((part, i) => documents.push([`multipart-part${i + 1}`, part.text]));

  // The HAProxy instance's user data: its password and server addresses are Terraform references, as in a stack.
  const stack = new TerraformStack(Testing.app(), 'haproxy');
  const statsPassword = new TerraformVariable(stack, 'stats_password', { type: 'string', sensitive: true }).stringValue;
  const haproxyConfig = renderHaproxyConfig({
    label: 'production/do-nyc',
    servers: [0, 1].map((i) => ({
      name: `app-${i}`,
      host: new TerraformVariable(stack, `app_${i}`, { type: 'string' }).stringValue,
    })),
    appPort: 8080,
    healthCheck: new HealthCheckSpec({ path: '/health/ready?deep=1', hostHeader: 'app.example.com' }, 8080),
  });
  for (const [name, adminCidrs] of [
    ['haproxy', []],
    ['haproxy-admin', ['203.0.113.0/24', '2001:db8::/48']],
  ] as const) {
    const hostFirewall = renderHostFirewall({
      publicPorts: [80],
      statsPort: 8404,
      statsSources: ['10.50.0.0/20'],
      adminCidrs,
    });
    documents.push([
      name,
      renderHaproxyUserData({ haproxyConfig, hostFirewall, statsPassword, privateCidr: '10.50.0.0/20' }),
    ]);
  }
  return documents;
}

const cloudInitAvailable = hasCommand('cloud-init');

/** The interpreter the cloud-init command runs with, which has cloud-init's library. */
function cloudInitPython(): string {
  const cloudInit = spawnSync('sh', ['-c', 'command -v cloud-init'], { encoding: 'utf8' }).stdout.trim();
  return /^#!\s*(\S+)/.exec(fs.readFileSync(cloudInit, 'utf8'))![1];
}

/*
 * `cloud-init schema -c FILE` for each file given, in one interpreter: the
 * command's own entry point (cloudinit.cmd.main:main, what the cloud-init
 * script calls) runs once per file, and each file's output and exit status
 * are captured as the command gives them. The interpreter start and schema
 * load are then paid once rather than once per document.
 */
const SCHEMA_SCRIPT = `
import contextlib, io, json, sys
from cloudinit.cmd.main import main

results = []
for path in sys.argv[1:]:
    output = io.StringIO()
    with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
        try:
            code = main(["cloud-init", "schema", "-c", path])
        except SystemExit as exit:
            code = exit.code
            if isinstance(code, str):
                output.write(code + "\\n")
                code = 1
    results.append({"status": code or 0, "output": output.getvalue()})
print(json.dumps(results))
`;

describe('cloud-init', () => {
  testWithTool(cloudInitAvailable, 'cloud-init not installed (scripts/install-system-tools.sh)')(
    'every rendered cloud-config passes `cloud-init schema`',
    () => {
      withTempDir((dir) => {
        const documents = everyCloudConfig().map(([name, text]) => {
          const file = path.join(dir, `${name}.yaml`);
          fs.writeFileSync(file, text);
          return { name, text, file };
        });
        const run = spawnSync(cloudInitPython(), ['-c', SCHEMA_SCRIPT, ...documents.map((d) => d.file)], {
          encoding: 'utf8',
          timeout: 60_000,
        });
        if (run.status !== 0) process.stdout.write(`${run.stdout}${run.stderr}`);
        expect(run.status).toBe(0);
        const results = JSON.parse(run.stdout) as Array<{ status: number; output: string }>;
        expect(results).toHaveLength(documents.length);
        documents.forEach(({ name, text }, i) => {
          const { status, output } = results[i];
          if (status !== 0) process.stdout.write(`cloud-init schema -c ${name}.yaml:\n${output}\n${text}\n`);
          expect({ name, status, output }).toMatchObject({ name, status: 0 });
        });
      });
    },
  );

  // Feeds the multipart document through cloud-init's own user-data processing and
  // merging (library internals, stable since 0.7), printing the merged cloud-config.
  const MERGE_SCRIPT = `
import json, sys
from cloudinit import handlers, user_data
from cloudinit.handlers.cloud_config import CloudConfigPartHandler


class Paths:
    def get_ipath(self, _name):
        return None

handler = CloudConfigPartHandler(Paths())
handler.handle_part(None, handlers.CONTENT_START, None, None, None, None)
def merge(_data, filename, payload, headers):
    handler.handle_part(None, headers["Content-Type"], filename, payload, None, headers)
with open(sys.argv[1], "rb") as f:
    handlers.walk(user_data.UserDataProcessor({}).process(f.read()), merge, None)
print(json.dumps(handler.cloud_buf))
`;

  testWithTool(cloudInitAvailable, 'cloud-init not installed (scripts/install-system-tools.sh)')(
    "cloud-init merges the user part into ours: both parts' files and commands survive, text intact",
    () => {
      const python = cloudInitPython();
      const inputs = props('linode', {
        credentials: CREDENTIALS,
        healthPath: '/santé-😀',
        customUserData: USER_CLOUD_CONFIG,
      });
      const merged = withTempDir((dir) => {
        const file = path.join(dir, 'user-data');
        fs.writeFileSync(file, renderUserData(inputs));
        const run = spawnSync(python, ['-c', MERGE_SCRIPT, file], { encoding: 'utf8', timeout: 30_000 });
        if (run.status !== 0) process.stdout.write(`${run.stdout}${run.stderr}`);
        expect(run.status).toBe(0);
        return JSON.parse(run.stdout);
      });
      expect(merged).toEqual({
        write_files: [
          { path: ENV_FILE_PATH, owner: 'root:root', permissions: '0600', content: renderEnvFile(inputs) },
          { path: '/etc/motd', content: 'héllo from ${HOME} 😀\n' },
        ],
        runcmd: ['echo "$HOME" > /tmp/home'],
      });
    },
  );
});

/** Retries until the server answers, for at most `seconds`. */
async function getWhenUp(port: number, urlPath: string, seconds: number): Promise<{ status: number; body: string }> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    try {
      return await get(port, urlPath);
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

testWithTool(hasCommand('python3'), 'python3 not installed')(
  'the default service answers the health path and / on its port, 404 otherwise',
  async () => {
    const port = await freePort();
    const healthPath = '/status/health';
    const env = parseEnvFile(renderEnvFile(props('digitalocean', { appPort: port, healthPath })));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fk-app-'));
    const script = path.join(dir, 'app.py');
    fs.writeFileSync(script, DEFAULT_SERVICE_SCRIPT);
    const child = spawn('python3', [script], {
      env: { PATH: process.env.PATH, ...env, APP_LISTEN_ADDRESS: '127.0.0.1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    try {
      await expect(getWhenUp(port, healthPath, 15)).resolves.toEqual({ status: 200, body: 'ok' });
      await expect(get(port, `${healthPath}?probe=1`)).resolves.toEqual({ status: 200, body: 'ok' });
      const root = await get(port, '/');
      expect(root.status).toBe(200);
      expect(JSON.parse(root.body)).toEqual({ environment: 'production', region: 'do-nyc', cloud: 'digitalocean' });
      await expect(get(port, '/missing')).resolves.toMatchObject({ status: 404 });
    } catch (err) {
      process.stdout.write(`app.py stderr:\n${stderr}\n`);
      throw err;
    } finally {
      child.kill();
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  30_000,
);
