import { ENV, readEnv } from '../shared/env';
import { ForbiddenError } from '../shared/errors';
import { type ApiEvent, callerOf } from '../shared/http';

/**
 * Editing is for the knowledge-base editors only. IAM already grants each route to its roles, but IAM's `*`
 * spans path segments: the operators' `GET /kb/articles/*` also covers `/kb/articles/{id}/versions`. The
 * stack denies that path to them explicitly, and the editing function checks the role once more here.
 */
let editorRoleName: string | undefined;

export function requireKbEditor(event: ApiEvent): void {
  editorRoleName ??= readEnv([ENV.kbEditorRoleName])[ENV.kbEditorRoleName];
  // arn:aws:sts::<account>:assumed-role/<role name>/<session>
  const roleName = callerOf(event).arn.split('/').at(-2);
  if (roleName !== editorRoleName) throw new ForbiddenError('Only knowledge-base editors may do this');
}
