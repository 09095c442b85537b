import { LinkIdentityArgs, type LINK_IDENTITY } from '../../../protocol/mutations/link-identity.ts';
import { customerChange } from './customer-change.ts';
import type { MutationModule } from './module.ts';

export const linkIdentity: MutationModule<typeof LINK_IDENTITY> = { args: LinkIdentityArgs, ...customerChange };
