import { Card, Typography } from 'antd'
import guide from '../../../../../docs/guide.md?raw'
import { MarkdownView } from './MarkdownView'
import './help.css'

/** 帮助: the user guide bundled with the app (docs/guide.md), also opened by 帮助 → 使用指南 (F1). */
export function HelpPage() {
  return (
    <section aria-labelledby="help-title">
      <h1 className="page-title" id="help-title">
        帮助
      </h1>
      <Card>
        <article aria-label="使用指南" className="help-guide">
          <MarkdownView source={guide} headingOffset={1} />
        </article>
        <Typography.Paragraph type="secondary" style={{ marginTop: 24, marginBottom: 0 }}>
          桌面版中随时按 F1 或选择菜单“帮助 → 使用指南”打开本页。
        </Typography.Paragraph>
      </Card>
    </section>
  )
}
