import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../src/domain/catalogue';
import { catalogueSchema } from '../src/domain/catalogue-schema';
import { prebuiltCatalogueModule } from './prebuilt-catalogue';

describe('the catalogue validated at build time', () => {
  it('is the parsed catalogue, unchanged by the trip through JSON', async () => {
    const code = prebuiltCatalogueModule(CATALOGUE);
    const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
    const built = ((await import(/* @vite-ignore */ url)) as { CATALOGUE: unknown }).CATALOGUE;
    expect(built).toEqual(CATALOGUE);
    expect(catalogueSchema.parse(built)).toEqual(built);
  });
});
