#!/usr/bin/env node
// `npm start`, one command for any machine:
//  - Windows or macOS with Excel: dev certificates, the webpack dev server over https on :3000, and
//    office-addin-debugging sideloads manifest.xml into Excel.
//  - Anywhere else (Linux, CI, a reviewer's laptop without Excel): the browser preview — the real task pane
//    beside a simulated Excel workbook — at http://localhost:3000.
// PARINDEX_PREVIEW=1 forces the preview; PARINDEX_PREVIEW=0 forces sideloading. PORT changes the port
// (sideloading needs 3000: the manifest's URLs say so). A port another program holds is never announced as ours:
// the preview moves to the next free port and says so; sideloading stops with one line.
//
// office-addin-debugging is not a dependency: it pulls keytar, whose native build needs libsecret and downloads
// binaries from GitHub, which would break `npm ci` on a plain Debian machine. It is fetched from the npm
// registry when it is first needed, on the machines that have Excel.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const asked = process.env.PORT ?? '';
let port = Number(asked || 3000);
const isWindows = process.platform === 'win32';
const npx = isWindows ? 'npx.cmd' : 'npx';
const webpackCli = path.join(root, 'node_modules', 'webpack', 'bin', 'webpack.js');

function excelInstalled() {
  if (process.platform === 'darwin') return existsSync('/Applications/Microsoft Excel.app');
  if (!isWindows) return false;
  const bases = [process.env.ProgramFiles, process.env['ProgramFiles(x86)']].filter(Boolean);
  const dirs = [
    'Microsoft Office/root/Office16',
    'Microsoft Office/Office16',
    'Microsoft Office/root/Office15',
  ];
  return bases.some((b) => dirs.some((d) => existsSync(path.join(b, d, 'EXCEL.EXE'))));
}

function chooseMode() {
  if (process.env.PARINDEX_PREVIEW === '1') return 'preview';
  if (process.env.PARINDEX_PREVIEW === '0') return 'excel';
  return excelInstalled() ? 'excel' : 'preview';
}

function run(command, args, options = {}) {
  // Windows starts .cmd files (npx) only through a shell; node itself must not go through one, as its path
  // may hold spaces ("C:\Program Files\nodejs\node.exe"). No argument here has spaces.
  const shell = isWindows && command.endsWith('.cmd');
  return spawn(command, args, { cwd: root, stdio: 'inherit', shell, ...options });
}

function waitForPort(p, timeoutMs = 180_000) {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = connect(p, 'localhost');
      socket.once('connect', () => {
        socket.end();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() - start > timeoutMs)
          reject(new Error(`Nothing answered on port ${p} after ${timeoutMs / 1000} s`));
        else setTimeout(attempt, 500);
      });
    };
    attempt();
  });
}

/** Whether nothing listens on `p` for localhost, on IPv4 and (where the machine has it) IPv6. */
function portFree(p) {
  const tryListen = (host) =>
    new Promise((resolve) => {
      const probe = createServer();
      probe.once('error', (error) =>
        resolve(host === '::1' && ['EADDRNOTAVAIL', 'EAFNOSUPPORT'].includes(error.code)),
      );
      probe.listen({ port: p, host, exclusive: true }, () => probe.close(() => resolve(true)));
    });
  return tryListen('127.0.0.1').then((v4) => v4 && tryListen('::1'));
}

/** Stops with one plain line (no stack trace) and a non-zero code. */
function fail(line) {
  console.error(line);
  stopAll(1);
}

const children = [];
function stopAll(code = 0) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

async function preview() {
  if (!(await portFree(port))) {
    const busy = port;
    for (let next = busy + 1; next <= Math.min(busy + 20, 65535); next++) {
      if (await portFree(next)) {
        port = next;
        break;
      }
    }
    if (port === busy)
      return fail(
        `Port ${busy} and the 20 after it are in use by other programs: set PORT to a free port (PORT=8080 npm start).`,
      );
    console.log(
      `Port ${busy} is in use by another program; the preview uses port ${port} instead (PORT sets it).`,
    );
  }
  const server = run(process.execPath, [webpackCli, 'serve', '--mode', 'development', '--env', 'preview'], {
    env: { ...process.env, PORT: String(port) },
  });
  children.push(server);
  server.on('exit', (code) => stopAll(code ?? 1));
  await waitForPort(port);
  // Whatever answers must be the server started here: had it died, stopAll would have ended this process.
  if (server.exitCode !== null) return;
  console.log(`\nPreview (Excel mô phỏng / simulated Excel): http://localhost:${port}/\n`);
}

async function sideload() {
  if (!(await portFree(port)))
    return fail(
      `Port ${port} is in use by another program: close it, or set PORT (the add-in in Excel loads from port 3000 only).`,
    );
  if (port !== 3000)
    console.warn(
      'manifest.xml points at https://localhost:3000; PORT other than 3000 will not load in Excel.',
    );
  // The webpack config installs and trusts the dev certificates (office-addin-dev-certs) before serving https.
  const server = run(process.execPath, [webpackCli, 'serve', '--mode', 'development'], {
    env: { ...process.env, PORT: String(port) },
  });
  children.push(server);
  server.on('exit', (code) => stopAll(code ?? 1));
  await waitForPort(port);
  const debug = run(npx, [
    '--yes',
    'office-addin-debugging@7',
    'start',
    'manifest.xml',
    'desktop',
    '--app',
    'excel',
    '--dev-server-port',
    String(port),
    '--no-debug',
  ]);
  children.push(debug);
  debug.on('exit', (code) => {
    if (code !== 0)
      console.error(
        `office-addin-debugging failed; the dev server keeps running at https://localhost:${port}.`,
      );
  });
  console.log(
    '\nExcel opens with the add-in: Home tab → "Chỉ số CCHC". Stop with Ctrl+C, then unregister with:',
  );
  console.log('  npx --yes office-addin-debugging@7 stop manifest.xml\n');
}

const mode = chooseMode();
if (!Number.isInteger(port) || port < 1 || port > 65535)
  fail(`PORT="${asked}" is not a port number: set PORT to a number such as 3000, or leave it unset.`);
(mode === 'preview' ? preview() : sideload()).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  stopAll(1);
});
