import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Testing } from '../cdk';
import { ENVIRONMENTS, staging } from '../config/environments';
import { EnvironmentConfig } from '../config/types';
import { DIAGRAM_NOTE, escapeLabel, renderDiagram, renderDiagramDocument, StackJson } from '../diagrams/render-diagram';
import { FailoverStack } from '../stacks/failover-stack';
import { synthesizeEnvironments } from '../stacks/synthesize-environments';
import { defaultSynth } from './default-stacks';
import { HAPROXY_ENVIRONMENT } from './fixtures/haproxy';
import { resourcesOf, synthStack } from './synth';

/** scripts/diagram.js, the CLI behind `npm run diagram` (plain JavaScript, so required untyped). */
interface DiagramCli {
  expectedDiagrams(outDir: string, render: typeof renderDiagramDocument): Map<string, string>;
  compareDiagrams(expected: Map<string, string>, root: string): Array<{ file: string; reason: string }>;
  main(argv: string[], options?: { root?: string; outDir?: string; render?: typeof renderDiagramDocument }): number;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cli = require('../scripts/diagram.js') as DiagramCli;

const ROOT = path.resolve(__dirname, '..');

function synth(config: EnvironmentConfig): any {
  return synthStack(new FailoverStack(Testing.app(), config));
}

/** Staging with every region on its cloud's managed load balancer (do-nyc runs HAProxy by default). */
const managedStaging: EnvironmentConfig = {
  ...staging,
  regions: staging.regions.map((region) => ({ ...region, loadBalancer: 'managed' as const })),
};

// The default stacks come from the run's cache (global-setup.ts), synthesized once.
const synthesized = new Map(ENVIRONMENTS.map((config) => [config.name, defaultSynth(config.name) as any]));
const diagrams = new Map([...synthesized].map(([name, json]) => [name, renderDiagram(json)]));

/** The committed file content for an environment, as `npm run diagram` writes it. */
function documentOf(name: string): string {
  const json = synthesized.get(name)!;
  return renderDiagramDocument(name, json, json.output.dr_manifest.value);
}

const LABEL = String.raw`"(?:[^"<>\[\]{}|\x60#]|#\w+;|<br/>)*"`;
const SHAPES = [String.raw`\[${LABEL}\]`, String.raw`\(\[${LABEL}\]\)`, String.raw`\[\[${LABEL}\]\]`];
SHAPES.push(String.raw`\{\{${LABEL}\}\}`, String.raw`\[\(${LABEL}\)\]`);
const NODE = new RegExp(String.raw`^\s+([a-z][a-z0-9_]*)(?:${SHAPES.join('|')})$`);
const EDGE = new RegExp(String.raw`^  ([a-z][a-z0-9_]*) (?:-->|-\.->|<-->)(?:\|${LABEL}\|)? ([a-z][a-z0-9_]*)$`);
const SUBGRAPH = new RegExp(String.raw`^\s+subgraph ([a-z][a-z0-9_]*) \[${LABEL}\]$`);
const RESERVED = new Set(['end', 'subgraph', 'graph', 'flowchart', 'direction', 'style', 'class', 'click', 'default']);

/**
 * Problems with a rendered diagram, checked against the flowchart grammar
 * the renderer uses: the header, quoted and escaped labels, balanced
 * subgraphs, unique ids that are not keywords, and edges between defined nodes.
 */
function mermaidProblems(text: string): string[] {
  const problems: string[] = [];
  const lines = text.split('\n');
  if (lines[0] !== 'flowchart TB') problems.push(`header: ${lines[0]}`);
  const ids = new Set<string>();
  const edges: Array<[string, string, string]> = [];
  let depth = 0;
  for (const line of lines.slice(1)) {
    let match: RegExpExecArray | null;
    if ((match = SUBGRAPH.exec(line) ?? NODE.exec(line))) {
      if (ids.has(match[1]) || RESERVED.has(match[1])) problems.push(`id ${match[1]} reused or reserved`);
      ids.add(match[1]);
      if (line.trim().startsWith('subgraph ')) depth++;
    } else if (line.trim() === 'end') {
      if (--depth < 0) problems.push('end without subgraph');
    } else if (/^\s+direction (TB|LR)$/.test(line)) {
      if (depth === 0) problems.push('direction outside a subgraph');
    } else if ((match = EDGE.exec(line))) {
      edges.push([match[1], match[2], line]);
    } else {
      problems.push(`not a statement: ${line}`);
    }
  }
  if (depth !== 0) problems.push(`${depth} subgraph(s) not closed`);
  for (const [from, to, line] of edges) {
    if (!ids.has(from) || !ids.has(to)) problems.push(`edge to an undefined node: ${line}`);
  }
  return problems;
}

/** The same JSON with every object's keys in reverse order, as another writer might emit them. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .reverse()
      .map((k) => [k, reversedKeys((value as Record<string, unknown>)[k])]),
  );
}

describe.each(ENVIRONMENTS.map((config) => [config.name, config] as const))('%s diagram', (name, config) => {
  const json = synthesized.get(name)!;
  const text = diagrams.get(name)!;

  test('is a well-formed flowchart', () => {
    expect(mermaidProblems(text)).toEqual([]);
  });

  test('shows every region with its cloud and location, the hostname, records, table and replicas', () => {
    for (const region of config.regions) {
      expect(text).toContain(`${region.name}: ${region.cloud}, ${region.location}"]`);
    }
    expect(text).toContain(`name1(["${config.dns.hostname}<br/>public hostname"])`);
    const records = Object.values(resourcesOf(json, 'aws_route53_record'));
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      expect(text).toContain(`${record.failover_routing_policy.type} ${record.name}<br/>`);
      expect(text).toContain(`set_identifier ${record.set_identifier}"]`);
    }
    expect(text).toContain(`DynamoDB global table ${config.table.name}`);
    expect(text).toContain(`${config.table.homeRegion}<br/>home region`);
    const table = Object.values(resourcesOf(json, 'aws_dynamodb_table'))[0];
    expect(table.replica.length).toBeGreaterThan(0);
    for (const replica of table.replica) expect(text).toContain(`("${replica.region_name}<br/>replica")`);
  });

  test('lists the regions and their records in failover order', () => {
    const subgraphs = [...text.matchAll(/subgraph region(\d+) \["(\d+)\. ([a-z0-9-]+):/g)];
    expect(subgraphs.map((m) => m[3])).toEqual(config.regions.map((r) => r.name));
    subgraphs.forEach((m, i) => expect([m[1], m[2]]).toEqual([String(i + 1), String(i + 1)]));
    // Leaf records by set identifier, in the order the chain is written.
    const keys = new Set(config.regions.map((r) => r.name));
    const leaves = [...text.matchAll(/set_identifier ([a-z0-9-]+)"/g)].map((m) => m[1]).filter((k) => keys.has(k));
    expect(leaves).toEqual(config.regions.map((r) => r.name));
    // Each leaf routes to its own region's load balancer and is guarded by that region's check.
    config.regions.forEach((region, i) => {
      const record = /(record\d+)\["[A-Z]+ [^"]*<br\/>set_identifier ([a-z0-9-]+)"\]/g;
      const id = [...text.matchAll(record)].find((m) => m[2] === region.name)![1];
      expect(text).toMatch(new RegExp(`  ${id} -->\\|"(alias|A record)"\\| region${i + 1}_lb1\n`));
      expect(text).toMatch(new RegExp(`  ${id} -\\.->\\|"health check"\\| region${i + 1}_calc\n`));
    });
    // Each level's SECONDARY links to the next level by alias, down to the last pair.
    for (let level = 2; level < config.regions.length; level++) {
      expect(text).toContain(`|"alias failover-${level}.${config.dns.hostname}"| name${level}`);
    }
  });

  test("each region's instances reach the replica in its data region", () => {
    const manifest = json.output.dr_manifest.value;
    manifest.regions.forEach((region: any, i: number) => {
      const edge = new RegExp(`  region${i + 1}_vm1 -->\\|"data region ${region.data_region}"\\| (table1_\\w+)\n`);
      const target = edge.exec(text);
      expect(target).not.toBeNull();
      expect(text).toMatch(new RegExp(`    ${target![1]}\\[\\("${region.data_region}<br/>`));
    });
  });

  test('shows load balancer, instances, endpoint check and calculated check per region', () => {
    config.regions.forEach((region, i) => {
      const lines = text.split('\n').filter((l) => l.startsWith(`    region${i + 1}_`));
      expect(lines.map((l) => /region\d+_([a-z]+\d*)/.exec(l)![1])).toEqual(['lb1', 'vm1', 'check', 'calc']);
      expect(lines[1]).toContain(
        region.cloud === 'aws' ? `${region.instanceCount ?? 2} × EC2 instance` : `${region.instanceCount ?? 2} × `,
      );
      expect(lines[2]).toContain('HTTP port 80 /healthz');
    });
  });

  test('does not depend on key order or on the manifest', () => {
    expect(renderDiagram(reversedKeys(json) as StackJson)).toBe(text);
    // Without the dr_manifest output, data regions come from the instances' environment file.
    expect(renderDiagram({ ...json, output: {} })).toBe(text);
    expect(renderDiagram({ ...json, output: {} }, json.output.dr_manifest.value)).toBe(text);
  });

  test(`docs/diagrams/${name}.md is up to date (run npm run diagram)`, () => {
    const file = path.join(ROOT, 'docs', 'diagrams', `${name}.md`);
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe(documentOf(name));
  });
});

describe('diagram documents', () => {
  test('hold a heading, one mermaid block and the do-not-edit note', () => {
    const doc = documentOf('staging');
    expect(doc.startsWith('# Failover diagram: staging\n\n```mermaid\nflowchart TB\n')).toBe(true);
    expect(doc.match(/```/g)).toHaveLength(2);
    expect(doc.endsWith(`\n\`\`\`\n\n${DIAGRAM_NOTE}\n`)).toBe(true);
    expect(DIAGRAM_NOTE).toBe('generated by npm run diagram from cdktf.out; do not edit');
  });

  test('render from cdktf.out as scripts/diagram.js reads it exactly as from Testing.synth', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fk-diagram-'));
    try {
      const outDir = path.join(tmp, 'cdktf.out');
      synthesizeEnvironments(ENVIRONMENTS, outDir);
      const expected = cli.expectedDiagrams(outDir, renderDiagramDocument);
      expect([...expected.keys()].sort()).toEqual(
        ENVIRONMENTS.map((e) => path.join('docs', 'diagrams', `${e.name}.md`)).sort(),
      );
      for (const config of ENVIRONMENTS) {
        expect(expected.get(path.join('docs', 'diagrams', `${config.name}.md`))).toBe(documentOf(config.name));
      }
      // The --check comparison against the committed files.
      expect(cli.compareDiagrams(expected, ROOT)).toEqual([]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('escaping', () => {
  test('quotes, brackets, pipes, angle brackets and # become entity codes', () => {
    expect(escapeLabel('say "hi" [1] {2} (3) <b> a|b #4 & `x`')).toBe(
      'say #quot;hi#quot; #91;1#93; #123;2#125; (3) #lt;b#gt; a#124;b #35;4 #amp; #96;x#96;',
    );
    expect(escapeLabel('two\nlines')).toBe('two lines');
  });

  test('a health check path and search string with quotes and brackets stay inside their labels', () => {
    // HAProxy refuses such a path (a managed load balancer takes it), so every region is managed here.
    const json = synth({
      ...managedStaging,
      healthCheck: { path: '/health?probe=["a"]&n={1}|<b>', dnsSearchString: 'say "ok" [1] #2' },
    });
    const text = renderDiagram(json);
    expect(mermaidProblems(text)).toEqual([]);
    expect(text).toContain(
      'HTTP_STR_MATCH port 80 /health?probe=#91;#quot;a#quot;#93;#amp;n=#123;1#125;#124;#lt;b#gt;<br/>' +
        'expects #quot;say #quot;ok#quot; #91;1#93; #35;2#quot;"}}',
    );
  });

  test('the structural check catches an unescaped label', () => {
    expect(mermaidProblems('flowchart TB\n  a["say "hi""]')).toEqual(['not a statement:   a["say "hi""]']);
  });
});

describe('a failover drill', () => {
  test('marks the inverted endpoint check', () => {
    const text = renderDiagram(synth({ ...staging, drill: 'linode-fra' }));
    expect(text).toMatch(/region2_check\{\{"[^"]*<br\/>INVERTED: failover drill"\}\}/);
    expect(text).not.toMatch(/region1_check\{\{"[^"]*INVERTED/);
  });
});

describe('HAProxy regions', () => {
  const json = synth(HAPROXY_ENVIRONMENT);
  const text = renderDiagram(json);

  test('the load balancer node is HAProxy on its instance, with no managed load balancer', () => {
    expect(mermaidProblems(text)).toEqual([]);
    expect(text).not.toContain('load balancer ');
    expect(text).toContain(
      '    region1_lb1[["HAProxy on a Droplet with a reserved IP<br/>fk-hapx-do-ams-haproxy, s-2vcpu-2gb"]]',
    );
    expect(text).toContain(
      '    region2_lb1[["HAProxy on a Public Cloud instance<br/>fk-hapx-ovh-sbg-haproxy, b3-16"]]',
    );
    expect(text).toContain('    region3_lb1[["HAProxy on a Linode<br/>fk-hapx-linode-ams-haproxy, g6-nanode-1"]]');
  });

  test('HAProxy leads to the instances it serves, which do not count it among them', () => {
    HAPROXY_ENVIRONMENT.regions.forEach((region, i) => {
      const id = `region${i + 1}`;
      const nodes = text.split('\n').filter((l) => l.startsWith(`    ${id}_`));
      expect(nodes.map((l) => /_([a-z]+\d*)/.exec(l)![1])).toEqual(['lb1', 'vm1', 'check', 'calc']);
      expect(nodes[1]).toContain(`["${region.instanceCount ?? 2} × `);
      expect(text).toContain(`  ${id}_lb1 --> ${id}_vm1\n`);
      expect(text).toContain(`  ${id}_check -.->|"probes"| ${id}_lb1\n`);
    });
    // Without the DR manifest the same picture comes from the JSON alone.
    expect(renderDiagram({ ...json, output: {} })).toBe(text);
  });

  test('a managed region is drawn as before, next to a HAProxy one', () => {
    const haproxyText = diagrams.get('staging')!;
    expect(haproxyText).toContain(
      '    region1_lb1[["HAProxy on a Droplet with a reserved IP<br/>fk-staging-do-nyc-haproxy, s-1vcpu-1gb"]]',
    );
    expect(haproxyText).toContain(
      '    region2_lb1[["load balancer linode_nodebalancer<br/>fk-staging-linode-fra-nb"]]',
    );

    const managed = renderDiagram(synth(managedStaging));
    expect(managed).not.toContain('HAProxy');
    expect(managed).toContain('    region1_lb1[["load balancer digitalocean_loadbalancer<br/>fk-staging-do-nyc-lb"]]');
    expect(managed).toContain('    region1_vm1["2 × digitalocean_droplet<br/>s-1vcpu-1gb"]');
    // Only the load balancer node differs between the two.
    const differing = (a: string, b: string) => a.split('\n').filter((line, i) => line !== b.split('\n')[i]);
    expect(differing(managed, haproxyText)).toEqual([
      '    region1_lb1[["load balancer digitalocean_loadbalancer<br/>fk-staging-do-nyc-lb"]]',
    ]);
  });
});

describe('scripts/diagram.js', () => {
  let root: string;
  let outDir: string;
  let output: string;

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'fk-diagram-cli-'));
    outDir = path.join(root, 'cdktf.out');
    for (const [name, json] of synthesized) {
      fs.mkdirSync(path.join(outDir, 'stacks', name), { recursive: true });
      fs.writeFileSync(path.join(outDir, 'stacks', name, 'cdk.tf.json'), JSON.stringify(json));
      fs.writeFileSync(
        path.join(outDir, 'stacks', name, 'dr-manifest.json'),
        JSON.stringify(json.output.dr_manifest.value),
      );
    }
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  beforeEach(() => {
    output = '';
    const capture = (chunk: string | Uint8Array) => {
      output += String(chunk);
      return true;
    };
    jest.spyOn(process.stdout, 'write').mockImplementation(capture);
    jest.spyOn(process.stderr, 'write').mockImplementation(capture);
  });
  afterEach(() => jest.restoreAllMocks());

  const run = (...argv: string[]) => cli.main(argv, { root, outDir, render: renderDiagramDocument });
  const doc = (name: string) => path.join(root, 'docs', 'diagrams', `${name}.md`);

  test('--check lists missing diagrams and writes nothing', () => {
    expect(run('--check')).toBe(1);
    expect(output).toContain(`${path.join('docs', 'diagrams', 'production.md')}: missing`);
    expect(output).toContain(`${path.join('docs', 'diagrams', 'staging.md')}: missing`);
    expect(fs.existsSync(path.join(root, 'docs'))).toBe(false);
  });

  test('writes every diagram, after which --check passes', () => {
    expect(run()).toBe(0);
    for (const name of synthesized.keys()) expect(fs.readFileSync(doc(name), 'utf8')).toBe(documentOf(name));
    expect(run('--check')).toBe(0);
    expect(output).toContain('diagrams up to date');
  });

  test('--check lists a stale diagram and an orphaned one, and a write repairs both', () => {
    fs.appendFileSync(doc('staging'), 'edited by hand\n');
    fs.writeFileSync(doc('gone'), `# Failover diagram: gone\n\n${DIAGRAM_NOTE}\n`);
    expect(run('--check')).toBe(1);
    expect(output).toContain(`${path.join('docs', 'diagrams', 'staging.md')}: stale`);
    expect(output).toContain(`${path.join('docs', 'diagrams', 'gone.md')}: orphaned`);
    expect(output).not.toContain('production.md');
    expect(run()).toBe(0);
    expect(fs.existsSync(doc('gone'))).toBe(false);
    expect(run('--check')).toBe(0);
  });

  test('fails with a hint when nothing was synthesized, and rejects unknown arguments', () => {
    expect(cli.main(['--check'], { root, outDir: path.join(root, 'nowhere'), render: renderDiagramDocument })).toBe(1);
    expect(output).toContain('run npm run synth first');
    expect(run('--write')).toBe(2);
  });
});
