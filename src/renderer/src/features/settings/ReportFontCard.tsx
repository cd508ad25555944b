import { App, Card, Radio, Typography } from 'antd'
import type { Preferences } from '@shared/model'
import { FONT_SET_LABELS, type FontSetName } from '@shared/reports/fonts'
import { db } from '../../db/connection'
import { updatePreferences } from '../../db/settings'
import { describeError } from '../../app/errors'

const CHOICES: FontSetName[] = ['windows', 'official']

/** 报告字体: which fonts the Word reports name (报告导出 points here). Saved as it is chosen. */
export function ReportFontCard({ fonts }: { fonts: Preferences['reportFonts'] }) {
  const { message } = App.useApp()
  const choose = async (next: FontSetName) => {
    try {
      await updatePreferences(db, { reportFonts: next })
      message.success(`报告字体已改为${FONT_SET_LABELS[next].replace(/（.*$/, '')}`)
    } catch (e) {
      message.error(describeError(e, 'save'))
    }
  }
  return (
    <Card title="报告字体" style={{ marginBottom: 16 }}>
      <Radio.Group aria-label="报告字体" value={fonts} onChange={(e) => void choose(e.target.value as FontSetName)} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
        {CHOICES.map((c) => (
          <Radio key={c} value={c}>
            {FONT_SET_LABELS[c]}
          </Radio>
        ))}
      </Radio.Group>
      <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
        公文字体只在装有这些字体的电脑上显示为公文字体，否则 WPS/Word 会用相近的字体代替；不确定时请用 Windows 常用字体。
      </Typography.Paragraph>
    </Card>
  )
}
