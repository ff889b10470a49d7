#!/usr/bin/env node
// npm run bench: wall time and peak memory of the kit's everyday commands,
// checked against budgets. Every measured run is a fresh child process.
//
//   node scripts/bench.js [--runs N] [--skip-tests] [--json FILE]
//
// Steps: the build (once, reported apart), our synth of every default
// environment (node dist/main.js), the same synth the `cdktf init` way as the
// baseline (a copy of the sources run with tsx, every provider import rewritten
// to the package root), type-checking, the jest suite and tf-offline check of
// the synthesized stacks. The baseline must write byte-identical stacks.
//
// Exit status: 0 every budget met, 1 a budget failed (named on stderr),
// 2 the bench could not measure (a step failed, outputs differ, bad usage).
'use strict';

const { spawn, spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

// ---- budgets and run counts ------------------------------------------------

/** Our synth must be at least this many times faster than the baseline (median wall time). */
const SYNTH_SPEEDUP_MIN = 8;
/** Our synth's peak RSS must be at least this many times smaller than the baseline's (medians). */
const SYNTH_MEMORY_RATIO_MIN = 5;
/** The jest suite's median wall time on the 2-core project machine, in seconds. */
const JEST_WALL_MAX_SECONDS = 30;

/** Measured runs per step by default (--runs N changes it); medians are reported. */
const DEFAULT_RUNS = 5;
/** At most this many jest runs (about 50 s each): min(--runs, this). */
const JEST_MAX_RUNS = 3;
/** At most this many tf-offline runs (terraform init, validate and plan per stack). */
const TF_OFFLINE_MAX_RUNS = 3;
/** Unmeasured synth runs per app before measuring (page cache, tsx's transform cache). */
const SYNTH_WARMUP_RUNS = 1;
/** A child still running after this long is killed and the bench fails. */
const STEP_TIMEOUT_MS = 10 * 60 * 1000;

// ---- paths -----------------------------------------------------------------

const root = path.resolve(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const CACHE_ROOT = path.join(root, 'node_modules', '.cache', 'failover-kit-bench');
const CENSUS_HOOK = path.join(__dirname, 'bench', 'module-census.js');
const TF_OFFLINE = path.resolve(root, '..', 'shared', 'tf-offline', 'bin', 'tf-offline');
const TIME_BIN = '/usr/bin/time';
/** Prebuilt provider packages whose deep imports the baseline rewrites to the package root. */
const PROVIDER_PACKAGES = ['@cdktf/provider-aws', '@cdktf/provider-digitalocean'];
/** Sources copied for the baseline when tsconfig.build.json cannot be read. */
const FALLBACK_SOURCES = ['main.ts', 'cdk.ts', 'config', 'constructs', 'stacks', 'policy', '.gen'];
/** Result keys of the steps whose command may fail without stopping the bench. */
const stepIds = { typecheck: 'typecheck', jest: 'jest', 'tf-offline': 'tfOffline' };

class BenchError extends Error {}

// ---- arguments -------------------------------------------------------------

function usage() {
  return [
    'Usage: node scripts/bench.js [--runs N] [--skip-tests] [--json FILE]',
    '',
    `  --runs N      measured runs per step (default ${DEFAULT_RUNS}; jest at most ${JEST_MAX_RUNS},`,
    `                tf-offline at most ${TF_OFFLINE_MAX_RUNS})`,
    '  --skip-tests  do not run the jest suite (its budget is then not checked)',
    '  --json FILE   also write the results as JSON to FILE',
    '  --keep        keep the work folder (baseline copy, reference output) and print its path',
  ].join('\n');
}

function parseArgs(argv) {
  const options = { runs: DEFAULT_RUNS, skipTests: false, json: null, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (arg.includes('=')) return arg.slice(arg.indexOf('=') + 1);
      if (i + 1 >= argv.length) throw new BenchError(`${arg} needs a value\n${usage()}`);
      return argv[++i];
    };
    if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${usage()}\n`);
      process.exit(0);
    } else if (arg === '--runs' || arg.startsWith('--runs=')) {
      const runs = Number(value());
      if (!Number.isInteger(runs) || runs < 1) throw new BenchError(`--runs needs a whole number >= 1\n${usage()}`);
      options.runs = runs;
    } else if (arg === '--skip-tests') {
      options.skipTests = true;
    } else if (arg === '--keep') {
      options.keep = true;
    } else if (arg === '--json' || arg.startsWith('--json=')) {
      options.json = path.resolve(value());
    } else {
      throw new BenchError(`unknown argument ${arg}\n${usage()}`);
    }
  }
  return options;
}

// ---- child processes, temp folders and cleanup ------------------------------

const liveChildren = new Set();
let workDir = null;
let keepWorkDir = false;
let interrupted = null;

/** Signals a child's whole process group (children are spawned detached, as group leaders). */
function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

function cleanup() {
  for (const child of liveChildren) killGroup(child, 'SIGKILL');
  liveChildren.clear();
  if (workDir && keepWorkDir) {
    process.stderr.write(`bench: work folder kept: ${workDir}\n`);
  } else if (workDir) {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  workDir = null;
  try {
    fs.rmdirSync(CACHE_ROOT); // only when empty: another bench may be running
  } catch {
    // not empty or not there
  }
}

process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = signal;
    process.stderr.write(`\nbench: ${signal}, stopping the running step\n`);
    for (const child of liveChildren) killGroup(child, 'SIGTERM');
    // Give tools a moment to clean up after themselves (tf-offline stops its server), then insist.
    setTimeout(() => {
      cleanup();
      process.exit(128 + (os.constants.signals[signal] || 1));
    }, 3000);
  });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** A fresh work folder inside the project; leftovers of benches that were killed are removed. */
function makeWorkDir() {
  fs.mkdirSync(CACHE_ROOT, { recursive: true });
  for (const entry of fs.readdirSync(CACHE_ROOT)) {
    const match = /^run-(\d+)-/.exec(entry);
    if (match && !isAlive(Number(match[1]))) fs.rmSync(path.join(CACHE_ROOT, entry), { recursive: true, force: true });
  }
  const dir = path.join(CACHE_ROOT, `run-${process.pid}-${crypto.randomBytes(4).toString('hex')}`);
  fs.mkdirSync(dir);
  return dir;
}

// ---- measuring one run -------------------------------------------------------

/**
 * How peak RSS is read: 'gnu-time' (/usr/bin/time %M: the largest maxrss of the
 * command and every descendant it waited for), or 'proc-poll' (VmHWM of every
 * process in the child's process group, polled every 50 ms; same meaning).
 */
let rssMethod = null;
let sequence = 0;

function tail(text, lines = 30) {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** VmHWM (kB) of every live process in process group `pgid`, folded into `peak`. */
function pollGroupPeak(pgid, peak) {
  let best = peak;
  let entries = [];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return best;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the ")" that closes the command name: state ppid pgrp ...
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      const hwm = /VmHWM:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${entry}/status`, 'utf8'));
      if (hwm) best = Math.max(best, Number(hwm[1]));
    } catch {
      // exited meanwhile
    }
  }
  return best;
}

/**
 * Runs `command args` once as a fresh child process in its own process group.
 * Resolves to { wall (s), rssKb, code, signal, stdout, stderr }.
 */
function runMeasured(command, args, { cwd = root, env = process.env, timeoutMs = STEP_TIMEOUT_MS } = {}) {
  if (interrupted) return Promise.reject(new BenchError(`interrupted by ${interrupted}`));
  let file = null;
  let argv = [command, ...args];
  if (rssMethod === 'gnu-time') {
    file = path.join(workDir, `time-${++sequence}.txt`);
    argv = [TIME_BIN, '-f', '%e %M', '-o', file, '--', ...argv];
  }
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    liveChildren.add(child);
    const out = { stdout: '', stderr: '' };
    const keep = (key) => (chunk) => {
      out[key] = (out[key] + chunk).slice(-65536);
    };
    child.stdout.setEncoding('utf8').on('data', keep('stdout'));
    child.stderr.setEncoding('utf8').on('data', keep('stderr'));
    let polledPeak = 0;
    const poller =
      rssMethod === 'proc-poll' ? setInterval(() => (polledPeak = pollGroupPeak(child.pid, polledPeak)), 50) : null;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child, 'SIGKILL');
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      if (poller) clearInterval(poller);
      liveChildren.delete(child);
      reject(new BenchError(`cannot run ${argv[0]}: ${err.message}`));
    });
    child.on('close', (code, signal) => {
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      clearTimeout(timer);
      if (poller) clearInterval(poller);
      killGroup(child, 'SIGKILL'); // stragglers left in the group (none expected)
      liveChildren.delete(child);
      let rssKb = rssMethod === 'proc-poll' && polledPeak > 0 ? polledPeak : null;
      if (file) {
        // GNU time writes "Command exited with non-zero status N" before the format line on failure.
        const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n') : [];
        const fields = (lines[lines.length - 1] || '').trim().split(/\s+/);
        if (fields.length === 2 && /^\d+$/.test(fields[1])) rssKb = Number(fields[1]);
        fs.rmSync(file, { force: true });
      }
      if (interrupted) return reject(new BenchError(`interrupted by ${interrupted}`));
      if (timedOut) return reject(new BenchError(`${command} ${args.join(' ')} timed out after ${timeoutMs / 1000} s`));
      resolve({ wall, rssKb, code, signal, ...out });
    });
  });
}

/** Picks the RSS method and checks it against a process that reports its own maxRSS. */
async function chooseRssMethod() {
  const probe = [
    '-e',
    'Buffer.alloc(64 * 1024 * 1024, 1); process.stdout.write(String(process.resourceUsage().maxRSS))',
  ];
  const gnu = fs.existsSync(TIME_BIN) && spawnSync(TIME_BIN, ['-f', '%M', '-o', '/dev/null', 'true']).status === 0;
  const candidates = gnu ? ['gnu-time', 'proc-poll'] : ['proc-poll'];
  for (const method of candidates) {
    rssMethod = method;
    const run = await runMeasured(process.execPath, probe);
    const self = Number(run.stdout);
    // GNU time 1.7 reported 4x the real value; accept the method only when it agrees with the process itself.
    if (run.code === 0 && run.rssKb && self > 0 && run.rssKb / self > 0.8 && run.rssKb / self < 1.25) {
      return `${method === 'gnu-time' ? `${TIME_BIN} -f '%e %M' (%M)` : 'polling /proc/<pid>/status VmHWM every 50 ms'}; calibrated against process.resourceUsage().maxRSS: ${Math.round(run.rssKb / 1024)} vs ${Math.round(self / 1024)} MiB`;
    }
  }
  rssMethod = null;
  return 'not available (no working /usr/bin/time and no /proc): peak RSS is not reported';
}

// ---- statistics and formatting ---------------------------------------------------

const round = (value, digits) => Math.round(value * 10 ** digits) / 10 ** digits;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function summarize(runs) {
  const walls = runs.map((r) => r.wall);
  const rss = runs.map((r) => r.rssKb).filter((v) => typeof v === 'number');
  return {
    runs: runs.length,
    wallMedian: round(median(walls), 3),
    wallMin: round(Math.min(...walls), 3),
    wallMax: round(Math.max(...walls), 3),
    rssMedianKb: rss.length ? median(rss) : null,
    rssMinKb: rss.length ? Math.min(...rss) : null,
    rssMaxKb: rss.length ? Math.max(...rss) : null,
    samples: runs.map((r) => ({ wallSeconds: round(r.wall, 3), peakRssKb: r.rssKb })),
  };
}

const secs = (s) => `${s.toFixed(2)} s`;
const mib = (kb) => (kb == null ? 'n/a' : `${Math.round(kb / 1024)} MiB`);

function printTable(rows) {
  const header = ['step', 'runs', 'median wall', 'min–max wall', 'median peak RSS', 'min–max RSS'];
  const measured = rows.filter((row) => row.summary);
  const body = measured.map(({ label, summary: s }) => [
    label,
    String(s.runs),
    secs(s.wallMedian),
    s.runs > 1 ? `${s.wallMin.toFixed(2)}–${s.wallMax.toFixed(2)} s` : '–',
    mib(s.rssMedianKb),
    s.runs > 1 && s.rssMinKb != null ? `${Math.round(s.rssMinKb / 1024)}–${Math.round(s.rssMaxKb / 1024)} MiB` : '–',
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => (i ? 0 : row.label.length)), ...body.map((row) => row[i].length)),
  );
  const line = (cells) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  process.stdout.write(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const row of rows) {
    const cells = row.summary ? body[measured.indexOf(row)] : null;
    process.stdout.write(`${cells ? line(cells) : `${row.label.padEnd(widths[0])}  ${row.note}`}\n`);
  }
}

const loadAverage = () =>
  os
    .loadavg()
    .map((v) => v.toFixed(2))
    .join(' ');

function log(message) {
  process.stdout.write(`${message}\n`);
}

// ---- the baseline app (`cdktf init` style: provider classes from the package root) ----

/** Maps each deep module of a provider package ("dynamodb-table") to its namespace in the root index. */
function rootNamespaces(pkg) {
  const index = path.join(root, 'node_modules', pkg, 'lib', 'index.js');
  const source = fs.readFileSync(index, 'utf8');
  const map = new Map();
  for (const match of source.matchAll(/exports\.([A-Za-z_$][\w$]*)\s*=\s*require\("\.\/([^"]+)"\)/g)) {
    map.set(match[2], match[1]);
  }
  if (map.size === 0) throw new BenchError(`${index}: no "exports.<name> = require('./<module>')" lines found`);
  return map;
}

/** Top-level files and folders of the app, from tsconfig.build.json's "include". */
function appSources() {
  try {
    const config = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.build.json'), 'utf8'));
    const tops = new Set(config.include.map((pattern) => pattern.replace(/^\.\//, '').split('/')[0]));
    for (const required of FALLBACK_SOURCES) tops.add(required);
    return [...tops];
  } catch {
    return FALLBACK_SOURCES;
  }
}

function listFiles(dir, base = dir) {
  const files = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(full, base));
    else if (entry.isFile()) files.push(path.relative(base, full));
  }
  return files.sort();
}

/**
 * Rewrites every deep provider import of one TypeScript source to the package
 * root, keeping the names it binds:
 *   import { DynamodbTable as T } from '@cdktf/provider-aws/lib/dynamodb-table';
 * becomes
 *   import { dynamodbTable as __fkbench_aws_dynamodbTable } from '@cdktf/provider-aws';
 *   import T = __fkbench_aws_dynamodbTable.DynamodbTable;
 * (the root index re-exports each module as a namespace: `export * as dynamodbTable`).
 * Type-only names are dropped by the transpiler, as they would be in the original.
 */
function rewriteProviderImports(source, namespaces, file) {
  let count = 0;
  const declared = new Set();
  const namespaceFor = (pkg, deep) => {
    const module = deep.replace(/\.js$/, '').replace(/\/index$/, '');
    const name = namespaces.get(pkg).get(module);
    if (!name) throw new BenchError(`${file}: ${pkg}/lib/${deep} is not exported by ${pkg}'s root index`);
    const local = `__fkbench_${pkg.replace(/^@cdktf\/provider-/, '').replace(/\W/g, '_')}_${name}`;
    const head = declared.has(local) ? '' : `import { ${name} as ${local} } from '${pkg}'; `;
    declared.add(local);
    return { local, head };
  };
  const pkgs = PROVIDER_PACKAGES.map((p) => p.replace(/[/\\^$*+?.()|[\]{}-]/g, '\\$&')).join('|');
  const named = new RegExp(
    `\\b(import|export)(\\s+type)?\\s*\\{([^}]*)\\}\\s*from\\s*(['"])(${pkgs})/lib/([^'"]+)\\4\\s*;?`,
    'g',
  );
  const star = new RegExp(
    `\\bimport(\\s+type)?\\s*\\*\\s*as\\s+([\\w$]+)\\s+from\\s*(['"])(${pkgs})/lib/([^'"]+)\\3\\s*;?`,
    'g',
  );
  let result = source.replace(named, (_all, keyword, _type, list, _quote, pkg, deep) => {
    count++;
    const { local, head } = namespaceFor(pkg, deep);
    const specifiers = list
      .split(',')
      .map((s) => s.trim().replace(/^type\s+/, ''))
      .filter(Boolean)
      .map((s) => {
        const [imported, alias] = s.split(/\s+as\s+/);
        return `${keyword === 'export' ? 'export ' : ''}import ${alias || imported} = ${local}.${imported};`;
      });
    return head + specifiers.join(' ');
  });
  result = result.replace(star, (_all, _type, alias, _quote, pkg, deep) => {
    count++;
    const { local, head } = namespaceFor(pkg, deep);
    return `${head}import ${alias} = ${local};`;
  });
  const left = new RegExp(`(${pkgs})/lib/`).exec(result);
  if (left) throw new BenchError(`${file}: a deep provider import the bench cannot rewrite is left (${left[0]}...)`);
  return { result, count };
}

/** Copies the app's sources into `dir` and rewrites their provider imports. */
function buildBaseline(dir) {
  const namespaces = new Map(PROVIDER_PACKAGES.map((pkg) => [pkg, rootNamespaces(pkg)]));
  const copied = [];
  for (const entry of appSources()) {
    const from = path.join(root, entry);
    if (!fs.existsSync(from)) continue;
    fs.cpSync(from, path.join(dir, entry), { recursive: true });
    copied.push(entry);
  }
  let files = 0;
  let imports = 0;
  for (const file of listFiles(dir)) {
    if (!file.endsWith('.ts') || file.endsWith('.d.ts')) continue;
    const full = path.join(dir, file);
    const { result, count } = rewriteProviderImports(fs.readFileSync(full, 'utf8'), namespaces, file);
    if (count) {
      fs.writeFileSync(full, result);
      files++;
      imports += count;
    }
  }
  if (imports === 0) throw new BenchError('the baseline rewrote no provider import: nothing to compare against');
  return { copied, files, imports };
}

// ---- synth runs and output comparison -------------------------------------------

/** Differences between two synth outputs (every file under stacks/), byte for byte. */
function compareOutputs(reference, candidate) {
  const refFiles = listFiles(path.join(reference, 'stacks'));
  const candFiles = listFiles(path.join(candidate, 'stacks'));
  const problems = [];
  for (const file of refFiles) {
    if (!candFiles.includes(file)) problems.push(`missing stacks/${file}`);
    else if (
      !fs
        .readFileSync(path.join(reference, 'stacks', file))
        .equals(fs.readFileSync(path.join(candidate, 'stacks', file)))
    )
      problems.push(`stacks/${file} differs`);
  }
  for (const file of candFiles) if (!refFiles.includes(file)) problems.push(`extra stacks/${file}`);
  return problems;
}

function stacksOf(outdir) {
  const dir = path.join(outdir, 'stacks');
  return fs
    .readdirSync(dir)
    .filter((name) => fs.existsSync(path.join(dir, name, 'cdk.tf.json')))
    .sort();
}

function makeSynthApps(baselineDir, outRoot, tmpDir) {
  const env = (outdir, extra = {}) => {
    const vars = { ...process.env, CDKTF_OUTDIR: outdir, TMPDIR: tmpDir, CHECKPOINT_DISABLE: '1', ...extra };
    delete vars.FAILOVER_KIT_ENVIRONMENTS; // the default environments, all of them
    delete vars.FAILOVER_KIT_DRILL;
    return vars;
  };
  return [
    {
      id: 'synthOurs',
      label: 'synth: ours (node dist/main.js)',
      command: process.execPath,
      args: [path.join(root, 'dist', 'main.js')],
      cwd: root,
      env,
      outRoot,
    },
    {
      id: 'synthBaseline',
      label: 'synth: baseline (tsx, root imports)',
      command: bin('tsx'),
      // From the project root like ours: a stack without a backend gets local state at <cwd>/terraform.<stack>.tfstate.
      args: [path.join(baselineDir, 'main.ts')],
      cwd: root,
      env,
      outRoot,
    },
  ];
}

async function synthOnce(app, tag, extraEnv) {
  const outdir = path.join(app.outRoot, `${app.id}-${tag}`);
  const run = await runMeasured(app.command, app.args, { cwd: app.cwd, env: app.env(outdir, extraEnv) });
  if (run.code !== 0) {
    throw new BenchError(`${app.label} failed (exit ${run.code ?? run.signal}):\n${tail(run.stderr || run.stdout)}`);
  }
  return { run, outdir };
}

// ---- main ------------------------------------------------------------------------------

function which(command) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const full = path.join(dir, command);
    try {
      fs.accessSync(full, fs.constants.X_OK);
      return full;
    } catch {
      // not here
    }
  }
  return null;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  for (const tool of ['tsc', 'tsx', 'jest']) {
    if (!fs.existsSync(bin(tool))) throw new BenchError(`${bin(tool)} not found: run npm ci first`);
  }
  keepWorkDir = options.keep;
  workDir = makeWorkDir();
  const baselineDir = path.join(workDir, 'app');
  const outRoot = path.join(workDir, 'out');
  const tmpDir = path.join(workDir, 'tmp');
  for (const dir of [baselineDir, outRoot, tmpDir]) fs.mkdirSync(dir);

  const results = { steps: {}, errors: [] };
  const rows = [];
  const record = (id, label, runs, extra = {}) => {
    const summary = summarize(runs);
    results.steps[id] = { label, ...summary, ...extra };
    rows.push({ label, summary });
    return summary;
  };
  // A failing command still gets timed; the first failure of each step is shown once, with a count.
  const failures = new Map();
  const noteFailure = (step, run) => {
    if (run.code === 0) return;
    const seen = failures.get(step);
    if (seen) seen.count++;
    else failures.set(step, { count: 1, exit: run.code ?? run.signal, output: tail(run.stdout + run.stderr) });
  };
  const skip = (id, label, reason) => {
    results.steps[id] = { label, skipped: reason };
    rows.push({ label, summary: null, note: `skipped: ${reason}` });
    log(`${label}: skipped (${reason})`);
  };

  const method = await chooseRssMethod();
  log(
    `failover-kit bench: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );
  log(`peak RSS: ${method}`);
  log('wall time: process.hrtime around each child process; every run is a fresh process');
  log(`load average at start: ${loadAverage()} (other work on the machine skews the figures)`);

  // 1. Build once, reported apart from the synth.
  log('\nbuild: tsc -p tsconfig.build.json');
  const build = await runMeasured(bin('tsc'), ['-p', 'tsconfig.build.json']);
  if (build.code !== 0) throw new BenchError(`the build failed:\n${tail(build.stdout + build.stderr)}`);
  record('build', 'build: tsc -p tsconfig.build.json (once)', [build]);

  // 2. The baseline app, from the real sources.
  const baseline = buildBaseline(baselineDir);
  log(
    `baseline: copied ${baseline.copied.join(', ')}; rewrote ${baseline.imports} provider imports in ` +
      `${baseline.files} files to ${PROVIDER_PACKAGES.join(' and ')} (root index)`,
  );

  const apps = makeSynthApps(baselineDir, outRoot, tmpDir);
  const [ours, base] = apps;

  // Warm-up runs (unmeasured) with a module census; the first one of ours is the reference output.
  const census = {};
  let reference = null;
  for (let w = 0; w < Math.max(1, SYNTH_WARMUP_RUNS); w++) {
    for (const app of apps) {
      const censusDir = path.join(workDir, `census-${app.id}-${w}`);
      fs.mkdirSync(censusDir);
      const nodeOptions = `${process.env.NODE_OPTIONS || ''} --require "${CENSUS_HOOK}"`.trim();
      const { outdir } = await synthOnce(app, `warmup-${w}`, {
        NODE_OPTIONS: nodeOptions,
        FAILOVER_KIT_BENCH_CENSUS_DIR: censusDir,
      });
      const records = fs
        .readdirSync(censusDir)
        .map((f) => JSON.parse(fs.readFileSync(path.join(censusDir, f), 'utf8')));
      census[app.id] = records.sort((a, b) => b.modules - a.modules)[0] || null;
      if (!reference) {
        reference = outdir;
      } else {
        const problems = compareOutputs(reference, outdir);
        if (problems.length) throw new BenchError(`${app.label} output differs from ours: ${problems.join('; ')}`);
        fs.rmSync(outdir, { recursive: true, force: true });
      }
    }
  }
  const stacks = stacksOf(reference);
  if (stacks.length === 0) throw new BenchError('our synth wrote no stack');
  if (!census.synthBaseline || !census.synthBaseline.awsRootIndex) {
    throw new BenchError('the baseline did not load the @cdktf/provider-aws root index: the rewrite did not take');
  }
  if (census.synthOurs && (census.synthOurs.awsRootIndex || census.synthOurs.digitaloceanRootIndex)) {
    log('warning: our synth loads a provider root index (every resource class)');
  }
  for (const app of apps) {
    const c = census[app.id];
    if (c) {
      log(
        `${app.label}: loads ${c.modules} modules, ${c.awsModules} of them from @cdktf/provider-aws and ` +
          `${c.digitaloceanModules} from @cdktf/provider-digitalocean`,
      );
    }
  }
  log(`stacks: ${stacks.join(', ')}; baseline output identical to ours (every file under stacks/, byte for byte)`);
  results.stacks = stacks;
  results.moduleCensus = census;

  // 3. Measured synth runs, interleaved (ours, baseline, baseline, ours, ...) so drift hits both alike.
  const synthRuns = { synthOurs: [], synthBaseline: [] };
  for (let i = 0; i < options.runs; i++) {
    const order = i % 2 ? [base, ours] : [ours, base];
    for (const app of order) {
      const { run, outdir } = await synthOnce(app, `run-${i}`);
      const problems = compareOutputs(reference, outdir);
      if (problems.length) throw new BenchError(`${app.label} run ${i + 1}: output differs: ${problems.join('; ')}`);
      fs.rmSync(outdir, { recursive: true, force: true });
      synthRuns[app.id].push(run);
      log(`${app.label} run ${i + 1}/${options.runs}: ${secs(run.wall)}, ${mib(run.rssKb)}`);
    }
  }
  const oursSummary = record(ours.id, ours.label, synthRuns.synthOurs);
  const baseSummary = record(base.id, base.label, synthRuns.synthBaseline);

  // 4. Type-checking, cold (no .tsbuildinfo read or written), as in a fresh clone.
  const typecheckRuns = [];
  for (let i = 0; i < options.runs; i++) {
    const run = await runMeasured(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit', '--incremental', 'false']);
    noteFailure('typecheck', run);
    typecheckRuns.push(run);
    log(`typecheck run ${i + 1}/${options.runs}: ${secs(run.wall)}, ${mib(run.rssKb)}`);
  }
  record('typecheck', 'typecheck: tsc -p tsconfig.json --noEmit (cold)', typecheckRuns);

  // 5. The jest suite (--ci: never writes snapshots).
  let jestSummary = null;
  if (options.skipTests) {
    skip('jest', 'jest --silent --ci', '--skip-tests');
  } else {
    const jestRuns = [];
    const count = Math.min(options.runs, JEST_MAX_RUNS);
    for (let i = 0; i < count; i++) {
      const run = await runMeasured(bin('jest'), ['--silent', '--ci']);
      if (run.code !== 0) noteFailure('jest', run);
      jestRuns.push(run);
      log(`jest run ${i + 1}/${count}: ${secs(run.wall)}, ${mib(run.rssKb)}`);
    }
    jestSummary = record('jest', 'jest --silent --ci', jestRuns);
  }

  // 6. tf-offline check of the synthesized stacks.
  const tfLabel = `tf-offline check (${stacks.length} stacks)`;
  if (!which('terraform')) {
    skip('tfOffline', tfLabel, 'terraform is not on PATH (bash scripts/install-system-tools.sh)');
  } else if (!fs.existsSync(TF_OFFLINE)) {
    skip('tfOffline', tfLabel, `${TF_OFFLINE} not found`);
  } else {
    const tfRuns = [];
    const count = Math.min(options.runs, TF_OFFLINE_MAX_RUNS);
    const dirs = stacks.map((s) => path.join(reference, 'stacks', s));
    for (let i = 0; i < count; i++) {
      const run = await runMeasured(TF_OFFLINE, ['check', ...dirs], {
        env: { ...process.env, CHECKPOINT_DISABLE: '1' },
      });
      if (run.code !== 0) noteFailure('tf-offline', run);
      tfRuns.push(run);
      log(`tf-offline run ${i + 1}/${count}: ${secs(run.wall)}, ${mib(run.rssKb)}`);
    }
    record('tfOffline', tfLabel, tfRuns);
  }

  // ---- report --------------------------------------------------------------------------
  printTable(rows);
  log(`load average at end: ${loadAverage()}`);
  const speedup = baseSummary.wallMedian / oursSummary.wallMedian;
  const memory =
    baseSummary.rssMedianKb && oursSummary.rssMedianKb ? baseSummary.rssMedianKb / oursSummary.rssMedianKb : null;
  log(
    `\nbaseline / ours, synth: wall ${speedup.toFixed(1)}× ` +
      `(${secs(baseSummary.wallMedian)} / ${secs(oursSummary.wallMedian)}), peak RSS ` +
      (memory == null
        ? 'n/a'
        : `${memory.toFixed(1)}× (${mib(baseSummary.rssMedianKb)} / ${mib(oursSummary.rssMedianKb)})`),
  );
  results.ratios = { synthWall: round(speedup, 2), synthPeakRss: memory == null ? null : round(memory, 2) };

  const budgets = [
    {
      name: 'synth-speed',
      rule: `our synth at least ${SYNTH_SPEEDUP_MIN}× faster than the baseline`,
      actual: `${speedup.toFixed(1)}×`,
      pass: speedup >= SYNTH_SPEEDUP_MIN,
    },
    {
      name: 'synth-memory',
      rule: `our synth's peak RSS at least ${SYNTH_MEMORY_RATIO_MIN}× smaller than the baseline's`,
      actual: memory == null ? 'not measured' : `${memory.toFixed(1)}×`,
      pass: memory == null ? null : memory >= SYNTH_MEMORY_RATIO_MIN,
    },
    {
      name: 'jest-wall',
      rule: `jest suite median wall time at most ${JEST_WALL_MAX_SECONDS} s`,
      actual: jestSummary ? secs(jestSummary.wallMedian) : 'skipped',
      pass: jestSummary ? jestSummary.wallMedian <= JEST_WALL_MAX_SECONDS : null,
    },
  ];
  log('\nbudgets:');
  for (const b of budgets)
    log(`  ${b.pass == null ? 'SKIP' : b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${b.rule} (${b.actual})`);
  results.budgets = budgets;

  for (const [step, f] of failures) {
    results.errors.push(`${step} exited ${f.exit} in ${f.count} of ${results.steps[stepIds[step]].runs} runs`);
    process.stderr.write(
      `\nbench: ${step} exited ${f.exit} in ${f.count} run(s); the first one ended with:\n${f.output}\n\n`,
    );
  }
  results.meta = {
    date: new Date().toISOString(),
    node: process.version,
    cores: os.cpus().length,
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    loadAverage: os.loadavg().map((v) => round(v, 2)),
    rssMethod: method,
    runs: options.runs,
    baseline: baseline,
  };
  if (options.json) {
    fs.mkdirSync(path.dirname(options.json), { recursive: true });
    fs.writeFileSync(options.json, `${JSON.stringify(results, null, 2)}\n`);
    log(`\nresults written to ${options.json}`);
  }

  const failed = budgets.filter((b) => b.pass === false);
  for (const b of failed) process.stderr.write(`bench: budget ${b.name} exceeded: ${b.rule}, measured ${b.actual}\n`);
  if (results.errors.length) {
    process.stderr.write('bench: a measured command failed; its figures above may not be representative\n');
    return 2;
  }
  return failed.length ? 1 : 0;
}

main().then(
  (code) => {
    cleanup();
    process.exit(code);
  },
  (err) => {
    process.stderr.write(`bench: ${err instanceof BenchError ? err.message : err.stack}\n`);
    cleanup();
    process.exit(interrupted ? 128 + (os.constants.signals[interrupted] || 1) : 2);
  },
);
