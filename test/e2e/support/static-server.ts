// A tiny static web server for the end-to-end tests: it serves one folder on 127.0.0.1, on a
// free port, and notes every path asked for.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.map': 'application/json; charset=utf-8',
    '.ttf': 'font/ttf',
    '.md': 'text/markdown; charset=utf-8',
    '.txt': 'text/plain; charset=utf-8',
    '.png': 'image/png',
    '.svg': 'image/svg+xml'
};

export interface StaticServer {
    /** the address of the folder, ending in `/` */
    url: string;
    /** every path asked for, in order */
    requested: string[];
    close(): Promise<void>;
}

export async function serveFolder(folder: string): Promise<StaticServer> {
    const root = resolve(folder);
    const requested: string[] = [];
    const server = createServer((request, response) => {
        const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
        requested.push(path);
        const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
        if (file !== root && !file.startsWith(root + sep)) {
            response.writeHead(403).end();
            return;
        }
        stat(file).then(info => {
            if (!info.isFile()) throw new Error('not a file');
            response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': info.size });
            createReadStream(file).pipe(response);
        }).catch(() => {
            response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        });
    });
    await new Promise<void>(done => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    return {
        url: `http://127.0.0.1:${port}/`,
        requested,
        close: () => new Promise<void>(done => {
            server.closeAllConnections();
            server.close(() => done());
        })
    };
}
