import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/domain/account';
import { useEnumLabel } from '../app/enumOptions';
import { useFormat } from '../i18n/format';
import { Panel } from './Panel';

/** What the customer needs and can do, and what they are worth to us (customer selection). */
export function SelectionPanel({ account }: { account: Account }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const rows: [string, string][] = [
    [t('fields.relationshipStyle'), label('relationshipStyle', account.relationshipStyle)],
    [t('fields.costToServe'), format.money(account.costToServe, account.currency)],
    [t('fields.profitPotential'), format.money(account.profitPotential, account.currency)],
    [t('fields.needs'), format.text(account.needs)],
    [t('fields.capabilities'), format.text(account.capabilities)],
  ];
  return (
    <Panel title={t('account360.selection')}>
      <dl className="details-list">
        {rows.map(([term, value]) => (
          <Fragment key={term}>
            <dt>{term}</dt>
            <dd className="pre-wrap">
              <bdi>{value}</bdi>
            </dd>
          </Fragment>
        ))}
      </dl>
    </Panel>
  );
}
