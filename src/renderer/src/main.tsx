import React from 'react'
import { createRoot } from 'react-dom/client'
import { App as AntApp, ConfigProvider } from 'antd'
import zhCN from 'antd/locale/zh_CN'
// antd's prebuilt stylesheet, with zeroRuntime below: components no longer generate and inject
// their CSS the first time each is drawn (about 30 ms on the first open of the 指数看板 here).
// The theme's tokens still reach that CSS as variables.
import 'antd/dist/antd.css'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { Root } from './app/Root'
import './app/global.css'

dayjs.locale('zh-cn')

// People who ask their system for less motion get no animations (and so do the e2e tests).
const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false

createRoot(document.getElementById('root')!).render(
  <React.StrictMode>
    <ConfigProvider
      locale={zhCN}
      theme={{
        zeroRuntime: true,
        token: {
          motion: !reduceMotion,
          colorPrimary: '#1f6f5c',
          fontFamily:
            '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif',
        },
      }}
    >
      <AntApp>
        <Root />
      </AntApp>
    </ConfigProvider>
  </React.StrictMode>,
)
