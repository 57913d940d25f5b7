import { Link } from 'react-router';
import { ProgressBar } from '../../components/progress-bar';
import type { Lecture } from '../../lib/content/lectures';

const chineseNumbers = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

export function lectureLabel(lecture: Lecture): string {
  return `第${chineseNumbers[lecture.frontmatter.order - 1] ?? lecture.frontmatter.order}讲`;
}

export function LectureCard({ lecture, share }: { lecture: Lecture; share: number }) {
  const { id, title, subtitle, duration, objectives } = lecture.frontmatter;
  const headingId = `lecture-${id}-title`;
  return (
    <article className="lecture-card" aria-labelledby={headingId}>
      <p className="lecture-card__number">{lectureLabel(lecture)}</p>
      <h3 id={headingId} className="lecture-card__title">
        <Link to={`/lectures/${id}`}>{title}</Link>
      </h3>
      <p className="lecture-card__subtitle">{subtitle}</p>
      <p className="lecture-card__meta">
        约 {duration} 分钟 · {lecture.slides.length} 节
      </p>
      <h4 className="lecture-card__objectives-title">学习目标</h4>
      <ul className="lecture-card__objectives">
        {objectives.map((objective) => (
          <li key={objective}>{objective}</li>
        ))}
      </ul>
      <ProgressBar value={share} label={`${title} 阅读进度`} />
      <p className="lecture-card__teach">
        <Link to={`/presenter/${id}/1`}>讲师授课：打开控制台</Link>
      </p>
    </article>
  );
}
