import { Suspense, useState } from 'react';
import { type SlideMode, SlideModeContext } from '../../components/slides/slide-mode';
import { lectureBodies } from '../../lib/content/lecture-bodies';
import type { Lecture } from '../../lib/content/lectures';
import type { MdxComponents } from './mdx-components-type';

const SIZES = [18, 20, 24, 28, 32, 40];
const SIZE_KEY = 'complaint-course:notes-size';

function savedSize(): number {
  try {
    const saved = Number(localStorage.getItem(SIZE_KEY));
    return SIZES.includes(saved) ? saved : 24;
  } catch {
    return 24;
  }
}

/** The current slide's speaker notes, with an adjustable font size (remembered on this device). */
export function NotesPanel({
  lecture,
  slide,
  components,
}: {
  lecture: Lecture;
  slide: number;
  components: MdxComponents;
}) {
  const [size, setSize] = useState(savedSize);
  const change = (delta: number) => {
    const next = SIZES[Math.min(SIZES.length - 1, Math.max(0, SIZES.indexOf(size) + delta))];
    setSize(next);
    try {
      localStorage.setItem(SIZE_KEY, String(next));
    } catch {
      // Not remembered where storage is unavailable; the size still applies now.
    }
  };
  const Body = lectureBodies[lecture.file];
  const mode: SlideMode = { kind: 'presenter', current: slide, showNotes: true };
  const hasNotes = lecture.slides[slide - 1]?.hasNotes;
  return (
    <section className="presenter__notes" aria-labelledby="notes-title">
      <div className="presenter__notes-bar">
        <h2 id="notes-title">讲师备注</h2>
        <button type="button" className="button button--small" onClick={() => change(-1)} aria-label="A− 减小备注字号">
          A−
        </button>
        <span className="presenter__notes-size">{size}px</span>
        <button type="button" className="button button--small" onClick={() => change(1)} aria-label="A+ 增大备注字号">
          A+
        </button>
      </div>
      {/* Long notes scroll here (keyboard too: it takes focus), never the console page. */}
      <div
        className="notes-only"
        style={{ fontSize: `${size}px` }}
        tabIndex={0}
        role="region"
        aria-label="讲师备注内容"
      >
        {hasNotes ? (
          <Suspense fallback={<p>正在加载……</p>}>
            <SlideModeContext.Provider value={mode}>
              <Body components={components} />
            </SlideModeContext.Provider>
          </Suspense>
        ) : (
          <p>这一页没有备注。</p>
        )}
      </div>
    </section>
  );
}
