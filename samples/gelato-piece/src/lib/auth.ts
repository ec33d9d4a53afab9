import { PieceAuth, Property } from '@activepieces/pieces-framework';

/**
 * The piece's auth: the CUSTOM_AUTH of samples/Gelato.Backend/pieces/gelato.piece.json. The backend's record
 * GelatoConnection (ApiKey, StoreId) writes exactly these props; the analyzers check it against that file, which
 * `dotnet activepieces pieces pull --from samples/gelato-piece` writes from this piece's build.
 */
export const gelatoAuth = PieceAuth.CustomAuth({
  displayName: 'Gelato Connection',
  description: 'Your Gelato API key and store id.',
  required: true,
  props: {
    apiKey: PieceAuth.SecretText({
      displayName: 'API Key',
      description: 'The Gelato API key of the store.',
      required: true,
    }),
    storeId: Property.ShortText({
      displayName: 'Store ID',
      description: 'The Gelato store id.',
      required: true,
    }),
  },
});

/** The Gelato REST API, unless a step sets another base URL (a sandbox, or a test server). */
export const GELATO_API_URL = 'https://order.gelatoapis.com';
