import { createPiece } from '@activepieces/pieces-framework';
import { getStore } from './lib/actions/get-store';
import { gelatoAuth } from './lib/auth';
import { newOrder } from './lib/triggers/new-order';

export const gelato = createPiece({
  displayName: 'Gelato',
  description: 'The hypothetical Gelato piece of the Activepieces predefined-connection docs.',
  logoUrl: 'https://cdn.activepieces.com/pieces/gelato.png',
  minimumSupportedRelease: '0.82.0',
  authors: [],
  auth: gelatoAuth,
  actions: [getStore],
  triggers: [newOrder],
});
