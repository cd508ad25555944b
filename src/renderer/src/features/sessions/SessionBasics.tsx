import { useMemo } from 'react'
import { Card, Checkbox, Form, Input, Radio, Select, type FormInstance } from 'antd'
import { DEFAULT_TOPICS, minutesBetween, SESSION_FUNCTIONS, SESSION_MODES, SUPERVISION_KINDS, TEXT_LIMITS } from '@shared/model'
import { toOptions } from '../../components/options'
import { PersonSelect } from '../../components/PersonSelect'
import { ProjectSelect } from '../../components/ProjectSelect'
import { TagSelect } from '../../components/TagSelect'
import { DateInput } from '../../components/DateInput'
import { TimeInput } from '../../components/TimeInput'
import { textCount } from '../../components/text-count'
import { normalizeTime } from '../../components/time-input'
import { FORM_GRID } from './form-grid'
import type { SessionFormValues } from './session-form-values'
import { formatDuration, formatHours } from '@shared/text/format'

function durationText(start: string | undefined, end: string | undefined): string {
  const s = normalizeTime(start ?? '')
  const e = normalizeTime(end ?? '')
  if (!/^\d\d:\d\d$/.test(s) || !/^\d\d:\d\d$/.test(e)) return '—'
  const m = minutesBetween(s, e)
  if (m <= 0) return '—'
  return `${formatDuration(m)}（${formatHours(m)}）`
}

/** 基本信息 of a 督导记录: when, where, how, who, which projects and 议题 (the studio's own ones too). */
export function SessionBasics({ form, customTopics }: { form: FormInstance<SessionFormValues>; customTopics: readonly string[] | undefined }) {
  const startTime = Form.useWatch('startTime', form)
  const endTime = Form.useWatch('endTime', form)
  const topics = useMemo(() => [...new Set([...DEFAULT_TOPICS, ...(customTopics ?? [])])], [customTopics])
  return (
    <Card title="基本信息" style={{ marginBottom: 16 }}>
      <div style={FORM_GRID}>
        <Form.Item label="日期" name="date" required>
          <DateInput autoFocus />
        </Form.Item>
        <Form.Item label="开始时间" name="startTime" required>
          <TimeInput placeholder="如 09:30" />
        </Form.Item>
        <Form.Item label="结束时间" name="endTime" required extra={`时长：${durationText(startTime, endTime)}`}>
          <TimeInput placeholder="如 11:00" />
        </Form.Item>
        <Form.Item label="地点" name="location">
          <Input placeholder="如：林泉社区党群服务中心二楼会议室" count={textCount(TEXT_LIMITS.session.location, { quiet: true })} />
        </Form.Item>
        <Form.Item label="督导方式" name="mode" required>
          <Select options={toOptions(SESSION_MODES)} />
        </Form.Item>
        <Form.Item label="内部/外部督导" name="kind">
          <Radio.Group options={toOptions(SUPERVISION_KINDS)} />
        </Form.Item>
      </div>
      <Form.Item label="督导功能" name="functions" required>
        <Checkbox.Group options={toOptions(SESSION_FUNCTIONS)} />
      </Form.Item>
      <div style={FORM_GRID}>
        <Form.Item label="督导者" name="supervisorIds" required>
          <PersonSelect mode="multiple" placeholder="姓名或拼音首字母" addAs="督导者" />
        </Form.Item>
        <Form.Item label="被督导者" name="superviseeIds" required>
          <PersonSelect mode="multiple" placeholder="姓名或拼音首字母" />
        </Form.Item>
        <Form.Item label="关联项目" name="projectIds">
          <ProjectSelect mode="multiple" placeholder="可不选" />
        </Form.Item>
        <Form.Item label="议题" name="topics" extra="输入议题或拼音首字母后回车选中；没有的议题回车即新增">
          <TagSelect choices={topics} noun="议题" placeholder="选择或输入议题" />
        </Form.Item>
      </div>
    </Card>
  )
}
