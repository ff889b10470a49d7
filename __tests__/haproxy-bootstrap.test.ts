import { spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { parse } from 'yaml';
import { TerraformLocal, TerraformStack, TerraformVariable, Testing, Token } from '../cdk';
import type { LoadBalancerChoice } from '../config/types';
import {
  escapeHaproxyVariables,
  HAPROXY_CONFIG_PATH,
  HAPROXY_ENV_PATH,
  HAPROXY_ENV_SCRIPT,
  HAPROXY_ENV_SCRIPT_PATH,
  HAPROXY_PUBLIC_PORT,
  HaproxyBootstrap,
  HaproxyChoiceContext,
  haproxySettings,
  HaproxyUserDataProps,
  HOST_FIREWALL_PATH,
  HostFirewallProps,
  renderHaproxyUserData,
  renderHostFirewall,
  STATS_PASSWORD_MIN_LENGTH,
  STATS_PASSWORD_PATH,
  usesHaproxy,
  validateLoadBalancerChoice,
} from '../constructs/haproxy-bootstrap';
import { renderHaproxyConfig, STATS_ADDRESS_VARIABLE, STATS_PASSWORD_VARIABLE } from '../constructs/haproxy-config';
import { HealthCheckSpec, HealthCheckSpecProps } from '../constructs/health-check-spec';
import { Problem, Problems } from '../constructs/problems';
import { configErrorOf, resourcesOf, synthInStack } from './synth';
import { hasCommand, testWithTool, withTempDir } from './tools';

const CONTEXT = { environment: 'staging', region: 'do-nyc' };
const APP_PORT = 8080;
const PRIVATE_CIDR = '10.50.0.0/20';

function spec(overrides: HealthCheckSpecProps = {}): HealthCheckSpec {
  return new HealthCheckSpec(overrides, APP_PORT, CONTEXT);
}

/** A spec holding values HealthCheckSpec itself rejects, to reach HAProxy's own checks. */
function specBypassingItsValidation(overrides: Partial<HealthCheckSpec>): HealthCheckSpec {
  return Object.assign(Object.create(HealthCheckSpec.prototype) as HealthCheckSpec, spec(), overrides);
}

/** Random text made at run time, so no secret-shaped literal sits in the source. */
function randomText(bytes = 18): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

describe('haproxySettings', () => {
  test('defaults: the stats password parameter is per environment and region', () => {
    expect(haproxySettings('staging', 'do-nyc')).toEqual({
      size: undefined,
      statsPasswordParameter: '/failover-kit/staging/do-nyc/haproxy-stats-password',
      statsUser: 'haproxy-stats',
      statsPort: 8404,
      maxConnections: 4096,
      idleTimeoutSeconds: 30,
    });
  });

  test('an empty config is the defaults', () => {
    expect(haproxySettings('production', 'ovh-gra', {})).toEqual(haproxySettings('production', 'ovh-gra'));
    expect(haproxySettings('production', 'ovh-gra').statsPasswordParameter).toBe(
      '/failover-kit/production/ovh-gra/haproxy-stats-password',
    );
  });

  test('every setting given is kept', () => {
    const config = {
      size: 's-2vcpu-2gb',
      statsPasswordParameter: '/ops/stats',
      statsUser: 'sre',
      statsPort: 9000,
      maxConnections: 2000,
      idleTimeoutSeconds: 60,
    };
    expect(haproxySettings('staging', 'do-nyc', config)).toEqual(config);
  });

  test('settings not given keep their defaults', () => {
    expect(haproxySettings('staging', 'do-nyc', { statsPort: 9000 })).toEqual({
      ...haproxySettings('staging', 'do-nyc'),
      statsPort: 9000,
    });
  });
});

describe('usesHaproxy', () => {
  test.each<[string, LoadBalancerChoice, boolean]>([
    ['no choice', {}, false],
    ['managed', { loadBalancer: 'managed' }, false],
    ['haproxy', { loadBalancer: 'haproxy' }, true],
    ['haproxy with settings', { loadBalancer: 'haproxy', haproxy: { statsUser: 'sre' } }, true],
    ['settings alone', { haproxy: { statsUser: 'sre' } }, false],
  ])('%s: %p', (_name, region, expected) => {
    expect(usesHaproxy(region)).toBe(expected);
  });
});

describe('validateLoadBalancerChoice', () => {
  function choiceContext(overrides: Partial<HaproxyChoiceContext> = {}): HaproxyChoiceContext {
    return {
      environment: CONTEXT.environment,
      regionName: CONTEXT.region,
      healthCheck: spec(),
      appPort: APP_PORT,
      instanceCount: 2,
      ...overrides,
    };
  }

  function problemsOf(region: LoadBalancerChoice, overrides: Partial<HaproxyChoiceContext> = {}): readonly Problem[] {
    const problems = new Problems(CONTEXT);
    validateLoadBalancerChoice(problems, region, choiceContext(overrides));
    return problems.list;
  }

  test.each<[string, LoadBalancerChoice]>([
    ['no choice', {}],
    ['managed', { loadBalancer: 'managed' }],
    ['haproxy with the defaults', { loadBalancer: 'haproxy' }],
    [
      'haproxy with every setting',
      {
        loadBalancer: 'haproxy',
        haproxy: {
          size: 's-2vcpu-2gb',
          statsPasswordParameter: '/ops/hapx/ovh-stats',
          statsUser: 'sre',
          statsPort: 9000,
          maxConnections: 2000,
          idleTimeoutSeconds: 60,
        },
      },
    ],
  ])('accepts %s', (_name, region) => {
    expect(problemsOf(region)).toEqual([]);
  });

  test('rejects an unknown load balancer, naming the choices, and checks nothing else', () => {
    const region = { loadBalancer: 'nginx', haproxy: { statsPort: 1 } } as unknown as LoadBalancerChoice;
    expect(problemsOf(region)).toEqual([
      { ...CONTEXT, field: 'loadBalancer', value: 'nginx', allowed: 'one of: managed, haproxy' },
    ]);
  });

  test.each<[string, LoadBalancerChoice]>([
    ['with loadBalancer managed', { loadBalancer: 'managed', haproxy: { statsUser: 'sre' } }],
    ['without loadBalancer', { haproxy: {} }],
    ['even invalid ones, reported once', { haproxy: { statsPort: 1, statsUser: '' } }],
  ])('rejects HAProxy settings %s', (_name, region) => {
    expect(problemsOf(region)).toEqual([
      {
        ...CONTEXT,
        field: 'haproxy',
        value: '(settings)',
        allowed: "no HAProxy settings unless loadBalancer is 'haproxy'",
      },
    ]);
  });

  describe('haproxy.statsPasswordParameter', () => {
    test.each([
      ['no leading slash', 'failover-kit/staging/stats'],
      ['under /aws', '/aws/stats'],
      ['under /AWS (AWS reserves it in any case)', '/AWS/stats'],
      ['under /ssm', '/ssm/stats'],
      ['under /Ssm', '/Ssm/stats'],
      ['/aws itself', '/aws'],
      ['/ssm itself', '/ssm'],
      ['a space', '/fk/stats password'],
      ['a dollar sign', '/fk/$stats'],
      ['a colon', '/fk/a:b'],
      ['a letter past ASCII', '/fk/pässe'],
      ['a Terraform reference', '/fk/${var.name}'],
      ['nothing after the slash', '/'],
      ['1012 characters', `/${'a'.repeat(1011)}`],
    ])('rejects a name with %s', (_name, statsPasswordParameter) => {
      expect(problemsOf({ loadBalancer: 'haproxy', haproxy: { statsPasswordParameter } })).toEqual([
        {
          ...CONTEXT,
          field: 'haproxy.statsPasswordParameter',
          value: statsPasswordParameter,
          allowed: 'an SSM parameter name: "/" then letters, digits and _.-/ (not under /aws or /ssm)',
        },
      ]);
    });

    test.each([['/ops/hapx/ovh-stats'], ['/a_b.c-d/E9'], ['/awsome/stats'], ['/ssmx'], [`/${'a'.repeat(1010)}`]])(
      'accepts %p',
      (statsPasswordParameter) => {
        expect(problemsOf({ loadBalancer: 'haproxy', haproxy: { statsPasswordParameter } })).toEqual([]);
      },
    );
  });

  describe("validateHaproxyConfig's problems come through, with field and allowed values", () => {
    test.each<[string, LoadBalancerChoice, Partial<HaproxyChoiceContext>, string, unknown, string]>([
      ['a privileged stats port', { haproxy: { statsPort: 80 } }, {}, 'haproxy.statsPort', 80, 'from 1024 to 65535'],
      ['a stats port past 65535', { haproxy: { statsPort: 70000 } }, {}, 'haproxy.statsPort', 70000, '65535'],
      ['a bad stats user', { haproxy: { statsUser: 'sre ops' } }, {}, 'haproxy.statsUser', 'sre ops', '1 to 32'],
      ['no connections', { haproxy: { maxConnections: 0 } }, {}, 'haproxy.maxConnections', 0, 'from 1 to 1000000'],
      ['no idle time', { haproxy: { idleTimeoutSeconds: 0 } }, {}, 'haproxy.idleTimeoutSeconds', 0, 'from 1 to 3600'],
      ['no instances', {}, { instanceCount: 0 }, 'instanceCount', 0, 'at least 1 server behind HAProxy'],
      ['an HTTPS check', {}, { healthCheck: spec({ protocol: 'HTTPS' }) }, 'healthCheck.protocol', 'HTTPS', 'HTTP'],
      [
        'a path HAProxy reads as a comment',
        {},
        { healthCheck: specBypassingItsValidation({ path: '/health#x' }) },
        'healthCheck.path',
        '/health#x',
        'a path of letters, digits',
      ],
      [
        'a status code past 599',
        {},
        { healthCheck: spec({ expectedStatus: 600 }) },
        'healthCheck.expectedStatus',
        600,
        'status codes from 100 to 599',
      ],
    ])('%s', (_name, settings, context, field, value, allowed) => {
      const problems = problemsOf({ loadBalancer: 'haproxy', ...settings }, context);
      expect(problems).toEqual([{ ...CONTEXT, field, value, allowed: expect.stringContaining(allowed) }]);
    });

    test('checks as many servers as the region has instances', () => {
      expect(problemsOf({ loadBalancer: 'haproxy' }, { instanceCount: 1 })).toEqual([]);
    });

    test('reports the parameter name and the config problems together', () => {
      const problems = problemsOf(
        { loadBalancer: 'haproxy', haproxy: { statsPasswordParameter: 'x', statsPort: 1, statsUser: '' } },
        { instanceCount: 0 },
      );
      expect(problems.map((p) => p.field)).toEqual([
        'haproxy.statsPasswordParameter',
        'instanceCount',
        'haproxy.statsUser',
        'haproxy.statsPort',
      ]);
    });
  });
});

describe('renderHostFirewall', () => {
  function firewall(overrides: Partial<HostFirewallProps> = {}): HostFirewallProps {
    return { publicPorts: [80], statsPort: 8404, statsSources: [PRIVATE_CIDR], adminCidrs: [], ...overrides };
  }

  /** The rules of the input chain, without indentation. */
  function rules(ruleset: string): string[] {
    const lines = ruleset.split('\n');
    const start = lines.indexOf('        type filter hook input priority filter; policy drop;');
    const end = lines.indexOf('    }');
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    return lines.slice(start + 1, end).map((line) => line.trim());
  }

  test('is an nft script that replaces the whole ruleset with one inet table', () => {
    const ruleset = renderHostFirewall(firewall());
    expect(ruleset.split('\n').slice(0, 3)).toEqual([
      '#!/usr/sbin/nft -f',
      '# Host firewall of the HAProxy instance, generated by failover-kit.',
      'flush ruleset',
    ]);
    expect(ruleset.match(/^table /gm)).toEqual(['table ']);
    expect(ruleset).toContain('\ntable inet failover_kit {\n    chain input {\n');
    expect(ruleset.endsWith('}\n')).toBe(true);
  });

  test('drops whatever no rule accepts', () => {
    expect(renderHostFirewall(firewall())).toContain('        type filter hook input priority filter; policy drop;\n');
  });

  test('accepts loopback, replies and ICMP of both families first, and drops invalid packets', () => {
    expect(rules(renderHostFirewall(firewall())).slice(0, 4)).toEqual([
      'iif "lo" accept',
      'ct state established,related accept',
      'ct state invalid drop',
      'meta l4proto { icmp, ipv6-icmp } accept',
    ]);
  });

  test('the public ports are open to everyone', () => {
    expect(rules(renderHostFirewall(firewall({ publicPorts: [80, 443] })))).toContain('tcp dport { 80, 443 } accept');
  });

  test('the stats port is open to its sources only, split by family', () => {
    const ruleset = renderHostFirewall(
      firewall({ statsPort: 9000, statsSources: ['10.50.0.0/20', 'fd00:1::/64', '192.168.0.0/16'] }),
    );
    const statsRules = rules(ruleset).filter((rule) => rule.includes('dport 9000'));
    expect(statsRules).toEqual([
      'ip saddr { 10.50.0.0/20, 192.168.0.0/16 } tcp dport 9000 accept',
      'ip6 saddr { fd00:1::/64 } tcp dport 9000 accept',
    ]);
  });

  test('IPv4 sources alone give no IPv6 rule', () => {
    expect(rules(renderHostFirewall(firewall())).filter((rule) => rule.startsWith('ip6 '))).toEqual([]);
  });

  test('SSH is open to the admin networks only, split by family', () => {
    const ruleset = renderHostFirewall(firewall({ adminCidrs: ['198.51.100.7/32', '2001:db8::/48'] }));
    expect(rules(ruleset).filter((rule) => rule.includes('dport 22 '))).toEqual([
      'ip saddr { 198.51.100.7/32 } tcp dport 22 accept',
      'ip6 saddr { 2001:db8::/48 } tcp dport 22 accept',
    ]);
  });

  test('no admin networks: no SSH rule at all', () => {
    const ruleset = renderHostFirewall(firewall({ adminCidrs: [] }));
    expect(ruleset).not.toMatch(/dport 22\b/);
  });

  test('no stats sources: no stats rule at all', () => {
    const ruleset = renderHostFirewall(firewall({ statsSources: [] }));
    expect(ruleset).not.toContain('8404');
  });

  test('the full chain, in order', () => {
    expect(
      rules(
        renderHostFirewall({
          publicPorts: [80],
          statsPort: 8404,
          statsSources: ['10.50.0.0/20'],
          adminCidrs: ['203.0.113.0/24', '2001:db8::/48'],
        }),
      ),
    ).toEqual([
      'iif "lo" accept',
      'ct state established,related accept',
      'ct state invalid drop',
      'meta l4proto { icmp, ipv6-icmp } accept',
      'tcp dport { 80 } accept',
      'ip saddr { 10.50.0.0/20 } tcp dport 8404 accept',
      'ip saddr { 203.0.113.0/24 } tcp dport 22 accept',
      'ip6 saddr { 2001:db8::/48 } tcp dport 22 accept',
    ]);
  });

  test('is deterministic', () => {
    const input = firewall({ adminCidrs: ['203.0.113.0/24'] });
    expect(renderHostFirewall(input)).toBe(renderHostFirewall({ ...input }));
  });

  describe('nft -c', () => {
    const withNft = testWithTool(hasCommand('nft'), 'nft not installed (scripts/install-system-tools.sh)');

    function nftCheck(ruleset: string): { status: number | null; output: string } {
      return withTempDir((dir) => {
        const file = path.join(dir, 'nftables.conf');
        fs.writeFileSync(file, ruleset);
        const run = spawnSync('nft', ['-c', '-f', file], { encoding: 'utf8', timeout: 30_000 });
        return { status: run.status, output: `${run.stdout}${run.stderr}${run.error ?? ''}` };
      });
    }

    withNft.each<[string, Partial<HostFirewallProps>]>([
      ['the HAProxy instance default: no SSH', {}],
      ['IPv4 admin networks', { adminCidrs: ['203.0.113.0/24', '198.51.100.7/32'] }],
      ['IPv4 and IPv6 admin networks', { adminCidrs: ['198.51.100.7/32', '2001:db8::/48'] }],
      ['IPv6 only', { statsSources: ['fd00:1::/64'], adminCidrs: ['2001:db8::/48'] }],
      ['no stats sources', { statsSources: [] }],
      ['several public ports', { publicPorts: [80, 443, 8443] }],
    ])('accepts the ruleset with %s', (_name, overrides) => {
      const ruleset = renderHostFirewall(firewall(overrides));
      const { status, output } = nftCheck(ruleset);
      if (status !== 0) process.stdout.write(`nft -c failed:\n${output}\n${ruleset}\n`);
      expect({ status, output }).toEqual({ status: 0, output: '' });
    });

    withNft('rejects a broken ruleset, so the checks above can fail', () => {
      const ruleset = renderHostFirewall(firewall()).replace('tcp dport { 80 } accept', 'tcp dport { 80 } acept');
      const { status, output } = nftCheck(ruleset);
      expect(status).not.toBe(0);
      expect(output).toContain('acept');
    });
  });
});

describe('escapeHaproxyVariables', () => {
  test("escapes HAProxy's variables for Terraform", () => {
    expect(escapeHaproxyVariables('bind "${FK_HAPROXY_STATS_ADDRESS}:8404"')).toBe(
      'bind "$${FK_HAPROXY_STATS_ADDRESS}:8404"',
    );
    expect(escapeHaproxyVariables('stats auth "u:${FK_HAPROXY_STATS_PASSWORD}"')).toBe(
      'stats auth "u:$${FK_HAPROXY_STATS_PASSWORD}"',
    );
  });

  test('escapes every occurrence', () => {
    expect(escapeHaproxyVariables('${FK_HAPROXY_A} ${FK_HAPROXY_B}\n${FK_HAPROXY_A}')).toBe(
      '$${FK_HAPROXY_A} $${FK_HAPROXY_B}\n$${FK_HAPROXY_A}',
    );
  });

  test.each([
    ['a Terraform reference', 'server app-0 ${digitalocean_droplet.app.ipv4_address_private}:8080'],
    ['a cdktf token', `server app-0 ${Token.asString({ ref: 1 })}:8080`],
    ['another variable', 'log "${HOME}"'],
    ['a lowercase name', '${fk_haproxy_stats_password}'],
    ['a variable without braces', '$FK_HAPROXY_STATS_PASSWORD'],
    ['a Terraform directive', '%{ if true }x%{ endif }'],
  ])('leaves %s alone', (_name, text) => {
    expect(escapeHaproxyVariables(text)).toBe(text);
  });
});

describe('renderHaproxyUserData', () => {
  interface CloudConfig {
    package_update: boolean;
    packages: string[];
    write_files: Array<{
      path: string;
      owner: string;
      permissions: string;
      content: string;
      encoding?: string;
      defer?: boolean;
    }>;
    runcmd: string[][];
  }

  /** Renders inside a stack whose variables stand for the server addresses and the stats password. */
  function render(overrides: Partial<HaproxyUserDataProps> = {}) {
    const stack = new TerraformStack(Testing.app(), 'test');
    const statsPassword = new TerraformVariable(stack, 'stats_password', { type: 'string', sensitive: true })
      .stringValue;
    const hosts = [0, 1].map((i) => new TerraformVariable(stack, `app_${i}`, { type: 'string' }).stringValue);
    const haproxyConfig = renderHaproxyConfig({
      label: 'staging/do-nyc',
      servers: hosts.map((host, i) => ({ name: `app-${i}`, host })),
      appPort: APP_PORT,
      healthCheck: spec(),
    });
    const hostFirewall = renderHostFirewall({
      publicPorts: [HAPROXY_PUBLIC_PORT],
      statsPort: 8404,
      statsSources: [PRIVATE_CIDR],
      adminCidrs: ['203.0.113.0/24'],
    });
    const input: HaproxyUserDataProps = {
      haproxyConfig,
      hostFirewall,
      statsPassword,
      privateCidr: PRIVATE_CIDR,
      context: CONTEXT,
      ...overrides,
    };
    const userData = renderHaproxyUserData(input);
    /** Texts as Terraform receives them, every token resolved to its reference. */
    const resolve = (texts: readonly string[]) => {
      texts.forEach((text, i) => new TerraformLocal(stack, `text_${i}`, text));
      const { locals } = JSON.parse(Testing.synth(stack)) as { locals: Record<string, string> };
      return texts.map((_, i) => locals[`text_${i}`]);
    };
    const resolved = () => resolve([userData])[0];
    return { userData, input, cloudConfig: parse(userData) as CloudConfig, resolve, resolved };
  }

  const file = (cloudConfig: CloudConfig, filePath: string) => {
    const found = cloudConfig.write_files.find((f) => f.path === filePath);
    if (!found) throw new Error(`no ${filePath} in write_files`);
    return found;
  };

  test('is a #cloud-config document', () => {
    expect(render().userData.split('\n', 1)[0]).toBe('#cloud-config');
  });

  test('installs haproxy and nftables after updating the package index', () => {
    const { cloudConfig } = render();
    expect(cloudConfig.package_update).toBe(true);
    expect(cloudConfig.packages).toEqual(['haproxy', 'nftables']);
  });

  test('writes the config, the password, the firewall and the environment script, in that order', () => {
    expect(render().cloudConfig.write_files.map((f) => f.path)).toEqual([
      HAPROXY_CONFIG_PATH,
      STATS_PASSWORD_PATH,
      HOST_FIREWALL_PATH,
      HAPROXY_ENV_SCRIPT_PATH,
    ]);
    expect([HAPROXY_CONFIG_PATH, STATS_PASSWORD_PATH, HOST_FIREWALL_PATH, HAPROXY_ENV_SCRIPT_PATH]).toEqual([
      '/etc/haproxy/haproxy.cfg',
      '/etc/failover-kit/haproxy-stats-password',
      '/etc/nftables.conf',
      '/usr/local/sbin/fk-haproxy-env',
    ]);
  });

  test('every file is root-owned and deferred, so the packages cannot overwrite it', () => {
    for (const written of render().cloudConfig.write_files) {
      expect(written).toMatchObject({ owner: 'root:root', defer: true });
    }
  });

  test('the password file is readable by root only; the script is executable', () => {
    const { cloudConfig } = render();
    expect(Object.fromEntries(cloudConfig.write_files.map((f) => [f.path, f.permissions]))).toEqual({
      [HAPROXY_CONFIG_PATH]: '0644',
      [STATS_PASSWORD_PATH]: '0600',
      [HOST_FIREWALL_PATH]: '0644',
      [HAPROXY_ENV_SCRIPT_PATH]: '0755',
    });
  });

  test('the password file is base64 of the password, encoded by Terraform', () => {
    const { cloudConfig, resolved } = render();
    const passwordFile = file(cloudConfig, STATS_PASSWORD_PATH);
    expect(passwordFile.encoding).toBe('b64');
    expect(Token.isUnresolved(passwordFile.content)).toBe(true);
    const terraform = parse(resolved()) as CloudConfig;
    expect(file(terraform, STATS_PASSWORD_PATH).content).toBe('${base64encode(var.stats_password)}');
  });

  test('the password reaches the document only through base64encode', () => {
    const text = render().resolved();
    expect(text.split('var.stats_password')).toHaveLength(2);
    expect(text).toContain('"${base64encode(var.stats_password)}"');
  });

  test('only the password file is base64', () => {
    const { cloudConfig } = render();
    expect(cloudConfig.write_files.filter((f) => f.encoding !== undefined).map((f) => f.path)).toEqual([
      STATS_PASSWORD_PATH,
    ]);
  });

  test("haproxy.cfg is the given config with HAProxy's variables escaped for Terraform", () => {
    const { cloudConfig, input } = render();
    const config = file(cloudConfig, HAPROXY_CONFIG_PATH).content;
    expect(config).toBe(escapeHaproxyVariables(input.haproxyConfig));
    expect(config).toContain(`bind "$\${${STATS_ADDRESS_VARIABLE}}:8404"`);
    expect(config).toContain(`stats auth "haproxy-stats:$\${${STATS_PASSWORD_VARIABLE}}"`);
    expect(config).not.toMatch(/(^|[^$])\$\{FK_HAPROXY_/);
  });

  test("after Terraform, haproxy.cfg holds the servers' references and HAProxy's escaped variables", () => {
    const config = file(parse(render().resolved()) as CloudConfig, HAPROXY_CONFIG_PATH).content;
    expect(config).toContain('    server app-0 ${var.app_0}:8080\n');
    expect(config).toContain('    server app-1 ${var.app_1}:8080\n');
    // Terraform turns $${ into ${, leaving the variables for HAProxy.
    expect(config).toContain('bind "$${FK_HAPROXY_STATS_ADDRESS}:8404"');
  });

  test('every Terraform template sequence in the document is one of ours', () => {
    const text = render().resolved();
    const sequences = [...text.replace(/\$\$\{FK_HAPROXY_[A-Z_]+\}/g, '').matchAll(/[$%]\{[^}]*\}/g)].map((m) => m[0]);
    expect(new Set(sequences)).toEqual(
      new Set(['${var.app_0}', '${var.app_1}', '${base64encode(var.stats_password)}']),
    );
  });

  test('the fixed texts hold no Terraform template sequences', () => {
    expect(HAPROXY_ENV_SCRIPT).not.toMatch(/[$%]\{/);
    expect(render().input.hostFirewall).not.toMatch(/[$%]\{/);
  });

  test('the firewall and the environment script are written as given', () => {
    const { cloudConfig, input } = render();
    expect(file(cloudConfig, HOST_FIREWALL_PATH).content).toBe(input.hostFirewall);
    expect(file(cloudConfig, HAPROXY_ENV_SCRIPT_PATH).content).toBe(HAPROXY_ENV_SCRIPT);
  });

  test('runs the environment script, loads the firewall, enables both units, then restarts HAProxy without blocking', () => {
    expect(render().cloudConfig.runcmd).toEqual([
      [HAPROXY_ENV_SCRIPT_PATH, PRIVATE_CIDR],
      ['nft', '-f', HOST_FIREWALL_PATH],
      ['systemctl', 'enable', 'nftables.service', 'haproxy.service'],
      ['systemctl', 'restart', '--no-block', 'haproxy.service'],
    ]);
  });

  test('the environment script gets the private network it binds the stats page in', () => {
    expect(render({ privateCidr: '10.60.0.0/24' }).cloudConfig.runcmd[0]).toEqual([
      HAPROXY_ENV_SCRIPT_PATH,
      '10.60.0.0/24',
    ]);
  });

  test('is deterministic once Terraform resolves it', () => {
    // Each render makes a new base64encode token, so compare what Terraform receives.
    const { input, userData, resolve } = render();
    const [first, second] = resolve([userData, renderHaproxyUserData({ ...input })]);
    expect(second).toBe(first);
  });

  test('rejects a literal password, naming the parameter and masking the value', () => {
    const literal = randomText(24);
    const error = configErrorOf(() => render({ statsPassword: literal }));
    expect(error.problems).toEqual([
      {
        ...CONTEXT,
        field: 'haproxy.statsPasswordParameter',
        value: '(masked)',
        allowed: 'a Terraform reference to the stats password, never a literal',
      },
    ]);
    expect(error.message).not.toContain(literal);
    expect(error.message).toContain('environment staging, region do-nyc: haproxy.statsPasswordParameter');
  });
});

/* The environment script under the real python3, with its paths moved into a temporary folder. */

interface ScriptRun {
  status: number | null;
  stderr: string;
  /** The env file's text, or undefined when none was written. */
  envFile?: string;
  envMode?: number;
  /** Values of the env file, unquoted the way systemd reads them. */
  values: Record<string, string>;
  passwordFileLeft: boolean;
  /** Arguments the script gave `ip`. */
  ipArguments: string;
}

/** `ip -4 -o addr show scope global` lines for interface/address pairs. */
function ipListing(addresses: ReadonlyArray<[string, string]>): string {
  return addresses
    .map(
      ([device, cidr], index) =>
        `${index + 2}: ${device}    inet ${cidr} brd 255.255.255.255 scope global ${device}\\       valid_lft forever preferred_lft forever\n`,
    )
    .join('');
}

/** Reads `KEY="value"` lines as systemd's EnvironmentFile= does: inside double quotes, \\ and \" are escapes. */
function systemdValues(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split('\n').filter((l) => l !== '')) {
    const match = /^([A-Z_]+)="((?:[^"\\]|\\.)*)"$/.exec(line);
    if (!match) throw new Error(`not a quoted assignment: ${line}`);
    values[match[1]] = match[2].replace(/\\(.)/g, '$1');
  }
  return values;
}

/** The interpreter the script's #! line names. */
const SCRIPT_INTERPRETER = /^#!(\S+)/.exec(HAPROXY_ENV_SCRIPT)![1];

function runEnvScript(
  statsSecret: string,
  listing: string,
  options: { network?: string; existingEnvFile?: { text: string; mode: number } } = {},
): ScriptRun {
  return withTempDir((dir) => {
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(dir, 'ip-output'), listing);
    // Stands in for iproute2: records its arguments and prints the listing.
    fs.writeFileSync(
      path.join(bin, 'ip'),
      `#!/bin/sh\nprintf '%s ' "$@" > "${dir}/ip-args"\ncat "${dir}/ip-output"\n`,
      { mode: 0o755 },
    );
    const envPath = path.join(dir, 'default-haproxy');
    const passwordPath = path.join(dir, 'stats-password');
    const script = HAPROXY_ENV_SCRIPT.split(HAPROXY_ENV_PATH)
      .join(envPath)
      .split(STATS_PASSWORD_PATH)
      .join(passwordPath);
    expect(script).not.toContain('/etc/');
    const scriptPath = path.join(dir, 'fk-haproxy-env');
    // Executable and run through its own #! line, as cloud-init's runcmd runs it.
    fs.writeFileSync(scriptPath, script, { mode: 0o755 });
    fs.writeFileSync(passwordPath, statsSecret, { mode: 0o600 });
    if (options.existingEnvFile) {
      fs.writeFileSync(envPath, options.existingEnvFile.text);
      fs.chmodSync(envPath, options.existingEnvFile.mode);
    }
    const run = spawnSync(scriptPath, [options.network ?? PRIVATE_CIDR], {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` },
      timeout: 30_000,
    });
    const envFile = fs.existsSync(envPath) ? fs.readFileSync(envPath, 'utf8') : undefined;
    return {
      status: run.status,
      stderr: `${run.stderr}${run.error ?? ''}`,
      envFile,
      envMode: fs.existsSync(envPath) ? fs.statSync(envPath).mode & 0o777 : undefined,
      values: envFile === undefined ? {} : systemdValues(envFile),
      passwordFileLeft: fs.existsSync(passwordPath),
      ipArguments: fs.existsSync(path.join(dir, 'ip-args')) ? fs.readFileSync(path.join(dir, 'ip-args'), 'utf8') : '',
    };
  });
}

describe('the environment script', () => {
  const withPython = testWithTool(fs.existsSync(SCRIPT_INTERPRETER), `${SCRIPT_INTERPRETER} not installed`);
  const PRIVATE_AND_PUBLIC = ipListing([
    ['eth0', '203.0.113.10/24'],
    ['eth1', '10.50.0.7/20'],
  ]);

  /** A password the script accepts, with the characters systemd quoting must escape. */
  const goodSecret = () => `${randomText()}"\\${randomText(6)}`;

  withPython('writes the password, quoted for systemd, and the private address', () => {
    const statsSecret = goodSecret();
    const run = runEnvScript(statsSecret, PRIVATE_AND_PUBLIC);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    expect(run.values).toEqual({ [STATS_PASSWORD_VARIABLE]: statsSecret, [STATS_ADDRESS_VARIABLE]: '10.50.0.7' });
  });

  withPython('escapes exactly the backslash and the double quote', () => {
    const statsSecret = goodSecret();
    const run = runEnvScript(statsSecret, PRIVATE_AND_PUBLIC);
    const escaped = statsSecret.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
    expect(run.envFile).toBe(`${STATS_PASSWORD_VARIABLE}="${escaped}"\n${STATS_ADDRESS_VARIABLE}="10.50.0.7"\n`);
  });

  withPython('lists the global IPv4 addresses, one per line', () => {
    expect(runEnvScript(goodSecret(), PRIVATE_AND_PUBLIC).ipArguments.trim()).toBe('-4 -o addr show scope global');
  });

  withPython('the env file is readable by root only', () => {
    expect(runEnvScript(goodSecret(), PRIVATE_AND_PUBLIC).envMode).toBe(0o600);
  });

  // The package ships /etc/default/haproxy 0644 and is installed before runcmd runs the script.
  withPython("the env file is readable by root only even when the package's 0644 copy exists", () => {
    const run = runEnvScript(goodSecret(), PRIVATE_AND_PUBLIC, {
      existingEnvFile: { text: '# Defaults file for HAProxy\n', mode: 0o644 },
    });
    expect(run.status).toBe(0);
    expect(run.envMode).toBe(0o600);
  });

  withPython("replaces the package's env file", () => {
    const statsSecret = goodSecret();
    const run = runEnvScript(statsSecret, PRIVATE_AND_PUBLIC, {
      existingEnvFile: { text: '# Defaults file for HAProxy\n#EXTRAOPTS="-de -m 16"\n', mode: 0o644 },
    });
    expect(run.values).toEqual({ [STATS_PASSWORD_VARIABLE]: statsSecret, [STATS_ADDRESS_VARIABLE]: '10.50.0.7' });
  });

  withPython('deletes the password file once read', () => {
    expect(runEnvScript(goodSecret(), PRIVATE_AND_PUBLIC).passwordFileLeft).toBe(false);
  });

  withPython(`accepts a password of exactly ${STATS_PASSWORD_MIN_LENGTH} characters`, () => {
    const statsSecret = randomText(24).slice(0, STATS_PASSWORD_MIN_LENGTH);
    expect(runEnvScript(statsSecret, PRIVATE_AND_PUBLIC).values[STATS_PASSWORD_VARIABLE]).toBe(statsSecret);
  });

  withPython.each([
    ['too short', () => randomText(24).slice(0, STATS_PASSWORD_MIN_LENGTH - 1)],
    ['empty', () => ''],
    ['holding a space', () => `${randomText()} ${randomText()}`],
    ['holding a tab', () => `${randomText()}\t${randomText()}`],
    ['ending in a newline', () => `${randomText()}\n`],
    ['holding a control character', () => `${randomText()}\u0007${randomText()}`],
  ])('refuses a password %s: stats on loopback behind a random password, said on stderr', (_name, make) => {
    const statsSecret = make();
    const run = runEnvScript(statsSecret, PRIVATE_AND_PUBLIC);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('failover-kit: stats password refused');
    expect(run.values[STATS_ADDRESS_VARIABLE]).toBe('127.0.0.1');
    const replacement = run.values[STATS_PASSWORD_VARIABLE];
    expect(replacement).not.toBe(statsSecret);
    expect(replacement).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(run.passwordFileLeft).toBe(false);
    // The refusal must not leak what was refused.
    if (statsSecret.trim() !== '') expect(run.stderr).not.toContain(statsSecret.trim());
  });

  withPython('each refusal gets a different random password', () => {
    const [first, second] = [0, 1].map(() => runEnvScript('short', PRIVATE_AND_PUBLIC).values[STATS_PASSWORD_VARIABLE]);
    expect(first).not.toBe(second);
  });

  withPython('no address in the private network: stats on loopback, said on stderr, password kept', () => {
    const statsSecret = goodSecret();
    const run = runEnvScript(statsSecret, ipListing([['eth0', '203.0.113.10/24']]));
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`failover-kit: no address in ${PRIVATE_CIDR} here`);
    expect(run.values).toEqual({ [STATS_PASSWORD_VARIABLE]: statsSecret, [STATS_ADDRESS_VARIABLE]: '127.0.0.1' });
  });

  withPython('no global address at all: stats on loopback', () => {
    const run = runEnvScript(goodSecret(), '');
    expect(run.status).toBe(0);
    expect(run.values[STATS_ADDRESS_VARIABLE]).toBe('127.0.0.1');
  });

  withPython('picks the address inside the given network', () => {
    const listing = ipListing([
      ['eth0', '10.60.0.5/24'],
      ['eth1', '10.50.3.9/20'],
    ]);
    expect(runEnvScript(goodSecret(), listing, { network: '10.50.0.0/20' }).values[STATS_ADDRESS_VARIABLE]).toBe(
      '10.50.3.9',
    );
    expect(runEnvScript(goodSecret(), listing, { network: '10.60.0.0/24' }).values[STATS_ADDRESS_VARIABLE]).toBe(
      '10.60.0.5',
    );
  });
});

describe('HaproxyBootstrap', () => {
  function synth(config?: { statsPasswordParameter?: string; statsPort?: number }) {
    let bootstrap: HaproxyBootstrap | undefined;
    const json = synthInStack((scope) => {
      new AwsProvider(scope, 'aws', { region: 'us-east-1' });
      const hosts = [0, 1].map((i) => new TerraformVariable(scope, `app_${i}`, { type: 'string' }).stringValue);
      bootstrap = new HaproxyBootstrap(scope, 'Haproxy', {
        environment: 'staging',
        regionName: 'do-nyc',
        config,
        servers: hosts.map((host, i) => ({ name: `app-${i}`, host })),
        appPort: APP_PORT,
        healthCheck: spec({ hostHeader: 'app.example.com' }),
        privateCidr: PRIVATE_CIDR,
        statsSources: [PRIVATE_CIDR],
        adminCidrs: ['203.0.113.0/24'],
      });
      new TerraformLocal(scope, 'user_data', bootstrap.userData);
    });
    const parameters = Object.entries(json.data?.aws_ssm_parameter ?? {});
    expect(parameters).toHaveLength(1);
    const [parameterId, parameter] = parameters[0];
    const userData = (json.locals as Record<string, string>).user_data;
    return { json, bootstrap: bootstrap!, parameterId, parameter, userData };
  }

  test('reads the stats password from the per-region SSM parameter, decrypted', () => {
    expect(synth().parameter).toMatchObject({
      name: '/failover-kit/staging/do-nyc/haproxy-stats-password',
      with_decryption: true,
    });
  });

  test('reads the configured parameter', () => {
    expect(synth({ statsPasswordParameter: '/ops/stats' }).parameter).toMatchObject({ name: '/ops/stats' });
  });

  test('the user data writes the parameter value, base64-encoded by Terraform', () => {
    const { parameterId, userData } = synth();
    const passwordFile = (
      parse(userData) as { write_files: Array<{ path: string; content: string }> }
    ).write_files.find((f) => f.path === STATS_PASSWORD_PATH);
    expect(passwordFile?.content).toBe(`\${base64encode(data.aws_ssm_parameter.${parameterId}.value)}`);
  });

  test('creates no resource: the instance belongs to the regional service', () => {
    expect(synth().json.resource ?? {}).toEqual({});
    expect(resourcesOf(synth().json, 'aws_ssm_parameter')).toEqual({});
  });

  test('exposes its settings with the defaults applied', () => {
    expect(synth({ statsPort: 9000 }).bootstrap.settings).toEqual(
      haproxySettings('staging', 'do-nyc', { statsPort: 9000 }),
    );
  });

  test('its haproxy.cfg listens publicly on port 80 and has the stats page on the configured port', () => {
    const { haproxyConfig } = synth({ statsPort: 9000 }).bootstrap;
    expect(haproxyConfig).toContain(`\n    bind :${HAPROXY_PUBLIC_PORT}\n`);
    expect(haproxyConfig).toContain('\n    bind "${FK_HAPROXY_STATS_ADDRESS}:9000"\n');
    expect(haproxyConfig).toContain('hdr Host app.example.com');
  });

  test('the user data carries its haproxy.cfg, escaped, and a firewall matching its ports and sources', () => {
    const { bootstrap } = synth({ statsPort: 9000 });
    const cloudConfig = parse(bootstrap.userData) as { write_files: Array<{ path: string; content: string }> };
    const contentOf = (filePath: string) => cloudConfig.write_files.find((f) => f.path === filePath)?.content;
    expect(contentOf(HAPROXY_CONFIG_PATH)).toBe(escapeHaproxyVariables(bootstrap.haproxyConfig));
    expect(contentOf(HOST_FIREWALL_PATH)).toBe(
      renderHostFirewall({
        publicPorts: [80],
        statsPort: 9000,
        statsSources: [PRIVATE_CIDR],
        adminCidrs: ['203.0.113.0/24'],
      }),
    );
  });
});
