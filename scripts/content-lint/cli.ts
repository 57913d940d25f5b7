// Lints learner-facing text: Chinese typography (zhlint, .zhlintrc) and the learner voice.
// Usage: npm run lint:zh [-- content/lectures/03-difficult content/handbook/laws.ts …]
// With no arguments it checks every lecture, cases file, the handbook, other content and src/.
import { groupOf, selectFiles, unitsOf } from './learner-files';
import { formatVoiceFinding, voiceFindings } from './voice';
import { formatTypographyFinding, readZhlintConfig, typographyFindings } from './zh-typography';

const root = process.cwd();
const files = selectFiles(root, process.argv.slice(2));
if (files.length === 0) {
  console.error(`No learner-facing files under: ${process.argv.slice(2).join(' ')}`);
  process.exit(2);
}
const units = unitsOf(root, files);
const typography = typographyFindings(units, readZhlintConfig(root));
const voice = voiceFindings(units);

for (const finding of typography) console.log(formatTypographyFinding(finding));
for (const finding of voice)
  console.log(`${formatVoiceFinding(finding)}\n    (learner voice: see content/AUTHORING.md)`);

const counts = new Map<string, { typography: number; voice: number }>();
for (const file of files) counts.set(groupOf(file), { typography: 0, voice: 0 });
for (const f of typography) counts.get(groupOf(f.unit.file))!.typography += 1;
for (const f of voice) counts.get(groupOf(f.unit.file))!.voice += 1;
console.log('\nlearner text: findings per group (typography / voice)');
for (const [group, count] of counts) console.log(`  ${group.padEnd(36)} ${count.typography} / ${count.voice}`);
process.exit(typography.length + voice.length > 0 ? 1 : 0);
