import { MergeCustomersArgs, type MERGE_CUSTOMERS } from '../../../protocol/mutations/merge-customers.ts';
import { customerChange } from './customer-change.ts';
import type { MutationModule } from './module.ts';

export const mergeCustomers: MutationModule<typeof MERGE_CUSTOMERS> = { args: MergeCustomersArgs, ...customerChange };
