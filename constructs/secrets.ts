import { Problem, ProblemContext } from './problems';

/**
 * Secret detection shared by configuration validation, the policy pack and the
 * synthesized-output scan. Credentials reach the providers through their usual
 * environment variables or through Terraform references (`${var.name}`,
 * `${aws_iam_access_key.app.secret}`); a literal in a configuration or in the
 * synthesized JSON would be committed, logged and stored in plan files.
 *
 * Two kinds of evidence are used:
 * - a value's own shape, when the format is distinctive enough to be found
 *   anywhere (AWS access key ids, DigitalOcean tokens, PEM private keys);
 * - a field or label that names a secret (`password`, `token`, `apiKey`, ...),
 *   for formats that are ordinary-looking on their own (64 hex, 32
 *   alphanumerics, 40 base64 characters).
 *
 * Never reported as secrets: Terraform references, ARNs, SSH public keys and
 * fingerprints, CIDRs, names, OVH project ids (`serviceName`).
 */

/** What a finding looks like; each detector has one. */
export type SecretKind =
  | 'aws-access-key-id'
  | 'aws-secret-access-key'
  | 'digitalocean-token'
  | 'linode-token'
  | 'ovh-credential'
  | 'private-key'
  | 'secret-field';

/** The detectors, with the format each recognises (also for documentation and the policy pack). */
export const SECRET_DETECTORS: Readonly<Record<SecretKind, string>> = {
  'aws-access-key-id':
    'AKIA (long-term), ASIA (STS temporary), ABIA (STS bearer token) or ACCA (context-specific credential) ' +
    'followed by 16 uppercase letters or digits, anywhere',
  'aws-secret-access-key':
    '40 characters of [A-Za-z0-9/+] under a secret-like field or label, or next to an access key id',
  'digitalocean-token': 'dop_v1_, doo_v1_ or dor_v1_ followed by 64 lowercase hex digits, anywhere',
  'linode-token': '64 lowercase hex digits under a secret-like field or label (token, secret, password, key)',
  'ovh-credential': '32 letters and digits (application secret, consumer key) under a secret-like field or label',
  'private-key': 'a PEM private key header (BEGIN ... PRIVATE KEY), anywhere',
  'secret-field':
    'any other literal under a field or label named like a password, secret, token, API key or private key',
};

/** What to use instead of a literal; the `allowed` text of every secret problem. */
export const SECRET_LITERAL_ALLOWED =
  'no secret literals: use an environment variable (e.g. DIGITALOCEAN_TOKEN, LINODE_TOKEN, ' +
  'OVH_APPLICATION_SECRET, AWS_*) or a Terraform reference such as ${var.name}';

/** A secret-looking literal in a structured value. It never holds the secret itself. */
export interface SecretFinding {
  /** Where it is, e.g. `regions[1].authorizedKeys[0]`; `''` for the value itself. */
  readonly path: string;
  readonly kind: SecretKind;
  /** Kind and at most 4 leading characters, e.g. `digitalocean-token: dop_… (masked)`. */
  readonly masked: string;
}

/** A secret-looking span of free text. */
export interface TextSecretFinding {
  readonly kind: SecretKind;
  readonly masked: string;
  /** True when found inside a base64 block of the text (e.g. a MIME part of user data). */
  readonly encoded: boolean;
}

// ---------------------------------------------------------------- formats

/**
 * IAM unique-id prefixes of credentials (IAM User Guide, "Unique identifiers").
 * The other prefixes (AIDA user, AROA role, AGPA group, ANPA policy, ...) name
 * principals: they appear in policies and logs and are not secrets.
 */
const AWS_KEY_ID_PREFIXES = ['AKIA', 'ASIA', 'ABIA', 'ACCA'];
const AWS_KEY_ID = new RegExp(`(?<![A-Za-z0-9])(?:${AWS_KEY_ID_PREFIXES.join('|')})[A-Z0-9]{16}(?![A-Za-z0-9])`, 'g');
/** DigitalOcean personal access (dop), OAuth access (doo) and OAuth refresh (dor) tokens. */
const DIGITALOCEAN_TOKEN = /(?<![A-Za-z0-9])do[por]_v1_[0-9a-f]{64}(?![A-Za-z0-9])/g;
/** PEM private keys: PKCS#8 (plain and ENCRYPTED), PKCS#1 RSA, SEC1 EC, DSA, OPENSSH; OpenPGP armor. */
const PRIVATE_KEY_HEADER = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----/g;
/** A 40-character base64 token standing alone (AWS secret access key shape). */
const AWS_SECRET_SHAPE = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;

const FULL_AWS_SECRET = /^[A-Za-z0-9/+]{40}$/;
const FULL_HEX_64 = /^[0-9a-f]{64}$/;
const FULL_ALNUM_32 = /^[A-Za-z0-9]{32}$/;

/** How close (characters) a secret access key must be to an access key id to count as its pair. */
const PAIR_DISTANCE = 200;

/** Stands in for the characters of a Terraform reference in scanned text. */
const REFERENCE_BLANK = '\u0001';

/** Free-text labelled values shorter than this are not reported (`token: none`, `password: x`). */
const MIN_TEXT_SECRET_LENGTH = 8;

// ---------------------------------------------------------------- field names

/** How a field name bears on its value: see {@link secretFieldTier}. */
export type FieldTier = 'secret' | 'key';

/**
 * Words that make a field a secret whatever it holds. Singular only: plurals
 * name settings and packages more often than secrets (EC2 `http_tokens`:
 * required|optional, the `js-tokens` package).
 */
const SECRET_WORDS = new Set(['password', 'passwd', 'passphrase', 'secret', 'token']);
/** Two-word names ending in `key` that are secrets. */
const SECRET_KEY_NAMES = new Set([
  'apikey',
  'privatekey',
  'consumerkey',
  'signingkey',
  'encryptionkey',
  'masterkey',
  'sessionkey',
]);
/** `...key` names that are not credentials (public keys, table keys, key names). */
const PUBLIC_KEY_QUALIFIERS = new Set([
  'public',
  'ssh',
  'authorized',
  'hash',
  'range',
  'sort',
  'partition',
  'kms',
  'host',
  'object',
  'state',
  'cache',
  'primary',
  'foreign',
  'non',
]);
/** A last word that makes the field describe a secret rather than hold it (`secretArn`, `tokenTtl`, `passwordLength`). */
const DESCRIBING_WORDS = new Set([
  'arn',
  'arns',
  'id',
  'ids',
  'name',
  'names',
  'path',
  'paths',
  'file',
  'files',
  'parameter',
  'parameters',
  'param',
  'env',
  'var',
  'vars',
  'variable',
  'ref',
  'reference',
  'url',
  'uri',
  'ttl',
  'expiry',
  'expiration',
  'expires',
  'length',
  'type',
  'version',
  'rotation',
  'policy',
  'count',
  'enabled',
  'prefix',
  'header',
  'algorithm',
  'format',
  'source',
  'location',
  'bucket',
  'field',
  'attribute',
  'attributes',
  'fingerprint',
  'fingerprints',
]);

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * `secret` for a field that holds a secret whatever its value (`password`,
 * `apiToken`, `aws_secret_access_key`), `key` for a field whose value is a
 * secret only if its shape says so (`key`, `applicationKey`, `accessKey`), else
 * undefined (`sshKeys`, `hash_key`, `serviceName`, `secretArn`).
 */
export function secretFieldTier(name: string): FieldTier | undefined {
  const w = words(name);
  if (w.length === 0) return undefined;
  const last = w[w.length - 1];
  if (DESCRIBING_WORDS.has(last)) return undefined;
  const lastTwo = w.slice(-2).join('');
  if (w.some((x) => SECRET_WORDS.has(x)) || SECRET_KEY_NAMES.has(last) || SECRET_KEY_NAMES.has(lastTwo))
    return 'secret';
  if (last !== 'key' && last !== 'keys') return undefined;
  if (w.some((x) => x === 'ssh' || x === 'public')) return undefined;
  if (w.length >= 2 && PUBLIC_KEY_QUALIFIERS.has(w[w.length - 2])) return undefined;
  return 'key';
}

// ---------------------------------------------------------------- values

/** Whether text holds a Terraform reference or cdktf token (`${...}`): such values are resolved later, never literal. */
export function containsTerraformReference(text: string): boolean {
  return /\$\{[^}]*\}/.test(text);
}

/** `kind: abcd… (masked)`, showing at most 4 characters and never more than a quarter of the secret. */
export function maskSecret(kind: SecretKind, secret: string): string {
  const shown = Math.min(4, Math.floor(secret.length / 4));
  return `${kind}: ${secret.slice(0, shown)}… (masked)`;
}

function hasMixedCharacters(value: string): boolean {
  return /[A-Z]/.test(value) && /[a-z]/.test(value) && /[0-9]/.test(value);
}

/**
 * The kind of a whole literal under a secret-like name, from its shape. Under
 * a mere `key` name the shape must be convincing: mixed characters for the
 * base64 and alphanumeric forms, so words, paths and lowercase hex ids pass.
 */
function classifyLabelledValue(value: string, tier: FieldTier): SecretKind | undefined {
  if (FULL_HEX_64.test(value)) return 'linode-token';
  if (FULL_AWS_SECRET.test(value) && (tier === 'secret' || hasMixedCharacters(value))) return 'aws-secret-access-key';
  if (FULL_ALNUM_32.test(value) && (tier === 'secret' || hasMixedCharacters(value))) return 'ovh-credential';
  return tier === 'secret' ? 'secret-field' : undefined;
}

/** Values that name or point to something rather than being one. */
function isNonSecretValue(value: string): boolean {
  return (
    value.length === 0 ||
    containsTerraformReference(value) ||
    /^arn:aws[a-z-]*:/.test(value) ||
    /^(ssh-(ed25519|rsa|dss)|ecdsa-sha2-nistp\d+|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+/=]+/.test(
      value,
    )
  );
}

// ---------------------------------------------------------------- free text

interface Span {
  readonly kind: SecretKind;
  readonly start: number;
  readonly end: number;
  readonly secret: string;
}

/** JSON/shell escapes as their characters, so a JSON document reads like the text it holds. */
function unescapeText(text: string): string {
  return text
    .replace(/\\r\\n|\\[nr]/g, '\n')
    .replace(/\\t/g, '\t')
    .replace(/\\(["'\\/])/g, '$1');
}

function matchAll(text: string, pattern: RegExp, kind: SecretKind): Span[] {
  return [...text.matchAll(pattern)].map((m) => ({ kind, start: m.index, end: m.index + m[0].length, secret: m[0] }));
}

/**
 * `label: value`, `label = "value"`, `"label": "value"`, `LABEL=value`. A label
 * right after `:` or `/` is part of an ARN or a path (`...:secret:name`), not a label.
 */
const LABELLED_VALUE = /(?<![A-Za-z0-9_.:/-])([A-Za-z_][A-Za-z0-9_.-]*)["']?[ \t]*[:=][ \t]*(["']?)/g;
/** Not a value: quotes, references and templates (`$`, `%`, `{`, `<`), operators, escapes, blanked references. */
const VALUE_START = /[^\s"'$%{}<>()[\]=|&\\\u0001]/;

function labelledSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(LABELLED_VALUE)) {
    const tier = secretFieldTier(m[1]);
    if (!tier) continue;
    const quote = m[2];
    const start = m.index + m[0].length;
    if (!VALUE_START.test(text.charAt(start))) continue;
    let end: number;
    if (quote) {
      end = text.indexOf(quote, start);
      if (end < 0 || text.slice(start, end).includes('\n')) continue;
    } else {
      end = start;
      while (end < text.length && !/[\s"',;(){}[\]]/.test(text.charAt(end))) end++;
      // `token = request.headers.get(...)`: code, not a value.
      if (text.charAt(end) === '(') continue;
    }
    const value = text.slice(start, end);
    // Prose (`"Unexpected_token": "Unexpected token."`, translated messages), not a credential.
    if (!/^[\x21-\x7e]+$/.test(value)) continue;
    if (isNonSecretValue(value) || value.includes('$') || value.includes(REFERENCE_BLANK)) continue;
    if (!quote && /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$/.test(value)) continue; // self.token, os.environ
    if (/^(null|none|true|false|nil|undefined|required|optional)$/i.test(value)) continue;
    const kind = classifyLabelledValue(value, tier);
    if (!kind) continue;
    if (kind === 'secret-field' && value.length < MIN_TEXT_SECRET_LENGTH) continue;
    spans.push({ kind, start, end, secret: value });
  }
  return spans;
}

/** 40-character base64 tokens within {@link PAIR_DISTANCE} of an access key id. */
function pairedSecretSpans(text: string, keyIds: readonly Span[]): Span[] {
  if (keyIds.length === 0) return [];
  return matchAll(text, AWS_SECRET_SHAPE, 'aws-secret-access-key').filter(
    (s) =>
      hasMixedCharacters(s.secret) &&
      keyIds.some((k) => Math.abs(s.start - k.end) <= PAIR_DISTANCE || Math.abs(k.start - s.end) <= PAIR_DISTANCE),
  );
}

/** Runs of base64 (single or MIME-wrapped lines) long enough to hide a key. */
const BASE64_RUN = /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{16,}(?:\r?\n[A-Za-z0-9+/]+)*={0,2}/g;

/** Share of undecodable or control characters above which a decoded run is binary (random bytes: about 60%). */
const MAX_DAMAGED_FRACTION = 0.05;

/** Text hidden in base64 runs (user data parts, encoded files); binary blobs (SSH keys, hashes) are skipped. */
function decodedBlocks(text: string): string[] {
  const blocks: string[] = [];
  for (const m of text.matchAll(BASE64_RUN)) {
    const compact = m[0].replace(/\s+/g, '').replace(/=+$/, '');
    // Unpadded groups decode too; a lone trailing character (a run glued to a word) carries no byte.
    const decoded = Buffer.from(compact.length % 4 === 1 ? compact.slice(0, -1) : compact, 'base64').toString('utf8');
    // Text, not binary: allow a little damage (a run glued to a neighbouring word, a split character).
    const damaged = decoded.match(/[\uFFFD\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g)?.length ?? 0;
    if (decoded.length >= 8 && damaged <= decoded.length * MAX_DAMAGED_FRACTION) blocks.push(decoded);
  }
  return blocks;
}

/** JSON in JSON (user data in a synthesized document) is escaped more than once. */
const MAX_UNESCAPE_PASSES = 4;

function textSpans(raw: string): Span[] {
  let text = raw;
  for (let i = 0; i < MAX_UNESCAPE_PASSES; i++) {
    const next = unescapeText(text);
    if (next === text) break;
    text = next;
  }
  // References are resolved by Terraform later: blank them out (no shape spans them; no labelled value holds them).
  text = text.replace(/\$\{[^}]*\}/g, (r) => REFERENCE_BLANK.repeat(r.length));
  const keyIds = matchAll(text, AWS_KEY_ID, 'aws-access-key-id');
  const found = [
    ...keyIds,
    ...matchAll(text, DIGITALOCEAN_TOKEN, 'digitalocean-token'),
    ...matchAll(text, PRIVATE_KEY_HEADER, 'private-key'),
    ...pairedSecretSpans(text, keyIds),
  ];
  // A labelled value already found by its shape is reported once, under its shape.
  for (const span of labelledSpans(text)) {
    if (!found.some((f) => f.start < span.end && span.start < f.end)) found.push(span);
  }
  return found.sort((a, b) => a.start - b.start);
}

const MAX_DECODE_DEPTH = 2;

function scanText(text: string, depth: number, encoded: boolean): TextSecretFinding[] {
  const findings = textSpans(text).map((s) => ({ kind: s.kind, masked: maskSecret(s.kind, s.secret), encoded }));
  if (depth < MAX_DECODE_DEPTH) {
    for (const block of decodedBlocks(unescapeText(text))) findings.push(...scanText(block, depth + 1, true));
  }
  return findings;
}

/**
 * Every secret-looking literal in free text (user data, a whole synthesized
 * JSON document), including inside base64 blocks. Results are masked.
 */
export function findSecretsInText(text: string): TextSecretFinding[] {
  return scanText(text, 0, false);
}

/** The kind of the first secret-looking literal in free text, or undefined when there is none. */
export function looksLikeSecret(text: string): SecretKind | undefined {
  return findSecretsInText(text)[0]?.kind;
}

// ---------------------------------------------------------------- structured values

function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

/**
 * Every secret-looking literal in a configuration or synthesized document:
 * shapes found anywhere in any string (and in object keys), and literals under
 * secret-like field names. Paths look like `regions[1].authorizedKeys[0]`;
 * array elements take their array's field name. Findings are masked and
 * deduplicated by path and kind.
 */
export function findSecretLiterals(value: unknown, path = ''): SecretFinding[] {
  const findings: SecretFinding[] = [];
  const seen = new Set<string>();
  const add = (at: string, kind: SecretKind, masked: string) => {
    const key = `${at}\u0000${kind}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push({ path: at, kind, masked });
  };
  const visiting = new Set<object>();

  const visitString = (text: string, at: string, field: string | undefined) => {
    const inText = findSecretsInText(text);
    for (const f of inText) add(at, f.kind, f.masked);
    if (inText.length > 0 || field === undefined) return;
    const tier = secretFieldTier(field);
    const literal = text.trim();
    if (!tier || isNonSecretValue(literal)) return;
    const kind = classifyLabelledValue(literal, tier);
    if (kind) add(at, kind, maskSecret(kind, literal));
  };

  const visit = (node: unknown, at: string, field: string | undefined) => {
    if (typeof node === 'string') {
      visitString(node, at, field);
      return;
    }
    if (node === null || typeof node !== 'object' || visiting.has(node)) return;
    visiting.add(node);
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, childPath(at, i), field));
    } else {
      const entries = Object.entries(node);
      // A 40-character base64 value beside an access key id is its secret, whatever the field is called.
      const hasKeyId = entries.some(([, v]) => typeof v === 'string' && new RegExp(AWS_KEY_ID.source).test(v));
      for (const [key, child] of entries) {
        const at2 = childPath(at, key);
        for (const f of findSecretsInText(key)) add(at2, f.kind, f.masked);
        if (hasKeyId && typeof child === 'string' && FULL_AWS_SECRET.test(child.trim())) {
          add(at2, 'aws-secret-access-key', maskSecret('aws-secret-access-key', child.trim()));
        }
        visit(child, at2, key);
      }
    }
    visiting.delete(node);
  };

  visit(value, path, undefined);
  return findings;
}

/**
 * One problem per secret-looking literal in a configuration, masked, each
 * stamped with `context` (e.g. `{ environment: config.name }`).
 */
export function secretProblems(config: unknown, context: ProblemContext = {}): Problem[] {
  return findSecretLiterals(config).map((f) => ({
    ...context,
    field: f.path,
    value: f.masked,
    allowed: SECRET_LITERAL_ALLOWED,
  }));
}
