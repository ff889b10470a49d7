import * as http from 'node:http';
import * as net from 'node:net';

/** What one GET got back. */
export interface Reply {
  readonly status: number;
  readonly body: string;
}

/**
 * One GET to 127.0.0.1 on a connection of its own, so a keep-alive connection
 * the server closed (HAProxy closes the one a 401 went out on) never passes
 * for a failed request. Rejects on a connection error or after 2 s.
 */
export function get(
  port: number,
  urlPath: string,
  options: { readonly auth?: string; readonly headers?: http.OutgoingHttpHeaders } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      {
        host: '127.0.0.1',
        port,
        path: urlPath,
        auth: options.auth,
        headers: options.headers,
        agent: false,
        timeout: 2000,
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', reject);
  });
}

/** A port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
