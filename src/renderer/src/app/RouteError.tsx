import { Button, Result } from 'antd'
import { useNavigate, useRevalidator, useRouteError } from 'react-router-dom'

/** A screen whose data could not be read: what happened in Chinese, and a way to try again. */
export function RouteError() {
  const error = useRouteError()
  const { revalidate, state } = useRevalidator()
  const navigate = useNavigate()
  const detail = error instanceof Error ? error.message : String(error)
  return (
    <Result
      status="error"
      title="读取数据时出错"
      subTitle={`本页面的数据没有读出来，已保存的数据不受影响。可以重试；如果一再出现，请先到“设置”点“立即备份”，再联系技术支持。（${detail}）`}
      extra={[
        <Button key="retry" type="primary" loading={state === 'loading'} onClick={() => void revalidate()}>
          重试
        </Button>,
        <Button key="home" onClick={() => navigate('/home')}>
          回到工作台
        </Button>,
      ]}
    />
  )
}
