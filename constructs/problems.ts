/**
 * One thing wrong with a configuration: where it is, what it holds, and what
 * would be accepted instead.
 */
export interface Problem {
  /** Environment name, e.g. `production`. */
  readonly environment?: string;
  /** Region key within the environment, when the problem belongs to one region. */
  readonly region?: string;
  /** Dotted path of the offending field, e.g. `healthCheck.intervalSeconds`. */
  readonly field: string;
  /** The value that was given. */
  readonly value: unknown;
  /** What is accepted, in words (`one of: nyc1, sfo3`, `3-300`, ...). */
  readonly allowed: string;
}

/** Where problems are reported from: every problem is stamped with it. */
export interface ProblemContext {
  readonly environment?: string;
  readonly region?: string;
}

export function formatProblem(p: Problem): string {
  const where = [p.environment && `environment ${p.environment}`, p.region && `region ${p.region}`]
    .filter(Boolean)
    .join(', ');
  return `${where ? `${where}: ` : ''}${p.field} = ${formatValue(p.value)} is not allowed; allowed: ${p.allowed}`;
}

function formatValue(value: unknown): string {
  if (value === undefined) return '(missing)';
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/**
 * The single error type for rejected configuration. It carries every problem
 * found, so one run reports them all.
 */
export class ConfigError extends Error {
  public readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(
      `invalid configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ConfigError';
    this.problems = problems;
  }

  /**
   * Runs `step`; when it throws a ConfigError, adds its problems to `into`
   * and returns undefined, so the caller can go on and find more.
   */
  public static attempt<T>(into: Problem[], step: () => T): T | undefined {
    try {
      return step();
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      into.push(...err.problems);
      return undefined;
    }
  }

  /** Runs every step, then throws the problems of all that failed together. */
  public static collect(steps: Array<() => void>): void {
    const problems: Problem[] = [];
    for (const step of steps) ConfigError.attempt(problems, step);
    if (problems.length > 0) throw new ConfigError(problems);
  }
}

/** Collects problems for one context, then throws them together. */
export class Problems {
  private readonly found: Problem[] = [];

  constructor(private readonly context: ProblemContext = {}) {}

  /** Records a problem. */
  public add(field: string, value: unknown, allowed: string): void {
    this.found.push({ ...this.context, field, value, allowed });
  }

  /** Records a problem unless `ok`. Returns `ok`. */
  public expect(ok: boolean, field: string, value: unknown, allowed: string): boolean {
    if (!ok) this.add(field, value, allowed);
    return ok;
  }

  /**
   * Records a problem unless `value` is an integer within [min, max]. A
   * `reason` (whose limit this is) follows the range in parentheses.
   */
  public integerIn(field: string, value: number | undefined, min: number, max: number, reason?: string): boolean {
    return this.expect(
      value !== undefined && Number.isInteger(value) && value >= min && value <= max,
      field,
      value,
      `an integer from ${min} to ${max}${reason === undefined ? '' : ` (${reason})`}`,
    );
  }

  /** Records a problem unless `value` is one of `allowed`. */
  public oneOf<T>(field: string, value: T, allowed: readonly T[]): boolean {
    return this.expect(allowed.includes(value), field, value, `one of: ${allowed.join(', ')}`);
  }

  /** Problems found so far. */
  public get list(): readonly Problem[] {
    return this.found;
  }

  /** Throws a ConfigError carrying every problem found, if any. */
  public throwIfAny(): void {
    if (this.found.length > 0) throw new ConfigError(this.found);
  }
}
