import '../../../styles/classroom.css';
import { type ReactNode, useEffect } from 'react';
import { useDocumentTitle } from '../../../components/use-document-title';
import { connectDeck, useDeck } from '../deck-store';
import { OverlayToggle } from './overlay-toggle';
import { RandomPick } from './random-pick';
import { Scoreboard } from './scoreboard';
import { TimerControls } from './timer-controls';
import { TimerDisplay } from './timer-display';

function ToolSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="classroom__tool" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** `#/classroom`: the instructor's classroom tools — team scoreboard, activity timer, random pick. */
export function ClassroomScreen() {
  useDocumentTitle('课堂工具');
  // Join the presenter windows, so the timer and what the projector shows are shared.
  useEffect(() => {
    connectDeck();
  }, []);
  const timer = useDeck((state) => state.timer);

  return (
    <div className="classroom">
      <h1>课堂工具</h1>
      <p className="classroom__intro">
        按报数分成小组，按发言积极度、精神风貌度、演练参与度、作业完成度给各组加星，得星最多的小组获胜。勾选“在投影上显示记分板”或“在投影上显示计时”后，课堂投影窗口会在幻灯片上显示记分板或计时器。
      </p>
      <ToolSection id="classroom-scoreboard" title="团队记分板">
        <OverlayToggle overlay="scoreboard" label="在投影上显示记分板" />
        <Scoreboard />
      </ToolSection>
      <ToolSection id="classroom-timer" title="活动计时器">
        <TimerDisplay timer={timer} />
        <TimerControls />
      </ToolSection>
      <ToolSection id="classroom-pick" title="随机点名">
        <RandomPick />
      </ToolSection>
    </div>
  );
}
