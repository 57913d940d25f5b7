// Pulls the text a learner reads out of the course's sources, so that text linters (zhlint, the
// voice check) see prose rather than MDX or TypeScript syntax. MDX is parsed with the same remark
// parsers the build uses (src/lib/mdx); TS/TSX with the TypeScript compiler (string literals,
// template literals and JSX text, never comments or identifiers).
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import ts from 'typescript';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';

export interface TextUnit {
  /** Path relative to the repository root. */
  file: string;
  line: number;
  text: string;
  /** Speaker notes are for instructors: typography applies, the learner-voice rule does not. */
  inNotes: boolean;
}

/**
 * Stands in for what an expression or an inline component renders, so its neighbours keep context.
 * Resolved by `fillPlaceholders`: where the author spaced it (`第 {n} 节`) it reads as a number,
 * elsewhere (`{name}的`, `{title}：{text}`) as a Chinese word — most values in this course are.
 */
export const PLACEHOLDER = '\uE000';

function fillPlaceholders(text: string): string {
  return text.replace(/\uE000/g, (_, offset: number) => {
    const spaced = /\s/.test(text[offset - 1] ?? '') || /\s/.test(text[offset + 1] ?? '');
    return spaced ? '0' : '某';
  });
}

const HAS_CHINESE = /\p{Script=Han}/u;

interface MdNode {
  type: string;
  value?: string;
  name?: string | null;
  children?: MdNode[];
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
}

/** The text of one block as it reads on screen: marks dropped, inline components and expressions stood in for. */
function inlineText(node: MdNode): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value ?? '';
    case 'break':
      return '\n';
    case 'mdxTextExpression':
      return PLACEHOLDER;
    case 'mdxJsxTextElement':
      return node.children?.length ? node.children.map(inlineText).join('') : PLACEHOLDER;
    default:
      return (node.children ?? []).map(inlineText).join('');
  }
}

const BLOCKS = new Set(['heading', 'paragraph', 'tableCell']);

export function mdxTextUnits(file: string, source: string): TextUnit[] {
  const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).parse(source) as Root;
  const units: TextUnit[] = [];
  const add = (node: MdNode, text: string, inNotes: boolean) => {
    if (HAS_CHINESE.test(text)) {
      units.push({ file, line: node.position?.start.line ?? 0, text: fillPlaceholders(text), inNotes });
    }
  };
  const walk = (node: MdNode, inNotes: boolean) => {
    if (node.type === 'yaml' && node.value) {
      for (const text of stringsIn(parseYaml(node.value))) add(node, text, false);
      return;
    }
    if (BLOCKS.has(node.type)) {
      add(node, inlineText(node), inNotes);
      return;
    }
    if (node.type === 'mdxJsxFlowElement') {
      for (const attribute of node.attributes ?? []) {
        if (typeof attribute.value === 'string') add(node, attribute.value, inNotes);
      }
      const notes = inNotes || node.name === 'Notes';
      for (const child of node.children ?? []) walk(child, notes);
      return;
    }
    for (const child of node.children ?? []) walk(child, inNotes);
  };
  walk(tree as unknown as MdNode, false);
  return units;
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** JSX text as React renders it: lines trimmed, whitespace-only lines dropped, the rest joined by a space. */
function jsxText(raw: string): string {
  if (!raw.includes('\n')) return raw;
  return raw
    .split(/\r?\n/)
    .map((line, i, lines) => (i === 0 ? line.trimEnd() : i === lines.length - 1 ? line.trimStart() : line.trim()))
    .filter((line) => line.length > 0)
    .join(' ');
}

/** The text an expression shows when it is (a choice between) literal text; a placeholder otherwise. */
function expressionText(node: ts.Expression): string {
  if (ts.isParenthesizedExpression(node)) return expressionText(node.expression);
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isTemplateExpression(node)) return templateText(node);
  if (ts.isConditionalExpression(node)) {
    const shown = expressionText(node.whenTrue);
    return shown === '' ? expressionText(node.whenFalse) : shown;
  }
  return PLACEHOLDER;
}

function templateText(node: ts.TemplateExpression): string {
  return (
    node.head.text + node.templateSpans.map((span) => expressionText(span.expression) + span.literal.text).join('')
  );
}

function jsxChildrenText(children: ts.NodeArray<ts.JsxChild>): string {
  return children
    .map((child) => {
      if (ts.isJsxText(child)) return jsxText(child.text);
      if (ts.isJsxExpression(child)) return child.expression ? expressionText(child.expression) : '';
      return PLACEHOLDER;
    })
    .join('');
}

/** Whether a string literal is code rather than text: a module path, a type, an object key. */
function isCodeString(node: ts.Node): boolean {
  const parent = node.parent;
  return (
    ts.isImportDeclaration(parent) ||
    ts.isExportDeclaration(parent) ||
    ts.isLiteralTypeNode(parent) ||
    (ts.isPropertyAssignment(parent) && parent.name === node) ||
    ts.isExternalModuleReference(parent)
  );
}

export function tsTextUnits(file: string, source: string): TextUnit[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const units: TextUnit[] = [];
  const add = (node: ts.Node, text: string) => {
    if (!HAS_CHINESE.test(text)) return;
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    units.push({ file, line, text: fillPlaceholders(text.trim()), inNotes: false });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxElement(node) || ts.isJsxFragment(node)) {
      add(node, jsxChildrenText(node.children));
      // Nested elements and expressions get their own units; JSX text is covered above.
      node.children.forEach((child) => {
        if (!ts.isJsxText(child)) visit(child);
      });
      if (ts.isJsxElement(node)) visit(node.openingElement);
      return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (!isCodeString(node)) add(node, node.text);
      return;
    }
    if (ts.isTemplateExpression(node)) {
      add(node, templateText(node));
      node.templateSpans.forEach((span) => visit(span.expression));
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return units;
}

export function learnerTextUnits(file: string, source: string): TextUnit[] {
  if (file.endsWith('.mdx')) return mdxTextUnits(file, source);
  if (/\.tsx?$/.test(file)) return tsTextUnits(file, source);
  return [];
}
