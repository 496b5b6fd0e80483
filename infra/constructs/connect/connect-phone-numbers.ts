import { Annotations, type CfnResource } from 'aws-cdk-lib';
import * as connect from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import type { HotlineConfig, PhoneNumberConfig } from '../../config/schema';
import { connectApiCall, connectIdOf } from './connect-api-call';
import { CONNECT_METADATA, type PhoneNumberMetadata } from './connect-metadata';

export interface ConnectPhoneNumbersProps {
  readonly config: HotlineConfig;
  readonly instanceArn: string;
}

export interface ConnectPhoneNumber {
  readonly config: PhoneNumberConfig;
  readonly arn: string;
  /** The namespace of this number's resources (construct id = its label). */
  readonly scope: Construct;
}

/**
 * The Connect numbers of the hotline, imported by ARN or claimed from Connect's inventory where the
 * configuration says so explicitly (`config.connect.phoneNumbers`); a `pending` number gets no resource and a
 * synthesis warning that tells ops what to do. Connect may sell no Kazakh numbers, so what callers dial (1414, 111,
 * 8-800) is usually routed by the carrier to one of these (`carrierRouted`). CloudFormation cannot say which
 * flow answers a number, so `associateWith` does it with `AssociatePhoneNumberContactFlow`.
 */
export class ConnectPhoneNumbers extends Construct {
  public readonly numbers: readonly ConnectPhoneNumber[];

  constructor(scope: Construct, id: string, props: ConnectPhoneNumbersProps) {
    super(scope, id);
    const { config } = props;
    const numbers: ConnectPhoneNumber[] = [];
    for (const number of config.connect.phoneNumbers) {
      const source = number.connect;
      if (source.source === 'pending') {
        Annotations.of(this).addWarningV2(
          `qoldau:phone-number-pending:${number.label}`,
          `Hotline ${config.id}: "${number.published}" has no Connect number yet, so nothing answers it. ` +
            `Get one (docs/deploy-checklist.md, "Phone numbers"), then set connect.phoneNumbers[label=${number.label}].connect ` +
            `to {"source":"import","phoneNumberArn":"arn:..."} (or an explicit claim) in -c qoldau:${config.id}='...' and deploy again.`,
        );
        continue;
      }
      const namespace = new Construct(this, number.label);
      if (source.source === 'import') {
        numbers.push({ config: number, arn: source.phoneNumberArn, scope: namespace });
        continue;
      }
      Annotations.of(this).addWarningV2(
        `qoldau:phone-number-claim:${number.label}`,
        `Hotline ${config.id}: "${number.published}" claims a new ${source.type} number in ${source.countryCode}. ` +
          'If Connect cannot claim it (no inventory, documents needed) the whole stack rolls back, deleting a new instance; ' +
          'check with SearchAvailablePhoneNumbers first, or claim in the console and import it by ARN.',
      );
      const claimed = new connect.CfnPhoneNumber(namespace, 'Number', {
        targetArn: props.instanceArn,
        countryCode: source.countryCode,
        type: source.type,
        ...(source.prefix === undefined ? {} : { prefix: source.prefix }),
        description: `${number.published}${number.carrierRouted ? ' (routed here by the carrier)' : ''}`,
      });
      numbers.push({ config: number, arn: claimed.attrPhoneNumberArn, scope: namespace });
    }
    this.numbers = numbers;
    if (numbers.length === 0) {
      Annotations.of(this).addWarningV2(
        'qoldau:no-phone-number',
        `Hotline ${config.id} has no Connect number: callers cannot reach it until one is imported or claimed.`,
      );
    }
  }

  /** Callers of every number reach `flowArn` (the flow registered as `flowKey`). */
  associateWith(flowKey: string, flowArn: string, instanceArn: string): void {
    for (const number of this.numbers) {
      const phoneNumberId = connectIdOf(number.arn, 1);
      const instanceId = connectIdOf(instanceArn, 1);
      const association = connectApiCall(number.scope, 'FlowAssociation', {
        action: 'AssociatePhoneNumberContactFlow',
        parameters: {
          PhoneNumberId: phoneNumberId,
          InstanceId: instanceId,
          ContactFlowId: connectIdOf(flowArn, 3),
        },
        undo: {
          action: 'DisassociatePhoneNumberContactFlow',
          parameters: { PhoneNumberId: phoneNumberId, InstanceId: instanceId },
        },
        resources: [number.arn, flowArn, instanceArn],
        physicalId: `${number.config.label}-flow`,
      });
      const metadata: PhoneNumberMetadata = {
        label: number.config.label,
        published: number.config.published,
        carrierRouted: number.config.carrierRouted,
        flow: flowKey,
      };
      (association.node.findChild('Resource').node.defaultChild as CfnResource).addMetadata(
        CONNECT_METADATA.phoneNumber,
        metadata,
      );
    }
  }

  /** A Connect number to show as caller id on outbound legs, if the hotline has one. */
  get outboundCallerIdArn(): string | undefined {
    return this.numbers[0]?.arn;
  }
}
