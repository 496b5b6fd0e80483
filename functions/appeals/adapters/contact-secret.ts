import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoDocuments } from '../../shared/aws-clients';
import type { ContactSecret } from '../ports';
import {
  CONTACT_SECRET_KEY,
  loadOrCreateSecret,
  type SecretKey,
  secretCache,
  secretCreate,
  secretOf,
  secretRead,
} from './requests/table-requests';

export { CONTACT_SECRET_KEY, IVR_RATE_SECRET_KEY } from './requests/table-requests';

/**
 * HMAC secrets kept in the register's own table, encrypted with the hotline's key, so 111's hashes cannot
 * be computed with 1414's data and the other way round; each is created on first use with a conditional
 * put so concurrent cold starts agree on one secret. Same reasoning as the recordings' hash key.
 */

const cached = secretCache();

/** The applicants' contact-hash secret of a register table, read (or created) once and kept. */
export function tableContactSecret(tableName: string): ContactSecret {
  return { get: () => tableSecret(tableName, CONTACT_SECRET_KEY) };
}

export function tableSecret(tableName: string, key: SecretKey): Promise<Buffer> {
  return cached(`${tableName}|${key.pk}`, () =>
    loadOrCreateSecret(
      {
        read: async () =>
          secretOf((await dynamoDocuments().send(new GetCommand(secretRead(tableName, key)))).Item),
        createIfAbsent: async (secret) => {
          try {
            await dynamoDocuments().send(new PutCommand(secretCreate(tableName, key, secret)));
          } catch (error) {
            if (!(error instanceof ConditionalCheckFailedException)) throw error;
          }
        },
      },
      key,
    ),
  );
}
