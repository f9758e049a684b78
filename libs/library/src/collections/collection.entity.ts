export interface CollectionRecord {
  id: string;
  title: string;
  description: string;
  networkId: string | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  /** In the curator's order. */
  documentIds: string[];
}
