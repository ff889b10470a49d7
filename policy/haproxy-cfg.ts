/**
 * A reader for haproxy.cfg as the policy pack needs it: sections and their
 * keyword lines, the ports HAProxy serves clients on and reaches servers on,
 * and whether every server's health is checked over HTTP.
 *
 * Lines are split into words as HAProxy does (quotes, backslash escapes, `#`
 * comments), with Terraform `${...}` references (the servers' addresses
 * before apply) kept whole.
 */

import { interpolationEnd } from './rule';

/** Keywords that open a section. */
const SECTION_KEYWORDS = new Set([
  'global',
  'defaults',
  'frontend',
  'backend',
  'listen',
  'userlist',
  'peers',
  'resolvers',
  'mailers',
  'program',
  'http-errors',
  'ring',
  'cache',
  'crt-store',
  'traces',
]);

/** `option` arguments that choose a backend's health check type; the last one given wins. */
const CHECK_OPTIONS = new Set([
  'httpchk',
  'tcp-check',
  'ssl-hello-chk',
  'smtpchk',
  'pgsql-check',
  'mysql-check',
  'ldap-check',
  'redis-check',
  'external-check',
]);

/** One section: its keyword (`backend`), name (`app`; empty for `global` and unnamed `defaults`) and lines as words. */
export interface HaproxySection {
  readonly kind: string;
  readonly name: string;
  readonly lines: ReadonlyArray<readonly string[]>;
}

/** An inclusive port range. */
export type PortRange = readonly [number, number];

/** `80, 8000-8010`, or `none`. */
export function describePorts(ports: readonly PortRange[]): string {
  return ports.length === 0 ? 'none' : ports.map(([a, b]) => (a === b ? String(a) : `${a}-${b}`)).join(', ');
}

/** Sections of a haproxy.cfg, in order; lines before the first section are dropped (HAProxy rejects them). */
export function parseHaproxyCfg(text: string): HaproxySection[] {
  const sections: Array<{ kind: string; name: string; lines: string[][] }> = [];
  for (const line of text.split(/\r?\n/)) {
    const words = splitWords(line);
    if (words.length === 0) continue;
    if (SECTION_KEYWORDS.has(words[0])) {
      sections.push({ kind: words[0], name: words[1] ?? '', lines: [] });
    } else {
      sections[sections.length - 1]?.lines.push(words);
    }
  }
  return sections;
}

/** Words of one line: whitespace-separated, quotes and escapes removed, `#` to the end of line dropped. */
function splitWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '$' && line[i + 1] === '{') {
      const end = interpolationEnd(line, i);
      const stop = end < 0 ? line.length : end;
      word = (word ?? '') + line.slice(i, stop);
      i = stop - 1;
    } else if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"' && i + 1 < line.length) word = (word ?? '') + line[++i];
      else word = (word ?? '') + c;
    } else if (c === '"' || c === "'") {
      quote = c;
      word ??= '';
    } else if (c === '\\' && i + 1 < line.length) {
      word = (word ?? '') + line[++i];
    } else if (c === '#') {
      break;
    } else if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

function keywordLines(section: HaproxySection, ...keyword: string[]): Array<readonly string[]> {
  return section.lines.filter((words) => keyword.every((k, i) => words[i] === k));
}

/** A section serving the stats page rather than traffic. */
function isStatsPage(section: HaproxySection): boolean {
  return section.lines.some((words) => words[0] === 'stats' && ['enable', 'uri'].includes(words[1]));
}

/** Port range at the end of an address (`:80`, `*:8000-8010`, `"${X}:8404"`); undefined without one. */
function portOf(address: string): PortRange | undefined {
  const match = /:(\d+)(?:-(\d+))?$/.exec(address);
  if (!match) return undefined;
  const from = Number(match[1]);
  return [from, match[2] === undefined ? from : Number(match[2])];
}

/**
 * Ports HAProxy serves clients on: the `bind` addresses of every frontend and
 * listen section except the stats page's.
 */
export function frontendPorts(sections: readonly HaproxySection[]): PortRange[] {
  return sections
    .filter((s) => (s.kind === 'frontend' || s.kind === 'listen') && !isStatsPage(s))
    .flatMap((s) => keywordLines(s, 'bind'))
    .flatMap((words) => (words[1] ?? '').split(','))
    .map(portOf)
    .filter((port): port is PortRange => port !== undefined);
}

/** Sections that hold servers, each with the `defaults` section it inherits from (the last one before it). */
function serverSections(
  sections: readonly HaproxySection[],
): Array<{ section: HaproxySection; lines: ReadonlyArray<readonly string[]> }> {
  const out: Array<{ section: HaproxySection; lines: ReadonlyArray<readonly string[]> }> = [];
  let defaults: ReadonlyArray<readonly string[]> = [];
  for (const section of sections) {
    if (section.kind === 'defaults') defaults = section.lines;
    if ((section.kind === 'backend' || section.kind === 'listen') && keywordLines(section, 'server').length > 0) {
      out.push({ section, lines: [...defaults, ...section.lines] });
    }
  }
  return out;
}

/** Value of `keyword <value>` among a server's or default-server's settings. */
function setting(words: readonly string[], keyword: string): string | undefined {
  const i = words.indexOf(keyword);
  return i >= 0 ? words[i + 1] : undefined;
}

/**
 * Ports HAProxy reaches its servers on: each server's address port and any
 * separate health-check `port`, on `server` or `default-server` lines.
 */
export function serverPorts(sections: readonly HaproxySection[]): PortRange[] {
  const ports: Array<PortRange | undefined> = [];
  for (const { lines } of serverSections(sections)) {
    for (const words of lines) {
      if (words[0] === 'server') ports.push(portOf(words[2] ?? ''), portOf(`:${setting(words.slice(3), 'port')}`));
      if (words[0] === 'default-server') ports.push(portOf(`:${setting(words.slice(1), 'port')}`));
    }
  }
  return ports.filter((port): port is PortRange => port !== undefined);
}

/**
 * What keeps the servers' health from being checked over HTTP, per section
 * with servers (settings inherited from `defaults` included): the check type
 * (`option httpchk`, last of the check options), an `http-check expect`
 * rule, and `check` on every server, given on the server line or on a
 * `default-server` line and not turned off by `no-check`. Empty when all hold.
 */
export function healthCheckGaps(sections: readonly HaproxySection[]): string[] {
  const groups = serverSections(sections);
  if (groups.length === 0) return ['haproxy.cfg has no backend with servers'];
  return groups.flatMap(({ section, lines }) => {
    const where = `haproxy.cfg ${section.kind} ${section.name}`;
    const gaps: string[] = [];
    let checkType: string | undefined;
    for (const words of lines) {
      if (words[0] === 'option' && CHECK_OPTIONS.has(words[1])) checkType = words[1];
      if (words[0] === 'no' && words[1] === 'option' && words[2] === checkType) checkType = undefined;
    }
    if (checkType !== 'httpchk') {
      gaps.push(`${where} has no option httpchk${checkType ? ` (option ${checkType} is in force)` : ''}`);
    }
    if (!lines.some((words) => words[0] === 'http-check' && words[1] === 'expect')) {
      gaps.push(`${where} has no http-check expect rule`);
    }
    let defaultCheck = false;
    const unchecked: string[] = [];
    for (const words of lines) {
      const settings = words[0] === 'default-server' ? words.slice(1) : words[0] === 'server' ? words.slice(3) : [];
      const checked = settings.reduce<boolean | undefined>(
        (state, word) => (word === 'check' ? true : word === 'no-check' ? false : state),
        undefined,
      );
      if (words[0] === 'default-server' && checked !== undefined) defaultCheck = checked;
      if (words[0] === 'server' && !(checked ?? defaultCheck)) unchecked.push(words[1] ?? '(unnamed)');
    }
    if (unchecked.length > 0) {
      gaps.push(`${where}: server ${unchecked.join(', ')} not health-checked (no check on it or on default-server)`);
    }
    return gaps;
  });
}
