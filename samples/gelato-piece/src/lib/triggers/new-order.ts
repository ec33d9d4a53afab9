import { createTrigger, Property, TriggerStrategy } from '@activepieces/pieces-framework';
import { fetchGelatoConnection } from '../../generated/gelato-connection';
import { GELATO_API_URL, gelatoAuth } from '../auth';
import { gelatoGet } from '../gelato-api';

type Order = { id: string; createdAt: string };

const LAST_SEEN = 'lastOrderCreatedAt';

async function ordersSince(props: { apiKey: string; storeId: string }, baseUrl: string | undefined, since: string | null): Promise<Order[]> {
  const answer = (await gelatoGet(
    baseUrl || GELATO_API_URL,
    props.apiKey,
    `/v4/orders?storeId=${encodeURIComponent(props.storeId)}`,
  )) as { orders?: Order[] };
  return (answer.orders ?? []).filter((order) => since === null || order.createdAt > since).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Polls the org's store for new orders, with the connection the backend provisioned (`requireAuth: false`). */
export const newOrder = createTrigger({
  auth: gelatoAuth,
  requireAuth: false,
  name: 'new_order',
  displayName: 'New order',
  description: "Fires for each new order of the org's Gelato store.",
  type: TriggerStrategy.POLLING,
  props: {
    baseUrl: Property.ShortText({ displayName: 'API base URL', required: false, defaultValue: GELATO_API_URL }),
  },
  sampleData: { id: 'order_1', createdAt: '2026-01-01T00:00:00Z' },
  async onEnable(context) {
    await context.store.put(LAST_SEEN, new Date().toISOString());
  },
  async onDisable(context) {
    await context.store.delete(LAST_SEEN);
  },
  async test(context) {
    const connection = await fetchGelatoConnection(context);
    return (await ordersSince(connection.props, context.propsValue.baseUrl, null)).slice(-5);
  },
  async run(context) {
    const connection = await fetchGelatoConnection(context);
    const since = await context.store.get<string>(LAST_SEEN);
    const orders = await ordersSince(connection.props, context.propsValue.baseUrl, since);
    if (orders.length > 0) {
      await context.store.put(LAST_SEEN, orders[orders.length - 1].createdAt);
    }
    return orders;
  },
});
