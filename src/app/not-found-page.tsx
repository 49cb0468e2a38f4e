import { Link } from 'wouter';
import { useT } from '../i18n/use-t';
import { paths } from '../ui/paths';

export function NotFoundPage() {
  const t = useT();
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
