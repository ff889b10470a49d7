/**
 * The one module that imports the CDK for Terraform library. Moving to a fork
 * with the same API (such as cdktn) means changing this file, the bindings and
 * package.json; see README "OpenTofu and portability".
 */
export {
  App,
  Aspects,
  Fn,
  S3Backend,
  TerraformIterator,
  TerraformLocal,
  TerraformOutput,
  TerraformStack,
  TerraformVariable,
  Testing,
  Token,
} from 'cdktf';
export type { IAspect, IResolvable } from 'cdktf';
