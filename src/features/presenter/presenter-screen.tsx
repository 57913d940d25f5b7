import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { SlideMode } from '../../components/slides/slide-mode';
import { useDocumentTitle } from '../../components/use-document-title';
import type { Lecture } from '../../lib/content/lectures';
import { slideStepCounts } from '../../lib/content/lecture-bodies';
import { ConsoleTimer } from './classroom/console-timer';
import { DeckNotFound } from './deck-not-found';
import type { MdxComponents } from './mdx-components-type';
import { NotesPanel } from './notes-panel';
import { DeckOverview } from './overview-grid';
import { PresenterBar } from './presenter-bar';
import { SlideStage } from './slide-stage';
import { useDeckRoute } from './use-deck-route';
import { useDeckView } from './use-deck-view';

function openAudienceWindow(lectureId: string, slide: number): boolean {
  const url = `${window.location.pathname}${window.location.search}#/present/${lectureId}/${slide}`;
  return window.open(url, 'course-audience', 'popup') !== null;
}

function Presenter({
  lecture,
  components,
  correction,
}: {
  lecture: Lecture;
  components: MdxComponents;
  correction: string | null;
}) {
  const { slide, blackout, count, actions, overview, setOverview, mode: current } = useDeckView(lecture);
  const id = lecture.frontmatter.id;
  const [popupBlocked, setPopupBlocked] = useState(false);
  useDocumentTitle(`讲师控制台 · ${lecture.frontmatter.title} · 第 ${slide}/${count} 页`);
  const step = current.revealed ?? 0;
  const stepCounts = slideStepCounts(lecture);
  const stepsHere = stepCounts[slide - 1] ?? 0;
  // The console's "next" is the next press: the slide's next step, or the next slide's first view.
  const next: SlideMode | null = useMemo(() => {
    if (step < stepsHere) return { kind: 'deck', current: slide, revealed: step + 1, showNotes: false };
    return slide < count ? { kind: 'deck', current: slide + 1, revealed: 0, showNotes: false } : null;
  }, [slide, step, stepsHere, count]);

  return (
    <main className="presenter">
      <PresenterBar lecture={lecture} slide={slide} step={step} stepCounts={stepCounts} />
      <div className="presenter__stages">
        <section className="presenter__current" aria-labelledby="presenter-current">
          <h2 id="presenter-current" className="presenter__label">
            当前页{blackout ? '（观众端黑屏中）' : ''}
          </h2>
          <SlideStage
            lecture={lecture}
            components={components}
            mode={current}
            role="current"
            label={`当前幻灯片第 ${slide} 页`}
          />
        </section>
        <section className="presenter__next" aria-labelledby="presenter-next">
          <h2 id="presenter-next" className="presenter__label">
            下一步{next && next.current === slide ? '（本页下一步）' : ''}
          </h2>
          {next ? (
            <SlideStage
              lecture={lecture}
              components={components}
              mode={next}
              role="next"
              label={`下一步预览第 ${next.current} 页`}
            />
          ) : (
            <p className="presenter__end">已是最后一页</p>
          )}
        </section>
        <NotesPanel lecture={lecture} slide={slide} components={components} />
        <section className="presenter__tools" aria-labelledby="presenter-timer">
          <h2 id="presenter-timer" className="presenter__label">
            活动计时
          </h2>
          <ConsoleTimer />
        </section>
      </div>
      <nav className="presenter__controls" aria-label="授课控制">
        <button type="button" className="button" onClick={actions.previous}>
          上一页
        </button>
        <button type="button" className="button button--primary" onClick={actions.next}>
          下一页
        </button>
        <button type="button" className="button" onClick={actions.toggleBlackout} aria-pressed={blackout}>
          {blackout ? '取消黑屏' : '黑屏'}
        </button>
        <button type="button" className="button" onClick={() => setOverview(true)}>
          全部幻灯片
        </button>
        <button type="button" className="button" onClick={() => setPopupBlocked(!openAudienceWindow(id, slide))}>
          打开观众窗口
        </button>
        <Link className="button" to="/classroom" target="_blank">
          课堂工具
        </Link>
        <Link className="button" to={`/print/${id}`} target="_blank">
          打印幻灯片
        </Link>
        <Link className="button" to={`/print/${id}?notes=1`} target="_blank">
          打印讲义（含备注）
        </Link>
        <details className="presenter__keys">
          <summary>键盘</summary>
          <p>
            → ↓ 空格 PageDown 回车：下一步；← ↑ PageUp Backspace：上一步；Home/End：首页/末页；数字+回车：跳页；B
            或句点键：黑屏；O：全部幻灯片；F：全屏。
          </p>
        </details>
      </nav>
      {correction ? (
        <p className="deck__notice" role="status">
          {correction}
        </p>
      ) : null}
      {popupBlocked ? (
        <p className="deck__notice presenter__popup" role="alert">
          浏览器阻止了新窗口。请允许本站弹出窗口后重试，或在新窗口中打开：
          <a href={`#/present/${id}/${slide}`} target="_blank" rel="noreferrer">
            课堂投影（第 {slide} 页）
          </a>
        </p>
      ) : null}
      <DeckOverview lecture={lecture} current={slide} open={overview} setOpen={setOverview} actions={actions} />
    </main>
  );
}

/** `#/presenter/:lectureId/:slide`: the instructor's console. */
export function PresenterScreen({ components }: { components: MdxComponents }) {
  const { lecture, correction } = useDeckRoute('presenter');
  if (!lecture) return <DeckNotFound />;
  return <Presenter lecture={lecture} components={components} correction={correction} />;
}
