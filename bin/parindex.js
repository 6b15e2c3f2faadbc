#!/usr/bin/env node
'use strict';
// Starts the bundled command line; `npm run build:cli` (also run by npm install / npm ci) makes it.
const path = require('node:path');
const fs = require('node:fs');

const bundle = path.join(__dirname, '..', 'lib', 'parindex.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    `parindex: ${bundle} is missing. Run "npm run build:cli" in ${path.join(__dirname, '..')}.\n`,
  );
  process.exit(2);
}
require(bundle);
