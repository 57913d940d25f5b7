interface ProgressBarProps {
  /** 0–1 */
  value: number;
  label: string;
}

/** A labelled progress bar; the percentage is also shown as text. */
export function ProgressBar({ value, label }: ProgressBarProps) {
  const percent = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    <div className="progress">
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%`}
      >
        <div className="progress__fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="progress__text">{percent}%</span>
    </div>
  );
}
