import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { HotlineConfig } from '../../config/schema';
import { bucketDeletion } from '../core/bucket-deletion';
import { contentSecurityPolicy, type DesktopOrigins, permissionsPolicy } from './desktop-headers';

export interface DesktopHostingProps {
  readonly config: HotlineConfig;
  /** What the content security policy lets the page frame and call. */
  readonly origins: DesktopOrigins;
}

/**
 * Serves the desktop's files: a private S3 bucket read only by CloudFront through origin access control,
 * HTTPS only (HTTP redirects), with strict security headers on every answer and access logs of both.
 */
export class DesktopHosting extends Construct {
  public readonly bucket: s3.Bucket;
  public readonly accessLogs: s3.Bucket;
  public readonly distribution: cloudfront.Distribution;
  public readonly headers: cloudfront.ResponseHeadersPolicy;
  /** `https://<distribution domain>`: where operators open the desktop; approved in Connect. */
  public readonly origin: string;

  constructor(scope: Construct, id: string, props: DesktopHostingProps) {
    super(scope, id);
    // Deliver S3 access logs under a bucket policy for the logging service, not the legacy ACL.
    this.node.setContext('@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy', true);
    const { config } = props;
    const removalPolicy = config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    this.accessLogs = new s3.Bucket(this, 'AccessLogs', {
      // CloudFront standard logs are written with an ACL, so this bucket keeps ACLs (owner preferred).
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      lifecycleRules: [{ id: 'retention', expiration: Duration.days(Math.max(config.logRetentionDays, 90)) }],
      removalPolicy,
      ...bucketDeletion(config),
    });
    Validations.of(this.accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'This bucket receives the desktop bucket’s and distribution’s access logs; logging it in turn would never end.',
    });

    this.bucket = new s3.Bucket(this, 'Site', {
      // The desktop's files are public code and no personal data; S3-managed keys suffice (and CloudFront
      // reads them without a KMS grant).
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      lifecycleRules: [{ id: 'old-builds', noncurrentVersionExpiration: Duration.days(30) }],
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'site/',
      // Only built files, but kept in prod like every bucket: nothing there is emptied by a stack deletion.
      removalPolicy,
      ...bucketDeletion(config),
    });

    this.headers = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: `qoldau ${config.id} agent desktop: strict security headers`,
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: contentSecurityPolicy(props.origins),
          override: true,
        },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          preload: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: true },
      },
      customHeadersBehavior: {
        customHeaders: [
          { header: 'Permissions-Policy', value: permissionsPolicy(props.origins.ccp), override: true },
          { header: 'Cross-Origin-Opener-Policy', value: 'same-origin-allow-popups', override: true },
        ],
      },
    });

    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: `qoldau ${config.id} ${config.stage} agent desktop`,
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.headers,
        compress: true,
      },
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      // No minimumProtocolVersion: with the default *.cloudfront.net certificate it has no effect (see
      // desktop-nag.ts, CFR4); it belongs with a custom domain and certificate.
      // Edges in Europe and Asia, near Kazakhstan.
      priceClass: cloudfront.PriceClass.PRICE_CLASS_200,
      enableLogging: true,
      logBucket: this.accessLogs,
      logFilePrefix: 'cloudfront/',
    });
    this.origin = `https://${this.distribution.distributionDomainName}`;
  }
}
