// Around a page whose code loads the first time it is opened (React.lazy): a status line while
// the chunk arrives, and if it cannot load (or the page throws) an alert with the reason in
// place of that page alone, so the rest of the console keeps working.
import { Component, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function LazyBoundary({ children }: { children: ReactNode }) {
  return (
    <FailureBoundary>
      <Suspense fallback={<PageLoading />}>{children}</Suspense>
    </FailureBoundary>
  );
}

function PageLoading() {
  const { t } = useTranslation();
  return <p className="page-loading" role="status" aria-busy="true" data-testid="page-loading">{t('lazyPage.loading')}</p>;
}

function PageFailed({ error }: { error: Error }) {
  const { t } = useTranslation();
  return (
    <div className="page-failed" role="alert" data-testid="page-failed">
      <p>{t('lazyPage.failed', { message: error.message })}</p>
      {/* React.lazy keeps a failed load's rejection: only a fresh page asks for the chunk again. */}
      <button type="button" className="button" onClick={() => window.location.reload()}>{t('lazyPage.reload')}</button>
    </div>
  );
}

class FailureBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    return this.state.error ? <PageFailed error={this.state.error} /> : this.props.children;
  }
}
