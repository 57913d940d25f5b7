// The SCORM packages: run scripts/build-scorm.mjs on a small built course, unzip what it wrote and
// check each imsmanifest.xml against the content-packaging rules an LMS imports by.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';

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

describe.each([
  {
    file: 'course-scorm12.zip',
    ns: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
    schemaversion: '1.2',
    scormType: '@_adlcp:scormtype',
  },
  {
    file: 'course-scorm2004.zip',
    ns: 'http://www.imsglobal.org/xsd/imscp_v1p1',
    schemaversion: '2004 4th Edition',
    scormType: '@_adlcp:scormType',
  },
])('$file', ({ file, ns, schemaversion, scormType }) => {
  it('holds the whole course at the zip root, and the manifest, and nothing else', () => {
    const { zip } = open(file);
    expect(Object.keys(zip).sort()).toEqual(['imsmanifest.xml', ...Object.keys(course)].sort());
    expect(strFromU8(zip['assets/index-abc123.js'])).toBe('console.log(1)');
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
    expect(listed).toEqual(
      Object.keys(zip)
        .filter((p) => p !== 'imsmanifest.xml')
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
