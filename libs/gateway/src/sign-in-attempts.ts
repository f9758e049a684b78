import type { DocumentNode, FragmentDefinitionNode, SelectionSetNode } from 'graphql';
import { Kind, parse } from 'graphql';

/** Root mutations that try a credential or send mail to an address: rate limited per client. */
export const SIGN_IN_MUTATIONS = ['login', 'requestPasswordReset', 'resetPassword'];

const MENTIONS_SIGN_IN = new RegExp(`\\b(${SIGN_IN_MUTATIONS.join('|')})\\b`);

function countRootFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  visited: Set<string>,
): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (SIGN_IN_MUTATIONS.includes(selection.name.value)) count++;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countRootFields(selection.selectionSet, fragments, visited);
    } else if (!visited.has(selection.name.value)) {
      visited.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) count += countRootFields(fragment.selectionSet, fragments, visited);
    }
  }
  return count;
}

function attemptsIn(request: unknown): number {
  if (typeof request !== 'object' || request === null) return 0;
  const { query, operationName } = request as { query?: unknown; operationName?: unknown };
  // Names cannot be escaped in GraphQL, so a document without one of them selects none.
  if (typeof query !== 'string' || !MENTIONS_SIGN_IN.test(query)) return 0;
  let document: DocumentNode;
  try {
    document = parse(query, { noLocation: true });
  } catch {
    return 0; // refused by the GraphQL server anyway
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  let count = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== 'mutation')
      continue;
    if (typeof operationName === 'string' && definition.name?.value !== operationName) continue;
    count += countRootFields(definition.selectionSet, fragments, new Set());
  }
  return count;
}

/**
 * How many sign-in mutations a GraphQL POST body would run (each alias counts), 0 for any other
 * operation. Accepts a batch (array) too.
 */
export function countSignInAttempts(body: unknown): number {
  const requests: unknown[] = Array.isArray(body) ? body : [body];
  return requests.reduce<number>((sum, request) => sum + attemptsIn(request), 0);
}
