/** A tiny static file server on 127.0.0.1 (an ephemeral port) for the built pane. No packages. */
import { createReadStream, promises as fs } from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
};

export interface StaticServer {
  origin: string;
  /** Paths requested, with the status answered, in order. */
  log: { path: string; status: number }[];
  close(): Promise<void>;
}

export async function serveStatic(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  const log: StaticServer["log"] = [];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const file = path.resolve(base, "." + decodeURIComponent(url.pathname));
    const answer = (status: number) => log.push({ path: url.pathname, status });
    if (req.method !== "GET" && req.method !== "HEAD") {
      answer(405);
      res.writeHead(405).end();
      return;
    }
    if (file !== base && !file.startsWith(base + path.sep)) {
      answer(403);
      res.writeHead(403).end();
      return;
    }
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile()) throw new Error("not a file");
      answer(200);
      res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream", "Content-Length": stat.size, "Cache-Control": "no-store" });
      if (req.method === "HEAD") res.end();
      else createReadStream(file).pipe(res);
    } catch {
      answer(404);
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections?.();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
