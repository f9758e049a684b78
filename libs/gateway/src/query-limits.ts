import type { ApolloServerPlugin } from '@apollo/server';
import type {
  ASTNode,
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLSchema,
  SelectionSetNode,
  ValidationRule,
} from 'graphql';
import { GraphQLError, Kind } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { getComplexity } from 'graphql-query-complexity';

export type QueryLimitCode = 'QUERY_TOO_DEEP' | 'QUERY_TOO_COSTLY';

/** A query refused for its shape; formatGatewayError keeps its code through Apollo's wrapping. */
export class QueryLimitError extends GraphQLError {
  constructor(
    readonly code: QueryLimitCode,
    message: string,
    nodes?: readonly ASTNode[],
  ) {
    super(message, { nodes, extensions: { code, http: { status: 400 } } });
    this.name = 'QueryLimitError';
  }
}

const PAGE_SIZE_ARGUMENTS = ['first', 'last', 'limit'];

function pageSize(args: Record<string, unknown>): number {
  for (const name of PAGE_SIZE_ARGUMENTS) {
    const value = args[name];
    if (typeof value === 'number' && value > 0) return value;
  }
  return 1;
}

/** 1 per field; a field paged with `first`/`last`/`limit` pays its selection once per item. */
export const costEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  1 + childComplexity * pageSize(args);

export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [costEstimator],
  });
}

const tooCostly = (limit: number, cost?: number) =>
  new QueryLimitError(
    'QUERY_TOO_COSTLY',
    cost === undefined
      ? `Query is too costly: it exceeds the cost limit of ${limit}`
      : `Query is too costly: its estimated cost ${cost} exceeds the limit of ${limit}`,
  );

/**
 * Refuses operations whose estimated cost exceeds `limit`. A plugin rather than a validation rule:
 * validation runs without the request's variables (and is cached per document), so
 * `users(first: $n)` would be priced as if `$n` were absent.
 */
export function queryCostPlugin(limit: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          let cost: number;
          try {
            cost = queryCost(schema, document, request.variables, operationName ?? undefined);
          } catch (error) {
            if (
              error instanceof GraphQLError &&
              /maximum allowed number of nodes/.test(error.message)
            ) {
              throw tooCostly(limit);
            }
            // Variables that do not fit the operation: execution refuses them with BAD_USER_INPUT.
            return;
          }
          if (cost > limit) throw tooCostly(limit, cost);
        },
      };
    },
  };
}

/** As graphql-query-complexity's default node limit: a document expanding further is refused. */
export const MAX_EXPANDED_SELECTIONS = 10_000;

/**
 * Selections the operations make once every fragment spread is expanded, counted in linear time;
 * undefined when a spread names no fragment or spreads in a cycle.
 */
function expandedSelections(document: DocumentNode): number | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  const sizes = new Map<string, number>();
  const expanding = new Set<string>();
  const fragmentSize = (name: string): number | undefined => {
    const known = sizes.get(name);
    const fragment = fragments.get(name);
    if (known !== undefined || !fragment || expanding.has(name)) return known;
    expanding.add(name);
    const size = count(fragment.selectionSet);
    expanding.delete(name);
    if (size !== undefined) sizes.set(name, size);
    return size;
  };
  const count = (selectionSet: SelectionSetNode): number | undefined => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      const size =
        selection.kind === Kind.FRAGMENT_SPREAD
          ? fragmentSize(selection.name.value)
          : selection.selectionSet
            ? count(selection.selectionSet)
            : 0;
      if (size === undefined) return undefined;
      total += size + 1;
    }
    return total;
  };
  let total = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const size = count(definition.selectionSet);
    if (size === undefined) return undefined;
    total += size;
  }
  return total;
}

/** graphql-depth-limit, reporting one QUERY_TOO_DEEP error that names the limit. */
export function depthLimitRule(maxDepth: number): ValidationRule {
  const message = `Query is too deep: it nests fields more than ${maxDepth} levels deep`;
  return (context) => {
    // graphql-depth-limit walks every expansion of every fragment spread, without cycle checks.
    const selections = expandedSelections(context.getDocument());
    if (selections === undefined) return {}; // refused by the specified rules
    if (selections > MAX_EXPANDED_SELECTIONS) {
      context.reportError(
        new QueryLimitError(
          'QUERY_TOO_COSTLY',
          `Query is too costly: its fragments expand to more than ${MAX_EXPANDED_SELECTIONS} selections`,
        ),
      );
      return {};
    }
    let reported = false;
    const reporting = new Proxy(context, {
      get(target, property, receiver) {
        if (property !== 'reportError') return Reflect.get(target, property, receiver);
        return (error: GraphQLError) => {
          if (reported) return;
          reported = true;
          target.reportError(new QueryLimitError('QUERY_TOO_DEEP', message, error.nodes));
        };
      },
    });
    depthLimit(maxDepth)(reporting);
    return {};
  };
}
