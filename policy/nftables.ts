/**
 * The nftables host firewall a cloud-init document installs, read far
 * enough to tell whether it guards a public interface: an input chain that
 * drops by default for IPv4 and IPv6, loaded at first boot and at every boot
 * after, accepting from any source nothing but the ports given as public.
 *
 * Only nftables' declarative syntax (`table ... { chain ... { ... } }`, as
 * `nft -f` files and constructs/haproxy-bootstrap.ts write it) is read;
 * `add rule` command files, includes and named sets are not, so whatever
 * they open counts as unchecked and is reported.
 */

import { parseCidr } from '../constructs/cidr';
import type { CloudConfig } from './cloud-config';
import { describePorts, type PortRange } from './haproxy-cfg';

/** A chain of a ruleset. */
export interface NftChain {
  /** Table family: `ip` (the default), `ip6`, `inet`, ... */
  readonly family: string;
  readonly table: string;
  readonly name: string;
  /** `type filter hook <hook>` of a base chain. */
  readonly hook?: string;
  readonly policy?: string;
  /** Rule statements, quotes removed, whitespace collapsed. */
  readonly rules: readonly string[];
}

/** Where Debian and Ubuntu's nftables.service reads the ruleset it loads at boot. */
export const BOOT_RULESET_PATH = '/etc/nftables.conf';

/** The names nftables gives ICMP and ICMPv6 as protocols. */
const ICMP = '(?:icmp|ipv6-icmp|icmpv6)';

/** Statement heads that open a block rather than a set literal. */
const BLOCK_HEADER =
  /^(?:(?:add|create)\s+)?(?:(?:table|chain|set|map|flowtable|counter|quota|limit|secmark|synproxy)\s+\S+(?:\s+\S+)?|ct\s+(?:helper|timeout|expectation)\s+\S+)$/;

/** `meta l4proto { icmp, ipv6-icmp } accept` and the like: ICMP, which path MTU discovery and IPv6 need. */
const ICMP_ONLY = new RegExp(
  String.raw`^(?:meta l4proto|ip protocol|ip6 nexthdr) (?:\{ ?)?${ICMP}(?:, ?${ICMP})*(?: ?\})? accept$`,
);

const SERVICE_PORTS: Readonly<Record<string, number>> = { ssh: 22, http: 80, https: 443 };

interface Block {
  readonly header: string;
  readonly statements: string[];
  readonly children: Block[];
}

/** The chains of a declarative nftables ruleset. */
export function parseNftRuleset(text: string): NftChain[] {
  const root: Block = { header: '', statements: [], children: [] };
  const stack: Block[] = [root];
  let statement = '';
  let setDepth = 0;
  const end = () => {
    const done = statement.replace(/\s+/g, ' ').trim();
    if (done) stack[stack.length - 1].statements.push(done);
    statement = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const close = text.indexOf('"', i + 1);
      const stop = close < 0 ? text.length : close;
      statement += text.slice(i + 1, stop);
      i = stop;
    } else if (c === '#') {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if (c === '\\' && text[i + 1] === '\n') {
      statement += ' ';
      i++;
    } else if (c === '{' && setDepth === 0 && BLOCK_HEADER.test(statement.trim())) {
      const block: Block = { header: statement.replace(/\s+/g, ' ').trim(), statements: [], children: [] };
      stack[stack.length - 1].children.push(block);
      stack.push(block);
      statement = '';
    } else if (c === '{') {
      setDepth++;
      statement += c;
    } else if (c === '}' && setDepth > 0) {
      setDepth--;
      statement += c;
    } else if (c === '}') {
      end();
      if (stack.length > 1) stack.pop();
    } else if ((c === ';' || c === '\n') && setDepth === 0) {
      end();
    } else {
      statement += c === '\n' ? ' ' : c;
    }
  }
  end();
  return root.children.flatMap((table) => {
    const words = table.header.split(' ').filter((w) => w !== 'add' && w !== 'create');
    if (words[0] !== 'table') return [];
    const [family, name] = words.length > 2 ? [words[1], words[2]] : ['ip', words[1]];
    return table.children
      .filter((chain) => chain.header.split(' ').includes('chain'))
      .map((chain): NftChain => {
        const hook = chain.statements.map((s) => /^type filter hook (\S+)/.exec(s)?.[1]).find(Boolean);
        const policy = chain.statements.map((s) => /^policy (\S+)$/.exec(s)?.[1]).find(Boolean);
        return {
          family,
          table: name,
          name: chain.header.split(' ').pop()!,
          hook,
          policy,
          rules: chain.statements.filter((s) => !/^(type |policy |priority |comment )/.test(s)),
        };
      });
  });
}

/** Ports a `dport` match names: `80`, `8000-8010`, `{ 80, 443 }`, `http`; undefined when unreadable or negated. */
function destinationPorts(rule: string): PortRange[] | undefined {
  const match = /\bdport (!= )?(\{[^}]*\}|\S+)/.exec(rule);
  if (!match || match[1]) return undefined;
  const ports: PortRange[] = [];
  for (const item of match[2].replace(/[{}]/g, '').split(',')) {
    const text = item.trim();
    const range = /^(\d+)(?:-(\d+))?$/.exec(text);
    if (range) ports.push([Number(range[1]), Number(range[2] ?? range[1])]);
    else if (SERVICE_PORTS[text] !== undefined) ports.push([SERVICE_PORTS[text], SERVICE_PORTS[text]]);
    else return undefined;
  }
  return ports;
}

/** Whether a rule matches only some source networks, none of them everything. */
function fromKnownSources(rule: string): boolean {
  const match = /\b(?:ip|ip6) saddr (!= )?(\{[^}]*\}|\S+)/.exec(rule);
  if (!match || match[1]) return false;
  return match[2]
    .replace(/[{}]/g, '')
    .split(',')
    .map((item) => item.trim())
    .every((item) => {
      const cidr = parseCidr(item.includes('/') ? item : `${item}/${item.includes(':') ? 128 : 32}`);
      return cidr !== undefined && cidr.prefix > 0;
    });
}

/** Whether an accepting rule is harmless from any source: loopback, replies, or ICMP alone. */
function harmless(rule: string): boolean {
  if (/^(?:iif|iifname) lo accept$/.test(rule)) return true;
  const states = /^ct state (\{[^}]*\}|\S+) accept$/.exec(rule)?.[1];
  if (states) {
    return states
      .replace(/[{}]/g, '')
      .split(',')
      .every((s) => ['established', 'related'].includes(s.trim()));
  }
  return ICMP_ONLY.test(rule) || /^(?:icmp|icmpv6) type [^;]*accept$/.test(rule);
}

function within(ports: readonly PortRange[], allowed: readonly PortRange[]): boolean {
  return ports.every(([from, to]) => allowed.some(([a, b]) => a <= from && to <= b));
}

/** Whether a command is `nft -f <path>` (or `--file`). */
function loads(command: readonly string[], path: string): boolean {
  if (command[0] !== 'nft' && !command[0]?.endsWith('/nft')) return false;
  const i = command.findIndex((arg) => arg === '-f' || arg === '--file');
  return i > 0 && command[i + 1] === path;
}

/** Whether a command enables nftables.service, which loads {@link BOOT_RULESET_PATH} at boot. */
function enablesAtBoot(command: readonly string[]): boolean {
  return (
    command[0]?.replace(/.*\//, '') === 'systemctl' &&
    command.includes('enable') &&
    command.some((arg) => arg === 'nftables' || arg === 'nftables.service')
  );
}

/**
 * What keeps the host firewall a cloud-init document installs from guarding
 * a public interface, where nothing but `publicPorts` may be open to every
 * source. Empty when it does.
 */
export function hostFirewallGaps(cloudConfig: CloudConfig, publicPorts: readonly PortRange[]): string[] {
  const rulesets = cloudConfig.files.flatMap((file) =>
    file.content !== undefined && file.encoding === undefined
      ? [{ path: file.path, chains: parseNftRuleset(file.content).filter((c) => c.hook === 'input') }]
      : [],
  );
  const loaded = rulesets.filter((r) => cloudConfig.commands.some((command) => loads(command, r.path)));
  if (loaded.length === 0) {
    const written = rulesets.filter((r) => r.chains.length > 0).map((r) => r.path);
    return written.length > 0
      ? [`cloud-init writes ${written.join(', ')} but runcmd never loads it (nft -f ${written[0]})`]
      : ['cloud-init loads no nftables ruleset with an input chain (write_files, then runcmd nft -f)'];
  }
  const paths = loaded.map((r) => r.path).join(', ');
  const chains = loaded.flatMap((r) => r.chains);
  if (chains.length === 0) return [`${paths} has no input chain (type filter hook input)`];
  const gaps: string[] = [];
  const dropping = chains.filter((chain) => chain.policy === 'drop');
  const families = new Set(dropping.map((chain) => chain.family));
  const unguarded = [
    ...(families.has('inet') || families.has('ip') ? [] : ['IPv4']),
    ...(families.has('inet') || families.has('ip6') ? [] : ['IPv6']),
  ];
  if (unguarded.length > 0) {
    gaps.push(`${paths} has no input chain with policy drop for ${unguarded.join(' and ')} (a table inet covers both)`);
  }
  const atBoot =
    loaded.some((r) => r.path === BOOT_RULESET_PATH) && cloudConfig.commands.some((command) => enablesAtBoot(command));
  if (!atBoot) {
    gaps.push(
      `${paths} is loaded at first boot only: write it to ${BOOT_RULESET_PATH} and enable nftables.service ` +
        '(systemctl enable nftables) so it is loaded at every boot',
    );
  }
  for (const chain of dropping) {
    for (const rule of chain.rules) {
      if (!/\b(?:accept|jump|goto)\b/.test(rule) || fromKnownSources(rule) || harmless(rule)) continue;
      const ports = destinationPorts(rule);
      if (ports && within(ports, publicPorts)) continue;
      gaps.push(
        `${chain.table}/${chain.name} accepts "${rule}" from any source; only the public ports ` +
          `(${describePorts(publicPorts)}) may be`,
      );
    }
  }
  return gaps;
}
