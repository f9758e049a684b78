import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { GuestOnly, RequireSession } from './guards';
import { PublicLayout } from './public-layout';
import { RouteError } from './route-error';
import { LoadingState } from '@web/ui/query-state';

// The signed-in shell and each screen group are chunks of their own, loaded when first needed.
const AppLayout = lazy(() => import('./app-layout'));
const SignInPage = lazy(() => import('@web/sign-in/sign-in.page'));
const InvitationPage = lazy(() => import('@web/invitation/invitation.page'));
const ResetPasswordPage = lazy(() => import('@web/password-reset/reset-password.page'));
const RequestAccessPage = lazy(() => import('@web/registration/request-access.page'));
const ConfirmRecordPage = lazy(() => import('@web/record/confirm-record.page'));
const HomePage = lazy(() => import('@web/home/home.page'));
const ProfilePage = lazy(() => import('@web/profile/profile.page'));
const DirectoryPage = lazy(() => import('@web/directory/directory.page'));
const NetworksPage = lazy(() => import('@web/networks/networks.page'));
const NetworkPage = lazy(() => import('@web/networks/network.page'));
const ThreadPage = lazy(() => import('@web/discussions/thread.page'));
const LibraryPage = lazy(() => import('@web/library/library.page'));
const UploadPage = lazy(() => import('@web/library/upload.page'));
const DocumentPage = lazy(() => import('@web/library/document.page'));
const DocumentEditPage = lazy(() => import('@web/library/document-edit.page'));
const CollectionsPage = lazy(() => import('@web/library/collections.page'));
const CollectionPage = lazy(() => import('@web/library/collection.page'));
const SearchPage = lazy(() => import('@web/search/search.page'));
const NotFoundPage = lazy(() => import('./not-found.page'));
const AdminLayout = lazy(() => import('@web/admin/admin.layout'));
const AdminOnly = lazy(() =>
  import('@web/admin/admin.layout').then((module) => ({ default: module.AdminOnly })),
);
const AdminOrganisationsPage = lazy(() => import('@web/admin/organisations.page'));
const AdminNetworksPage = lazy(() => import('@web/admin/networks.page'));
const AdminAccountsPage = lazy(() => import('@web/admin/accounts.page'));
const AdminInvitationsPage = lazy(() => import('@web/admin/invitations.page'));
const AdminRegistrationsPage = lazy(() => import('@web/admin/registrations.page'));
const AdminStaleRecordsPage = lazy(() => import('@web/admin/stale-records.page'));
const AdminDeletedDocumentsPage = lazy(() => import('@web/admin/deleted-documents.page'));
const AdminMailOutboxPage = lazy(() => import('@web/admin/mail-outbox.page'));

export function createRouter() {
  return createBrowserRouter([
    {
      errorElement: <RouteError />,
      children: [
        {
          element: <PublicLayout />,
          children: [
            {
              path: 'sign-in',
              element: (
                <GuestOnly>
                  <SignInPage />
                </GuestOnly>
              ),
            },
            {
              path: 'request-access',
              element: (
                <GuestOnly>
                  <RequestAccessPage />
                </GuestOnly>
              ),
            },
            // Links in e-mails: open whether or not someone is signed in on this device.
            { path: 'invitation', element: <InvitationPage /> },
            { path: 'reset-password', element: <ResetPasswordPage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
        {
          element: (
            <Suspense fallback={<LoadingState minHeight={320} />}>
              <RequireSession />
            </Suspense>
          ),
          children: [
            {
              element: <AppLayout />,
              children: [
                { index: true, element: <HomePage /> },
                { path: 'networks', element: <NetworksPage /> },
                { path: 'networks/:slug', element: <NetworkPage /> },
                { path: 'threads/:id', element: <ThreadPage /> },
                { path: 'library', element: <LibraryPage /> },
                { path: 'library/new', element: <UploadPage /> },
                { path: 'library/documents/:id', element: <DocumentPage /> },
                { path: 'library/documents/:id/edit', element: <DocumentEditPage /> },
                { path: 'library/collections', element: <CollectionsPage /> },
                { path: 'library/collections/:id', element: <CollectionPage /> },
                { path: 'search', element: <SearchPage /> },
                { path: 'directory', element: <DirectoryPage /> },
                { path: 'profile', element: <ProfilePage /> },
                { path: 'confirm-record', element: <ConfirmRecordPage /> },
                {
                  path: 'admin',
                  element: <AdminLayout />,
                  children: [
                    { index: true, element: <Navigate to="organisations" replace /> },
                    { path: 'organisations', element: <AdminOrganisationsPage /> },
                    { path: 'networks', element: <AdminNetworksPage /> },
                    { path: 'accounts', element: <AdminAccountsPage /> },
                    { path: 'invitations', element: <AdminInvitationsPage /> },
                    { path: 'registrations', element: <AdminRegistrationsPage /> },
                    { path: 'stale-records', element: <AdminStaleRecordsPage /> },
                    { path: 'deleted-documents', element: <AdminDeletedDocumentsPage /> },
                    {
                      path: 'mail',
                      element: (
                        <AdminOnly>
                          <AdminMailOutboxPage />
                        </AdminOnly>
                      ),
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ]);
}
