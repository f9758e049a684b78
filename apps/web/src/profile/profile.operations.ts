import type { TypedDocumentNode } from '@apollo/client';
import { gql } from '@apollo/client';
import type { ContactVisibility, Me } from '@web/auth/session.operations';
import { ME_FIELDS } from '@web/auth/session.operations';
import type { InterfaceLanguage } from '@web/i18n/languages';

export interface UpdateProfileInput {
  firstName?: string;
  lastName?: string;
  position?: string;
  expertise?: string[];
  languages?: string[];
  phone?: string;
  contactVisibility?: ContactVisibility;
  interfaceLanguage?: InterfaceLanguage;
}

/** Returns the whole user, so the cache (and every screen showing it) updates at once. */
export const UPDATE_PROFILE: TypedDocumentNode<
  { updateProfile: Me },
  { input: UpdateProfileInput }
> = gql`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      ...MeFields
    }
  }
  ${ME_FIELDS}
`;

export const CHANGE_PASSWORD: TypedDocumentNode<
  { changePassword: boolean },
  { input: { currentPassword: string; newPassword: string } }
> = gql`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`;
