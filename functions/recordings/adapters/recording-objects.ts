import { GetObjectCommand, HeadObjectCommand, NotFound } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { s3Client } from '../../shared/aws-clients';
import type { RecordingLocation } from '../domain/contact-record';
import { locationId } from '../domain/search';

/** Which of the locations hold an object now (`bucket/key` ids). A recording still uploading is absent. */
export async function storedLocations(locations: readonly RecordingLocation[]): Promise<Set<string>> {
  const present = new Set<string>();
  await Promise.all(
    locations.map(async (location) => {
      try {
        await s3Client().send(new HeadObjectCommand({ Bucket: location.bucket, Key: location.key }));
        present.add(locationId(location));
      } catch (error) {
        if (!(error instanceof NotFound) && (error as { name?: string }).name !== 'NotFound') throw error;
      }
    }),
  );
  return present;
}

/**
 * When the function's signing credentials expire, if the SDK knows (a URL signed with them dies then).
 * In Lambda the role's session credentials come from the environment without an expiry.
 */
export async function signingCredentialsExpiry(): Promise<number | undefined> {
  const provider = s3Client().config.credentials;
  const credentials = await provider();
  return credentials.expiration?.getTime();
}

/** A presigned GET URL of a recording, valid for `seconds`. */
export function presignRecording(location: RecordingLocation, seconds: number): Promise<string> {
  return getSignedUrl(s3Client(), new GetObjectCommand({ Bucket: location.bucket, Key: location.key }), {
    expiresIn: seconds,
  });
}
