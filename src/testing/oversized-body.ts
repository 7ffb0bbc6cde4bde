// Test-only: sends a body larger than the server accepts and reports how much of it the server let through
// before answering. `declared` sends a Content-Length up front; otherwise the body is streamed (chunked).
import http from 'node:http';

export interface OversizedAnswer {
  status: number;
  body: string;
  /** Bytes this client had handed to the socket when the answer arrived. */
  bytesWritten: number;
}

const CHUNK = Buffer.alloc(64 * 1024, 'a');

export function sendOversizedBody(
  url: string,
  { declared, totalBytes, headers = {} }: { declared: boolean; totalBytes: number; headers?: Record<string, string> },
): Promise<OversizedAnswer> {
  return new Promise((resolve, reject) => {
    let bytesWritten = 0;
    let answered = false;
    const request = http.request(url, {
      method: 'PUT',
      headers: {
        'kbn-xsrf': 'test',
        'content-type': 'application/json',
        ...(declared ? { 'content-length': String(totalBytes) } : {}),
        ...headers,
      },
    });
    request.on('response', (response) => {
      answered = true;
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, bytesWritten }));
      response.on('error', reject);
    });
    // Writing into a connection the server closed after answering: expected, the answer decides.
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    request.flushHeaders();
    if (declared) return; // the server must answer from the headers alone
    const writeMore = () => {
      while (!answered && bytesWritten < totalBytes) {
        bytesWritten += CHUNK.length;
        if (!request.write(CHUNK)) {
          request.once('drain', writeMore);
          return;
        }
      }
      if (!answered) request.end();
    };
    writeMore();
  });
}
