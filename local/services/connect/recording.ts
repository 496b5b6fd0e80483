import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { placeholderWav } from '../../../contact-flows/index';
import type { EngineKeys } from '../../engines/engine-keys';

/** What the simulated operator leg sounds like: a beep, then silence (the local runtime records no voices). */
const OPERATOR_LEG_AUDIO = placeholderWav('A simulated conversation between an operator and the caller.');

/** Writes a call recording where Connect would: `Recording.Location` is `<bucket>/<key>`. */
export function recordingWriter(s3Endpoint: string, region: string, credentials: EngineKeys) {
  const s3 = new S3Client({
    endpoint: s3Endpoint,
    region,
    credentials,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return async (location: string): Promise<void> => {
    const slash = location.indexOf('/');
    await s3.send(
      new PutObjectCommand({
        Bucket: location.slice(0, slash),
        Key: location.slice(slash + 1),
        Body: OPERATOR_LEG_AUDIO,
        ContentType: 'audio/wav',
      }),
    );
  };
}
