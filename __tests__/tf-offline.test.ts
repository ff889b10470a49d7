import { Testing } from '../cdk';
import { FailoverStack } from '../stacks/failover-stack';
import { tfOfflineStack as awsRegionalService } from './fixtures/aws-regional-service';
import { tfOfflineStack as dataTierHealth, TF_OFFLINE_PLANNED } from './fixtures/data-tier-health';
import { tfOfflineStack as digitaloceanRegionalService } from './fixtures/digitalocean-regional-service';
import { tfOfflineStack as failoverAlerts } from './fixtures/failover-alerts';
import { tfOfflineStack as failoverDns } from './fixtures/failover-dns';
import { tfOfflineStack as globalTable } from './fixtures/global-table';
import { HAPROXY_ENVIRONMENT } from './fixtures/haproxy';
import { tfOfflineStack as linodeRegionalService } from './fixtures/linode-regional-service';
import { tfOfflineStack as ovhRegionalService } from './fixtures/ovh-regional-service';
import { synthStack, SynthesizedStack } from './synth';
import { testWithTool, tfOfflineAvailable, tfOfflineCheck } from './tools';

/*
 * Terraform validate and plan of each construct's test stack (built in
 * fixtures/, beside the construct's own tests), all in one tf-offline run:
 * Terraform's schemas and the stand-in provider server load once, not once
 * per stack. Each stack still has its own test, which reads its own
 * PASS/FAIL section of the output.
 */
const STACKS: ReadonlyArray<[string, () => SynthesizedStack]> = [
  ['aws-regional-service', awsRegionalService],
  ['data-tier-health', dataTierHealth],
  ['digitalocean-regional-service', digitaloceanRegionalService],
  ['failover-alerts', failoverAlerts],
  ['failover-dns', failoverDns],
  ['global-table', globalTable],
  // The whole HAProxy test environment, policy pack included: HAProxy on all three clouds behind Route 53,
  // with admin CIDRs (IPv4 and IPv6), own HAProxy sizes, three instances and a non-default stats port.
  ['haproxy-environment', () => synthStack(new FailoverStack(Testing.app(), HAPROXY_ENVIRONMENT))],
  ['linode-regional-service', linodeRegionalService],
  ['ovh-regional-service', ovhRegionalService],
];

interface Run {
  /** A stack that failed to synthesize is left out of the run; its test reports the error. */
  readonly synthErrors: ReadonlyMap<string, unknown>;
  readonly status: number;
  readonly output: string;
  /** Each stack's PASS or FAIL line with the indented lines under it. */
  readonly sections: ReadonlyMap<string, string>;
}

let run: Run | undefined;

/** Synthesizes every stack and checks them in one tf-offline run, once per file. */
function checkAll(): Run {
  if (run) return run;
  const synthErrors = new Map<string, unknown>();
  const stacks: Record<string, SynthesizedStack> = {};
  for (const [name, build] of STACKS) {
    try {
      stacks[name] = build();
    } catch (err) {
      synthErrors.set(name, err);
    }
  }
  const { status, output } = tfOfflineCheck(stacks);
  const sections = new Map<string, string>();
  let current: string | undefined;
  for (const line of output.split('\n')) {
    const head = /^(?:PASS|FAIL) (\S+)/.exec(line);
    if (head) sections.set((current = head[1]), line);
    else if (current && /^\s/.test(line)) sections.set(current, `${sections.get(current)}\n${line}`);
    else current = undefined;
  }
  run = { synthErrors, status, output, sections };
  return run;
}

describe('terraform validate and plan (tf-offline) of every construct test stack', () => {
  testWithTool(tfOfflineAvailable, 'terraform or tf-offline missing').each(STACKS.map(([name]) => name))(
    '%s passes',
    (name) => {
      const { synthErrors, status, output, sections } = checkAll();
      if (synthErrors.has(name)) throw synthErrors.get(name);
      const section = sections.get(name);
      // Without a section of its own (a setup error stops the run), the whole output says why.
      if (!section?.startsWith(`PASS ${name} `)) process.stdout.write(`${section ?? `status ${status}\n${output}`}\n`);
      expect(section).toMatch(new RegExp(`^PASS ${name} validate ok`));
      if (name === 'data-tier-health') expect(section).toMatch(new RegExp(`plan: ${TF_OFFLINE_PLANNED} to add`));
      // As when each stack had a run of its own: a run whose every stack passed exits 0.
      if ([...sections.values()].every((s) => s.startsWith('PASS '))) expect(status).toBe(0);
    },
    300_000,
  );
});
