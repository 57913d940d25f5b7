import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { Suspense, useLayoutEffect, useRef } from 'react';
import { course } from '../../content/course';
import { focusInPlace, scrollWindowToTop } from '../lib/dom/own-window-scroll';
import { useProgressKeeper, whereProgressIsKept } from '../lib/progress/progress-keeper';
import { StorageNoticeBanner } from './storage-notice-banner';
import { UpdatePrompt } from './update-prompt';

const navItems = [
  { to: '/', label: '课程首页', end: true },
  { to: '/cases', label: '案例练习', end: false },
  { to: '/review', label: '错题本', end: false },
  { to: '/progress', label: '学习进度', end: false },
  { to: '/handbook', label: '速查手册', end: false },
  { to: '/search', label: '搜索', end: false },
  { to: '/classroom', label: '课堂工具', end: false },
];

export function AppLayout() {
  const keeper = useProgressKeeper((s) => s.keeper);
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // On a route change the new screen starts at its top (a lecture places itself: at the section its
  // address names), and focus moves to it so keyboard and screen-reader users land on it. Never
  // by scrollIntoView or a scrolling focus: inside an LMS frame those would scroll the LMS page.
  // A layout effect, so a screen that places itself (the handbook at a part) does so after this.
  useLayoutEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (location.pathname.startsWith('/lectures/')) return;
    scrollWindowToTop();
    mainRef.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          focusInPlace(mainRef.current);
        }}
      >
        跳到主要内容
      </a>
      <header className="app-header">
        <NavLink to="/" className="app-header__title">
          {course.title}
        </NavLink>
        <nav aria-label="主导航">
          <ul className="app-nav">
            {navItems.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <StorageNoticeBanner />
      {/* In the page's flow, under the header: it never covers what the learner is reading. */}
      <UpdatePrompt />
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        <Suspense
          fallback={
            <p className="loading" role="status">
              正在加载……
            </p>
          }
        >
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        <p>
          {course.organisation} · <Link to="/about">关于本课程</Link>
        </p>
        <p>{whereProgressIsKept[keeper]}</p>
      </footer>
    </div>
  );
}
