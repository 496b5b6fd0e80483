import { z } from 'zod';

/**
 * The part of Connect's Lambda event (`ContactFlowEvent`) our functions read. Parameters are the flow's
 * `LambdaInvocationAttributes`; a flow that sends something else is a deployment fault, so parsing throws
 * and the flow takes its error branch.
 */
const ContactDataSchema = z.object({
  ContactId: z.string().min(1),
  InitialContactId: z.string().optional(),
  PreviousContactId: z.string().optional(),
  InitiationMethod: z.string(),
  CustomerEndpoint: z.object({ Address: z.string() }).nullish(),
  Queue: z.object({ ARN: z.string(), Name: z.string() }).nullish(),
  Attributes: z.record(z.string(), z.string()).default({}),
});

export type ContactData = z.infer<typeof ContactDataSchema>;

export class ConnectEventError extends Error {
  override readonly name = 'ConnectEventError';
}

export function parseConnectEvent<S extends z.ZodType>(
  event: unknown,
  parameters: S,
): { readonly contact: ContactData; readonly parameters: z.infer<S> } {
  const result = z
    .object({ Details: z.object({ ContactData: ContactDataSchema, Parameters: parameters }) })
    .safeParse(event);
  if (!result.success) {
    // Paths and messages only: the values may hold a caller's number.
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConnectEventError(`Not the Connect event this function expects: ${problems.join('; ')}`);
  }
  const { Details } = result.data as { Details: { ContactData: ContactData; Parameters: z.infer<S> } };
  return { contact: Details.ContactData, parameters: Details.Parameters };
}
