import { createContext, useContext } from 'react';
import type { Me } from './session.operations';

/** The signed-in user, provided by the route guard once it has loaded. */
export const CurrentUserContext = createContext<Me | null>(null);

export function useCurrentUser(): Me {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser() outside a signed-in route');
  return user;
}
