import { useState } from 'react'
import { App, Button, Card, Typography } from 'antd'
import { generateSampleData } from '@shared/sample/generator'
import { db } from '../../db/connection'
import { todayString } from '../../db/clock'
import { SAMPLE_STUDIO } from '@shared/sample/places'
import { loadSampleData } from '../../db/sample-data'
import { describeError } from '../../app/errors'

/** Offered only while the database is empty, so real records never mix with invented ones. */
export function SampleDataCard({ empty }: { empty: boolean }) {
  const [loading, setLoading] = useState(false)
  const { message } = App.useApp()
  if (!empty) return null

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

  return (
    <Card title="示例数据" style={{ marginBottom: 16 }}>
      <Typography.Paragraph>
        数据库目前是空的。可以先载入一套示例数据（虚构的人员、服务项目、季度进展和督导记录）熟悉软件；示例数据只在数据库为空时提供。
      </Typography.Paragraph>
      <Button onClick={load} loading={loading}>
        载入示例数据
      </Button>
    </Card>
  )
}
