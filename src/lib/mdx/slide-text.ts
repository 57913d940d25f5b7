// The readable text of each slide of a lecture, read from its MDX source at build time, for the
// course search. Speaker notes are left out: they are the instructor's, not the learner's.
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Root } from 'mdast';
import { groupSlides } from './remark-slides.ts';

function textOf(node: unknown): string {
  if (!node || typeof node !== 'object') return '';
  const n = node as { type?: string; name?: string | null; value?: unknown; children?: unknown[] };
  if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name === 'Notes') return '';
  // Expressions and ESM are code, not text.
  if (n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression' || n.type === 'code') return '';
  if (typeof n.value === 'string') return n.value;
  const parts = (n.children ?? []).map(textOf);
  const block = n.type === 'paragraph' || n.type === 'heading' || n.type === 'listItem' || n.type === 'tableCell';
  return parts.join('') + (block ? ' ' : '');
}

/** One entry per slide (1-based slide n is entry n-1): its text on one line. */
export function slideTexts(source: string): string[] {
  const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).parse(source) as Root;
  return groupSlides(tree).map((group) => group.map(textOf).join(' ').replace(/\s+/g, ' ').trim());
}
