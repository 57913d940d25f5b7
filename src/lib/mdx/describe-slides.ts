// Reads a lecture's MDX source at build time (no rendering) and describes its slides, so that the
// table of contents, the presenter and link checks know every slide without loading the lecture.
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import type { Heading, Root, RootContent } from 'mdast';
import { groupSlides, isClassroomOnly } from './remark-slides.ts';

export interface SlideInfo {
  /** 1-based */
  index: number;
  /** Text of the slide's first heading ('' if it has none). */
  title: string;
  hasNotes: boolean;
  /** Shown only in the room (all <Classroom>): left out of the reading view and its contents. */
  classroomOnly: boolean;
  /** Names of the JSX components the slide uses, e.g. CaseStudy. */
  components: string[];
}

export interface ParsedLecture {
  frontmatter: unknown;
  slides: SlideInfo[];
}

function textOf(node: unknown): string {
  if (!node || typeof node !== 'object') return '';
  const n = node as { value?: unknown; children?: unknown[] };
  if (typeof n.value === 'string') return n.value;
  return (n.children ?? []).map(textOf).join('');
}

function collectComponents(nodes: unknown[], into: Set<string>): void {
  for (const node of nodes) {
    const n = node as { type?: string; name?: string | null; children?: unknown[] };
    if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name) into.add(n.name);
    if (n.children) collectComponents(n.children, into);
  }
}

/** The slide's first heading, also when it sits inside a block such as <Classroom>. */
function firstHeading(nodes: readonly unknown[]): Heading | undefined {
  for (const node of nodes) {
    const n = node as { type?: string; name?: string | null; children?: unknown[] };
    if (n.type === 'heading') return node as Heading;
    if (n.type === 'mdxJsxFlowElement' && n.name !== 'Notes' && n.children) {
      const inner = firstHeading(n.children);
      if (inner) return inner;
    }
  }
  return undefined;
}

function describe(group: RootContent[], index: number): SlideInfo {
  const heading = firstHeading(group);
  const components = new Set<string>();
  collectComponents(group, components);
  return {
    index,
    title: heading ? textOf(heading).trim() : '',
    hasNotes: components.has('Notes'),
    classroomOnly: isClassroomOnly(group),
    components: [...components].sort(),
  };
}

export function parseLecture(source: string): ParsedLecture {
  const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).parse(source) as Root;
  const yamlNode = tree.children.find((n) => n.type === 'yaml');
  const frontmatter: unknown = yamlNode && 'value' in yamlNode ? parseYaml(yamlNode.value) : undefined;
  return { frontmatter, slides: groupSlides(tree).map((group, i) => describe(group, i + 1)) };
}
