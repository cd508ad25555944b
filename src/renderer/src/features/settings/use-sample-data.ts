import { useState } from 'react'
import { App } from 'antd'
import { generateSampleData } from '@shared/sample/generator'
import { SAMPLE_STUDIO } from '@shared/sample/places'
import { db } from '../../db/connection'
import { todayString } from '../../db/clock'
import { loadSampleData } from '../../db/sample-data'
import { describeError } from '../../app/errors'

/** 载入示例数据 (设置 and the 工作台's checklist): the sample studio, and what was loaded said. */
export function useSampleData() {
  const [loading, setLoading] = useState(false)
  const { message } = App.useApp()
  const load = async () => {
    setLoading(true)
    try {
      const data = generateSampleData({ seed: 2025, today: todayString() })
      // A studio name on the reports and in the header, unless the user already gave one.
      await loadSampleData(db, data, { studio: { name: SAMPLE_STUDIO, unit: '青岛西海岸新区社会工作服务中心（示例）' } })
      message.success(`已载入示例数据：${data.persons.length} 名人员、${data.projects.length} 个项目、${data.sessions.length} 条督导记录`)
    } catch (e) {
      message.error(describeError(e, 'save'))
    } finally {
      setLoading(false)
    }
  }
  return { loading, load: () => void load() }
}
