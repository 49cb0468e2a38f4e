import { catalogueData } from './catalogue-data';
import { catalogueSchema, type Catalogue } from './catalogue-schema';

/** The shipped catalogue, validated once at load; a test keeps it valid. */
export const CATALOGUE: Catalogue = catalogueSchema.parse(catalogueData);
