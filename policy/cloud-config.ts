/**
 * A reader for the part of a `#cloud-config` document the policy pack looks
 * at: the files `write_files` writes and the commands `runcmd` runs, as
 * constructs/bootstrap.ts renders them (one double-quoted scalar per value,
 * `runcmd` entries as flow sequences) and as people commonly write them
 * (single quotes, plain scalars, `|` blocks, shell-string commands).
 *
 * The text is Terraform template text: `${...}` references are kept verbatim
 * and `$${` reads as a literal `${`, as Terraform will hand it to cloud-init.
 * Whatever this reader does not understand is left out, never guessed, so a
 * rule that needs a file or command it cannot read finds it missing.
 */

import { parseHcl } from './hcl';

/** One `write_files` entry. */
export interface CloudConfigFile {
  readonly path: string;
  /** The content as cloud-init writes it; undefined when unreadable (multi-line flow scalars and the like). */
  readonly content?: string;
  /** `encoding` as given (`b64`, `gzip`, ...); the content is then not the file's text. */
  readonly encoding?: string;
}

/** What the document writes and runs. */
export interface CloudConfig {
  readonly files: readonly CloudConfigFile[];
  /** `runcmd` entries as argument lists; a shell-string entry is split at whitespace. */
  readonly commands: ReadonlyArray<readonly string[]>;
}

const TOP_LEVEL_KEY = /^([A-Za-z_][\w-]*):(?:\s+(.*))?$/;
const ITEM_KEY = /^(\s*)-\s+([A-Za-z_][\w-]*):(?:\s+(.*))?$/;
const ENTRY_KEY = /^(\s+)([A-Za-z_][\w-]*):(?:\s+(.*))?$/;
const ITEM = /^\s*-\s+(.*)$/;

/** Reads a `#cloud-config` document; undefined for any other user data (scripts, MIME multipart). */
export function readCloudConfig(text: string): CloudConfig | undefined {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== '#cloud-config') return undefined;
  const files: Array<Record<string, string | undefined>> = [];
  const commands: string[][] = [];
  let section: string | undefined;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const top = TOP_LEVEL_KEY.exec(line);
    if (top) {
      section = top[1];
      continue;
    }
    if (section === 'write_files') {
      const item = ITEM_KEY.exec(line);
      const entry = item ? undefined : ENTRY_KEY.exec(line);
      if (item) files.push({});
      const match = item ? [item[1], item[2], item[3]] : entry ? [entry[1], entry[2], entry[3]] : undefined;
      if (!match || files.length === 0) continue;
      const [indent, key, raw] = match;
      const block = blockScalar(raw, lines, i, indent.length + (item ? 2 : 0));
      files[files.length - 1][key] = block ? block.text : scalar(raw ?? '');
      if (block) i = block.next - 1;
    } else if (section === 'runcmd') {
      const raw = ITEM.exec(line)?.[1];
      const command = raw === undefined ? undefined : commandOf(raw);
      if (command) commands.push(command);
    }
  }
  return {
    files: files
      .filter((f): f is Record<string, string> & { path: string } => typeof f.path === 'string')
      .map((f) => ({ path: f.path, content: f.content, encoding: f.encoding })),
    commands,
  };
}

/** A single-line YAML scalar's value; undefined when it is not one this reader knows. */
function scalar(raw: string): string | undefined {
  const text = raw.trim();
  if (text.startsWith('"')) {
    // YAML's double-quoted escapes are JSON's, which HCL's quoted strings read alike (interpolations kept).
    try {
      const value = parseHcl(text);
      return typeof value === 'string' ? value : undefined;
    } catch {
      return undefined;
    }
  }
  if (text.startsWith("'")) {
    return text.length >= 2 && text.endsWith("'") ? text.slice(1, -1).replace(/''/g, "'") : undefined;
  }
  if (/^[[{&*!|>%@`]/.test(text)) return undefined;
  return text.replace(/\s+#.*$/, '').replace(/\$\$\{/g, '${');
}

/**
 * A literal block scalar (`|`, `|-`, `|+`) starting on line `at`: the
 * following lines indented deeper than `parentIndent`, with that indentation
 * removed. Folded (`>`) blocks and explicit indentation are not read.
 */
function blockScalar(
  raw: string | undefined,
  lines: readonly string[],
  at: number,
  parentIndent: number,
): { text: string | undefined; next: number } | undefined {
  const header = raw?.trim();
  if (!header || !/^[|>]/.test(header)) return undefined;
  let next = at + 1;
  const body: string[] = [];
  while (next < lines.length && (lines[next].trim() === '' || indentOf(lines[next]) > parentIndent)) {
    body.push(lines[next]);
    next++;
  }
  if (!/^\|[-+]?$/.test(header)) return { text: undefined, next };
  const indent = Math.min(...body.filter((l) => l.trim() !== '').map(indentOf));
  const text = body.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n');
  const trimmed = text.replace(/\n+$/, '');
  const value = header === '|-' ? trimmed : header === '|+' ? `${text}\n` : `${trimmed}\n`;
  return { text: value.replace(/\$\$\{/g, '${'), next };
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** A `runcmd` entry: a flow sequence of strings, or a shell string split at whitespace. */
function commandOf(raw: string): string[] | undefined {
  const text = raw.trim();
  if (text.startsWith('[')) {
    try {
      const value = parseHcl(text);
      return Array.isArray(value) && value.every((arg) => typeof arg === 'string') ? (value as string[]) : undefined;
    } catch {
      return undefined;
    }
  }
  const shell = scalar(text);
  return shell === undefined ? undefined : shell.split(/\s+/).filter(Boolean);
}
