/**
 * The environment contract between CDK and the functions: every variable name is written here once.
 * `infra` binds resources under these names (granting the matching permission at the same time) and the
 * local runtime reads the synthesized values back, so the three can never drift apart.
 */
export const ENV = {
  hotline: 'QOLDAU_HOTLINE',
  /** The hotline's languages, comma-separated (`kk,ru` for 111): what its routes and tools accept. */
  languages: 'QOLDAU_LANGUAGES',
  stage: 'QOLDAU_STAGE',
  hotlineConfig: 'QOLDAU_HOTLINE_CONFIG',
  appealsTable: 'APPEALS_TABLE',
  attachmentsBucket: 'ATTACHMENTS_BUCKET',
  inboundMailBucket: 'INBOUND_MAIL_BUCKET',
  knowledgeTable: 'KNOWLEDGE_TABLE',
  /** Bucket of the knowledge base's search index snapshot (`KB_SNAPSHOT_KEY`). */
  kbSnapshotBucket: 'KB_SNAPSHOT_BUCKET',
  ratingsTable: 'RATINGS_TABLE',
  recordingsBucket: 'RECORDINGS_BUCKET',
  recordingIndexTable: 'RECORDING_INDEX_TABLE',
  recordingRequestsTable: 'RECORDING_REQUESTS_TABLE',
  recordingHashKeyTable: 'RECORDING_HASH_KEY_TABLE',
  recordingsPolicy: 'RECORDINGS_POLICY',
  auditTable: 'AUDIT_TABLE',
  /** Summaries of Connect contact records by hotline and Almaty day (staffing, reports). */
  contactRecordsTable: 'CONTACT_RECORDS_TABLE',
  calendarTable: 'CALENDAR_TABLE',
  appealSlaStateMachine: 'APPEAL_SLA_STATE_MACHINE',
  recordingSlaStateMachine: 'RECORDING_SLA_STATE_MACHINE',
  notificationsTopic: 'NOTIFICATIONS_TOPIC',
  urgentTopic: 'URGENT_TOPIC',
  /** The register's urgent-escalation function, which the 111 IVR function invokes asynchronously. */
  urgentEscalationFunction: 'URGENT_ESCALATION_FUNCTION',
  hashKeySecret: 'HASH_KEY_SECRET_ARN',
  connectInstanceId: 'CONNECT_INSTANCE_ID',
  metricsNamespace: 'METRICS_NAMESPACE',
  qualityTable: 'QUALITY_TABLE',
  connectInstanceArn: 'CONNECT_INSTANCE_ARN',
  slaAnswerWorkingDays: 'SLA_ANSWER_WORKING_DAYS',
  averageWaitTargetSeconds: 'AVERAGE_WAIT_TARGET_SECONDS',
  appealSettings: 'APPEAL_SETTINGS',
  supervisorRoleName: 'SUPERVISOR_ROLE_NAME',
  webPortalRoleName: 'WEB_PORTAL_ROLE_NAME',
  kbEditorRoleName: 'KB_EDITOR_ROLE_NAME',
  /** Evaluations, practice results and answered calls of the quality capability (`contracts/quality.ts`). */
  evaluationsTable: 'EVALUATIONS_TABLE',
  qualitySettings: 'QUALITY_SETTINGS',
  /** The desktop user pool's JSON Web Key Set URL, to check IdTokens. */
  userPoolJwksUrl: 'USER_POOL_JWKS_URL',
} as const;

export type EnvName = (typeof ENV)[keyof typeof ENV];
