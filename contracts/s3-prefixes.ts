/**
 * Object key prefixes that CDK configures and functions read. SES writes each inbound message to the
 * register's inbound bucket under `inbound/<SES message id>`: the receipt rule (infra) sets the prefix and
 * the intake function reads from it.
 */
export const INBOUND_MAIL_PREFIX = 'inbound/';
