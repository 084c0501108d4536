import { InitialSchema1764270000000 } from './1764270000000-initial-schema';
import { IngestReceipts1764280000000 } from './1764280000000-ingest-receipts';
import { StoreVersionsAndTags1764290000000 } from './1764290000000-store-versions-and-tags';
import { StoreSearchVectorInline1764300000000 } from './1764300000000-store-search-vector-inline';
import { StoreDuplicateGroups1764310000000 } from './1764310000000-store-duplicate-groups';
import { StoreTableMaintenance1764320000000 } from './1764320000000-store-table-maintenance';
import { StoreFeedMetadata1765100000000 } from './1765100000000-store-feed-metadata';
import { IngestTransportReceipts1765200000000 } from './1765200000000-ingest-transport-receipts';
import { IngestRateBuckets1765300000000 } from './1765300000000-ingest-rate-buckets';
import { StoreChangesFeed1765400000000 } from './1765400000000-store-changes-feed';
import { StoreSearchAnalysis1766000000000 } from './1766000000000-store-search-analysis';

/**
 * Every migration, in order. Listed as classes (not a glob) so ts-jest, the CLI and the built app load the same set.
 */
export const MIGRATIONS = [
  InitialSchema1764270000000,
  IngestReceipts1764280000000,
  StoreVersionsAndTags1764290000000,
  StoreSearchVectorInline1764300000000,
  StoreDuplicateGroups1764310000000,
  StoreTableMaintenance1764320000000,
  StoreFeedMetadata1765100000000,
  IngestTransportReceipts1765200000000,
  IngestRateBuckets1765300000000,
  StoreChangesFeed1765400000000,
  StoreSearchAnalysis1766000000000,
];
