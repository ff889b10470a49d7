import { Construct } from 'constructs';
import { Fn, TerraformLocal } from '../cdk';

/**
 * Base64 of cloud-init user data for clouds that want it encoded (EC2 launch
 * templates, Linode Metadata). The document goes through a Terraform local so
 * that its quotes, backslashes and Terraform references survive: cdktf refuses
 * quoted literals as function arguments.
 */
export function base64UserData(scope: Construct, userData: string, id = 'UserData'): string {
  const local = new TerraformLocal(scope, id, userData);
  return Fn.base64encode(local.asString);
}
