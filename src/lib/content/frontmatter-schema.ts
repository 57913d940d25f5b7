// The schema every lecture's YAML frontmatter must satisfy. Checked at build time (the lecture
// index plugin) and in the content tests, with messages that name the file and the field.
import { z } from 'zod';

export const lectureIds = ['understanding', 'techniques', 'difficult', 'toolbox'] as const;

export const frontmatterSchema = z
  .object({
    id: z.enum(lectureIds),
    title: z.string().min(2),
    subtitle: z.string().min(2),
    order: z.number().int().min(1).max(lectureIds.length),
    /** Planned teaching time in minutes (also drives the presenter's pace indicator). */
    duration: z.number().int().positive(),
    objectives: z.array(z.string().min(4)).min(2),
  })
  .strict();

export type LectureFrontmatter = z.infer<typeof frontmatterSchema>;

/** Validates one file's frontmatter; throws an Error naming the file and every bad field. */
export function validateFrontmatter(file: string, data: unknown): LectureFrontmatter {
  const result = frontmatterSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(frontmatter)';
    return `  - ${field}: ${issue.message}`;
  });
  throw new Error(`${file}: invalid frontmatter\n${problems.join('\n')}`);
}
