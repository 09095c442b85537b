// The products a case can be about, chosen (optionally) at classification: the central API
// syncs them as the settings document `products` (keys, labels in each language, which are
// active), so an administrator adds or retires a product without a new console. Satisfaction
// and the other reports are read by product. A document that fails the schema is ignored whole:
// no product is offered, never a half-read list.
import { z } from 'zod';

export const PRODUCTS_SETTING = 'products';

const Label = z.string().trim().min(1).max(80);

export const Product = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'a product key is a lowercase code such as "fibra_300"'),
  label: z.object({ es: Label, en: Label, pt: Label }),
  active: z.boolean(),
});
export type Product = z.infer<typeof Product>;

export const ProductsDocument = z.object({
  version: z.literal(1),
  products: z.array(Product).max(200)
    .refine((products) => new Set(products.map((p) => p.key)).size === products.length, 'each key appears once'),
});
export type ProductsDocument = z.infer<typeof ProductsDocument>;

/** The synced list; none when the document is missing or invalid (the product is optional). */
export function productsFrom(value: unknown): Product[] {
  const parsed = ProductsDocument.safeParse(value);
  return parsed.success ? parsed.data.products : [];
}

/** Why a product cannot be chosen, or null when it can (none is always fine): the same rule in console and server. */
export function productProblem(products: readonly Product[], key: string | null | undefined): 'unknown_product' | null {
  if (key === null || key === undefined) return null;
  return products.some((p) => p.key === key && p.active) ? null : 'unknown_product';
}
