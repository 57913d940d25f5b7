import type { ReactNode } from 'react';

const labels = {
  story: '故事',
  tip: '提示',
  law: '法律依据',
  warning: '注意',
  note: '说明',
} as const;

interface CalloutProps {
  kind?: keyof typeof labels;
  title?: string;
  children?: ReactNode;
}

/** A boxed aside in a lecture: a story, a tip, a legal note. */
export function Callout({ kind = 'note', title, children }: CalloutProps) {
  return (
    <aside className={`callout callout--${kind}`} aria-label={title ?? labels[kind]}>
      <p className="callout__title">
        <span className="callout__kind">{labels[kind]}</span>
        {title ? <span>{title}</span> : null}
      </p>
      {children}
    </aside>
  );
}
