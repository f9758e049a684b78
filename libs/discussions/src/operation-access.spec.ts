import { operationAccess } from '@mreza/shared/auth';
import { ModerationResolver } from './moderation/moderation.resolver';
import { PostResolver } from './posts/post.resolver';
import { ThreadResolver } from './threads/thread.resolver';

describe('discussions operation access', () => {
  it('matches the intended table: a new or changed operation must be added here on purpose', () => {
    const table = Object.fromEntries(
      operationAccess([ThreadResolver, PostResolver, ModerationResolver]).map(
        ({ operation, access }) => [operation, access],
      ),
    );
    // Nothing is public. Network-level rules (membership, coordinators, closed networks) are
    // checked in the services and pinned by authorization.integration-spec.ts.
    expect(table).toEqual({
      'Mutation createThread': 'signed-in',
      'Mutation deleteThreadPost': 'signed-in',
      'Mutation editThreadPost': 'signed-in',
      'Mutation flagPost': 'signed-in',
      'Mutation hidePost': 'signed-in',
      'Mutation lockThread': 'signed-in',
      'Mutation mergeThreads': 'signed-in',
      'Mutation moveThread': 'signed-in',
      'Mutation muteMember': 'signed-in',
      'Mutation pinThread': 'signed-in',
      'Mutation reactToThreadPost': 'signed-in',
      'Mutation reply': 'signed-in',
      'Mutation resolveFlag': 'signed-in',
      'Mutation restorePost': 'signed-in',
      'Mutation reviewHeldPost': 'signed-in',
      'Mutation unmuteMember': 'signed-in',
      'Mutation unreactToThreadPost': 'signed-in',
      'Mutation updateModerationRules': 'signed-in',
      'Query heldPosts': 'signed-in',
      'Query moderationLog': 'signed-in',
      'Query moderationQueue': 'signed-in',
      'Query moderationRules': 'signed-in',
      'Query mutedMembers': 'signed-in',
      'Query openFlagCount': 'signed-in',
      'Query thread': 'signed-in',
      'Query threads': 'signed-in',
    });
  });
});
