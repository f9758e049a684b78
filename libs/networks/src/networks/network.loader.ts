import { Injectable, Scope } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { AuthUser } from '@mreza/shared/auth';
import { NetworkNotFoundError } from './network.errors';
import type { NetworkView } from './network.service';
import { NetworkService } from './network.service';

/**
 * Batches the networks one request names (a page of notifications names many, mostly the same
 * few): one look-up per request and viewer, each network as that viewer may see it.
 */
@Injectable({ scope: Scope.REQUEST })
export class NetworkLoader {
  private readonly byViewer = new Map<string, DataLoader<string, NetworkView | null>>();

  constructor(private readonly networks: NetworkService) {}

  /** The network as the viewer sees it (a closed one's member count hidden from non-members). */
  async load(viewer: AuthUser, networkId: string): Promise<NetworkView> {
    const view = await this.loaderFor(viewer).load(networkId);
    if (!view) throw new NetworkNotFoundError();
    return view;
  }

  private loaderFor(viewer: AuthUser): DataLoader<string, NetworkView | null> {
    let loader = this.byViewer.get(viewer.id);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const views = new Map(
          (await this.networks.findViews(viewer, ids)).map((view) => [view.network.id, view]),
        );
        return ids.map((id) => views.get(id) ?? null);
      });
      this.byViewer.set(viewer.id, loader);
    }
    return loader;
  }
}
