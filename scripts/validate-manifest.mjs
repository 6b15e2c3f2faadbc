#!/usr/bin/env node
// Offline check of the XML add-in manifest. `office-addin-manifest validate` posts the manifest to a
// Microsoft web service that the build machines cannot reach, and the XSDs alone miss the mistakes
// that make Office drop an add-in silently (dangling resid, http URL, icon missing or of the wrong size).
//
// Usage: node scripts/validate-manifest.mjs [--assets <dir>] [<manifest.xml>]   (default: manifest.xml)
//        npm run validate -- release/parindex-1.0.0/manifest.xml
// Exit: 0 valid, 1 problems found (one line each), 2 usage error or the check could not run.
import { existsSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import xmllint from 'xmllint-wasm';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_SCHEMA_DIR = path.resolve(here, '..', 'schemas', 'office-addin-manifest');
const ENTRY_SCHEMA = 'OfficeAppManifestV1_1.xsd';
const SCHEMA_HINT = `see schemas/office-addin-manifest/${ENTRY_SCHEMA}`;

// The GUIDs every copy of the Office templates carries: two add-ins with one Id overwrite each other.
const UNUSABLE_IDS = new Map([
  ['00000000-0000-0000-0000-000000000000', 'the nil GUID'],
  ['05c2e1c9-3e1d-406e-9a91-e9ac64854143', 'the Id of the Office add-in template'],
]);

const USAGE =
  'usage: node scripts/validate-manifest.mjs [--assets <dir>] [<manifest.xml>] (default manifest.xml)';

// ---------------------------------------------------------------------------------------------
// A small XML reader: enough for a manifest, and it keeps line numbers for the messages.
// xmllint has already rejected anything that is not well-formed before this runs.

const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[ref] ?? whole;
  });
}

function localName(qname) {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

function parseXml(text) {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (pos) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const root = { name: '#document', local: '#document', attrs: {}, children: [], text: '', line: 1 };
  const stack = [root];
  let pos = 0;
  const skipPast = (marker) => {
    const end = text.indexOf(marker, pos);
    if (end < 0) throw new Error(`unterminated markup at line ${lineAt(pos)}`);
    const body = text.slice(pos, end);
    pos = end + marker.length;
    return body;
  };

  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    if (lt < 0) {
      stack[stack.length - 1].text += decodeEntities(text.slice(pos));
      break;
    }
    stack[stack.length - 1].text += decodeEntities(text.slice(pos, lt));
    pos = lt;
    if (text.startsWith('<!--', pos)) {
      pos += 4;
      skipPast('-->');
    } else if (text.startsWith('<![CDATA[', pos)) {
      pos += 9;
      stack[stack.length - 1].text += skipPast(']]>');
    } else if (text.startsWith('<?', pos)) {
      pos += 2;
      skipPast('?>');
    } else if (text.startsWith('<!', pos)) {
      throw new Error(`line ${lineAt(pos)}: DOCTYPE and entity declarations are not supported in a manifest`);
    } else if (text.startsWith('</', pos)) {
      pos += 2;
      const name = skipPast('>').trim();
      const open = stack.pop();
      if (!open || open.name !== name)
        throw new Error(`line ${lineAt(pos)}: </${name}> does not close an element`);
    } else {
      const start = pos;
      const tag = /^<([^\s/>]+)/.exec(text.slice(pos, pos + 300));
      if (!tag) throw new Error(`line ${lineAt(pos)}: bad start tag`);
      pos += tag[0].length;
      const attrs = {};
      const attrRe = /\s*([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')|\s*(\/?)>/y;
      for (;;) {
        attrRe.lastIndex = pos;
        const m = attrRe.exec(text);
        if (!m) throw new Error(`line ${lineAt(pos)}: bad attribute in <${tag[1]}>`);
        pos = attrRe.lastIndex;
        if (m[1] === undefined) {
          const el = {
            name: tag[1],
            local: localName(tag[1]),
            attrs,
            children: [],
            text: '',
            line: lineAt(start),
          };
          el.parent = stack[stack.length - 1];
          el.parent.children.push(el);
          if (m[5] !== '/') stack.push(el);
          break;
        }
        attrs[m[1]] = decodeEntities(m[3] ?? m[4]);
      }
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
  return root;
}

function* walk(el) {
  for (const child of el.children) {
    yield child;
    yield* walk(child);
  }
}

const childrenNamed = (el, local) => el.children.filter((c) => c.local === local);
const xsiType = (el) => localName(el.attrs['xsi:type'] ?? '');

// ---------------------------------------------------------------------------------------------
// Schema validation (libxml2 in WebAssembly, so no native xmllint is needed).

function loadSchemas(schemaDir) {
  const files = readdirSync(schemaDir).filter((f) => f.endsWith('.xsd'));
  if (!files.includes(ENTRY_SCHEMA)) throw new Error(`${ENTRY_SCHEMA} not found in ${schemaDir}`);
  const read = (fileName) => ({ fileName, contents: readFileSync(path.join(schemaDir, fileName), 'utf8') });
  return {
    schema: [read(ENTRY_SCHEMA)],
    // xmllint-wasm does no IO of its own: every xs:import target has to be handed over up front.
    preload: files.filter((f) => f !== ENTRY_SCHEMA).map(read),
  };
}

const NAMESPACE_PREFIXES = [
  ['{http://schemas.microsoft.com/office/appforoffice/1.1}', ''],
  ['{http://schemas.microsoft.com/office/taskpaneappversionoverrides}', ''],
  ['{http://schemas.microsoft.com/office/officeappbasictypes/1.0}', 'bt:'],
];

function schemaAdvice(message) {
  if (message.startsWith('parser error')) return 'fix the XML syntax';
  if (/This element is not expected/.test(message))
    return `put the elements in schema order (${SCHEMA_HINT})`;
  if (/Missing child element/.test(message))
    return `add the missing element or drop the empty parent (${SCHEMA_HINT})`;
  if (/maxLength|minLength/.test(message))
    return 'shorten or fill in the value (short strings ≤ 125, long ≤ 250)';
  if (/facet 'pattern'|facet 'enumeration'/.test(message))
    return `use a value of the allowed form (${SCHEMA_HINT})`;
  return `make it match the schema (${SCHEMA_HINT})`;
}

async function schemaProblems(xmlText, fileName, schemaDir) {
  const { schema, preload } = loadSchemas(schemaDir);
  const result = await xmllint.validateXML({ xml: [{ fileName, contents: xmlText }], schema, preload });
  if (result.valid) return { parsed: true, problems: [] };
  const located = result.errors.filter((e) => e.loc);
  const errors = located.length > 0 ? located : result.errors;
  const problems = [];
  let parsed = true;
  for (const error of errors) {
    let message = error.message.replace(/^Schemas validity error : /, '').trim();
    if (message.startsWith('parser error')) parsed = false;
    // Reported by checkId in plain words.
    if (
      /^Element '\{http:\/\/schemas\.microsoft\.com\/office\/appforoffice\/1\.1\}Id': \[facet 'pattern'\]/.test(
        message,
      )
    )
      continue;
    for (const [uri, prefix] of NAMESPACE_PREFIXES) message = message.split(uri).join(prefix);
    const line = error.loc ? error.loc.lineNumber : '?';
    problems.push(`${fileName}:${line}: schema: ${message} — ${schemaAdvice(message)}`);
  }
  return { parsed, problems };
}

// ---------------------------------------------------------------------------------------------
// The checks the XSDs cannot express.

const GUID_RE =
  /^(?:urn:uuid:)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$|^\{([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}$/i;

function checkId(officeApp, report) {
  const idEl = childrenNamed(officeApp, 'Id')[0];
  if (!idEl) return report(officeApp.line, 'the <Id> element is missing', 'add <Id> with a new GUID');
  const value = idEl.text.trim();
  const m = GUID_RE.exec(value);
  if (!m) {
    return report(
      idEl.line,
      `<Id> "${value}" is not a GUID`,
      'use the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (node -e "console.log(crypto.randomUUID())")',
    );
  }
  const why = UNUSABLE_IDS.get((m[1] ?? m[2]).toLowerCase());
  if (why)
    report(
      idEl.line,
      `<Id> is ${why}`,
      'generate a GUID of your own (node -e "console.log(crypto.randomUUID())")',
    );
}

const RESOURCE_KINDS = {
  Images: { item: 'Image', label: 'bt:Images' },
  Urls: { item: 'Url', label: 'bt:Urls' },
  ShortStrings: { item: 'String', label: 'bt:ShortStrings' },
  LongStrings: { item: 'String', label: 'bt:LongStrings' },
};

// Which collection a resid may point into, by the element that carries it (from the XSD types).
const RESID_KIND = {
  Image: 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  LearnMoreUrl: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Namespace: 'ShortStrings',
  Description: 'LongStrings',
};

function collectResources(doc, report) {
  const byId = new Map();
  for (const resources of [...walk(doc)].filter((e) => e.local === 'Resources')) {
    for (const [collection, { item }] of Object.entries(RESOURCE_KINDS)) {
      for (const group of childrenNamed(resources, collection)) {
        for (const el of childrenNamed(group, item)) {
          const id = el.attrs.id;
          if (!id) continue;
          const earlier = byId.get(id);
          if (earlier) {
            report(
              el.line,
              `resource id "${id}" is declared twice (first at line ${earlier.el.line})`,
              'give each resource its own id',
            );
            continue;
          }
          byId.set(id, { kind: collection, el });
        }
      }
    }
  }
  return byId;
}

function checkResids(doc, resources, report) {
  for (const el of walk(doc)) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    const want = RESID_KIND[el.local];
    const found = resources.get(resid);
    const wantLabel = want ? RESOURCE_KINDS[want].label : 'Resources';
    if (!found) {
      report(
        el.line,
        `resid "${resid}" on <${el.name}> is not declared in Resources`,
        `declare it in ${wantLabel} or fix the resid`,
      );
    } else if (want && found.kind !== want) {
      report(
        el.line,
        `resid "${resid}" on <${el.name}> names a ${RESOURCE_KINDS[found.kind].label} entry`,
        `<${el.name}> needs an entry in ${wantLabel}`,
      );
    }
  }
}

// Elements whose DefaultValue (and overrides' Value) is a URL; the rest hold text.
const URL_SETTINGS = new Set([
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'SourceLocation',
  'Url',
  'Image',
]);

function urlValues(doc) {
  const out = [];
  for (const el of walk(doc)) {
    if (URL_SETTINGS.has(el.local) && el.attrs.DefaultValue !== undefined) {
      out.push({ el, owner: el, value: el.attrs.DefaultValue, attr: 'DefaultValue' });
      for (const o of childrenNamed(el, 'Override')) {
        if (o.attrs.Value !== undefined) out.push({ el: o, owner: el, value: o.attrs.Value, attr: 'Value' });
      }
    }
    if (el.local === 'AppDomain') out.push({ el, owner: el, value: el.text.trim(), attr: null });
  }
  return out;
}

function checkUrls(doc, urls, report) {
  const seen = new Set();
  for (const { el, owner, value, attr } of urls) {
    seen.add(el);
    const where = attr ? `<${owner.name}> ${attr}` : `<${owner.name}>`;
    let url;
    try {
      url = new URL(value);
    } catch {
      report(el.line, `${where} "${value}" is not an absolute URL`, 'write the full https://… address');
      continue;
    }
    if (url.protocol !== 'https:') {
      report(
        el.line,
        `${where} "${value}" is not https`,
        'Office loads add-in pages and icons over https only: use https://',
      );
    }
  }
  // Anything else that looks like a plain-http address (namespace names are identifiers, not fetched).
  for (const el of walk(doc)) {
    if (seen.has(el)) continue;
    for (const [name, value] of Object.entries(el.attrs)) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      if (/^\s*http:\/\//i.test(value)) {
        report(el.line, `<${el.name}> ${name} "${value}" is not https`, 'use https://');
      }
    }
    if (el.children.length === 0 && /^\s*http:\/\//i.test(el.text)) {
      report(el.line, `<${el.name}> "${el.text.trim()}" is not https`, 'use https://');
    }
  }
}

function readPngSize(file) {
  const buf = readFileSync(file);
  const signature = '89504e470d0a1a0a';
  if (buf.length < 24 || buf.subarray(0, 8).toString('hex') !== signature) return null;
  if (buf.subarray(12, 16).toString('latin1') !== 'IHDR') return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

// Convention: the size an icon must have is the `size` of the <bt:Image> references that use it,
// else the -NN in its file name; IconUrl is 32 px and HighResolutionIconUrl 64 px.
function expectedIconSizes(doc, resources, report) {
  const sizes = new Map();
  for (const el of walk(doc)) {
    if (el.local !== 'Image' || el.attrs.resid === undefined || el.attrs.size === undefined) continue;
    const size = Number(el.attrs.size);
    const id = el.attrs.resid;
    if (!sizes.has(id)) sizes.set(id, new Map());
    if (!sizes.get(id).has(size)) sizes.get(id).set(size, el.line);
  }
  const expected = new Map();
  for (const [id, bySize] of sizes) {
    const found = resources.get(id);
    if (!found || found.kind !== 'Images') continue;
    if (bySize.size > 1) {
      const lines = [...bySize.values()].join(', ');
      report(
        found.el.line,
        `image "${id}" is used at sizes ${[...bySize.keys()].join(' and ')} (lines ${lines})`,
        'one file has one size: declare a separate bt:Image for each size',
      );
      continue;
    }
    expected.set(found.el, [...bySize.keys()][0]);
  }
  return expected;
}

function checkIcons(doc, resources, urls, assetsDir, fileName, report) {
  const officeApp = doc.children.find((c) => c.local === 'OfficeApp');
  const defaultSettings = officeApp && childrenNamed(officeApp, 'DefaultSettings')[0];
  const source = defaultSettings && childrenNamed(defaultSettings, 'SourceLocation')[0];
  // The add-in's base: the folder of its task pane page, so a host under a path (https://x/parindex/) works too.
  let base = null;
  try {
    base = new URL('.', source.attrs.DefaultValue);
  } catch {
    return; // Reported elsewhere (schema or URL check); without a base no icon can be mapped to a file.
  }
  const assetsBase = new URL('assets/', base).href;

  const expected = expectedIconSizes(doc, resources, report);
  const root = path.resolve(assetsDir);
  for (const { el, owner, value } of urls) {
    let size;
    if (owner.local === 'IconUrl') size = 32;
    else if (owner.local === 'HighResolutionIconUrl') size = 64;
    else if (owner.local === 'Image') size = expected.get(owner);
    else continue;

    let url;
    try {
      url = new URL(value);
    } catch {
      continue;
    }
    if (url.origin !== base.origin) continue; // Hosted elsewhere: nothing to look at offline.
    const href = `${url.origin}${url.pathname}`;
    if (!href.startsWith(assetsBase)) {
      report(
        el.line,
        `icon "${value}" is not under ${assetsBase}`,
        'put the icon in assets/ beside the task pane page and point the URL there',
      );
      continue;
    }
    const file = path.resolve(root, decodeURIComponent(href.slice(assetsBase.length)));
    if (!file.startsWith(root + path.sep)) {
      report(el.line, `icon "${value}" points outside assets/`, 'point it at a file in assets/');
      continue;
    }
    const shown = path.relative(process.cwd(), file) || file;
    if (size === undefined) {
      const named = /-(\d+)(?:x\d+)?\.png$/i.exec(file);
      if (named) size = Number(named[1]);
    }
    if (!existsSync(file)) {
      report(
        el.line,
        `icon "${value}" has no file: ${shown} does not exist`,
        'draw it (node scripts/draw-icons.mjs) or fix the URL',
      );
      continue;
    }
    const got = readPngSize(file);
    if (!got) {
      report(
        el.line,
        `icon ${shown} is not a PNG`,
        'Office icons here are PNG: render it with node scripts/draw-icons.mjs',
      );
      continue;
    }
    if (size !== undefined && (got.width !== size || got.height !== size)) {
      report(
        el.line,
        `icon ${shown} is ${got.width}x${got.height} px but ${fileName} declares ${size}x${size}`,
        `redraw it at ${size}x${size} (node scripts/draw-icons.mjs) or point to the ${size} px file`,
      );
    }
  }
}

function checkControls(doc, report) {
  for (const formFactor of [...walk(doc)].filter((e) => /FormFactor$/.test(e.local))) {
    const ids = new Map();
    let executes = null;
    for (const el of walk(formFactor)) {
      if ((el.local === 'Control' || el.local === 'Group' || el.local === 'Item') && el.attrs.id) {
        const earlier = ids.get(el.attrs.id);
        if (earlier) {
          report(
            el.line,
            `id "${el.attrs.id}" is used twice (first at line ${earlier})`,
            'give each control its own id',
          );
        } else ids.set(el.attrs.id, el.line);
      }
      if (el.local === 'Action' && xsiType(el) === 'ExecuteFunction') {
        executes ??= el;
        const fn = childrenNamed(el, 'FunctionName')[0];
        const name = fn ? fn.text.trim() : '';
        if (fn && !/^[A-Za-z_$][\w$]*$/.test(name)) {
          report(
            fn.line,
            `FunctionName "${name}" is not a JavaScript identifier`,
            'use the name passed to Office.actions.associate()',
          );
        }
      }
    }
    if (executes && childrenNamed(formFactor, 'FunctionFile').length === 0) {
      report(
        executes.line,
        'a button runs a function but the form factor has no <FunctionFile>',
        'add <FunctionFile resid="…"/> pointing to the commands page',
      );
    }
  }
}

// A translation added for one string but forgotten for another shows a half-translated ribbon.
function checkLocales(doc, report) {
  const texts = [];
  for (const el of walk(doc)) {
    const isTopLevelText =
      (el.local === 'DisplayName' || el.local === 'Description') && el.parent?.local === 'OfficeApp';
    const isStringResource =
      el.local === 'String' && ['ShortStrings', 'LongStrings'].includes(el.parent?.local);
    if (isTopLevelText || isStringResource) texts.push(el);
  }
  const locales = new Set();
  for (const el of texts) for (const o of childrenNamed(el, 'Override')) locales.add(o.attrs.Locale);
  for (const el of texts) {
    const have = new Set(childrenNamed(el, 'Override').map((o) => o.attrs.Locale));
    const missing = [...locales].filter((l) => !have.has(l));
    if (missing.length > 0) {
      const what = el.attrs.id ? `string "${el.attrs.id}"` : `<${el.name}>`;
      const override = el.name.includes(':') ? `${el.name.split(':')[0]}:Override` : 'Override';
      report(
        el.line,
        `${what} has no ${missing.join(', ')} override while other strings do`,
        `add <${override} Locale="${missing[0]}" Value="…"/>`,
      );
    }
  }
}

/**
 * Validate an XML add-in manifest: the Office XSDs plus the cross-reference and file checks.
 * @param {string} xmlText the manifest
 * @param {{assetsDir: string, fileName?: string, schemaDir?: string}} options
 *   assetsDir: folder that holds the files served at <add-in origin>/assets/
 * @returns {Promise<{ok: boolean, problems: string[]}>}
 */
export async function validateManifest(xmlText, options) {
  const { assetsDir, fileName = 'manifest.xml', schemaDir = DEFAULT_SCHEMA_DIR } = options ?? {};
  if (typeof assetsDir !== 'string') throw new TypeError('validateManifest: options.assetsDir is required');

  const schema = await schemaProblems(xmlText, fileName, schemaDir);
  const problems = [...schema.problems];
  if (!schema.parsed) return { ok: false, problems };

  const own = [];
  const report = (line, what, todo) => own.push({ line, text: `${fileName}:${line}: ${what} — ${todo}` });
  let doc;
  try {
    doc = parseXml(xmlText);
  } catch (err) {
    problems.push(`${fileName}: cannot read the XML: ${err.message} — simplify the markup`);
    return { ok: false, problems };
  }
  const officeApp = doc.children.find((c) => c.local === 'OfficeApp');
  if (!officeApp) {
    problems.push(`${fileName}:1: the root element is not <OfficeApp> — start from a valid add-in manifest`);
    return { ok: false, problems };
  }

  checkId(officeApp, report);
  const resources = collectResources(doc, report);
  checkResids(doc, resources, report);
  const urls = urlValues(doc);
  checkUrls(doc, urls, report);
  checkIcons(doc, resources, urls, assetsDir, fileName, report);
  checkControls(doc, report);
  checkLocales(doc, report);

  own.sort((a, b) => a.line - b.line);
  problems.push(...own.map((p) => p.text));
  return { ok: problems.length === 0, problems };
}

// ---------------------------------------------------------------------------------------------

async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { assets: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    console.error(`${err.message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (parsed.positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  const manifestPath = parsed.positionals[0] ?? 'manifest.xml';
  let xmlText;
  try {
    xmlText = readFileSync(manifestPath, 'utf8');
  } catch (err) {
    console.error(`${manifestPath}: cannot read it (${err.code ?? err.message})\n${USAGE}`);
    return 2;
  }
  // Beside the manifest, or in dist/ beside it as in the hosting package (release/parindex-<version>/).
  const here = path.dirname(path.resolve(manifestPath));
  const besideDist = path.join(here, 'dist', 'assets');
  const assetsDir =
    parsed.values.assets ??
    (!existsSync(path.join(here, 'assets')) && existsSync(besideDist)
      ? besideDist
      : path.join(here, 'assets'));
  let result;
  try {
    result = await validateManifest(xmlText, { assetsDir, fileName: manifestPath });
  } catch (err) {
    console.error(`${manifestPath}: the check could not run: ${err.message}`);
    return 2;
  }
  if (result.ok) {
    console.log(`manifest OK: ${manifestPath}`);
    return 0;
  }
  for (const problem of result.problems) console.log(problem);
  return 1;
}

const invokedAs = process.argv[1] ? pathToFileURL(realpathSync(process.argv[1])).href : '';
if (import.meta.url === invokedAs) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
