import type { CfnTemplate, StackModel } from './template-model';

/** Account id the local runtime pretends to be in; ARNs it builds carry it. */
export const LOCAL_ACCOUNT = '000000000000';

export class UnsupportedIntrinsicError extends Error {
  override name = 'UnsupportedIntrinsicError';
}

const ARN_SERVICE: Record<string, (name: string, region: string) => string> = {
  'AWS::Lambda::Function': (n, r) => `arn:aws:lambda:${r}:${LOCAL_ACCOUNT}:function:${n}`,
  'AWS::DynamoDB::Table': (n, r) => `arn:aws:dynamodb:${r}:${LOCAL_ACCOUNT}:table/${n}`,
  'AWS::S3::Bucket': (n) => `arn:aws:s3:::${n}`,
  'AWS::SNS::Topic': (n, r) => `arn:aws:sns:${r}:${LOCAL_ACCOUNT}:${n}`,
  'AWS::SQS::Queue': (n, r) => `arn:aws:sqs:${r}:${LOCAL_ACCOUNT}:${n}`,
  'AWS::StepFunctions::StateMachine': (n, r) => `arn:aws:states:${r}:${LOCAL_ACCOUNT}:stateMachine:${n}`,
  'AWS::IAM::Role': (n) => `arn:aws:iam::${LOCAL_ACCOUNT}:role/${n}`,
  'AWS::KMS::Key': (n, r) => `arn:aws:kms:${r}:${LOCAL_ACCOUNT}:key/${n}`,
  'AWS::Kinesis::Stream': (n, r) => `arn:aws:kinesis:${r}:${LOCAL_ACCOUNT}:stream/${n}`,
  'AWS::SecretsManager::Secret': (n, r) => `arn:aws:secretsmanager:${r}:${LOCAL_ACCOUNT}:secret:${n}`,
  'AWS::Connect::Instance': (n, r) => `arn:aws:connect:${r}:${LOCAL_ACCOUNT}:instance/${n}`,
};

/**
 * Local physical names and ARNs of a stack's resources, derived from logical ids so they stay stable across
 * restarts (data written before a restart is found again).
 */
export class PhysicalNames {
  private readonly template: CfnTemplate;
  readonly region: string;

  constructor(private readonly stack: StackModel) {
    this.template = stack.template;
    this.region = stack.config.env.region;
  }

  /** The value of `Ref` for a resource (a name, an id or an ARN depending on the type, as in CloudFormation). */
  ref(logicalId: string): string {
    const resource = this.template.Resources[logicalId];
    if (!resource) throw new UnsupportedIntrinsicError(`Ref to unknown resource ${logicalId}`);
    const props = resource.Properties ?? {};
    switch (resource.Type) {
      case 'AWS::DynamoDB::Table':
        return typeof props['TableName'] === 'string'
          ? props['TableName']
          : `${this.stack.stackName}-${logicalId}`;
      case 'AWS::S3::Bucket':
        return typeof props['BucketName'] === 'string'
          ? props['BucketName']
          : bucketName(this.stack, logicalId);
      case 'AWS::SNS::Topic':
      case 'AWS::SQS::Queue':
      case 'AWS::StepFunctions::StateMachine':
        return this.arn(logicalId);
      case 'AWS::ApiGatewayV2::Api':
        return `local${this.stack.hotline}`;
      default:
        return `${this.stack.stackName}-${logicalId}`;
    }
  }

  /** `Fn::GetAtt` of a resource. */
  getAtt(logicalId: string, attribute: string): string {
    const resource = this.template.Resources[logicalId];
    if (!resource) throw new UnsupportedIntrinsicError(`GetAtt of unknown resource ${logicalId}`);
    if (attribute === 'StreamArn') return `${this.arn(logicalId)}/stream/local`;
    if (attribute === 'Arn' || attribute.endsWith('Arn')) return this.arn(logicalId);
    if (attribute === 'ApiEndpoint') return `http://127.0.0.1/${this.stack.hotline}`;
    return `${this.stack.stackName}-${logicalId}-${attribute}`;
  }

  arn(logicalId: string): string {
    const resource = this.template.Resources[logicalId];
    const name = `${this.stack.stackName}-${logicalId}`;
    const build = resource ? ARN_SERVICE[resource.Type] : undefined;
    if (resource?.Type === 'AWS::DynamoDB::Table' || resource?.Type === 'AWS::S3::Bucket') {
      return build!(this.ref(logicalId), this.region);
    }
    return build ? build(name, this.region) : `arn:aws:local:${this.region}:${LOCAL_ACCOUNT}:${name}`;
  }

  /** Resolves intrinsic functions inside a synthesized value. */
  resolve(value: unknown): unknown {
    if (Array.isArray(value)) return value.map((item) => this.resolve(item));
    if (typeof value !== 'object' || value === null) return value;
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 1) {
      const [key, arg] = entries[0]!;
      if (key === 'Ref') return this.pseudo(arg as string) ?? this.ref(arg as string);
      if (key === 'Fn::GetAtt') {
        const [logicalId, attribute] = Array.isArray(arg) ? arg : String(arg).split('.');
        return this.getAtt(String(logicalId), String(attribute));
      }
      if (key === 'Fn::Join') {
        const [separator, parts] = arg as [string, unknown[]];
        return (this.resolve(parts) as unknown[]).map(String).join(separator);
      }
      if (key === 'Fn::Select') {
        const [index, list] = arg as [number | string, unknown];
        return (this.resolve(list) as unknown[])[Number(index)];
      }
      if (key === 'Fn::Split') {
        const [separator, source] = arg as [string, unknown];
        return String(this.resolve(source)).split(separator);
      }
      if (key === 'Fn::Sub') return this.sub(arg);
      if (key.startsWith('Fn::'))
        throw new UnsupportedIntrinsicError(`${key} is not supported by the local runtime`);
    }
    return Object.fromEntries(entries.map(([key, item]) => [key, this.resolve(item)]));
  }

  private sub(arg: unknown): string {
    const [text, variables] = Array.isArray(arg)
      ? (arg as [string, Record<string, unknown>])
      : [String(arg), {}];
    return text.replace(/\$\{([^}]+)\}/g, (_match, name: string) => {
      if (name in variables) return String(this.resolve(variables[name]));
      const pseudo = this.pseudo(name);
      if (pseudo !== undefined) return pseudo;
      const [logicalId, attribute] = name.split('.');
      return attribute ? this.getAtt(logicalId!, attribute) : this.ref(logicalId!);
    });
  }

  private pseudo(name: string): string | undefined {
    switch (name) {
      case 'AWS::Region':
        return this.region;
      case 'AWS::AccountId':
        return LOCAL_ACCOUNT;
      case 'AWS::Partition':
        return 'aws';
      case 'AWS::URLSuffix':
        return 'amazonaws.com';
      case 'AWS::StackName':
        return this.stack.stackName;
      case 'AWS::NoValue':
        return undefined;
      default:
        return undefined;
    }
  }
}

/** S3 bucket names: lowercase, at most 63 characters, unique per stack and logical id. */
function bucketName(stack: StackModel, logicalId: string): string {
  const base = `qoldau-${stack.hotline}-${logicalId}`.toLowerCase().replace(/[^a-z0-9-]/g, '-');
  return base.length <= 63 ? base : base.slice(0, 63).replace(/-+$/, '');
}
