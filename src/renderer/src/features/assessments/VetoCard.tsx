import { Card, Form, Input, Select, Switch } from 'antd'
import { TEXT_LIMITS, VETO_TYPES } from '@shared/model'
import { toOptions } from '../../components/options'
import { textCount } from '../../components/text-count'

/** 一票否决: whether such an event happened this period, and then its type and what happened. */
export function VetoCard({ vetoOn }: { vetoOn: boolean | undefined }) {
  return (
    <Card title="一票否决" size="small" style={{ marginBottom: 16 }}>
      <Form.Item name="vetoOn" valuePropName="checked" label="本期发生一票否决事件" extra="记录后颜色为红色，不论总分多少；报告中写明原因。">
        <Switch aria-label="一票否决" />
      </Form.Item>
      {vetoOn ? (
        <div className="as-grid">
          <Form.Item label="事件类型" name={['veto', 'type']} required>
            <Select aria-label="一票否决事件类型" options={toOptions(VETO_TYPES)} placeholder="请选择" />
          </Form.Item>
          <Form.Item label="事件说明" name={['veto', 'note']} required>
            <Input.TextArea aria-label="一票否决事件说明" autoSize={{ minRows: 1, maxRows: 6 }} count={textCount(TEXT_LIMITS.assessment.vetoNote)} />
          </Form.Item>
        </div>
      ) : null}
    </Card>
  )
}
