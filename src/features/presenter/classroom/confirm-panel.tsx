import { useEffect, useId, useRef } from 'react';

interface ConfirmPanelProps {
  question: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * An in-page confirmation (window.confirm blocks the projector window and cannot be styled).
 * Focus moves into it so the question is read out; Escape cancels. The caller moves focus back.
 */
export function ConfirmPanel({ question, onConfirm, onCancel }: ConfirmPanelProps) {
  const id = useId();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section
      ref={ref}
      className="confirm-panel"
      aria-labelledby={id}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <p id={id} className="confirm-panel__question">
        {question}
      </p>
      <div className="confirm-panel__actions">
        <button type="button" className="button button--primary" onClick={onConfirm}>
          确定
        </button>
        <button type="button" className="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </section>
  );
}
