import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/account';
import { useEnumLabel } from '../../app/enumOptions';
import { useFormat } from '../../i18n/format';

export function AccountDetails({ account }: { account: Account }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  /** Data that reads left to right in every language (phones, web addresses, postcodes). */
  const ltr = new Set([t('fields.website'), t('fields.phone'), t('fields.postcode')]);
  const rows: [string, string][] = [
    [t('fields.industry'), format.text(account.industry)],
    [t('fields.country'), format.country(account.country)],
    [t('fields.region'), format.text(account.region)],
    [t('fields.city'), format.text(account.city)],
    [t('fields.postcode'), format.text(account.postcode)],
    [t('fields.address'), format.text(account.address)],
    [t('fields.website'), format.text(account.website)],
    [t('fields.phone'), format.text(account.phone)],
    [t('fields.salesForce'), label('salesForce', account.salesForce)],
    [t('fields.notes'), format.text(account.notes)],
  ];
  return (
    <dl className="details-list">
      {rows.map(([term, value]) => (
        <Fragment key={term}>
          <dt>{term}</dt>
          <dd className="pre-wrap">
            <bdi dir={ltr.has(term) ? 'ltr' : undefined}>{value}</bdi>
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}
