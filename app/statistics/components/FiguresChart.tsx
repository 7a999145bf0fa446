import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

export interface ChartGroup {
  label: string
  early: number
  onTime: number
  late: number
  inProgressInTime: number
  inProgressOverdue: number
}

const SERIES = [
  { name: 'early', color: '#00703c' },
  { name: 'onTime', color: '#4c9f70' },
  { name: 'late', color: '#d4351c' },
  { name: 'inProgressInTime', color: '#1d70b8' },
  { name: 'inProgressOverdue', color: '#f47738' },
] as const

/**
 * How each group's dossiers stand, as stacked bars drawn by Chart.js. The library is loaded only here, after
 * the page has shown; the table below the chart carries the same figures for screen readers and print.
 */
export function FiguresChart({ groups }: { groups: ChartGroup[] }) {
  const { t } = useTranslation()
  const canvas = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    let chart: { destroy(): void } | undefined
    let cancelled = false
    void import('chart.js').then(({ Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip }) => {
      if (cancelled || !canvas.current) return
      Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip)
      chart = new Chart(canvas.current, {
        type: 'bar',
        data: {
          labels: groups.map((g) => g.label),
          datasets: SERIES.map((s) => ({ label: t(`dashboard.columns.${s.name}`), data: groups.map((g) => g[s.name]), backgroundColor: s.color })),
        },
        options: { indexAxis: 'y', maintainAspectRatio: false, animation: false, scales: { x: { stacked: true, ticks: { precision: 0 } }, y: { stacked: true } } },
      })
    })
    return () => {
      cancelled = true
      chart?.destroy()
    }
  }, [groups, t])
  return (
    <figure className="chart" style={{ height: `${Math.max(12, groups.length * 2.2 + 6)}rem` }}>
      <canvas ref={canvas} role="img" aria-label={t('dashboard.chartLabel')} />
    </figure>
  )
}
