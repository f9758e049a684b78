import type { HealthIndicatorService } from '@nestjs/terminus';
import type { SupergraphManager } from './supergraph-manager';

/** Up once the supergraph is composed, with each subgraph's last answer to the schema poll. */
export function supergraphHealth(health: HealthIndicatorService, supergraph: SupergraphManager) {
  const { composed, subgraphs } = supergraph.state();
  const check = health.check('supergraph');
  return composed ? check.up({ subgraphs }) : check.down({ subgraphs });
}
