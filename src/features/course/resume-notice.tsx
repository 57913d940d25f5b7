interface Props {
  slide: number;
  onRestart: () => void;
  onDismiss: () => void;
}

/** After a lecture reopens where the reader stopped: said at the bottom of the window, where it is
 * seen wherever the page has landed, and gone once the reader moves on. */
export function ResumeNotice({ slide, onRestart, onDismiss }: Props) {
  return (
    <div className="resume-notice" role="status">
      <p>已回到您上次阅读的位置：第 {slide} 节。</p>
      <button type="button" className="button button--small" onClick={onRestart}>
        从头开始
      </button>
      <button type="button" className="button button--small" onClick={onDismiss}>
        知道了
      </button>
    </div>
  );
}
