/**
 * The build record's JSON Schema (schemas/build-record.schema.json) compiled
 * by ajv into a standalone module: src/bill/build-record-validator.js, made
 * by scripts/gen-validators.mjs (a test checks it is up to date).
 */

/** One thing the record breaks, as ajv reports it. */
export interface ValidationError {
  instancePath: string;
  message?: string | undefined;
  keyword: string;
  params: Record<string, unknown>;
}

/** Whether `data` is a build record the schema allows; the reasons, when not, in `validate.errors`. */
declare const validate: ((data: unknown) => boolean) & {errors?: ValidationError[] | null};
export default validate;
