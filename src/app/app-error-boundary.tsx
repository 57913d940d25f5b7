import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** Catches a crash in any screen so the learner never sees a blank page. */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidMount() {
    // Leaving the broken screen through the address bar or back button clears the error.
    window.addEventListener('hashchange', this.reset);
  }

  componentWillUnmount() {
    window.removeEventListener('hashchange', this.reset);
  }

  reset = () => this.setState({ error: null });

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="app-main not-found" id="main">
        <h1>页面出错了</h1>
        <p>这个页面没能正常显示。您的学习进度已保存在本浏览器中，不会因此丢失。</p>
        <p>请刷新页面重试；如果问题仍然存在，请把下面的错误信息告诉课程管理员。</p>
        <pre className="error-detail">{this.state.error.message}</pre>
        <p>
          <a className="button" href="#/">
            返回课程首页
          </a>{' '}
          <button type="button" className="button" onClick={() => window.location.reload()}>
            刷新页面
          </button>
        </p>
      </main>
    );
  }
}
