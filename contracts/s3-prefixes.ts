/**
 * Object key prefixes that CDK configures and functions read. SES writes each inbound message to the
 * register's inbound bucket under `inbound/<SES message id>`: the receipt rule (infra) sets the prefix and
 * the intake function reads from it.
 */
export const INBOUND_MAIL_PREFIX = 'inbound/';

/**
 * The knowledge base's search index snapshot, in the knowledge base's own snapshot bucket (one per hotline
 * and stage). The indexer writes it after catalog changes; cold search functions load it. The format
 * version is part of the key, so a deployment that changes the format never reads an old one.
 */
export const KB_SNAPSHOT_KEY = 'search-index/snapshot-v1.bin';
