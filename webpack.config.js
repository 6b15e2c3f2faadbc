// Builds the add-in (task pane, function file, notice window, help page, icons, manifest) and, with
// `--env preview`, the browser preview: the same task pane over the simulated Excel host.
//
//   npm run build                                    → dist/ for any HTTPS host (ADDIN_URL sets the manifest's origin)
//   webpack --mode production --env preview          → artifacts/preview/ (never deployed; the simulator lives only here)
//   webpack serve --mode development [--env preview] → what scripts/start.mjs runs
//
// --env out=DIR writes elsewhere (the tests build into temporary folders).
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

/** manifest.xml holds this origin in every URL; the build swaps in ADDIN_URL. */
const MANIFEST_ORIGIN = 'https://localhost:3000';
const OFFICE_CDN_ORIGIN = 'https://appsforoffice.microsoft.com';
const OFFICE_JS = `${OFFICE_CDN_ORIGIN}/lib/1/hosted/office.js`;

/**
 * Scripts only from the add-in's own origin and Microsoft's office.js CDN; no eval. style-src needs
 * 'unsafe-inline' because Fluent UI's Griffel and FluentProvider add <style> elements at run time (a nonce
 * cannot be used on a static host, and styles cannot run code). connect-src also allows the CDN, where office.js
 * may fetch its host-specific parts; anything else (telemetry included) is refused. `extraConnect` lets the dev
 * server's live reload in.
 */
function contentSecurityPolicy({ office, extraConnect = [] }) {
  const scripts = office ? `'self' ${OFFICE_CDN_ORIGIN}` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${["'self'", ...(office ? [OFFICE_CDN_ORIGIN] : []), ...extraConnect].join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

function addinOrigin() {
  const raw = (process.env.ADDIN_URL || MANIFEST_ORIGIN).replace(/\/+$/, '');
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: "${raw}"`);
  }
  // Office loads add-ins over https only.
  if (url.protocol !== 'https:') throw new Error(`ADDIN_URL must start with https:// (got "${raw}")`);
  // A path is fine (https://cchc.tinh.gov.vn/parindex/): the pages load their files relatively (publicPath '').
  if (url.search || url.hash)
    throw new Error(`ADDIN_URL must be a folder address, without ? or # (got "${raw}")`);
  return raw;
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const production = mode === 'production';
  // Only the explicit flag: a PARINDEX_PREVIEW left in the environment must not turn `npm run build` into a preview.
  const preview = Boolean(env.preview);
  const serving = Boolean(env.WEBPACK_SERVE);
  const port = Number(process.env.PORT || 3000);
  const outDir = path.resolve(__dirname, env.out || (preview ? 'artifacts/preview' : 'dist'));
  const liveReload = serving ? [`ws://localhost:${port}`, `wss://localhost:${port}`] : [];

  const page = (filename, template, chunks, office) =>
    new HtmlWebpackPlugin({
      filename,
      template,
      chunks,
      inject: 'head',
      scriptLoading: 'defer',
      minify: production ? { collapseWhitespace: true, removeComments: true } : false,
      // Every template prints the policy first in <head>, so it governs every script after it, office.js too.
      csp: contentSecurityPolicy({ office, extraConnect: liveReload }),
      // office.js from Microsoft's CDN, before our deferred bundle (templates print it when set).
      officeJs: office ? OFFICE_JS : '',
    });

  const addin = {
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      notice: './src/commands/notice.ts',
    },
    plugins: [
      page('taskpane.html', './src/taskpane/taskpane.html', ['taskpane'], true),
      page('commands.html', './src/commands/commands.html', ['commands'], true),
      // The notice window and the help page need no Office.js.
      page('notice.html', './src/commands/notice.html', ['notice'], false),
      page('help.html', './src/help.html', [], false),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => content.toString('utf8').split(MANIFEST_ORIGIN).join(addinOrigin()),
          },
        ],
      }),
    ],
  };

  const previewBuild = {
    entry: { preview: './src/preview/main.tsx' },
    plugins: [page('index.html', './src/preview/preview.html', ['preview'], false)],
  };

  const chosen = preview ? previewBuild : addin;
  if (!preview) addinOrigin(); // fail early on a bad ADDIN_URL

  /** @type {import('webpack').Configuration} */
  const config = {
    mode,
    entry: chosen.entry,
    target: ['web', 'es2020'],
    // Source maps as files only: the eval-based ones would break the CSP.
    devtool: production ? false : 'source-map',
    output: {
      path: outDir,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
      publicPath: '',
    },
    resolve: { extensions: ['.tsx', '.ts', '.mjs', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.[cm]?tsx?$/,
          exclude: /node_modules/,
          loader: 'esbuild-loader',
          options: { target: 'es2020', jsx: 'automatic' },
        },
      ],
    },
    optimization: {
      // Unused Fluent icons and components drop out in development too, or the bundle is many MB.
      sideEffects: true,
      usedExports: true,
      minimize: production,
      minimizeOptions: { html: false, css: false, xml: false },
      // webpack's default minimizer (terser) leaves the pane about 20 KB (gzipped) smaller than esbuild's.
    },
    performance: { hints: false },
    plugins: chosen.plugins,
    devServer: {
      port,
      host: 'localhost',
      hot: false,
      liveReload: true,
      static: false,
      client: { overlay: { errors: true, warnings: false, runtimeErrors: false } },
      headers: { 'Access-Control-Allow-Origin': '*' },
    },
  };

  // Excel sideloads over https with the Office dev certificates; the preview is plain http on localhost.
  if (serving && !preview) {
    const devCerts = require('office-addin-dev-certs');
    config.devServer.server = { type: 'https', options: await devCerts.getHttpsServerOptions() };
  }
  return config;
};
