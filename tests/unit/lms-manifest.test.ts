// The SCORM packages: run scripts/build-scorm.mjs on a small built course, unzip what it wrote and
// check each imsmanifest.xml against the content-packaging rules an LMS imports by, and against the
// official XSDs bundled in the same zip (libxml2 compiled to WebAssembly, so no native xmllint).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync, type Unzipped } from 'fflate';
import { validateXML } from 'xmllint-wasm';

const script = join(__dirname, '../../scripts/build-scorm.mjs');
const course: Record<string, string> = {
  'index.html':
    '<!doctype html><html lang="zh-CN"><head><title>投诉处理 &amp; &lt;训练&gt;</title></head><body></body></html>',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'assets/index-abc123.js': 'console.log(1)',
  'assets/index-abc123.css': 'body{}',
  'assets/photo.png': '\x89PNG',
};

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'scorm-'));
  for (const [path, text] of Object.entries({ ...course, '.vite/manifest.json': '{}' })) {
    mkdirSync(dirname(join(work, 'dist', path)), { recursive: true });
    writeFileSync(join(work, 'dist', path), text);
  }
  execFileSync('node', [script, '--dist', join(work, 'dist'), '--out', join(work, 'out')]);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed XML is untyped
type Node = any;
const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => ['organization', 'item', 'resource', 'file'].includes(name),
});

function open(file: string) {
  const zip = unzipSync(readFileSync(join(work, 'out', file)));
  const xml = strFromU8(zip['imsmanifest.xml']);
  return { zip, xml, manifest: parser.parse(xml).manifest as Node };
}

const NCNAME = /^[A-Za-z_][\w.-]*$/;
const SCHEMA_FILE = /\.(xsd|dtd)$/;
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** The [namespace, file] pairs of the manifest's xsi:schemaLocation. */
function schemaLocations(manifest: Node): [string, string][] {
  const list = String(manifest['@_xsi:schemaLocation']).trim().split(/\s+/);
  return Array.from({ length: list.length / 2 }, (_, i) => [list[2 * i], list[2 * i + 1]]);
}

/** The namespaces the manifest declares, xsi left out. */
const declared = (manifest: Node) =>
  Object.keys(manifest)
    .filter((key) => key.startsWith('@_xmlns'))
    .map((key) => manifest[key] as string)
    .filter((ns) => ns !== XSI);

// What a schema file loads by relative name: xs:import / xs:include, and the DTDs a DOCTYPE or a
// parameter entity names. Quoted absolute URLs and file names in the documentation text are not loads.
const LOADS = /(?:schemaLocation\s*=\s*|(?:SYSTEM|PUBLIC\s*(["'])[^"']*\1)\s*)(["'])([^"':/]+)\2/g;

/** `start` and every file it loads, transitively (names missing from the zip included, to be reported). */
function loadedFiles(zip: Unzipped, start: string[]) {
  const seen = new Set<string>();
  const queue = [...start];
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (seen.has(name)) continue;
    seen.add(name);
    if (zip[name]) for (const match of strFromU8(zip[name]).matchAll(LOADS)) queue.push(match[3]);
  }
  return [...seen].sort();
}

/**
 * Validates a manifest against the schema files in `zip` only. libxml2 takes one schema and ignores
 * xsi:schemaLocation, so a small driver schema imports each of its pairs, as a conformance checker would.
 * Pairs for namespaces the manifest does not declare are left out: they cannot occur in it, and the
 * official SCORM 1.2 imsmd_rootv1p2p1.xsd (LOM metadata, unused here) has content models libxml2
 * rejects as non-deterministic.
 */
function validate(xml: string, zip: Unzipped) {
  const manifest = parser.parse(xml).manifest as Node;
  const imports = schemaLocations(manifest)
    .filter(([ns]) => declared(manifest).includes(ns))
    .map(([ns, file]) => `<xs:import namespace="${ns}" schemaLocation="${file}"/>`);
  return validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: xml }],
    schema: [
      {
        fileName: 'manifest-driver.xsd',
        contents: `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">${imports.join('')}</xs:schema>`,
      },
    ],
    preload: Object.keys(zip)
      .filter((path) => SCHEMA_FILE.test(path))
      .map((path) => ({ fileName: path, contents: strFromU8(zip[path]) })),
  });
}

describe.each([
  {
    file: 'course-scorm12.zip',
    ns: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
    schemaversion: '1.2',
    scormType: '@_adlcp:scormtype',
    schemas: ['imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'adlcp_rootv1p2.xsd'],
  },
  {
    file: 'course-scorm2004.zip',
    ns: 'http://www.imsglobal.org/xsd/imscp_v1p1',
    schemaversion: '2004 4th Edition',
    scormType: '@_adlcp:scormType',
    schemas: ['imscp_v1p1.xsd', 'adlcp_v1p3.xsd', 'adlseq_v1p3.xsd', 'adlnav_v1p3.xsd', 'imsss_v1p0.xsd'],
  },
])('$file', ({ file, ns, schemaversion, scormType, schemas }) => {
  it('holds the whole course at the zip root, and the manifest and schema files, and nothing else', () => {
    const { zip } = open(file);
    const other = Object.keys(zip).filter((path) => !SCHEMA_FILE.test(path));
    expect(other.sort()).toEqual(['imsmanifest.xml', ...Object.keys(course)].sort());
    expect(strFromU8(zip['assets/index-abc123.js'])).toBe('console.log(1)');
  });

  it('bundles at the root each schema file the manifest names, and every file those load, and no others', () => {
    const { zip, manifest } = open(file);
    const named = schemaLocations(manifest);
    expect(named.map(([, file]) => file)).toEqual(schemas);
    // Every namespace in use has its schema, so nothing in the manifest escapes validation.
    expect(named.map(([namespace]) => namespace)).toEqual(expect.arrayContaining(declared(manifest)));
    const needed = loadedFiles(zip, schemas);
    expect(needed.filter((name) => !zip[name])).toEqual([]);
    expect(Object.keys(zip).filter((path) => SCHEMA_FILE.test(path))).toEqual(needed);
  });

  it('has a manifest that is valid against those schema files', async () => {
    const { zip, xml } = open(file);
    const result = await validate(xml, zip);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it.each([
    ['without <organizations>', /<organizations[\s\S]*<\/organizations>\s*/, '', /Expected is .*organizations/],
    ['with an unknown SCO type', /(scorm[tT]ype=)"sco"/, '$1"lesson"', /'lesson' is not an element of the set/],
  ])('has schemas that reject a manifest %s', async (_, pattern, replacement, error) => {
    const { zip, xml } = open(file);
    const broken = xml.replace(pattern, replacement);
    expect(broken).not.toBe(xml);
    const result = await validate(broken, zip);
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.message).join('\n')).toMatch(error);
  });

  it('has a well-formed manifest with a unique identifier and the schema metadata', () => {
    const { xml, manifest } = open(file);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(manifest['@_xmlns']).toBe(ns);
    expect(manifest['@_identifier']).toMatch(NCNAME);
    expect(manifest.metadata).toEqual({ schema: 'ADL SCORM', schemaversion });
    const ids = [...xml.matchAll(/\sidentifier="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names one organization with one item that points at one SCO launched at index.html', () => {
    const { zip, manifest } = open(file);
    const orgs = manifest.organizations;
    const [org] = orgs.organization;
    expect(orgs.organization).toHaveLength(1);
    expect(orgs['@_default']).toBe(org['@_identifier']);
    expect(org.title).toBe('投诉处理 & <训练>');
    expect(org.item).toHaveLength(1);
    const [item] = org.item;
    expect(item['@_identifier']).toMatch(NCNAME);
    const resources = manifest.resources.resource as Node[];
    expect(resources).toHaveLength(1);
    const [resource] = resources;
    expect(item['@_identifierref']).toBe(resource['@_identifier']);
    expect(resource['@_type']).toBe('webcontent');
    expect(resource[scormType]).toBe('sco');
    expect(resource['@_href']).toBe('index.html');
    expect(zip[resource['@_href']]).toBeDefined();
    const listed = resource.file.map((f: Node) => f['@_href']).sort();
    // The schema files belong to the package, not to the SCO.
    expect(listed).toEqual(
      Object.keys(zip)
        .filter((p) => p !== 'imsmanifest.xml' && !SCHEMA_FILE.test(p))
        .sort(),
    );
  });
});

it('gives each version its own identifier', () => {
  expect(open('course-scorm12.zip').manifest['@_identifier']).not.toBe(
    open('course-scorm2004.zip').manifest['@_identifier'],
  );
});

it('fails with a clear message when the course has not been built', () => {
  let message = '';
  try {
    execFileSync('node', [script, '--dist', join(work, 'missing'), '--out', join(work, 'out2')], { stdio: 'pipe' });
  } catch (error) {
    message = String((error as { stderr: Buffer }).stderr);
  }
  expect(message).toMatch(/No built course .*run `vite build` first/);
});
