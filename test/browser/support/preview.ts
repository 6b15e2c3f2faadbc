// Builds and serves the preview or the production pages, and drives Debian's Chromium: shared by the browser
// tests and scripts/bench-pane.mjs.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import os from 'node:os';

/** The project folder: the nearest one up from the working directory with the webpack config. */
function findRoot(): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'webpack.config.js'))) return dir;
    if (path.dirname(dir) === dir) throw new Error('Run from inside the project: no webpack.config.js found');
  }
}

export const ROOT = findRoot();
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Runs the project's webpack config; `preview` builds the simulator page instead of the add-in. */
export function build(outDir: string, options: { preview: boolean; addinUrl?: string }): Promise<void> {
  const args = [
    path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'),
    '--mode',
    'production',
    '--env',
    `out=${outDir}`,
    ...(options.preview ? ['--env', 'preview'] : []),
  ];
  const env: NodeJS.ProcessEnv = { ...process.env, ADDIN_URL: options.addinUrl ?? '' };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`webpack exited with ${code}:\n${output.slice(-4000)}`)),
    );
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.json': 'application/json',
};

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** A static server for a build folder on a free localhost port. */
export function serve(dir: string): Promise<Served> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = path.join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://localhost:${port}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

/** A free localhost port, found by letting the system pick one. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * `npm start` as a newcomer runs it on a machine without Excel: scripts/start.mjs serving the preview.
 * Resolves once it prints the preview's address; close() stops the dev server with it.
 */
export async function startPreview(timeoutMs = 180_000): Promise<Served> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), PARINDEX_PREVIEW: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so the dev server it starts stops with it.
    detached: true,
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`npm start printed no address:\n${output.slice(-3000)}`)),
      timeoutMs,
    );
    const read = (d: Buffer) => {
      output += d.toString();
      const m = /Preview[^\n]*(http:\/\/localhost:\d+\/)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code}:\n${output.slice(-3000)}`));
    });
  });
  return {
    url,
    close: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.pid === undefined) return done();
        child.once('exit', () => done());
        process.kill(-child.pid, 'SIGTERM');
      }),
  };
}

/** Debian's Chromium, or null where it is missing (a test then fails under CI and is skipped elsewhere). */
export async function launchChromium(): Promise<Browser | null> {
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI === 'true')
      throw new Error(`Chromium is missing at ${CHROMIUM}; .ci/run installs Debian's chromium.`);
    return null;
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

export interface Guarded {
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave localhost (blocked). */
  blocked: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

const LOCAL = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A fresh context (its own profile) where every request leaving localhost is blocked and recorded. */
export async function guardedPage(
  browser: Browser,
  viewport = { width: 1440, height: 900 },
): Promise<Guarded> {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || LOCAL.has(url.hostname)) return route.continue();
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  // A CSP refusal caught by the page's own code (zod's eval probe) leaves no console line: make it one.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  return { context, page, blocked, errors };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}
