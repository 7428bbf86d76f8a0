import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailsList } from '../../app/DetailsList';
import type { Account } from '../../../../shared/domain/account';
import { useEnumLabel } from '../../app/enumOptions';
import { EditableValue } from '../../editInPlace/EditableValue';
import type { EditableField } from '../../editInPlace/fieldValue';
import { useFormat } from '../../i18n/format';

/** Data that reads left to right in every language (codes, phones, web addresses, postcodes). */
const LTR: ReadonlySet<EditableField> = new Set(['country', 'website', 'phone', 'postcode']);
const LONG: ReadonlySet<EditableField> = new Set(['address', 'notes']);

export function AccountDetails({ account }: { account: Account }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const editable = (field: EditableField, display: string): [string, ReactNode] => [
    t(`fields.${field}`),
    <EditableValue
      account={account}
      field={field}
      display={display}
      ltr={LTR.has(field)}
      kind={LONG.has(field) ? 'longText' : 'text'}
    />,
  ];
  const rows: [string, ReactNode][] = [
    editable('industry', format.text(account.industry)),
    editable('country', format.country(account.country)),
    editable('region', format.text(account.region)),
    editable('city', format.text(account.city)),
    editable('postcode', format.text(account.postcode)),
    editable('address', format.text(account.address)),
    editable('website', format.text(account.website)),
    editable('phone', format.text(account.phone)),
    [t('fields.salesForce'), <bdi>{label('salesForce', account.salesForce)}</bdi>],
    editable('notes', format.text(account.notes)),
  ];
  return <DetailsList rows={rows} />;
}
