/**
 * The policy pack's building blocks: what a rule is, what it sees of the
 * synthesized Terraform JSON, and the small readers every rule shares.
 */

/** Synthesized Terraform JSON of one stack (`stack.toTerraform()`, or `cdk.tf.json`). */
export interface StackJson {
  readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
  readonly data?: Record<string, Record<string, Record<string, unknown>>>;
  readonly provider?: Record<string, Array<Record<string, unknown>>>;
  readonly locals?: Record<string, unknown>;
  readonly terraform?: Record<string, unknown>;
  readonly [key: string]: unknown;
}

/**
 * One block of the stack a rule looks at. `type` is the resource type
 * (`aws_lb`); data sources, providers and backends are prefixed
 * (`data.aws_iam_policy_document`, `provider.aws`, `backend.s3`).
 */
export interface SynthesizedResource {
  readonly type: string;
  /** Logical id (`aws-use1_LoadBalancer_71D6054B`); a provider's alias or name; a backend's type. */
  readonly name: string;
  /** Construct path (`production/aws-use1/LoadBalancer`), from the block's `//.metadata.path`. */
  readonly path: string;
  /** The block's attributes as synthesized, `//` metadata included. */
  readonly config: Record<string, unknown>;
}

/** What the rules know about the environment beyond the JSON. */
export interface PolicyContext {
  /** A short-lived environment: its load balancers need no deletion protection. */
  readonly ephemeral: boolean;
  /** Environment name; stamped on configuration problems. */
  readonly environment?: string;
}

/** One check over the synthesized JSON. */
export interface PolicyRule {
  /** `FK-<AREA>-<n>`, e.g. `FK-DDB-1`. */
  readonly id: string;
  /** What the rule demands, in a few words. */
  readonly title: string;
  /** How to comply, in one sentence. */
  readonly fix: string;
  /** Types (see {@link SynthesizedResource.type}) whose blocks `check` is called for. */
  readonly resourceTypes: readonly string[];
  /** The problems found with one block; empty when it complies. Pure. */
  check(resource: SynthesizedResource, stack: StackJson, context: PolicyContext): string[];
}

type Blocks = Record<string, Record<string, Record<string, unknown>>> | undefined;

/** Name of the stack, from its `//` metadata; `stack` for JSON without it. */
export function stackName(stack: StackJson): string {
  const meta = (stack['//'] as { metadata?: { stackName?: unknown } } | undefined)?.metadata;
  return typeof meta?.stackName === 'string' ? meta.stackName : 'stack';
}

/** Every resource, data source, provider and backend block of the stack. */
export function stackBlocks(stack: StackJson): SynthesizedResource[] {
  const name = stackName(stack);
  const out: SynthesizedResource[] = [...blocksOf(stack.resource, ''), ...blocksOf(stack.data, 'data.')];
  for (const [provider, configs] of Object.entries(stack.provider ?? {})) {
    for (const config of configs ?? []) {
      const alias = typeof config.alias === 'string' ? config.alias : undefined;
      // Providers carry no construct path in the JSON; this one is unique and prefix-matchable.
      const id = alias ? `${provider}.${alias}` : provider;
      out.push({ type: `provider.${provider}`, name: id, path: `${name}/provider.${id}`, config });
    }
  }
  const backends = (stack.terraform?.backend ?? {}) as Record<string, Record<string, unknown>>;
  for (const [backend, config] of Object.entries(backends)) {
    out.push({ type: `backend.${backend}`, name: backend, path: `${name}/backend.${backend}`, config });
  }
  return out;
}

function blocksOf(blocks: Blocks, prefix: string): SynthesizedResource[] {
  const out: SynthesizedResource[] = [];
  for (const [type, byName] of Object.entries(blocks ?? {})) {
    for (const [name, config] of Object.entries(byName ?? {})) {
      const meta = (config['//'] as { metadata?: { path?: unknown } } | undefined)?.metadata;
      const path = typeof meta?.path === 'string' ? meta.path : `${prefix}${type}.${name}`;
      out.push({ type: `${prefix}${type}`, name, path, config });
    }
  }
  return out;
}

/** Resource blocks of any of `types`. */
export function resourcesOfType(stack: StackJson, types: readonly string[]): SynthesizedResource[] {
  return blocksOf(stack.resource, '').filter((r) => types.includes(r.type));
}

/**
 * A nested block as a list: cdktf renders single blocks as an object and
 * repeated ones as an array; hand-written JSON may use either.
 */
export function blockList(value: unknown): Array<Record<string, unknown>> {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.filter(
    (item): item is Record<string, unknown> => typeof item === 'object' && item !== null && !Array.isArray(item),
  );
}

/** The first (usually only) instance of a nested block. */
export function block(value: unknown): Record<string, unknown> | undefined {
  return blockList(value)[0];
}

/** A literal true (providers take booleans as `true` or `"true"`). */
export function isTrue(value: unknown): boolean {
  return value === true || value === 'true';
}

/** A literal false. */
export function isFalse(value: unknown): boolean {
  return value === false || value === 'false';
}

/** A literal integer, given as a number or numeric string. */
export function literalInteger(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value);
  return undefined;
}

/** A string that is exactly one Terraform interpolation, `${...}`. */
export function isReference(value: unknown): boolean {
  return typeof value === 'string' && /^\$\{[\s\S]*\}$/.test(value) && interpolationEnd(value, 0) === value.length;
}

/**
 * Names of the `type` resources referenced anywhere in `value`
 * (`${aws_lb.NAME.arn}` gives NAME). Data sources (`data.type.NAME`) are not
 * resources and are left out.
 */
export function referencedNames(value: unknown, type: string): string[] {
  const text = typeof value === 'string' ? value : JSON.stringify(value ?? '');
  const pattern = new RegExp(`(^|[^.\\w-])${type.replace(/[.]/g, '\\.')}\\.([A-Za-z_][\\w-]*)`, 'g');
  return [...new Set([...text.matchAll(pattern)].map((m) => m[2]))];
}

/**
 * Index just past the `}` closing the interpolation that starts at `start`
 * (`${`), skipping nested braces and quoted strings (which may hold
 * interpolations of their own); -1 when it is not closed.
 */
export function interpolationEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      i = quotedStringEnd(text, i) - 1;
      if (i < 0) return -1;
    } else if (c === '{') {
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** Index just past the `"` closing the quoted HCL string that starts at `start`; -1 when unclosed. */
export function quotedStringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
    } else if (c === '"') {
      return i + 1;
    } else if (c === '$' && text[i + 1] === '$' && text[i + 2] === '{') {
      i += 2; // `$${` is an escaped, literal `${`
    } else if (c === '$' && text[i + 1] === '{') {
      const end = interpolationEnd(text, i);
      if (end < 0) return -1;
      i = end - 1;
    }
  }
  return -1;
}
