/** A GET on the Gelato API with the store's API key; the key goes in the X-API-KEY header and nowhere else. */
export async function gelatoGet(baseUrl: string, apiKey: string, path: string): Promise<unknown> {
  const response = await fetch(new URL(path, baseUrl), { headers: { 'X-API-KEY': apiKey, Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`Gelato answered ${response.status} for GET ${path}.`);
  }
  return response.json();
}
