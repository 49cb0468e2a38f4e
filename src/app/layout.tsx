import { useEffect, useId, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useLocale, useT } from '../i18n/use-t';
import { paths } from '../ui/paths';
import { LanguagePicker } from './language-picker';

const MAIN_ID = 'hovedinnhold';

export function Layout({ children }: { children: ReactNode }) {
  const t = useT();
  const locale = useLocale();
  const [location] = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();

  // A chosen page closes the phone's menu.
  useEffect(() => setMenuOpen(false), [location]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const nav = [
    { href: paths.start, label: t('app.nav.start') },
    {
      href: paths.wizardStep(0),
      label: t('app.nav.wizard'),
      match: '/kartlegging',
    },
    { href: paths.results, label: t('app.nav.results') },
    { href: paths.workshop, label: t('app.nav.workshop') },
    { href: paths.importAnswers, label: t('app.nav.import') },
  ];

  return (
    <>
      <a className="ds-skip-link" href={`#${MAIN_ID}`} onClick={focusMain}>
        {t('app.skipLink')}
      </a>
      <header className="mk-header">
        <div className="mk-container mk-header__inner">
          <Link href={paths.start} className="mk-brand">
            {t('app.name')}
          </Link>
          <LanguagePicker />
          <button
            type="button"
            className="ds-button mk-menu-button"
            data-variant="tertiary"
            data-size="sm"
            aria-expanded={menuOpen}
            aria-controls={menuId}
            onClick={() => setMenuOpen((v) => !v)}
          >
            {t('pageNav.menu')}
          </button>
          <nav className="mk-nav" aria-label={t('app.nav.label')}>
            <ul id={menuId} data-open={menuOpen || undefined}>
              {nav.map((item) => {
                const current =
                  location === item.href || (item.match && location.startsWith(item.match));
                return (
                  <li key={item.href}>
                    <Link
                      href={item.href}
                      className="ds-link"
                      aria-current={current ? 'page' : undefined}
                    >
                      {item.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
        </div>
      </header>
      <main id={MAIN_ID} tabIndex={-1}>
        <div className="mk-container">{children}</div>
      </main>
      <footer className="mk-footer">
        <div className="mk-container mk-stack">
          <p className="ds-paragraph" data-size="sm">
            {t('app.footer.privacy')}
          </p>
          <p className="ds-paragraph" data-size="sm">
            {t('app.footer.source')}{' '}
            <Link href={paths.method} className="ds-link">
              {t('app.nav.method')}
            </Link>
          </p>
          <p className="ds-paragraph" data-size="sm">
            <Link href={paths.accessibility} className="ds-link">
              {t('app.nav.accessibility')}
            </Link>
          </p>
        </div>
      </footer>
    </>
  );
}

// The skip link moves focus, not just the scroll position, and keeps the hash route intact.
function focusMain(event: React.MouseEvent) {
  event.preventDefault();
  document.getElementById(MAIN_ID)?.focus();
}
