import { Component, type ReactNode } from 'react';
import { STRINGS } from '../i18n/strings';

interface Props {
  /** Changing the key (e.g. the selected id) gives the part a fresh start. */
  resetKey: string | null;
  children: ReactNode;
}

/**
 * Keeps a failure in one part of the interface (a panel) from blanking the app:
 * the part shows a message, the map and the rest keep working.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null; key: string | null }> {
  state = { error: null as Error | null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: { error: Error | null; key: string | null }) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <p className="panel-error" role="alert">
        {STRINGS.zh.panelError} {STRINGS.en.panelError} ({this.state.error.message})
      </p>
    );
  }
}
