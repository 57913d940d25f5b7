import { Link } from 'react-router';
import { course } from '../../../content/course';
import { useDocumentTitle } from '../../components/use-document-title';
import { lectures } from '../../lib/content/lectures';
import { dueCount } from '../../lib/quiz/review-schedule';
import { useAppStore } from '../../store/app-store';
import { LectureCard, lectureLabel } from './lecture-card';
import { continuePoint } from '../../lib/progress/continue-point';
import { readShare } from '../../lib/progress/read-share';

export function HomeScreen() {
  useDocumentTitle(null);
  const progress = useAppStore((s) => s.lectures);
  const resume = continuePoint(lectures, progress);
  const started = Object.values(progress).some((p) => p && p.updatedAt > 0);
  const due = useAppStore((s) => dueCount(s.review, Date.now()));

  return (
    <div className="home">
      <section className="hero" aria-labelledby="course-title">
        <h1 id="course-title">{course.title}</h1>
        <p className="hero__subtitle">{course.subtitle}</p>
        {course.instructor.name ? (
          <p className="hero__instructor">
            讲师：{course.instructor.name}（{course.instructor.role}）
          </p>
        ) : null}
        {resume ? (
          <p className="hero__resume">
            <Link className="button button--primary" to={`/lectures/${resume.lecture.frontmatter.id}/${resume.slide}`}>
              继续学习：{lectureLabel(resume.lecture)} {resume.lecture.frontmatter.title} · 第 {resume.slide} 节
            </Link>
          </p>
        ) : started ? (
          <p className="hero__resume">
            全部讲义已读完。
            <Link className="button button--primary" to="/progress">
              查看学习进度
            </Link>
          </p>
        ) : (
          <p className="hero__resume">
            <Link className="button button--primary" to={`/lectures/${lectures[0].frontmatter.id}`}>
              从第一讲开始
            </Link>
          </p>
        )}
        <ul className="hero__stats">
          <li>
            <Link to="/review">错题本</Link>：{due > 0 ? `${due} 道题到期待复习` : '暂无到期的复习'}
          </li>
          <li>
            <Link to="/cases">案例练习</Link>：按讲次和状态筛选全部案例，或进入考试模式
          </li>
          <li>
            <Link to="/handbook">速查手册</Link>：六步法、推荐说法、服务忌语、预防投诉和法律要点，可搜索、可打印
          </li>
          <li>
            <Link to="/about">关于本课程</Link>：内容从哪里来，课程分析和法律状态怎样标出
          </li>
        </ul>
      </section>

      <section aria-labelledby="lectures-title">
        <h2 id="lectures-title">课程内容</h2>
        <ol className="lecture-list">
          {lectures.map((lecture) => (
            <li key={lecture.frontmatter.id}>
              <LectureCard lecture={lecture} share={readShare(lecture, progress[lecture.frontmatter.id])} />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
