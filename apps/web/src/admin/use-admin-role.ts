import { useCurrentUser } from '@web/auth/current-user';

/** What the signed-in user may do in the administration, as the API allows it. */
export function useAdminRole() {
  const user = useCurrentUser();
  return {
    isAdmin: user.role === 'ADMIN',
    isStaff: user.role === 'ADMIN' || user.role === 'STAFF',
  };
}
