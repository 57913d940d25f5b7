import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { SlideMode } from '../../components/slides/slide-mode';
import { useDocumentTitle } from '../../components/use-document-title';
import type { Lecture } from '../../lib/content/lectures';
import { TimerControls } from './classroom/timer-controls';
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
  const next: SlideMode = useMemo(
    () => ({ kind: 'deck', current: slide + 1, revealed: 99, showNotes: false }),
    [slide],
  );

  return (
    <main className="presenter">
      <PresenterBar lecture={lecture} slide={slide} />
      {correction ? (
        <p className="deck__notice deck__notice--inline" role="status">
          {correction}
        </p>
      ) : null}
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
      </nav>
      <div className="presenter__stages">
        <div className="presenter__current">
          <h2 className="presenter__label">当前页{blackout ? '（观众端黑屏中）' : ''}</h2>
          <SlideStage
            lecture={lecture}
            components={components}
            mode={current}
            role="current"
            label={`当前幻灯片第 ${slide} 页`}
          />
        </div>
        <div className="presenter__next">
          <h2 className="presenter__label">下一页</h2>
          {slide < count ? (
            <SlideStage
              lecture={lecture}
              components={components}
              mode={next}
              role="next"
              label={`下一页预览第 ${slide + 1} 页`}
            />
          ) : (
            <p className="presenter__end">已是最后一页</p>
          )}
        </div>
        <NotesPanel lecture={lecture} slide={slide} components={components} />
      </div>
      {popupBlocked ? (
        <p className="deck__notice deck__notice--inline" role="alert">
          浏览器阻止了新窗口。请允许本站弹出窗口后重试，或在新窗口中打开：
          <a href={`#/present/${id}/${slide}`} target="_blank" rel="noreferrer">
            课堂投影（第 {slide} 页）
          </a>
        </p>
      ) : null}
      <section className="presenter__tools" aria-labelledby="presenter-timer">
        <h2 id="presenter-timer">活动计时</h2>
        <TimerControls />
      </section>
      <p className="hint presenter__keys">
        键盘：下一页 → ↓ 空格 PageDown 回车；上一页 ← ↑ PageUp Backspace；首页/末页
        Home/End；跳页：数字后按回车；黑屏：B 或句点键；全部幻灯片 O；全屏 F。
      </p>
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
