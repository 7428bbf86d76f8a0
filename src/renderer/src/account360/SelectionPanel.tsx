import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailsList } from '../app/DetailsList';
import type { Account } from '../../../shared/domain/account';
import { RelationshipStyle } from '../../../shared/domain/enums';
import { useEnumOptions } from '../app/enumOptions';
import { EditableValue } from '../editInPlace/EditableValue';
import { useFormat } from '../i18n/format';
import { Panel } from './Panel';

/** What the customer needs and can do, and what they are worth to us (customer selection). */
export function SelectionPanel({ account }: { account: Account }) {
  const { t } = useTranslation();
  const styles = useEnumOptions('relationshipStyle', RelationshipStyle.options);
  const format = useFormat();
  const style = styles.find((o) => o.value === account.relationshipStyle)?.label;
  const money = (field: 'costToServe' | 'profitPotential') => (
    <EditableValue
      account={account}
      field={field}
      kind="amount"
      display={format.money(account[field], account.currency)}
    />
  );
  const long = (field: 'needs' | 'capabilities') => (
    <EditableValue
      account={account}
      field={field}
      kind="longText"
      display={format.text(account[field])}
    />
  );
  const rows: [string, ReactNode][] = [
    [
      t('fields.relationshipStyle'),
      <EditableValue
        account={account}
        field="relationshipStyle"
        kind="choice"
        options={styles}
        display={style ?? t('app.empty')}
      />,
    ],
    [t('fields.costToServe'), money('costToServe')],
    [t('fields.profitPotential'), money('profitPotential')],
    [t('fields.needs'), long('needs')],
    [t('fields.capabilities'), long('capabilities')],
  ];
  return (
    <Panel title={t('account360.selection')}>
      <DetailsList rows={rows} />
    </Panel>
  );
}
