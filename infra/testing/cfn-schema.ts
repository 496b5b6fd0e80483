import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { loadAwsServiceSpecSync } from '@aws-cdk/aws-service-spec';
import type { Property, PropertyType, Resource, TypeDefinition } from '@aws-cdk/service-spec-types';

/**
 * Checks synthesized CloudFormation resources against the resource schemas, from two kept packages:
 * - `@aws-cdk/aws-service-spec` (the database CDK generates its L1 classes from): property names, types,
 *   required properties and enumerations;
 * - `@awboost/cfn-resource-types` (generated from the CloudFormation registry schemas): the string length
 *   limits, patterns and numeric bounds the first one leaves out, read from its JSDoc tags.
 * Values that are intrinsics (`Ref`, `Fn::GetAtt`, `Fn::Join`...) are resolved only at deploy time and are
 * not checked; every such skip is counted, so a test can see how much went unchecked.
 */

interface Constraints {
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly min?: number;
  readonly max?: number;
}

export interface SchemaReport {
  readonly problems: string[];
  /** Resource types with no schema (custom resources): not checked. */
  readonly unknownTypes: Set<string>;
  /** Values given as intrinsics: their type and limits are checked by CloudFormation only. */
  intrinsicValues: number;
  /** Patterns of the registry schemas that JavaScript cannot compile (Python-only syntax): not checked. */
  readonly uncompiledPatterns: Set<string>;
  checkedValues: number;
}

const db = loadAwsServiceSpecSync();
const require = createRequire(import.meta.url);
const registryTypesDir = path.dirname(require.resolve('@awboost/cfn-resource-types/AWS-S3-Bucket'));

/** `@minLength` etc. of every property of one resource type, by definition name ('' = the resource). */
const constraintCache = new Map<string, Map<string, Map<string, Constraints>>>();

function registryConstraints(cfnType: string): Map<string, Map<string, Constraints>> {
  const cached = constraintCache.get(cfnType);
  if (cached) return cached;
  const byDefinition = new Map<string, Map<string, Constraints>>();
  const file = path.join(registryTypesDir, `${cfnType.replaceAll('::', '-')}.d.ts`);
  if (fs.existsSync(file)) {
    const text = fs.readFileSync(file, 'utf8');
    const blocks = text.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export type \w+ = \{([\s\S]*?)\n\};/g);
    for (const [, doc = '', body = ''] of blocks) {
      const definition =
        /Type definition for `[\w:]+\.(\w+)`/.exec(doc)?.[1] ??
        (/Resource Type definition/.test(doc) ? '' : undefined);
      if (definition === undefined) continue;
      const properties = new Map<string, Constraints>();
      for (const [, propDoc = '', name = ''] of body.matchAll(
        /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*(\w+)\??:/g,
      )) {
        const tag = (name: string) => new RegExp(`@${name} \`([^\`]*)\``).exec(propDoc)?.[1];
        const number = (name: string) => (tag(name) === undefined ? undefined : Number(tag(name)));
        const constraints: Constraints = {
          ...(number('minLength') === undefined ? {} : { minLength: number('minLength') }),
          ...(number('maxLength') === undefined ? {} : { maxLength: number('maxLength') }),
          ...(tag('pattern') === undefined ? {} : { pattern: tag('pattern') }),
          ...(number('min') === undefined ? {} : { min: number('min') }),
          ...(number('max') === undefined ? {} : { max: number('max') }),
        };
        if (Object.keys(constraints).length > 0) properties.set(name, constraints);
      }
      byDefinition.set(definition, properties);
    }
  }
  constraintCache.set(cfnType, byDefinition);
  return byDefinition;
}

const isIntrinsic = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length === 1 &&
  /^(Ref|Fn::|Condition$)/.test(Object.keys(value)[0] as string);

function compile(pattern: string, report: SchemaReport): RegExp | undefined {
  for (const flags of ['u', '']) {
    try {
      return new RegExp(pattern, flags);
    } catch {
      // try the next flags
    }
  }
  report.uncompiledPatterns.add(pattern);
  return undefined;
}

interface Place {
  readonly cfnType: string;
  readonly definition: string;
  readonly property: string;
  readonly path: string;
}

function checkConstraints(value: unknown, place: Place, report: SchemaReport): void {
  const constraints = registryConstraints(place.cfnType).get(place.definition)?.get(place.property);
  if (constraints === undefined) return;
  if (typeof value === 'string') {
    const length = [...value].length;
    if (constraints.minLength !== undefined && length < constraints.minLength) {
      report.problems.push(`${place.path}: ${length} characters, fewer than ${constraints.minLength}`);
    }
    if (constraints.maxLength !== undefined && length > constraints.maxLength) {
      report.problems.push(`${place.path}: ${length} characters, more than ${constraints.maxLength}`);
    }
    if (constraints.pattern !== undefined) {
      const pattern = compile(constraints.pattern, report);
      if (pattern && !pattern.test(value)) {
        report.problems.push(
          `${place.path}: ${JSON.stringify(value).slice(0, 80)} does not match ${constraints.pattern}`,
        );
      }
    }
  }
  if (typeof value === 'number') {
    if (constraints.min !== undefined && value < constraints.min)
      report.problems.push(`${place.path}: ${value} < ${constraints.min}`);
    if (constraints.max !== undefined && value > constraints.max)
      report.problems.push(`${place.path}: ${value} > ${constraints.max}`);
  }
}

function matchesType(value: unknown, type: PropertyType, place: Place, report: SchemaReport): string[] {
  if (isIntrinsic(value)) {
    report.intrinsicValues++;
    return [];
  }
  switch (type.type) {
    case 'string':
    case 'date-time': {
      if (typeof value !== 'string')
        return [`${place.path}: expected a string, got ${JSON.stringify(value).slice(0, 60)}`];
      const allowed = type.type === 'string' ? type.allowedValues : undefined;
      if (allowed && !allowed.includes(value))
        return [`${place.path}: ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`];
      return [];
    }
    case 'integer':
    case 'number': {
      const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof number !== 'number' || Number.isNaN(number))
        return [`${place.path}: expected a ${type.type}, got ${JSON.stringify(value)}`];
      if (type.type === 'integer' && !Number.isInteger(number))
        return [`${place.path}: expected an integer, got ${number}`];
      if (type.type === 'integer' && type.allowedValues && !type.allowedValues.includes(number)) {
        return [`${place.path}: ${number} is not one of ${type.allowedValues.join(', ')}`];
      }
      return [];
    }
    case 'boolean':
      return typeof value === 'boolean' || value === 'true' || value === 'false'
        ? []
        : [`${place.path}: expected a boolean, got ${JSON.stringify(value)}`];
    case 'json':
      return typeof value === 'object' || typeof value === 'string' ? [] : [`${place.path}: expected JSON`];
    case 'null':
      return value === null ? [] : [`${place.path}: expected null`];
    case 'tag': {
      const tag = value as { Key?: unknown; Value?: unknown };
      return typeof tag === 'object' && tag !== null && 'Key' in tag && 'Value' in tag
        ? []
        : [`${place.path}: expected {Key, Value}`];
    }
    case 'array': {
      if (!Array.isArray(value)) return [`${place.path}: expected an array`];
      return value.flatMap((element, i) =>
        matchesType(element, type.element, { ...place, path: `${place.path}[${i}]` }, report),
      );
    }
    case 'map': {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return [`${place.path}: expected a map`];
      return Object.entries(value).flatMap(([key, element]) =>
        matchesType(element, type.element, { ...place, path: `${place.path}.${key}` }, report),
      );
    }
    case 'ref': {
      const definition = db.get('typeDefinition', type.reference.$ref) as TypeDefinition;
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return [`${place.path}: expected an object (${definition.name})`];
      }
      return checkProperties(
        value as Record<string, unknown>,
        definition.properties,
        { ...place, definition: definition.name },
        report,
      );
    }
    case 'union': {
      const attempts = type.types.map((member) => {
        const scratch: SchemaReport = { ...report, problems: [] };
        return matchesType(value, member, place, scratch);
      });
      return attempts.some((problems) => problems.length === 0) ? [] : (attempts[0] ?? []);
    }
    default:
      return [];
  }
}

function checkProperties(
  values: Record<string, unknown>,
  schema: Record<string, Property>,
  place: Place,
  report: SchemaReport,
): string[] {
  const problems: string[] = [];
  for (const [name, property] of Object.entries(schema)) {
    if (property.required && values[name] === undefined)
      problems.push(`${place.path}: required property ${name} is missing`);
  }
  for (const [name, value] of Object.entries(values)) {
    const property = schema[name];
    const at: Place = { ...place, property: name, path: `${place.path}.${name}` };
    if (property === undefined) {
      problems.push(`${at.path}: no such property (known: ${Object.keys(schema).join(', ')})`);
      continue;
    }
    report.checkedValues++;
    const types = [property.type, ...(property.previousTypes ?? [])];
    const attempts = types.map((type) => matchesType(value, type, at, report));
    if (attempts.every((attempt) => attempt.length > 0)) problems.push(...(attempts[0] ?? []));
    if (!isIntrinsic(value)) checkConstraints(value, at, report);
  }
  return problems;
}

/** Every resource of a template checked against its CloudFormation resource schema. */
export function checkTemplate(template: {
  Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }>;
}): SchemaReport {
  const report: SchemaReport = {
    problems: [],
    unknownTypes: new Set(),
    intrinsicValues: 0,
    uncompiledPatterns: new Set(),
    checkedValues: 0,
  };
  for (const [logicalId, resource] of Object.entries(template.Resources)) {
    const [spec] = db.lookup(
      'resource',
      'cloudFormationType',
      'equals',
      resource.Type,
    ) as unknown as Resource[];
    if (spec === undefined) {
      report.unknownTypes.add(resource.Type);
      continue;
    }
    const place: Place = {
      cfnType: resource.Type,
      definition: '',
      property: '',
      path: `${logicalId} (${resource.Type})`,
    };
    report.problems.push(...checkProperties(resource.Properties ?? {}, spec.properties, place, report));
  }
  return report;
}
