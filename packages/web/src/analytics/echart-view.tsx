import { BarChart, SankeyChart } from 'echarts/charts'
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { type EChartsCoreOption, init, use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import { useEffect, useRef } from 'react'

use([BarChart, SankeyChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer])

/**
 * An ECharts chart drawn in SVG. The chart is an image to assistive technologies, named by
 * `summary` (the table next to it carries the figures).
 */
export function EChartView(props: {
  readonly option: EChartsCoreOption
  readonly summary: string
  readonly height?: number
}) {
  const container = useRef<HTMLDivElement>(null)
  const { option } = props
  useEffect(() => {
    const element = container.current
    if (element === null) return
    const chart = init(element, undefined, { renderer: 'svg' })
    chart.setOption(option)
    const observer = new ResizeObserver(() => chart.resize())
    observer.observe(element)
    return () => {
      observer.disconnect()
      chart.dispose()
    }
  }, [option])
  return (
    <div
      ref={container}
      className="analytics-chart"
      role="img"
      aria-label={props.summary}
      style={{ height: `${props.height ?? 320}px` }}
    />
  )
}
