import type { MetaDescriptor } from '@remix-run/node'

/** Loaders translate their page's title; `meta` only places it. */
export function titleMeta(data: { title?: string } | undefined): MetaDescriptor[] {
  return data?.title ? [{ title: data.title }] : []
}
