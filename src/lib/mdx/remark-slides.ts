// Cuts a lecture into slides at COMPILE time: every run of content between thematic breaks (`---`)
// is wrapped in <Slide index="N">. Since MDX 2 the layout only receives one `_createMdxContent`
// child, so splitting at render time (mdx-deck's old trick) no longer works.
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { slideStepsExport } from './slide-steps-export.ts';

/** Nodes that belong to the module, not to any slide: frontmatter, imports and exports. */
function isModuleLevel(node: RootContent): boolean {
  // (TOML frontmatter is not enabled, so YAML is the only frontmatter node.)
  return node.type === 'yaml' || node.type === 'mdxjsEsm';
}

/** Groups the root's slide content, split at thematic breaks; empty groups are dropped. */
export function groupSlides(tree: Root): RootContent[][] {
  const slides: RootContent[][] = [[]];
  for (const node of tree.children) {
    if (isModuleLevel(node)) continue;
    if (node.type === 'thematicBreak') slides.push([]);
    else slides[slides.length - 1].push(node);
  }
  return slides.filter((group) => group.length > 0);
}

function jsxName(node: RootContent): string | null {
  return node.type === 'mdxJsxFlowElement' ? node.name : null;
}

/**
 * A classroom-only slide: apart from its <Notes>, all it holds is <Classroom> blocks (its heading
 * inside the first). The reading view leaves it out; the projector, console and print show it.
 */
export function isClassroomOnly(group: RootContent[]): boolean {
  const shown = group.filter((node) => jsxName(node) !== 'Notes');
  return shown.length > 0 && shown.every((node) => jsxName(node) === 'Classroom');
}

function slideElement(index: number, children: RootContent[]): MdxJsxFlowElement {
  const attributes: MdxJsxFlowElement['attributes'] = [
    { type: 'mdxJsxAttribute', name: 'index', value: String(index) },
  ];
  if (isClassroomOnly(children)) attributes.push({ type: 'mdxJsxAttribute', name: 'classroomOnly', value: null });
  return {
    type: 'mdxJsxFlowElement',
    name: 'Slide',
    attributes,
    children: children as MdxJsxFlowElement['children'],
  };
}

export default function remarkSlides() {
  return (tree: Root) => {
    const moduleLevel = tree.children.filter(isModuleLevel);
    const groups = groupSlides(tree);
    const steps = slideStepsExport(groups);
    const slides = groups.map((group, i) => slideElement(i + 1, group));
    tree.children = [...moduleLevel, steps, ...slides];
  };
}
