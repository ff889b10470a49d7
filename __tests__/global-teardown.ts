import * as fs from 'node:fs';
import { DEFAULT_STACKS_ENV } from './default-stacks';

export default function globalTeardown(): void {
  const dir = process.env[DEFAULT_STACKS_ENV];
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
