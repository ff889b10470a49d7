import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';

/**
 * The users' CI pipeline (.github/workflows/failover-kit.yml, docs/ci.md):
 * plan on pull requests, apply exactly the reviewed plan file on merge to main.
 */

const ROOT = path.resolve(__dirname, '..');
const WORKFLOW_FILE = path.join(ROOT, '.github', 'workflows', 'failover-kit.yml');

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  shell?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

interface Job {
  name?: string;
  if?: string;
  needs?: string | string[];
  environment?: string | { name: string };
  permissions?: string | Record<string, string>;
  concurrency?: string | { group: string; 'cancel-in-progress'?: boolean | string };
  strategy?: { matrix?: Record<string, unknown> };
  defaults?: { run?: { shell?: string; 'working-directory'?: string } };
  env?: Record<string, unknown>;
  steps: Step[];
}

interface Workflow {
  on: Record<string, { branches?: string[] } | null>;
  permissions?: string | Record<string, string>;
  defaults?: { run?: { shell?: string } };
  env?: Record<string, unknown>;
  jobs: Record<string, Job>;
}

const workflowText = fs.readFileSync(WORKFLOW_FILE, 'utf8');
const workflow = parse(workflowText) as Workflow;
const packageScripts: Record<string, string> =
  (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> })
    .scripts ?? {};

// ---------------------------------------------------------------------------
// A small shell reader: enough of bash to find the name of every command a run
// block calls. Quotes, `$(...)` (also inside double quotes), line continuations,
// `&&`, `||`, `|`, `;`, redirections, `{ ...; }`, if/then/else/fi and for loops.
// Backticks, heredocs and case statements are refused rather than guessed at.

interface ShellCommand {
  argv: string[];
  /** Name of the command this one's stdout is piped into, if any. */
  pipedInto?: string;
}

type Token = { kind: 'word' | 'op' | 'redir'; value: string };

const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', '!', '{', '}']);

/** The matching `)` of the `(` at `open`, across nested parens and quotes. */
function readParen(src: string, open: number): { inner: string; end: number } {
  const stack: string[] = ['('];
  let k = open + 1;
  while (k < src.length) {
    const ch = src[k];
    if (stack[stack.length - 1] === '"') {
      if (ch === '\\') {
        k += 1;
      } else if (ch === '"') {
        stack.pop();
      } else if (ch === '$' && src[k + 1] === '(') {
        stack.push('(');
        k += 1;
      }
    } else if (ch === '\\') {
      k += 1;
    } else if (ch === "'") {
      k = src.indexOf("'", k + 1);
      if (k < 0) throw new Error('unterminated single quote');
    } else if (ch === '"' || ch === '(') {
      stack.push(ch);
    } else if (ch === ')') {
      stack.pop();
      if (stack.length === 0) return { inner: src.slice(open + 1, k), end: k + 1 };
    }
    k += 1;
  }
  throw new Error('unterminated $(');
}

function lex(src: string, substitutions: ShellCommand[]): Token[] {
  const tokens: Token[] = [];
  let word: string | null = null;
  const flush = (): void => {
    if (word !== null) tokens.push({ kind: 'word', value: word });
    word = null;
  };
  /** Reads the `$(...)` starting at `at`, collects its commands and returns the index after it. */
  const substitute = (at: number): number => {
    const { inner, end } = readParen(src, at + 1);
    // $(( arithmetic )) holds no commands.
    if (!inner.startsWith('(')) substitutions.push(...shellCommands(inner));
    return end;
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '`') throw new Error('backticks are not checked: use $(...)');
    if (c === "'") {
      const close = src.indexOf("'", i + 1);
      if (close < 0) throw new Error('unterminated single quote');
      word = (word ?? '') + src.slice(i + 1, close);
      i = close + 1;
    } else if (c === '"') {
      let text = '';
      i += 1;
      for (;;) {
        if (i >= src.length) throw new Error('unterminated double quote');
        const d = src[i];
        if (d === '\\') {
          text += src[i + 1] ?? '';
          i += 2;
        } else if (d === '"') {
          i += 1;
          break;
        } else if (d === '`') {
          throw new Error('backticks are not checked: use $(...)');
        } else if (d === '$' && src[i + 1] === '(') {
          i = substitute(i);
          text += '$(...)';
        } else {
          text += d;
          i += 1;
        }
      }
      word = (word ?? '') + text;
    } else if (c === '\\') {
      word = (word ?? '') + (src[i + 1] ?? '');
      i += 2;
    } else if (c === '$' && src[i + 1] === '(') {
      i = substitute(i);
      word = (word ?? '') + '$(...)';
    } else if (c === '#' && word === null) {
      while (i < src.length && src[i] !== '\n') i += 1;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      flush();
      i += 1;
    } else if (c === '\n' || c === ';') {
      flush();
      tokens.push({ kind: 'op', value: ';' });
      i += 1;
    } else if (c === '&' || c === '|') {
      flush();
      const two = src.slice(i, i + 2);
      const op = two === '&&' || two === '||' ? two : c;
      tokens.push({ kind: 'op', value: op });
      i += op.length;
    } else if (c === '>' || c === '<') {
      if (src.startsWith('<<', i) && !src.startsWith('<<<', i)) throw new Error('heredocs are not checked');
      if (word !== null && /^\d+$/.test(word)) word = null; // a file descriptor: 2>&1
      flush();
      let j = i + 1;
      while (j < src.length && /[<>&\d-]/.test(src[j])) j += 1;
      tokens.push({ kind: 'redir', value: src.slice(i, j) });
      i = j;
    } else if (c === '(' || c === ')') {
      flush();
      tokens.push({ kind: 'op', value: c });
      i += 1;
    } else {
      word = (word ?? '') + c;
      i += 1;
    }
  }
  flush();
  return tokens;
}

function toArgv(tokens: Token[]): string[] | undefined {
  const words: string[] = [];
  let skipTarget = false;
  for (const token of tokens) {
    if (token.kind === 'redir') {
      skipTarget = !/[\d-]$/.test(token.value); // `>&2` is complete; `> file` takes the next word
    } else if (skipTarget) {
      skipTarget = false;
    } else if (token.kind === 'word') {
      words.push(token.value);
    }
  }
  while (words.length > 0 && (KEYWORDS.has(words[0]) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]))) words.shift();
  if (words.length === 0) return undefined;
  if (words[0] === 'for') return undefined; // `for x in a b`: the loop body follows `do`
  if (words[0] === 'case' || words[0] === 'function') throw new Error(`${words[0]} is not checked`);
  return words;
}

/** Every simple command in a shell script, including those inside `$(...)`. */
function shellCommands(script: string): ShellCommand[] {
  const src = script.replace(/\$\{\{[\s\S]*?\}\}/g, 'GITHUB_EXPRESSION').replace(/\\\r?\n/g, ' ');
  const substitutions: ShellCommand[] = [];
  const tokens = lex(src, substitutions);
  const segments: { argv?: string[]; op?: string }[] = [];
  let current: Token[] = [];
  for (const token of tokens) {
    if (token.kind === 'op' && token.value !== '(' && token.value !== ')') {
      segments.push({ argv: toArgv(current), op: token.value });
      current = [];
    } else if (token.kind !== 'op') {
      current.push(token);
    }
  }
  segments.push({ argv: toArgv(current) });
  const commands: ShellCommand[] = [];
  segments.forEach((segment, index) => {
    if (!segment.argv) return;
    const next = segments[index + 1]?.argv;
    commands.push({ argv: segment.argv, ...(segment.op === '|' && next ? { pipedInto: next[0] } : {}) });
  });
  return [...commands, ...substitutions];
}

// ---------------------------------------------------------------------------
// What a run block may call.

/** Tools the workflow may call besides npm; each is on GitHub's Ubuntu runners or installed by a pinned action. */
const ALLOWED_TOOLS: ReadonlyMap<string, string> = new Map([
  ['terraform', 'hashicorp/setup-terraform'],
  ['gh', 'GitHub CLI: find the reviewed plan run'],
  ['git', 'record the source tree'],
  ['jq', 'read JSON'],
  ['gpg', 'encrypt/decrypt the plan file'],
  ['sha256sum', 'fingerprint the plan file'],
  ['echo', 'builtin'],
  ['printf', 'builtin'],
  ['test', 'builtin'],
  ['[', 'builtin'],
  ['cd', 'builtin'],
  ['exit', 'builtin'],
  ['set', 'builtin'],
  ['true', 'builtin'],
  ['cat', 'coreutils'],
  ['head', 'coreutils'],
  ['tail', 'coreutils'],
  ['cut', 'coreutils'],
  ['wc', 'coreutils'],
  ['ls', 'coreutils'],
  ['rm', 'coreutils'],
  ['mkdir', 'coreutils'],
  ['grep', 'text'],
  ['sed', 'text'],
]);
const TERRAFORM_SUBCOMMANDS = new Set(['init', 'plan', 'show', 'apply']);

/** Why a command is not allowed, or undefined when it is. */
function commandProblem(argv: string[], scripts: Record<string, string>): string | undefined {
  const [name, ...args] = argv;
  if (name === 'npm') {
    const [sub, script, ...rest] = args;
    if (sub === 'ci' && args.length === 1) return undefined;
    if (sub === 'test' && args.length === 1)
      return 'test' in scripts ? undefined : 'npm test: package.json has no test script';
    if (sub === 'run' && script && !script.startsWith('-')) {
      if (!(script in scripts)) return `npm run ${script}: package.json has no script "${script}"`;
      if (rest.length > 0 && rest[0] !== '--') return `npm run ${script}: arguments go after --`;
      return undefined;
    }
    return `"${argv.join(' ')}": only npm ci, npm test and npm run <script> are allowed`;
  }
  if (name === 'terraform' && !TERRAFORM_SUBCOMMANDS.has(args[0] ?? '')) {
    return `"terraform ${args[0] ?? ''}": only terraform ${[...TERRAFORM_SUBCOMMANDS].join('/')}`;
  }
  if (name === 'set' && args.some((a) => /^-[a-z]*x/.test(a) || a === 'xtrace')) {
    return `"${argv.join(' ')}": tracing prints every expanded command, secrets included`;
  }
  if (!ALLOWED_TOOLS.has(name))
    return `unknown command "${name}" (allowed: npm, ${[...ALLOWED_TOOLS.keys()].join(', ')})`;
  return undefined;
}

// ---------------------------------------------------------------------------
// Helpers over the parsed workflow.

const jobs = Object.entries(workflow.jobs);
const commandsOf = (step: Step): ShellCommand[] => (step.run ? shellCommands(step.run) : []);
const jobCommands = (job: Job): ShellCommand[] => job.steps.flatMap(commandsOf);
const isTerraform = (command: ShellCommand, sub: string): boolean =>
  command.argv[0] === 'terraform' && command.argv[1] === sub;
const runsTerraform = (job: Job, sub: string): boolean => jobCommands(job).some((c) => isTerraform(c, sub));
const environmentOf = (job: Job): string | undefined =>
  typeof job.environment === 'string' ? job.environment : job.environment?.name;
const actionName = (step: Step): string | undefined => step.uses?.split('@')[0];
const stepsUsing = (job: Job, action: string): Step[] => job.steps.filter((s) => actionName(s) === action);
const concurrencyOf = (job: Job): { group: string; cancel: unknown } | undefined =>
  typeof job.concurrency === 'string'
    ? { group: job.concurrency, cancel: false }
    : job.concurrency && { group: job.concurrency.group, cancel: job.concurrency['cancel-in-progress'] };

const planJobs = jobs.filter(([, job]) => runsTerraform(job, 'plan'));
const applyJobs = jobs.filter(([, job]) => runsTerraform(job, 'apply'));
const matrixEnvironments = planJobs.flatMap(([, job]) => (job.strategy?.matrix?.environment as string[]) ?? []);

describe('shell reader', () => {
  const names = (script: string): string[] => shellCommands(script).map((c) => c.argv[0]);

  test('splits on &&, ||, |, ; and newlines, after `cd dir &&`', () => {
    expect(
      names('cd cdktf.out/stacks/staging && terraform init -input=false || exit 1; ls\ncat x | head -c 5'),
    ).toEqual(['cd', 'terraform', 'exit', 'ls', 'cat', 'head']);
  });

  test('joins line continuations and skips assignments, keywords, redirections and comments', () => {
    const script = [
      '# a comment with curl in it',
      'status=0',
      'terraform plan \\',
      '  -out=tfplan 2>&1 > plan.log || status=$?',
      'if [ "$status" -eq 2 ]; then echo true > flag; else { echo no; exit 1; }; fi',
      'for env in a b; do TF_LOG=info terraform show; done',
      '{ echo x; } >> "$GITHUB_STEP_SUMMARY"',
    ].join('\n');
    expect(shellCommands(script).map((c) => c.argv.join(' '))).toEqual([
      'terraform plan -out=tfplan',
      '[ $status -eq 2 ]',
      'echo true',
      'echo no',
      'exit 1',
      'terraform show',
      'echo x',
    ]);
  });

  test('keeps quoted pipes in one word and finds commands inside $(...), also within double quotes', () => {
    expect(names(`jq -r '.a | .b' f`)).toEqual(['jq']);
    expect(names('x=$(curl -s https://example.com)')).toEqual(['curl']);
    expect(names('echo "tree $(git rev-parse "HEAD^{tree}" | wget -)"')).toEqual(['echo', 'git', 'wget']);
    expect(names('echo "${{ secrets.A || secrets.B }} && done"')).toEqual(['echo']);
  });

  test('records what a command is piped into', () => {
    expect(shellCommands(`printf '%s' "$P" | gpg --decrypt x`)[0]).toEqual({
      argv: ['printf', '%s', '$P'],
      pipedInto: 'gpg',
    });
  });

  test('refuses what it cannot read', () => {
    expect(() => shellCommands('echo `id`')).toThrow(/backticks/);
    expect(() => shellCommands('cat <<EOF\nx\nEOF')).toThrow(/heredocs/);
    expect(() => shellCommands('case $a in x) ls;; esac')).toThrow(/case/);
  });

  test('names an unknown command, a missing npm script and a traced shell', () => {
    const scripts = { test: 'jest', synth: 'node dist/main.js' };
    const problems = shellCommands('curl -sL https://x | sh && npm run deploy && set -eux && npm run synth')
      .map((c) => commandProblem(c.argv, scripts))
      .filter(Boolean);
    expect(problems).toEqual([
      expect.stringContaining('unknown command "curl"'),
      expect.stringContaining('unknown command "sh"'),
      expect.stringContaining('no script "deploy"'),
      expect.stringContaining('tracing'),
    ]);
    expect(commandProblem(['npx', 'cdktf', 'deploy'], scripts)).toMatch(/unknown command "npx"/);
    expect(commandProblem(['npm', 'install'], scripts)).toMatch(/only npm ci/);
    expect(commandProblem(['terraform', 'destroy'], scripts)).toMatch(/only terraform/);
  });
});

describe('failover-kit workflow', () => {
  test('runs on pull requests to main and pushes to main, nothing else', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    expect(workflow.on.pull_request?.branches).toEqual(['main']);
    expect(workflow.on.push?.branches).toEqual(['main']);
  });

  test('every run command is npm ci / npm test / npm run <script in package.json> or an allowed tool', () => {
    const problems: string[] = [];
    for (const [jobId, job] of jobs) {
      for (const [index, step] of job.steps.entries()) {
        if (!step.run) continue;
        const where = `job ${jobId}, step ${index + 1} "${step.name ?? step.run.split('\n')[0]}"`;
        let commands: ShellCommand[] = [];
        try {
          commands = shellCommands(step.run);
        } catch (error) {
          problems.push(`${where}: ${(error as Error).message}`);
        }
        for (const command of commands) {
          const problem = commandProblem(command.argv, packageScripts);
          if (problem) problems.push(`${where}: ${problem}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  test('the build job tests and synthesizes with the package scripts, in order, on Node 20 with the npm cache', () => {
    const builders = jobs.filter(([, job]) => jobCommands(job).some((c) => c.argv[0] === 'npm'));
    expect(builders).toHaveLength(1);
    const [, build] = builders[0];
    expect(build.if).toBe("github.event_name == 'pull_request'");
    const npm = jobCommands(build)
      .filter((c) => c.argv[0] === 'npm')
      .map((c) => c.argv.join(' '));
    expect(npm).toEqual(['npm ci', 'npm run lint', 'npm run typecheck', 'npm test', 'npm run synth']);
    const [setupNode] = stepsUsing(build, 'actions/setup-node');
    expect(setupNode?.with).toMatchObject({ 'node-version': '20', cache: 'npm' });
  });

  test('plans run only on pull requests from this repository, with the agreed plan command', () => {
    expect(planJobs.length).toBeGreaterThan(0);
    for (const [, job] of planJobs) {
      expect(job.if).toContain("github.event_name == 'pull_request'");
      expect(job.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
      expect(job.if).not.toMatch(/push|refs\/heads/);
      expect(runsTerraform(job, 'apply')).toBe(false);
      const plans = jobCommands(job).filter((c) => isTerraform(c, 'plan'));
      for (const plan of plans) {
        expect(plan.argv).toEqual(expect.arrayContaining(['-input=false', '-lock-timeout=5m', '-out=tfplan']));
      }
      const inits = jobCommands(job).filter((c) => isTerraform(c, 'init'));
      expect(inits.map((c) => c.argv)).toEqual([['terraform', 'init', '-input=false']]);
      expect(job.defaults?.run?.['working-directory']).toBe('cdktf.out/stacks/${{ matrix.environment }}');
    }
  });

  test('the plan goes to the job summary, HTML-escaped in a collapsible block cut under 1 MiB', () => {
    for (const [, job] of planJobs) {
      const commands = jobCommands(job).map((c) => c.argv.join(' '));
      expect(commands).toContain('terraform show -no-color tfplan');
      const summary = job.steps.find((s) => s.run?.includes('GITHUB_STEP_SUMMARY'));
      expect(summary?.run).toMatch(/<details>/);
      expect(summary?.run).toContain('&amp;');
      const limit = Number(/limit=(\d+)/.exec(summary?.run ?? '')?.[1]);
      expect(limit).toBeGreaterThan(0);
      expect(limit).toBeLessThanOrEqual(1024 * 1024 - 16 * 1024); // room for the header lines
      expect(summary?.run).toMatch(/head -c "\$limit"/);
    }
  });

  test('each plan is uploaded per environment and pull request head, with its lock file, for 14 days at most', () => {
    for (const [, job] of planJobs) {
      const [upload] = stepsUsing(job, 'actions/upload-artifact');
      expect(upload?.with?.name).toBe('tfplan-${{ matrix.environment }}-${{ github.event.pull_request.head.sha }}');
      expect(Number(upload?.with?.['retention-days'])).toBeLessThanOrEqual(14);
      expect(upload?.with?.['include-hidden-files']).toBe(true); // .terraform.lock.hcl
      expect(upload?.with?.['if-no-files-found']).toBe('error');
      expect(String(upload?.with?.path)).toContain('!cdktf.out/stacks/${{ matrix.environment }}/.terraform/');
    }
  });

  test('one apply job per planned environment, only on push to main, applying the downloaded tfplan', () => {
    expect(matrixEnvironments.sort()).toEqual(['production', 'staging']);
    expect(applyJobs.map(([, job]) => environmentOf(job)).sort()).toEqual([...matrixEnvironments].sort());
    for (const [jobId, job] of applyJobs) {
      const env = environmentOf(job);
      expect(job.if).toContain("github.event_name == 'push'");
      expect(job.if).toContain("github.ref == 'refs/heads/main'");
      expect(job.if).not.toContain('pull_request');
      const commands = jobCommands(job);
      expect(commands.filter((c) => isTerraform(c, 'plan'))).toEqual([]);
      expect(commands.filter((c) => c.argv[0] === 'npm')).toEqual([]); // nothing is re-synthesized
      const applies = commands.filter((c) => isTerraform(c, 'apply'));
      expect(applies).toHaveLength(1);
      const args = applies[0].argv.slice(2);
      expect(args[args.length - 1]).toBe('tfplan');
      expect(args).toContain('-input=false');
      for (const arg of args) {
        expect(`${jobId}: ${arg}`).not.toMatch(/: -(target|replace|var|var-file|destroy|refresh-only|auto-approve)\b/);
      }
      expect(commands.filter((c) => isTerraform(c, 'init')).map((c) => c.argv)).toEqual([
        ['terraform', 'init', '-input=false', '-lockfile=readonly'],
      ]);
      const [download] = stepsUsing(job, 'actions/download-artifact');
      expect(download?.with).toMatchObject({
        name: `tfplan-${env}-\${{ needs.resolve.outputs.head_sha }}`,
        'run-id': '${{ needs.resolve.outputs.run_id }}',
        path: `cdktf.out/stacks/${env}`,
      });
      expect(job.defaults?.run?.['working-directory']).toBe(`cdktf.out/stacks/${env}`);
    }
  });

  test('the merged pull request and its plan run are looked up, for this workflow file and every environment', () => {
    const resolve = workflow.jobs.resolve;
    expect(resolve.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    const commands = jobCommands(resolve).map((c) => c.argv.join(' '));
    const runList = commands.find((c) => c.startsWith('gh run list'));
    expect(runList).toContain(`--workflow ${path.basename(WORKFLOW_FILE)}`);
    expect(runList).toContain('--event pull_request');
    expect(runList).toContain('--status success');
    const loops = [...workflowText.matchAll(/for env in ([a-z ]+);/g)].map((m) => m[1].split(' ').sort());
    expect(loops.length).toBeGreaterThan(0);
    for (const loop of loops) expect(loop).toEqual([...matrixEnvironments].sort());
    for (const [, job] of applyJobs) expect([job.needs].flat()).toContain('resolve');
  });

  test('applies are serialized per environment and never cancelled; plans cancel only superseded plans', () => {
    const applyGroups = new Set(matrixEnvironments.map((env) => `failover-kit-${env}`));
    for (const [, job] of applyJobs) {
      expect(concurrencyOf(job)).toEqual({ group: `failover-kit-${environmentOf(job)}`, cancel: false });
    }
    for (const [, job] of jobs.filter(([, j]) => !runsTerraform(j, 'apply'))) {
      const concurrency = concurrencyOf(job);
      if (!concurrency) continue;
      expect(applyGroups.has(concurrency.group)).toBe(false);
      expect(concurrency.group).toContain('${{ github.event.pull_request.number }}');
    }
  });

  test('production applies in the protected production environment, after staging', () => {
    const production = applyJobs.filter(([, job]) => environmentOf(job) === 'production');
    expect(production).toHaveLength(1);
    const [, job] = production[0];
    const staging = applyJobs.find(([, j]) => environmentOf(j) === 'staging');
    expect([job.needs].flat()).toContain(staging?.[0]);
  });

  test('secrets reach only the steps that use them, as env, and are never echoed or traced', () => {
    expect(workflowText).not.toMatch(/(echo|printf)[^\n]*\$\{\{\s*secrets\./);
    expect(workflowText).not.toMatch(/set -[a-z]*x|bash -[a-z]*x|xtrace/);
    expect(workflow.defaults?.run?.shell).toBe('bash');

    const secretAt: string[] = [];
    const walk = (value: unknown, where: string): void => {
      if (typeof value === 'string' && /\$\{\{[^}]*\bsecrets\./.test(value)) secretAt.push(where);
      else if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) walk(child, `${where}.${key}`);
      }
    };
    walk(workflow, 'workflow');
    expect(secretAt.length).toBeGreaterThan(0);
    for (const where of secretAt) expect(where).toMatch(/^workflow\.jobs\.[\w-]+\.steps\.\d+\.env\.\w+$/);

    for (const [jobId, job] of jobs) {
      for (const step of job.steps) {
        const secretVars = Object.entries(step.env ?? {})
          .filter(([, value]) => /\bsecrets\./.test(String(value)))
          .map(([key]) => key);
        if (secretVars.length === 0) continue;
        const commands = commandsOf(step);
        const consumer =
          secretVars.join() === 'TF_PLAN_PASSPHRASE'
            ? commands.some((c) => c.argv[0] === 'gpg')
            : commands.some((c) => isTerraform(c, 'plan') || isTerraform(c, 'apply'));
        expect(`${jobId}/${step.name}: ${secretVars.join()} used=${consumer}`).toMatch(/used=true$/);
        for (const command of commands) {
          const mentions = secretVars.filter((v) =>
            command.argv.slice(1).some((a) => a.includes(`$${v}`) || a.includes(`\${${v}`)),
          );
          if (mentions.length === 0) continue;
          const allowed = command.argv[0] === 'test' || (command.argv[0] === 'printf' && command.pipedInto === 'gpg');
          expect(`${jobId}/${step.name}: ${command.argv.join(' ')} allowed=${allowed}`).toMatch(/allowed=true$/);
        }
      }
    }
  });

  test('least privilege: nothing at workflow level, OIDC only where AWS credentials are configured', () => {
    expect(workflow.permissions).toEqual({});
    for (const [jobId, job] of jobs) {
      expect(typeof job.permissions).toBe('object');
      const permissions = job.permissions as Record<string, string>;
      for (const [scope, level] of Object.entries(permissions)) {
        expect(`${jobId}: ${scope}=${level}`).toMatch(scope === 'id-token' ? /=write$/ : /=read$/);
      }
      const aws = stepsUsing(job, 'aws-actions/configure-aws-credentials');
      expect(`${jobId}: id-token=${permissions['id-token']}`).toBe(
        `${jobId}: id-token=${aws.length > 0 ? 'write' : 'undefined'}`,
      );
      if (aws.length === 0) continue;
      // No project or dependency code runs where credentials can be minted.
      expect(jobCommands(job).filter((c) => c.argv[0] === 'npm')).toEqual([]);
      const role = runsTerraform(job, 'apply') ? 'AWS_APPLY_ROLE_ARN' : 'AWS_PLAN_ROLE_ARN';
      for (const step of aws) {
        expect(step.with?.['role-to-assume']).toBe(`\${{ vars.${role} }}`);
        expect(step.with?.['mask-aws-account-id']).toBe(true);
      }
    }
  });

  test('Terraform 1.11.4 without the wrapper wherever terraform runs', () => {
    for (const [, job] of jobs.filter(([, j]) => jobCommands(j).some((c) => c.argv[0] === 'terraform'))) {
      const setup = stepsUsing(job, 'hashicorp/setup-terraform');
      expect(setup).toHaveLength(1);
      expect(String(setup[0].with?.terraform_version)).toBe('1.11.4');
      expect(String(setup[0].with?.terraform_wrapper)).toBe('false');
    }
  });

  test('every action is pinned to a commit SHA, with its tag in a comment', () => {
    const uses = workflowText.split('\n').filter((line) => /^\s*(-\s+)?uses:/.test(line));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) expect(line).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+)*$/);
  });
});
