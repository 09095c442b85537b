import { UnlinkIdentityArgs, type UNLINK_IDENTITY } from '../../../protocol/mutations/unlink-identity.ts';
import { customerChange } from './customer-change.ts';
import type { MutationModule } from './module.ts';

export const unlinkIdentity: MutationModule<typeof UNLINK_IDENTITY> = { args: UnlinkIdentityArgs, ...customerChange };
