import type { TFunction } from 'i18next';
import type { DeliveryState as State } from '../../../shared/domain.ts';
import { Icon } from '../../ui/Icon.tsx';

const ICON = { queued: 'clock', sent: 'check', failed: 'cross', conflict: 'warning' } as const;

/** An outgoing message's delivery state: icon and word, never colour alone. `t`: the thread's. */
export function DeliveryState({ state, t }: { state: State; t: TFunction }) {
  return (
    <span className={`delivery delivery-${state}`} data-testid="message-state" data-state={state}>
      <Icon name={ICON[state]} />
      {t(`delivery.${state}`)}
    </span>
  );
}
