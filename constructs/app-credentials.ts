import { IamAccessKey } from '@cdktf/provider-aws/lib/iam-access-key';
import { IamUser } from '@cdktf/provider-aws/lib/iam-user';
import { Construct } from 'constructs';
import { GlobalTable } from './global-table';

export interface AppCredentialsProps {
  /** IAM user name. */
  readonly userName: string;
  /** Table the application reads and writes. */
  readonly table: GlobalTable;
  /** AWS region of the replica the application uses; the user's access is limited to it. */
  readonly dataRegion: string;
  /**
   * Create an access key with Terraform. Its secret is then stored in
   * Terraform state, so the state backend must be encrypted and access-controlled.
   * @default false
   */
  readonly createAccessKey?: boolean;
  /** @default {} */
  readonly tags?: Readonly<Record<string, string>>;
}

/**
 * AWS identity for an application running outside AWS: an IAM user whose only
 * permission is item access to one replica of the table.
 */
export class AppCredentials extends Construct {
  public readonly user: IamUser;
  /** Present when `createAccessKey` is set: Terraform references, never literals. */
  public readonly accessKey?: { readonly accessKeyId: string; readonly secretAccessKey: string };

  constructor(scope: Construct, id: string, props: AppCredentialsProps) {
    super(scope, id);
    this.user = new IamUser(this, 'User', {
      name: props.userName,
      path: '/failover-kit/',
      tags: { ...props.tags },
    });
    props.table.grantReadWriteData(props.dataRegion, this.user);
    if (props.createAccessKey) {
      const key = new IamAccessKey(this, 'AccessKey', { user: this.user.name });
      this.accessKey = { accessKeyId: key.id, secretAccessKey: key.secret };
    }
  }
}
