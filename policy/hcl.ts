/**
 * A reader for the literal part of Terraform expressions, enough to see inside
 * `${jsonencode({...})}` policy documents as cdktf renders them.
 *
 * Understood: objects (`{"Key" = value, ...}` or `:`), tuples, quoted
 * strings with escapes and interpolations, numbers, `true`/`false`/`null`.
 * Anything else (references, function calls, `for` expressions, indexing,
 * operators) is kept as its source text in an {@link HclExpression}.
 * Not understood: heredocs and comments.
 */

import { interpolationEnd, quotedStringEnd } from './rule';

/** A Terraform expression kept as source text, e.g. `aws_dynamodb_table.t.arn`. */
export class HclExpression {
  constructor(public readonly source: string) {}
}

/** A value read from HCL: JSON-like literals, or expressions as source text. */
export type HclValue = string | number | boolean | null | HclExpression | HclValue[] | { [key: string]: HclValue };

/**
 * Reads one HCL expression.
 * @throws Error when the text is malformed (an unclosed string or bracket).
 */
export function parseHcl(source: string): HclValue {
  const reader = new Reader(source);
  const value = reader.value();
  reader.skipSpace();
  if (!reader.done)
    throw new Error(`unexpected text at ${reader.position}: ${source.slice(reader.position, reader.position + 20)}`);
  return value;
}

class Reader {
  private i = 0;

  constructor(private readonly src: string) {}

  get done(): boolean {
    return this.i >= this.src.length;
  }

  get position(): number {
    return this.i;
  }

  skipSpace(): void {
    while (!this.done && /\s/.test(this.src[this.i])) this.i++;
  }

  value(): HclValue {
    this.skipSpace();
    const start = this.i;
    const literal = this.literal();
    // `{...}["key"]`, `"a" == b` and the like are expressions, not literals.
    if (literal !== undefined && this.atValueEnd()) return literal;
    this.i = start;
    return this.expression();
  }

  private literal(): HclValue | undefined {
    const c = this.src[this.i];
    const forExpression = /^[{[]\s*for\s/.test(this.src.slice(this.i, this.i + 8));
    if (c === '{' && !forExpression) return this.object();
    if (c === '[' && !forExpression) return this.tuple();
    if (c === '"') return this.quoted();
    const match = /^(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)(?![\w.-])/.exec(this.src.slice(this.i));
    if (!match) return undefined;
    this.i += match[0].length;
    return match[1] === 'true' ? true : match[1] === 'false' ? false : match[1] === 'null' ? null : Number(match[1]);
  }

  /** Whether the value ends here: at a separator, a closing bracket, a line end or the end of text. */
  private atValueEnd(): boolean {
    while (!this.done && /[ \t]/.test(this.src[this.i])) this.i++;
    return this.done || /[,\]})\r\n]/.test(this.src[this.i]);
  }

  private object(): { [key: string]: HclValue } {
    const entries: Array<[string, HclValue]> = [];
    this.i++;
    for (;;) {
      this.skipSpace();
      if (this.done) throw new Error('unclosed object');
      if (this.src[this.i] === '}') break;
      const key = this.key();
      this.skipSpace();
      if (this.src[this.i] !== '=' && this.src[this.i] !== ':')
        throw new Error(`expected = after key ${key} at ${this.i}`);
      this.i++;
      entries.push([key, this.value()]);
      this.skipSpace();
      if (this.src[this.i] === ',') this.i++;
    }
    this.i++;
    // fromEntries defines own properties, so a `__proto__` key stays a key.
    return Object.fromEntries(entries);
  }

  private key(): string {
    if (this.src[this.i] === '"') return this.quoted();
    const match = /^[A-Za-z_][\w-]*/.exec(this.src.slice(this.i));
    if (match) {
      this.i += match[0].length;
      return match[0];
    }
    if (this.src[this.i] !== '(') throw new Error(`expected an object key at ${this.i}`);
    // `(expression) = value`: the key is computed; its source text stands in for it.
    const start = this.i;
    for (let depth = 0; !this.done; this.i++) {
      const c = this.src[this.i];
      if (c === '"') this.i = quotedStringEnd(this.src, this.i) - 1;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
      if (this.i < start) throw new Error(`unclosed string in key at ${start}`);
    }
    this.i++;
    return this.src.slice(start, this.i);
  }

  private tuple(): HclValue[] {
    const items: HclValue[] = [];
    this.i++;
    for (;;) {
      this.skipSpace();
      if (this.done) throw new Error('unclosed tuple');
      if (this.src[this.i] === ']') break;
      items.push(this.value());
      this.skipSpace();
      if (this.src[this.i] === ',') this.i++;
    }
    this.i++;
    return items;
  }

  /** A quoted template: escapes decoded, interpolations kept verbatim as `${...}`. */
  private quoted(): string {
    const end = quotedStringEnd(this.src, this.i);
    if (end < 0) throw new Error(`unclosed string at ${this.i}`);
    const body = this.src.slice(this.i + 1, end - 1);
    this.i = end;
    let out = '';
    for (let j = 0; j < body.length; j++) {
      const c = body[j];
      if (c === '\\') {
        const next = body[j + 1];
        const unicode = next === 'u' ? 4 : next === 'U' ? 8 : 0;
        if (unicode) {
          out += String.fromCodePoint(parseInt(body.slice(j + 2, j + 2 + unicode), 16));
          j += 1 + unicode;
        } else {
          out += ({ n: '\n', t: '\t', r: '\r' } as Record<string, string>)[next] ?? next;
          j++;
        }
      } else if ((c === '$' || c === '%') && body[j + 1] === c && body[j + 2] === '{') {
        out += `${c}{`;
        j += 2;
      } else if (c === '$' && body[j + 1] === '{') {
        const close = interpolationEnd(body, j);
        out += body.slice(j, close);
        j = close - 1;
      } else {
        out += c;
      }
    }
    return out;
  }

  /** Source text up to the next top-level separator or closing bracket. */
  private expression(): HclExpression {
    const start = this.i;
    let depth = 0;
    for (; !this.done; this.i++) {
      const c = this.src[this.i];
      if (c === '"') {
        const end = quotedStringEnd(this.src, this.i);
        if (end < 0) throw new Error(`unclosed string at ${this.i}`);
        this.i = end - 1;
      } else if ('{[('.includes(c)) {
        depth++;
      } else if ('}])'.includes(c)) {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && (c === ',' || c === '\n')) {
        break;
      }
    }
    if (depth !== 0) throw new Error(`unclosed bracket in expression at ${start}`);
    const source = this.src.slice(start, this.i).trim();
    if (!source) throw new Error(`expected a value at ${start}`);
    return new HclExpression(source);
  }
}
