import type { StoreOcopProduct } from "@ocop/sdk"
import { listOcopProducts } from "./list-products"
import type { StoreContext } from "./store-context"

/**
 * Up to `limit` other products of a product's group in the key's channels, best rated first: the
 * row a product page shows under the product, carried by the detail answer.
 */
export async function relatedOcopProducts(
  ctx: StoreContext,
  product: { id: string; ocop: { group: string } },
  limit: number
): Promise<StoreOcopProduct[]> {
  // one more than asked: the product itself may be among its group's best
  const { products } = await listOcopProducts(ctx, {
    group: product.ocop.group,
    sort: "stars",
    limit: limit + 1,
    offset: 0,
  })
  return products.filter((candidate) => candidate.id !== product.id).slice(0, limit)
}
