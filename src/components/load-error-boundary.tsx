import { Component, type ReactNode } from 'react';

interface Props {
  what: string;
  onRetry?: () => void;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Shows a clear message with a retry when a lazily loaded part (a lecture, the cases) fails. */
export class LoadErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  retry = () => {
    this.props.onRetry?.();
    this.setState({ error: null });
  };

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="load-error" role="alert">
        <p>{this.props.what}加载失败。请检查网络连接后重试；您的学习进度不受影响。</p>
        <p className="load-error__detail">{this.state.error.message}</p>
        <button type="button" className="button" onClick={this.retry}>
          重试
        </button>
      </div>
    );
  }
}
