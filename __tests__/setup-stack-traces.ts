import { types } from 'node:util';

/*
 * cdktf captures a stack trace with no depth limit onto a plain object
 * (`Error.captureStackTrace({ stack: '' })`) for each token it creates,
 * hundreds per synthesized stack, and reads it at once. Under jest,
 * source-map-support maps every frame of those traces through the inline
 * source maps of cdktf's files: more than half of a synth's time in a test.
 * The traces only feed cdktf's token-resolution error messages, so they get
 * V8's default format (frames as they ran); errors themselves, and so every
 * failure jest reports, keep their source-mapped stacks.
 */
const mapped = Error.prepareStackTrace;
if (mapped) {
  Error.prepareStackTrace = (error: any, frames: NodeJS.CallSite[]) => {
    if (types.isNativeError(error)) return mapped(error, frames);
    const header = `${error?.name ?? 'Error'}: ${error?.message ?? ''}`;
    return header + frames.map((frame) => `\n    at ${frame}`).join('');
  };
}
