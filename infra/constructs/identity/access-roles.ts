import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import type { HotlineConfig } from '../../config/schema';

/** Who calls the API. Each is an IAM role; people reach it through the organisation's SSO. */
export type AccessRole = 'operator' | 'supervisor' | 'kbEditor' | 'authority' | 'webPortal';

export const ACCESS_ROLES: readonly AccessRole[] = [
  'operator',
  'supervisor',
  'kbEditor',
  'authority',
  'webPortal',
];

/** Metadata key naming the access role of an IAM role in the template, for the local runtime's identities. */
export const ROLE_METADATA = 'qoldau:access-role';

const DESCRIPTIONS: Record<AccessRole, string> = {
  operator: 'Operators: register calls, read the knowledge base, move appeals',
  supervisor: 'Supervisors: everything operators do, plus closing appeals and reports',
  kbEditor: 'Knowledge-base editors of the ICI operator: edit articles and the referral directory',
  authority: 'Staff of the authorized body: request call recordings',
  webPortal: 'The hotline web portal backend: submits web appeals and status lookups',
};

export interface AccessRolesProps {
  readonly config: HotlineConfig;
}

/**
 * One IAM role per kind of caller of the hotline's API. Every API route is authorized with AWS IAM
 * (SigV4) and each role is granted exactly the routes it needs (see `QoldauHttpApi.route`).
 */
export class AccessRoles extends Construct {
  public readonly roles: Readonly<Record<AccessRole, iam.Role>>;

  constructor(scope: Construct, id: string, props: AccessRolesProps) {
    super(scope, id);
    const make = (role: AccessRole, constructId: string): iam.Role => {
      const created = new iam.Role(this, constructId, {
        // Assumed by principals of this account (IAM Identity Center permission sets, or a federation role).
        assumedBy: new iam.AccountRootPrincipal(),
        description: `qoldau ${props.config.id}: ${DESCRIPTIONS[role]}`,
      });
      (created.node.defaultChild as iam.CfnRole).addMetadata(ROLE_METADATA, role);
      return created;
    };
    this.roles = {
      operator: make('operator', 'Operator'),
      supervisor: make('supervisor', 'Supervisor'),
      kbEditor: make('kbEditor', 'KnowledgeBaseEditor'),
      authority: make('authority', 'Authority'),
      webPortal: make('webPortal', 'WebPortal'),
    };
  }
}
