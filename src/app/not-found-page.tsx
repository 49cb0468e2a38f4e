import { Link } from 'wouter';
import { useT } from '../i18n/use-t';
import { paths } from '../ui/paths';
import { useTitle } from '../ui/use-title';

export function NotFoundPage() {
  const t = useT();
  // The app's title goes by the first part of the address alone, which '/resultat/x' shares with a page.
  useTitle(`${t('app.notFound.title')} – ${t('app.name')}`);
  return (
    <div className="mk-stack">
      <h1 className="ds-heading" data-size="lg">
        {t('app.notFound.title')}
      </h1>
      <p className="ds-paragraph">{t('app.notFound.body')}</p>
      <p className="ds-paragraph">
        <Link href={paths.start} className="ds-link">
          {t('app.notFound.home')}
        </Link>
      </p>
    </div>
  );
}
