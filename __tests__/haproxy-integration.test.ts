import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  DEFAULT_STATS_USER,
  HAPROXY_BACKEND,
  renderHaproxyConfig,
  STATS_ADDRESS_VARIABLE,
  STATS_PASSWORD_VARIABLE,
  validateHaproxyConfig,
  type HaproxyConfigProps,
} from '../constructs/haproxy-config';
import { HealthCheckSpec } from '../constructs/health-check-spec';
import { Problems } from '../constructs/problems';
import { get } from './loopback-http';
import { hasCommand, testWithTool } from './tools';

/**
 * The generated haproxy.cfg run by the real HAProxy in front of three
 * in-process backends on loopback: one backend's health endpoint turns sick
 * and well again while traffic flows, and the stats page shows how long
 * HAProxy takes to take it out and put it back.
 */

const HEALTH_PATH = '/healthz';
/** The production default; never connected to: each server names its own port, and the check follows it. */
const APP_PORT = 8080;
const INTERVAL_SECONDS = 1;
const FALL = 3;
const RISE = 2;
const INTER_MS = INTERVAL_SECONDS * 1000;
/**
 * Slack on top of inter × fall and inter × rise: the stats poll period, the
 * check's own round trip and timer jitter of two processes on a busy machine.
 */
const SCHEDULING_TOLERANCE_MS = 250;
/** Period of stats polls and of the requests sent while a state change is awaited. */
const POLL_MS = 50;
/** Requests per batch: ten rounds of the round robin over three servers. */
const BATCH = 30;
const STARTUP_LIMIT_MS = 5000;
/** How long HAProxy gets to exit on SIGTERM before SIGKILL. */
const KILL_GRACE_MS = 2000;
/** Kept of HAProxy's output, to show when the test fails. */
const OUTPUT_LIMIT = 64 * 1024;

interface Backend {
  readonly name: string;
  readonly port: number;
  readonly server: http.Server;
  /** Whether the health path answers 503. */
  sick: boolean;
  /** Requests served on paths other than the health path. */
  served: number;
}

/** An HTTP server on loopback that names itself in every answer and fails its health path on demand. */
async function startBackend(name: string): Promise<Backend> {
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const backend: Backend = { name, port: (server.address() as net.AddressInfo).port, server, sick: false, served: 0 };
  server.on('request', (request: http.IncomingMessage, response: http.ServerResponse) => {
    if (request.url === HEALTH_PATH) {
      response.writeHead(backend.sick ? 503 : 200, { 'Content-Type': 'text/plain' });
      response.end(backend.sick ? 'sick' : 'ok');
      return;
    }
    backend.served += 1;
    response.writeHead(200, { 'Content-Type': 'text/plain' });
    response.end(`served by ${name}`);
  });
  return backend;
}

async function closeBackend(backend: Backend): Promise<void> {
  backend.server.closeAllConnections();
  await new Promise<void>((resolve) => backend.server.close(() => resolve()));
}

/** Ports free on loopback right now, all different: the listeners are held open together. */
async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => net.createServer());
  try {
    return await Promise.all(
      servers.map(
        (server) =>
          new Promise<number>((resolve, reject) => {
            server.once('error', reject);
            server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
          }),
      ),
    );
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}

/** What one request through the frontend got: status 0 and the error when it got no answer. */
interface Outcome {
  status: number;
  backend?: string;
  error?: string;
}

async function send(frontendPort: number): Promise<Outcome> {
  try {
    const reply = await get(frontendPort, '/');
    return { status: reply.status, backend: /^served by (\S+)$/.exec(reply.body)?.[1] };
  } catch (err) {
    return { status: 0, error: String(err) };
  }
}

async function sendBatch(frontendPort: number): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (let i = 0; i < BATCH; i++) outcomes.push(await send(frontendPort));
  return outcomes;
}

/** Requests answered by each backend. */
function perBackend(outcomes: readonly Outcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { backend } of outcomes) if (backend) counts[backend] = (counts[backend] ?? 0) + 1;
  return counts;
}

interface Traffic {
  /** Ends the traffic; resolves to every outcome, in order. */
  stop(): Promise<Outcome[]>;
}

/** Sends a request every POLL_MS, at most `limit`, until stopped. */
function startTraffic(frontendPort: number, limit: number): Traffic {
  const outcomes: Outcome[] = [];
  let running = true;
  const loop = (async () => {
    while (running && outcomes.length < limit) {
      outcomes.push(await send(frontendPort));
      await sleep(POLL_MS);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return outcomes;
    },
  };
}

/** Status of each server of the backend (`UP`, `UP 1/3`, `DOWN`, `DOWN 1/2`, ...) from the stats page's CSV. */
async function serverStates(statsPort: number, auth: string): Promise<Map<string, string>> {
  const reply = await get(statsPort, '/;csv', { auth });
  if (reply.status !== 200) throw new Error(`stats page answered ${reply.status}: ${reply.body}`);
  const [header, ...rows] = reply.body.trim().split('\n');
  const columns = header.replace(/^# /, '').split(',');
  const [pxname, svname, status] = ['pxname', 'svname', 'status'].map((column) => columns.indexOf(column));
  const states = new Map<string, string>();
  for (const cells of rows.map((row) => row.split(','))) {
    if (cells[pxname] === HAPROXY_BACKEND && cells[svname] !== 'BACKEND') states.set(cells[svname], cells[status]);
  }
  return states;
}

/**
 * Polls the stats page every POLL_MS until each of `servers` shows exactly
 * `status` (the full state, not a transition such as `UP 2/3`), for at most
 * `limitMs` after `since`. Returns the milliseconds from `since` to the poll
 * that saw it.
 */
async function waitForStatus(
  statsPort: number,
  auth: string,
  servers: readonly string[],
  status: 'UP' | 'DOWN',
  since: number,
  limitMs: number,
): Promise<number> {
  let states = new Map<string, string>();
  for (let poll = 0; poll <= limitMs / POLL_MS && performance.now() - since <= limitMs; poll++) {
    states = await serverStates(statsPort, auth);
    if (servers.every((server) => states.get(server) === status)) return Math.round(performance.now() - since);
    await sleep(POLL_MS);
  }
  throw new Error(
    `${servers.join(', ')} not ${status} within ${limitMs} ms; stats show ${JSON.stringify(Object.fromEntries(states))}`,
  );
}

/** Addresses listening on a TCP port, from the kernel's socket tables. */
function listeningAddresses(port: number): string[] {
  const addresses = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!fs.existsSync(table)) continue;
    for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      const [hex, portHex] = local?.split(':') ?? [];
      // 0A is TCP_LISTEN.
      if (state !== '0A' || parseInt(portHex, 16) !== port) continue;
      addresses.add(
        hex.length === 8
          ? // Little-endian IPv4.
            [6, 4, 2, 0].map((at) => parseInt(hex.slice(at, at + 2), 16)).join('.')
          : `[${hex}]`,
      );
    }
  }
  return [...addresses];
}

function connectError(host: string, port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(2000, () => socket.destroy(new Error('timed out')));
    socket.once('connect', () => {
      socket.destroy();
      resolve(undefined);
    });
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
  });
}

testWithTool(hasCommand('haproxy'), 'haproxy not installed (scripts/install-system-tools.sh)')(
  'the generated haproxy.cfg takes a failing server out within inter × fall and back within inter × rise, dropping no request',
  async () => {
    const backends: Backend[] = [];
    let traffic: Traffic | undefined;
    let haproxy: ReturnType<typeof spawn> | undefined;
    let exited: Promise<void> = Promise.resolve();
    let output = '';
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fk-haproxy-'));
    try {
      for (let i = 0; i < 3; i++) backends.push(await startBackend(`app-${i}`));
      const names = backends.map((backend) => backend.name);
      const [frontendPort, statsPort] = await freePorts(2);

      // As production renders it, but on loopback, as this user, logging to stderr.
      const props: HaproxyConfigProps = {
        label: 'integration/loopback',
        servers: backends.map(({ name, port }) => ({ name, host: '127.0.0.1', port })),
        appPort: APP_PORT,
        healthCheck: new HealthCheckSpec(
          {
            path: HEALTH_PATH,
            intervalSeconds: INTERVAL_SECONDS,
            timeoutSeconds: 1,
            healthyThreshold: RISE,
            unhealthyThreshold: FALL,
          },
          APP_PORT,
        ),
        frontendBinds: [`127.0.0.1:${frontendPort}`],
        statsPort,
        dropPrivileges: false,
        logTarget: 'stderr format raw local0',
      };
      const problems = new Problems();
      validateHaproxyConfig(problems, props);
      expect(problems.list).toEqual([]);
      const configFile = path.join(dir, 'haproxy.cfg');
      fs.writeFileSync(configFile, renderHaproxyConfig(props));

      const password = randomBytes(24).toString('base64url');
      const auth = `${DEFAULT_STATS_USER}:${password}`;
      const child = spawn('haproxy', ['-db', '-f', configFile], {
        env: { PATH: process.env.PATH, [STATS_ADDRESS_VARIABLE]: '127.0.0.1', [STATS_PASSWORD_VARIABLE]: password },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      haproxy = child;
      const keep = (chunk: Buffer) => {
        output = (output + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
      };
      child.stdout?.on('data', keep);
      child.stderr?.on('data', keep);
      exited = new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.once('error', (err) => {
          output += `\nspawn failed: ${String(err)}`;
          resolve();
        });
      });

      // Bounded wait for the frontend; a config HAProxy refuses ends the process instead.
      const startedAt = performance.now();
      for (;;) {
        if (child.exitCode !== null || child.signalCode !== null) throw new Error('haproxy exited at startup');
        if ((await send(frontendPort)).status === 200) break;
        if (performance.now() - startedAt > STARTUP_LIMIT_MS) throw new Error('haproxy frontend never answered');
        await sleep(POLL_MS);
      }

      // The stats page: password-protected, and bound to the address from the environment only.
      await expect(get(statsPort, '/;csv')).resolves.toMatchObject({ status: 401 });
      await expect(get(statsPort, '/;csv', { auth: `${DEFAULT_STATS_USER}:wrong-${password}` })).resolves.toMatchObject(
        {
          status: 401,
        },
      );
      await expect(get(statsPort, '/;csv', { auth })).resolves.toMatchObject({ status: 200 });
      expect(listeningAddresses(statsPort)).toEqual(['127.0.0.1']);
      // Another loopback address on Linux: a wildcard bind would accept it.
      await expect(connectError('127.0.0.2', statsPort)).resolves.toBe('ECONNREFUSED');

      // All healthy: HAProxy starts each server one failed check from DOWN (`UP 1/3`); wait for full health,
      // so that taking app-1 out below needs all `fall` failures, and the round robin reaches each.
      await waitForStatus(statsPort, auth, names, 'UP', performance.now(), INTER_MS * (FALL + 2));
      const healthy = await sendBatch(frontendPort);
      expect(healthy.filter((outcome) => outcome.status !== 200)).toEqual([]);
      for (const name of names) expect(perBackend(healthy)[name]).toBeGreaterThan(0);

      // Detect: app-1's health path fails while its traffic still succeeds.
      const sick = backends[1];
      const detectionLimit = INTER_MS * FALL + SCHEDULING_TOLERANCE_MS;
      traffic = startTraffic(frontendPort, Math.ceil((detectionLimit + 2 * INTER_MS) / POLL_MS));
      const t0 = performance.now();
      sick.sick = true;
      const detectionMs = await waitForStatus(statsPort, auth, [sick.name], 'DOWN', t0, detectionLimit + 2 * INTER_MS);
      const duringDetection = await traffic.stop();
      traffic = undefined;
      const servedBySick = sick.served;
      const afterDetection = await sendBatch(frontendPort);
      expect(sick.served).toBe(servedBySick);
      expect(perBackend(afterDetection)[sick.name]).toBeUndefined();
      const detectPhase = [...duringDetection, ...afterDetection];

      // Recover: app-1's health path answers 200 again.
      const recoveryLimit = INTER_MS * RISE + SCHEDULING_TOLERANCE_MS;
      traffic = startTraffic(frontendPort, Math.ceil((recoveryLimit + 2 * INTER_MS) / POLL_MS));
      const t1 = performance.now();
      sick.sick = false;
      const recoveryMs = await waitForStatus(statsPort, auth, [sick.name], 'UP', t1, recoveryLimit + 2 * INTER_MS);
      const duringRecovery = await traffic.stop();
      traffic = undefined;
      const afterRecovery = await sendBatch(frontendPort);
      expect(perBackend(afterRecovery)[sick.name]).toBeGreaterThan(0);
      const recoverPhase = [...duringRecovery, ...afterRecovery];

      const all = [...healthy, ...detectPhase, ...recoverPhase];
      const failed = all.filter((outcome) => outcome.status !== 200);
      process.stdout.write(
        `haproxy: detection ${detectionMs} ms (inter×fall ${INTER_MS * FALL} ms), ` +
          `recovery ${recoveryMs} ms (inter×rise ${INTER_MS * RISE} ms), ${all.length} requests, ${failed.length} failed\n`,
      );
      expect(detectionMs).toBeLessThanOrEqual(detectionLimit);
      expect(recoveryMs).toBeLessThanOrEqual(recoveryLimit);
      expect(detectPhase.filter((outcome) => outcome.status !== 200)).toEqual([]);
      expect(recoverPhase.filter((outcome) => outcome.status !== 200)).toEqual([]);
    } catch (err) {
      process.stdout.write(`haproxy output:\n${output}\n`);
      throw err;
    } finally {
      await traffic?.stop();
      if (haproxy?.pid !== undefined && haproxy.exitCode === null && haproxy.signalCode === null) {
        haproxy.kill('SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        const stopped = await Promise.race([
          exited.then(() => true),
          new Promise<boolean>((resolve) => {
            timer = setTimeout(resolve, KILL_GRACE_MS, false);
          }),
        ]);
        clearTimeout(timer);
        if (!stopped) {
          haproxy.kill('SIGKILL');
          await exited;
        }
      }
      await Promise.all(backends.map(closeBackend));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  30_000,
);
