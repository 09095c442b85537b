// The organisation's customer directory, for the link and merge pickers.
import { CustomerSearchRequest } from '../../protocol/directory.ts';
import { readJson, sendJson } from '../http.ts';
import { authenticate } from './auth.ts';
import type { Api, Routes } from './route.ts';

export const directoryRoutes = (api: Api): Routes => ({
  'POST /v1/customers/search': async (req, res) => {
    await authenticate(api, req);
    sendJson(res, 200, { customers: await api.store.directory.search(await readJson(req, CustomerSearchRequest)) });
  },
});
