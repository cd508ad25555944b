import type { ReactNode } from 'react'
import { DeleteOutlined, ProjectOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons'
import { PersonsPage } from '../features/persons/PersonsPage'
import { PersonDetailPage } from '../features/persons/PersonDetailPage'
import { ProjectsPage } from '../features/projects/ProjectsPage'
import { ProjectDetailPage } from '../features/projects/ProjectDetailPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { TrashPage } from '../features/trash/TrashPage'
import { SessionFormPage } from '../features/sessions/SessionFormPage'

export interface NavItem {
  path: string
  label: string
  icon: ReactNode
}

/** The sidebar: only sections that exist. */
export const NAV_ITEMS: NavItem[] = [
  { path: '/projects', label: '服务项目', icon: <ProjectOutlined /> },
  { path: '/persons', label: '人员', icon: <TeamOutlined /> },
  { path: '/trash', label: '回收站', icon: <DeleteOutlined /> },
  { path: '/settings', label: '设置', icon: <SettingOutlined /> },
]

export const ROUTES: { path: string; element: ReactNode }[] = [
  { path: '/projects', element: <ProjectsPage /> },
  { path: '/projects/:id', element: <ProjectDetailPage /> },
  { path: '/persons', element: <PersonsPage /> },
  { path: '/persons/:id', element: <PersonDetailPage /> },
  { path: '/sessions/new', element: <SessionFormPage /> },
  { path: '/sessions/:id', element: <SessionFormPage /> },
  { path: '/trash', element: <TrashPage /> },
  { path: '/settings', element: <SettingsPage /> },
]
