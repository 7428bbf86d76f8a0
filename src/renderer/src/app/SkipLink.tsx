import { useTranslation } from 'react-i18next';

/** Where the skip link takes the focus: the page's main content. */
export const MAIN_CONTENT = 'main-content';

/**
 * The first stop of Tab: past the header and the navigation to the page itself. The
 * routes live in the address's hash, so it moves the focus rather than following `#`.
 */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      href={`#${MAIN_CONTENT}`}
      className="skip-link"
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(MAIN_CONTENT)?.focus();
      }}
    >
      {t('identity.skipToContent')}
    </a>
  );
}
