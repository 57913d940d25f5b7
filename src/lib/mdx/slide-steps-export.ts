// Compile time: numbers each slide's <Reveal> blocks and adds `export const slideSteps` to the
// lecture module, one list of step parts per slide (see src/lib/content/slide-steps.ts).
// A case's part refers to the case's data (the same expression as its `data` prop), so its
// question count is read from cases.ts when the module runs.
import type { Expression, Property } from 'estree';
import type { RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';

function elements(nodes: readonly unknown[], name: string, into: MdxJsxFlowElement[] = []): MdxJsxFlowElement[] {
  for (const node of nodes) {
    const n = node as MdxJsxFlowElement;
    if (n.type === 'mdxJsxFlowElement' && n.name === name) into.push(n);
    if (n.type === 'mdxJsxFlowElement' && n.name === 'Notes') continue;
    if ('children' in n && Array.isArray(n.children)) elements(n.children, name, into);
  }
  return into;
}

function attribute(element: MdxJsxFlowElement, name: string) {
  return element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
}

/** Gives each <Reveal> without a `step` the next step number; returns how many steps they take. */
export function numberReveals(group: RootContent[]): number {
  let steps = 0;
  for (const reveal of elements(group, 'Reveal')) {
    const given = attribute(reveal, 'step');
    if (given && typeof given.value === 'string') steps = Math.max(steps, Number(given.value) || 1);
    else if (!given) {
      steps += 1;
      reveal.attributes.push({ type: 'mdxJsxAttribute', name: 'step', value: String(steps) });
    } else steps += 1;
  }
  return steps;
}

const literal = (value: string | number): Expression => ({ type: 'Literal', value });
const property = (key: string, value: Expression): Property => ({
  type: 'Property',
  key: { type: 'Identifier', name: key },
  value,
  kind: 'init',
  method: false,
  shorthand: false,
  computed: false,
});

/** The expression of a JSX attribute such as data={chenAtu}, or a number literal. */
function attributeExpression(element: MdxJsxFlowElement, name: string): Expression | undefined {
  const attr = attribute(element, name);
  if (!attr || attr.value === null || attr.value === undefined) return undefined;
  if (typeof attr.value === 'string')
    return Number.isFinite(Number(attr.value)) ? literal(Number(attr.value)) : undefined;
  const statement = attr.value.data?.estree?.body[0];
  return statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
}

function slideParts(group: RootContent[], reveals: number): Expression {
  const parts: Expression[] = [];
  if (reveals > 0) parts.push({ type: 'ObjectExpression', properties: [property('reveals', literal(reveals))] });
  for (const study of elements(group, 'CaseStudy')) {
    const data = attributeExpression(study, 'data');
    if (!data) continue;
    // A copy: the same node must not sit in two places of the tree that later steps rewrite.
    const props = [property('case', structuredClone(data))];
    const perStep = attributeExpression(study, 'factsPerStep');
    if (perStep) props.push(property('factsPerStep', perStep));
    parts.push({ type: 'ObjectExpression', properties: props });
  }
  return { type: 'ArrayExpression', elements: parts };
}

/** `export const slideSteps = [[…parts of slide 1], [… of slide 2], …]` */
export function slideStepsExport(groups: RootContent[][]): MdxjsEsm {
  const slides = groups.map((group) => slideParts(group, numberReveals(group)));
  return {
    type: 'mdxjsEsm',
    value: '',
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ExportNamedDeclaration',
            specifiers: [],
            attributes: [],
            source: null,
            declaration: {
              type: 'VariableDeclaration',
              kind: 'const',
              declarations: [
                {
                  type: 'VariableDeclarator',
                  id: { type: 'Identifier', name: 'slideSteps' },
                  init: { type: 'ArrayExpression', elements: slides },
                },
              ],
            },
          },
        ],
      },
    },
  };
}
