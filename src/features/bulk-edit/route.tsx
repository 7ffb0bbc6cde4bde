import './icons';
import { useParams } from 'react-router-dom';
import { BulkEditScreen } from './bulk-edit-screen';

export function BulkEditRoute() {
  const { spaceId = 'default' } = useParams();
  // A new space starts with a fresh screen: a selection or edits of another space mean nothing here.
  return <BulkEditScreen key={spaceId} spaceId={spaceId} />;
}
