/**
 * `npm start` (scripts/start.mjs) with its port held by another program: the preview moves to a free port and
 * says where, sideloading stops with one plain line naming PORT; never a stack trace, never the other server.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ROOT } from '../cli/helpers';

const START = path.join(ROOT, 'scripts', 'start.mjs');
const THEIRS = 'someone else’s server';

let other: Server;
let held: number;

beforeAll(async () => {
  other = createServer((_req, res) => res.end(THEIRS));
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  held = (other.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => other.close(() => resolve())));

const STACK_LINE = /^\s+at .+[:(]/m;

describe('npm start with its port taken', () => {
  it('sideloading stops with one line naming PORT, without starting anything', () => {
    const run = spawnSync(process.execPath, [START], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PORT: String(held), PARINDEX_PREVIEW: '0' },
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`Port ${held} is in use`);
    expect(lines[0]).toContain('PORT');
  });

  it('a PORT that is no port number gets one plain line', () => {
    const run = spawnSync(process.execPath, [START], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PORT: 'ba nghìn', PARINDEX_PREVIEW: '1' },
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      'PORT="ba nghìn" is not a port number: set PORT to a number such as 3000, or leave it unset.',
    ]);
  });

  it('the preview moves to the next free port, says where, and serves the preview there', async () => {
    const child = spawn(process.execPath, [START], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(held), PARINDEX_PREVIEW: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so the dev server it starts stops with it.
      detached: true,
    });
    let output = '';
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no address printed:\n${output}`)), 240_000);
        const read = (d: Buffer) => {
          output += d.toString();
          const m = /Preview[^\n]*(http:\/\/localhost:(\d+)\/)/.exec(output);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        };
        child.stdout.on('data', read);
        child.stderr.on('data', read);
        child.once('exit', (code) => {
          clearTimeout(timer);
          reject(new Error(`npm start exited with ${code}:\n${output}`));
        });
      });
      const port = Number(new URL(url).port);
      expect(port).not.toBe(held);
      expect(port).toBeGreaterThan(held);
      expect(output).toContain(`Port ${held} is in use by another program; the preview uses port ${port}`);
      const page = await (await fetch(url)).text();
      expect(page).not.toContain(THEIRS);
      expect(page).toMatch(/<html/i);
      expect(output).not.toMatch(STACK_LINE);
      // The other program is left alone.
      expect(await (await fetch(`http://127.0.0.1:${held}/`)).text()).toBe(THEIRS);
    } finally {
      if (child.exitCode === null && child.pid !== undefined) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        process.kill(-child.pid, 'SIGTERM');
        await exited;
      }
    }
  }, 300_000);
});
