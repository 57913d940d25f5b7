// Compiles a lecture's MDX exactly as the app does and lists its slides; exits non-zero on error.
// Usage: npx tsx scripts/check-lecture.ts content/lectures/01-understanding/index.mdx
import { readFileSync } from 'node:fs';
import { compile } from '@mdx-js/mdx';
import { mdxOptions } from '../src/lib/mdx/mdx-options';
import { parseLecture } from '../src/lib/mdx/describe-slides';

let failed = false;
for (const file of process.argv.slice(2)) {
  const source = readFileSync(file, 'utf8');
  try {
    await compile({ value: source, path: file }, mdxOptions);
  } catch (error) {
    failed = true;
    console.error(`${file}: MDX does not compile:\n${String(error)}`);
    continue;
  }
  const { slides } = parseLecture(source);
  console.log(`${file}: ${slides.length} slides`);
  for (const s of slides) {
    const notes = s.hasNotes ? 'notes   ' : 'NO NOTES';
    console.log(`  ${String(s.index).padStart(2)}  ${notes}  ${s.title || '(no heading)'}  ${s.components.join(',')}`);
  }
}
process.exit(failed ? 1 : 0);
