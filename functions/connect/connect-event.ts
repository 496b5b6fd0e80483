import * as z from 'zod/mini';

/**
 * The part of Connect's Lambda event (`ContactFlowEvent`) our functions read. Parameters are the flow's
 * `LambdaInvocationAttributes`; a flow that sends something else is a deployment fault, so parsing throws
 * and the flow takes its error branch. Written with `zod/mini`: the caller waits on this function's cold
 * start, and the full zod adds ~440 KB to the bundle.
 */
const ContactDataSchema = z.object({
  ContactId: z.string().check(z.minLength(1)),
  InitialContactId: z.optional(z.string()),
  PreviousContactId: z.optional(z.string()),
  InitiationMethod: z.string(),
  CustomerEndpoint: z.nullish(z.object({ Address: z.string() })),
  Queue: z.nullish(z.object({ ARN: z.string(), Name: z.string() })),
  Attributes: z._default(z.record(z.string(), z.string()), {}),
});

export type ContactData = z.infer<typeof ContactDataSchema>;

export class ConnectEventError extends Error {
  override readonly name = 'ConnectEventError';
}

/** A parser of one function's event, built once at cold start (not per call). */
export function connectEventParser<S extends z.ZodMiniType>(
  parameters: S,
): (event: unknown) => { readonly contact: ContactData; readonly parameters: z.infer<S> } {
  const schema = z.object({ Details: z.object({ ContactData: ContactDataSchema, Parameters: parameters }) });
  return (event) => {
    const result = schema.safeParse(event);
    if (!result.success) {
      // Paths and codes only: the values may hold a caller's number.
      const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.code}`);
      throw new ConnectEventError(`Not the Connect event this function expects: ${problems.join('; ')}`);
    }
    const { Details } = result.data as { Details: { ContactData: ContactData; Parameters: z.infer<S> } };
    return { contact: Details.ContactData, parameters: Details.Parameters };
  };
}
