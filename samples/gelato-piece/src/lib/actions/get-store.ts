import { createAction, Property } from '@activepieces/pieces-framework';
import { fetchGelatoConnection } from '../../generated/gelato-connection';
import { GELATO_API_URL, gelatoAuth } from '../auth';
import { gelatoGet } from '../gelato-api';

/**
 * Reads the store of the org the flow runs for. The step asks for no connection (`requireAuth: false`): the backend
 * wrote `gelato_<org>` for the project, and the generated helper finds it.
 */
export const getStore = createAction({
  auth: gelatoAuth,
  requireAuth: false,
  name: 'get_store',
  displayName: 'Get store',
  description: "Reads the org's Gelato store, with the credentials the backend provisioned for the org.",
  props: {
    baseUrl: Property.ShortText({ displayName: 'API base URL', required: false, defaultValue: GELATO_API_URL }),
  },
  async run(context) {
    const connection = await fetchGelatoConnection(context);
    const { apiKey, storeId } = connection.props;
    const store = await gelatoGet(context.propsValue.baseUrl || GELATO_API_URL, apiKey, `/v4/stores/${encodeURIComponent(storeId)}`);
    return { storeId, store };
  },
});
