import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverviewContact } from '../../../shared/domain/overview';
import { ContactCard } from './ContactCard';
import { ContactDialog } from './ContactDialog';
import { orgChart, type OrgNode } from './orgChart';
import { Panel } from './Panel';
import { Refused } from '../refusals/Refused';
import { useRefusal } from '../refusals/accountMay';

type Editing = { contact: OverviewContact | null } | null;

/** Key contacts as an org chart by reports-to; add, edit, move and archive them here. */
export function ContactsPanel({
  accountId,
  contacts,
}: {
  accountId: string;
  contacts: OverviewContact[];
}) {
  const { t } = useTranslation();
  const refusal = useRefusal('records');
  const [editing, setEditing] = useState<Editing>(null);
  const tree = orgChart(contacts);
  const branch = (nodes: OrgNode<OverviewContact>[]) => (
    <ul>
      {nodes.map((node) => (
        <li key={node.contact.id}>
          <ContactCard
            accountId={accountId}
            contact={node.contact}
            onEdit={() => setEditing({ contact: node.contact })}
          />
          {node.reports.length > 0 && branch(node.reports)}
        </li>
      ))}
    </ul>
  );
  return (
    <Panel
      title={t('account.contacts')}
      actions={
        <Refused reason={refusal}>
          <Button size="compact-sm" onClick={() => setEditing({ contact: null })}>
            {t('account360.contacts.add')}
          </Button>
        </Refused>
      }
    >
      {contacts.length === 0 ? (
        <Text c="dimmed">{t('account.noContacts')}</Text>
      ) : (
        <div className="a360-tree">{branch(tree)}</div>
      )}
      {editing && (
        <ContactDialog
          accountId={accountId}
          contact={editing.contact}
          contacts={contacts}
          onClose={() => setEditing(null)}
        />
      )}
    </Panel>
  );
}
