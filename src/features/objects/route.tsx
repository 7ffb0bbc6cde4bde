import { useParams } from 'react-router-dom';
import { ObjectsScreen } from './objects-screen';

export function ObjectsRoute() {
  const { spaceId = 'default' } = useParams();
  // A new space starts with a fresh screen: a selection or search draft of another space means nothing here.
  return <ObjectsScreen key={spaceId} spaceId={spaceId} />;
}
