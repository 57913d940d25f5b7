import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { laws } from '../../content/handbook/laws';
import { legalPoints } from '../../content/handbook/legal-points';
import { lawStatusLabel } from '../../src/lib/handbook/law-status';
import { loadLectureCases, mdxSource, root } from './content-helpers';

const lectureCases = await loadLectureCases();
const citations = lectureCases.flatMap((l) =>
  l.list.flatMap((c) => c.questions.flatMap((q) => (q.legalBasis ?? []).map((cite) => ({ id: q.id, cite })))),
);

function knownProvision(law: string, article: string | undefined): string | null {
  const entry = laws.find((l) => l.id === law);
  if (!entry) return `unknown law id "${law}"`;
  if (article && !entry.articles.some((a) => a.ref === article)) {
    return `${entry.name} has no provision "${article}" in content/handbook/laws.ts`;
  }
  return null;
}

describe('law registry (content/handbook/laws.ts) follows LAW-STATUS.md', () => {
  it('has one entry per law id', () => {
    const ids = laws.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ['civil-general', '已废止（2021-01-01 起由《民法典》总则编规定）'],
    ['contract', '已废止（2021-01-01 起由《民法典》规定）'],
    ['guarantee', '已废止（2021-01-01 起由《民法典》规定）'],
    ['consumer', '已修订（2013；2014-03-15 起施行）'],
    ['civil-code', '现行（2021-01-01 起施行）'],
  ])('%s is shown as %s', (id, label) => {
    expect(lawStatusLabel(laws.find((l) => l.id === id)!.status)).toBe(label);
  });

  it('maps the two 《合同法》 rules the sources cite to the 《民法典》 articles of today', () => {
    const contract = laws.find((l) => l.id === 'contract')!;
    const labels = contract.articles.map((a) => lawStatusLabel(a.status ?? contract.status));
    expect(labels).toEqual([
      '已废止（2021-01-01 起由《民法典》第一百八十条、第五百九十条规定）',
      '已废止（2021-01-01 起由《民法典》第四百九十六条至第四百九十八条规定）',
    ]);
  });

  it('gives today’s rule for every law that is repealed or amended', () => {
    const missing = laws.filter((l) => l.status.kind !== 'unverified' && !l.today).map((l) => l.name);
    expect(missing).toEqual([]);
  });
});

describe('legal citations name a law and provision the registry knows', () => {
  it('in case data (legalBasis)', () => {
    expect(citations.length).toBeGreaterThan(0);
    const problems = citations.flatMap(({ id, cite }) => {
      if (!cite.law) return [];
      const problem = knownProvision(cite.law, cite.article);
      return problem ? [`${id}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('in lecture MDX (<LawRef>)', () => {
    const folders = readdirSync(join(root, 'content/lectures')).filter((f) => /^\d{2}-/.test(f));
    const problems = folders.flatMap((folder) => {
      const source = mdxSource(`content/lectures/${folder}/index.mdx`);
      return [...source.matchAll(/<LawRef\s+([^>]*)\/>/g)].flatMap((match) => {
        const law = /law="([^"]+)"/.exec(match[1])?.[1] ?? '';
        const article = /article="([^"]+)"/.exec(match[1])?.[1];
        const problem = knownProvision(law, article);
        return problem ? [`${folder}: ${problem}`] : [];
      });
    });
    expect(problems).toEqual([]);
  });
});

describe('handbook legal points', () => {
  it('cite only provisions the registry knows', () => {
    const problems = legalPoints.flatMap((point) =>
      (point.basis ?? []).flatMap((cite) => {
        const problem = knownProvision(cite.law, cite.article);
        return problem ? [`${point.id}: ${problem}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('give today’s rule first wherever they cite a law that is repealed, amended or dated', () => {
    const stale = legalPoints.filter((point) =>
      (point.basis ?? []).some((cite) => {
        const law = laws.find((l) => l.id === cite.law)!;
        const status = law.articles.find((a) => a.ref === cite.article)?.status ?? law.status;
        return status.kind !== 'current';
      }),
    );
    expect(stale.length).toBeGreaterThan(0);
    expect(stale.filter((point) => !point.today).map((point) => point.id)).toEqual([]);
  });
});
