import { Button, Card, Typography } from 'antd'
import { useSampleData } from './use-sample-data'

/** Offered only while the database is empty, so real records never mix with invented ones. */
export function SampleDataCard({ empty }: { empty: boolean }) {
  const sample = useSampleData()
  if (!empty) return null
  return (
    <Card title="示例数据" style={{ marginBottom: 16 }}>
      <Typography.Paragraph>
        数据库目前是空的。可以先载入一套示例数据（虚构的人员、服务项目、季度进展和督导记录）熟悉软件；示例数据只在数据库为空时提供。
      </Typography.Paragraph>
      <Button onClick={sample.load} loading={sample.loading}>
        载入示例数据
      </Button>
    </Card>
  )
}
