// One set of MDX options for the Vite build, the tests and the authoring check script.
import type { CompileOptions } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import remarkSlides from './remark-slides.ts';

export const mdxOptions: CompileOptions = {
  remarkPlugins: [remarkFrontmatter, [remarkMdxFrontmatter, { name: 'frontmatter' }], remarkSlides],
  providerImportSource: '@mdx-js/react',
};
