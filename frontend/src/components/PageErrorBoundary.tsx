import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

interface Props {
  /** Changes with the page (its path): a new page starts without the previous page's error. */
  page: string;
  children: ReactNode;
}

/**
 * Keeps a page that fails while drawing (an answer the page did not expect) from blanking the whole app: the
 * page says so in a sentence, the navigation stays, and no stack trace reaches the person.
 */
export class PageErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    // The type only: never the data the page was drawing.
    console.error(`The page ${this.props.page} failed to draw: ${error.name}`, info.componentStack?.split('\n')[1] ?? '');
  }

  componentDidUpdate(previous: Props): void {
    if (previous.page !== this.props.page && this.state.failed) {
      this.setState({ failed: false });
    }
  }

  render() {
    if (!this.state.failed) {
      return this.props.children;
    }
    return (
      <section role="alert" className="card">
        <h1>This page could not be shown</h1>
        <p>Something in your data was not what this page expected. The other pages still work.</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </section>
    );
  }
}
