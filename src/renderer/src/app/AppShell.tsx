import { memo, useMemo, useState } from 'react'
import { Badge, Layout, Menu } from 'antd'
import { createHashRouter, Navigate, Outlet, RouterProvider, useLocation, useNavigate, useNavigation } from 'react-router-dom'
import { db } from '../db/connection'
import { getStudioInfo } from '../db/settings'
import { openConflictCount } from '../db/conflicts'
import { useLive } from '../db/use-live'
import { DISTRICT_NAV_ITEMS, NAV_ITEMS, ROUTES, type NavItem } from './routes'
import { getDistrictConfig } from '../db/district-config'
import { BackupFileWatcher } from '../features/data/BackupFileWatcher'
import { BackupReminder } from '../features/data/BackupReminder'
import { SyncStatusBar } from '../features/sync/SyncStatusBar'

const menuItems = (items: NavItem[]) => items.map((n) => ({ key: n.path, icon: n.icon, label: n.label }))
const MENU_ITEMS = menuItems(NAV_ITEMS)
const DISTRICT_MENU_ITEMS = menuItems(DISTRICT_NAV_ITEMS)

/**
 * The side navigation. Memoised with items made once: on each change of screen the shell
 * re-renders, and a new items array made antd rebuild and redraw every menu entry (about 30 ms of
 * each navigation on a slow laptop core), where only the highlighted entry changes. It gets the
 * router's navigate from the shell rather than calling useNavigate itself: that hook reads the
 * route context, so every router update (a loader starting, too) redrew the whole menu.
 */
const NavMenu = memo(function NavMenu({
  selectedKey,
  onNavigate,
  openConflicts,
  district,
}: {
  /** A district computer (区级汇总) shows the district's screens instead of the studio's. */
  district: boolean
  selectedKey: string | null
  onNavigate: (path: string) => void
  /** Conflicts waiting on 冲突处理: its entry shows how many. */
  openConflicts: number
}) {
  const items = useMemo(
    () =>
      district
        ? DISTRICT_MENU_ITEMS
        : openConflicts > 0
        ? MENU_ITEMS.map((i) =>
            i.key === '/conflicts'
              ? { ...i, label: <span>冲突处理 <Badge count={openConflicts} size="small" aria-label={`${openConflicts} 条待处理`} /></span> }
              : i,
          )
        : MENU_ITEMS,
    [openConflicts, district],
  )
  return (
    <Menu
      mode="inline"
      selectedKeys={selectedKey ? [selectedKey] : []}
      items={items}
      onClick={(e) => onNavigate(e.key)}
      style={{ borderInlineEnd: 'none' }}
    />
  )
})

/** The backup prompts above every screen; they do not depend on the screen shown. */
const BackupPrompts = memo(function BackupPrompts() {
  return (
    <>
      <BackupReminder />
      <BackupFileWatcher />
    </>
  )
})

/**
 * A thin bar along the top edge while a screen's data is read before it is drawn (指数看板). It
 * shows only after 150 ms (global.css), so quick reads do not flicker; the screen before stays
 * usable meanwhile.
 */
function NavigationProgress() {
  const busy = useNavigation().state === 'loading'
  return busy ? <div className="nav-progress" role="progressbar" aria-label="正在读取数据" /> : null
}

function Shell() {
  const location = useLocation()
  // A data router's navigate keeps its identity, so the memoised menu is not redrawn by it.
  const navigate = useNavigate()
  const studio = useLive(() => getStudioInfo(db), [])
  const openConflicts = useLive(() => openConflictCount(db), []) ?? 0
  // undefined while the setting is read: nothing is redirected before it is known.
  const districtConfig = useLive(() => getDistrictConfig(db), [])
  const district = !!districtConfig
  const nav = district ? DISTRICT_NAV_ITEMS : NAV_ITEMS
  const selected = nav.find((n) => location.pathname === n.path || location.pathname.startsWith(`${n.path}/`))
  const elsewhere = district && !selected
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={200} theme="light" style={{ borderRight: '1px solid #e3e8e6' }}>
        <div style={{ padding: '18px 16px 12px', fontWeight: 700, fontSize: 17, color: '#1f6f5c' }}>社工督导工作台</div>
        <nav aria-label="主导航">
          <NavMenu selectedKey={selected?.path ?? null} onNavigate={navigate} openConflicts={openConflicts} district={district} />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: '#fff', borderBottom: '1px solid #e3e8e6', padding: '0 24px', height: 52, lineHeight: '52px', display: 'flex', alignItems: 'center', gap: 12 }}
        >
          <span style={{ fontWeight: 600 }}>{studio?.name || (district ? '区级汇总' : '未命名工作室')}</span>
          {district ? <span className="muted">{studio?.name ? '区级汇总 · ' : ''}{districtConfig?.studios.length ?? 0} 个授权工作室</span> : null}
          {studio?.lead ? <span className="muted">领衔人：{studio.lead}</span> : null}
          <span style={{ marginInlineStart: 'auto' }}>
            {district ? null : <SyncStatusBar conflicts={openConflicts} onOpenConflicts={() => navigate('/conflicts')} />}
          </span>
        </Layout.Header>
        <NavigationProgress />
        <Layout.Content style={{ padding: 24 }}>
          <main>
            {district ? null : <BackupPrompts />}
            {elsewhere ? <Navigate to="/district" replace /> : <Outlet />}
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  )
}

// A data router: forms need useBlocker to ask before leaving unsaved changes, and the 指数看板
// reads its data in a loader. Made when the shell first renders, not when this module loads: a
// router runs the first screen's loader at once, and the database is opened (Root) only then.
function makeRouter() {
  return createHashRouter([
    {
      element: <Shell />,
      children: [...ROUTES, { path: '*', element: <Navigate to={NAV_ITEMS[0]!.path} replace /> }],
    },
  ])
}

export function AppShell() {
  const [router] = useState(makeRouter)
  return <RouterProvider router={router} />
}
