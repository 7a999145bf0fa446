import { Form, useLocation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { TEXT_SIZES, type TextSize } from '~/domain/help/text-size.ts'

/** "Cỡ chữ: A A A" — a plain form, so it works before (and without) the page's JavaScript. */
export function TextSizeControl({ current }: { current: TextSize }) {
  const { t } = useTranslation()
  const { pathname, search } = useLocation()
  return (
    <Form method="post" action="/co-chu" reloadDocument className="text-size" aria-label={t('help.textSize.label')}>
      <input type="hidden" name="back" value={`${pathname}${search}`} />
      <span aria-hidden="true">{t('help.textSize.label')}:</span>
      {TEXT_SIZES.map((size) => (
        <button key={size} type="submit" name="size" value={size} className={`text-size__option text-size__option--${size}`} aria-pressed={size === current} aria-label={t(`help.textSize.${size}`)}>
          A
        </button>
      ))}
    </Form>
  )
}
