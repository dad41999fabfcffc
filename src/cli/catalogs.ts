/** The subject catalogues of one check: the bundled ones, with the user's lists (--catalog) added or in their place. */

import { defaultCatalogs, type Catalogs } from '../core/catalog';
import { assertCompleteList, mergeUserCatalogs, withUserCatalog } from '../core/catalog/user';
import { readCatalogFile } from '../hosts/file/read-catalog';
import type { CheckArgs } from './args';

export async function catalogsOf(args: Pick<CheckArgs, 'catalogs' | 'catalogComplete'>): Promise<Catalogs> {
  const userLists = await Promise.all(args.catalogs.map(readCatalogFile));
  const userCatalog = userLists.length ? mergeUserCatalogs(userLists) : null;
  if (!userCatalog) return defaultCatalogs();
  if (args.catalogComplete) assertCompleteList(userCatalog);
  return withUserCatalog(defaultCatalogs(), userCatalog, args.catalogComplete);
}
