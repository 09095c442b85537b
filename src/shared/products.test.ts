import { describe, expect, it } from 'vitest';
import { productProblem, productsFrom, ProductsDocument } from './products.ts';

const label = { es: 'Fibra 300 Mb', en: 'Fiber 300 Mb', pt: 'Fibra 300 Mb' };
const doc = (products: unknown[]) => ({ version: 1, products });

describe('the products document', () => {
  it('reads the synced list, active and retired products alike', () => {
    const products = productsFrom(doc([{ key: 'fibra_300', label, active: true }, { key: 'telefonia_fija', label, active: false }]));
    expect(products.map((p) => [p.key, p.active])).toEqual([['fibra_300', true], ['telefonia_fija', false]]);
  });

  it('offers no product when the document is missing or invalid, never a half-read list', () => {
    expect(productsFrom(undefined)).toEqual([]);
    expect(productsFrom({ products: [] })).toEqual([]);
    expect(productsFrom(doc([{ key: 'fibra_300', label, active: true }, { key: 'Con Espacios', label, active: true }]))).toEqual([]);
    expect(productsFrom(doc([{ key: 'fibra_300', label: { es: 'Fibra', en: 'Fiber' }, active: true }]))).toEqual([]);
  });

  it('refuses a key twice and an empty label, saying why', () => {
    const twice = ProductsDocument.safeParse(doc([{ key: 'a', label, active: true }, { key: 'a', label, active: false }]));
    expect(twice.success).toBe(false);
    expect(twice.error?.issues.map((i) => i.message)).toContain('each key appears once');
    expect(ProductsDocument.safeParse(doc([{ key: 'a', label: { ...label, es: '  ' }, active: true }])).success).toBe(false);
  });

  it('accepts no product, or an active one; refuses a retired or unknown key', () => {
    const products = productsFrom(doc([{ key: 'fibra_300', label, active: true }, { key: 'telefonia_fija', label, active: false }]));
    expect(productProblem(products, undefined)).toBeNull();
    expect(productProblem(products, null)).toBeNull();
    expect(productProblem(products, 'fibra_300')).toBeNull();
    expect(productProblem(products, 'telefonia_fija')).toBe('unknown_product');
    expect(productProblem(products, 'nada')).toBe('unknown_product');
  });
});
