/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

// Typed where it is imported (src/lib/content/lectures.ts): ambient modules cannot import relative types.
declare module 'virtual:lecture-index' {
  export const lectureIndex: unknown[];
}

declare module 'virtual:lecture-text' {
  /** Lecture id → the text of each slide (index 0 is slide 1), for the course search. */
  export const lectureText: Record<string, string[]>;
}

declare module '*.mdx' {
  import type { ComponentType } from 'react';
  export const frontmatter: unknown;
  const MDXContent: ComponentType<{ components?: Record<string, ComponentType<never>> }>;
  export default MDXContent;
}
