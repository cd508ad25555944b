import type { ReactNode } from 'react'
import { Spin } from 'antd'
import type { RouteObject } from 'react-router-dom'
import { ApartmentOutlined, CheckSquareOutlined, DashboardOutlined, DeleteOutlined, FileTextOutlined, FileWordOutlined, FormOutlined, HomeOutlined, ProjectOutlined, QuestionCircleOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons'
import { PersonsPage } from '../features/persons/PersonsPage'
import { PersonDetailPage } from '../features/persons/PersonDetailPage'
import { ProjectsPage } from '../features/projects/ProjectsPage'
import { ProjectDetailPage } from '../features/projects/ProjectDetailPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { TrashPage } from '../features/trash/TrashPage'
import { SessionFormPage } from '../features/sessions/SessionFormPage'
import { SessionsPage } from '../features/sessions/SessionsPage'
import { FollowUpsPage } from '../features/follow-ups/FollowUpsPage'
import { HomePage } from '../features/home/HomePage'
import { DashboardPage, dashboardLoader } from '../features/dashboard/DashboardPage'
import { RouteError } from './RouteError'
import { AssessmentsPage } from '../features/assessments/AssessmentsPage'
import { AssessmentFormPage } from '../features/assessments/AssessmentFormPage'
import { FrameworksPage } from '../features/index-framework/FrameworksPage'
import { FrameworkEditPage } from '../features/index-framework/FrameworkEditPage'
import { ReportsPage } from '../features/reports/ReportsPage'
import { HelpPage } from '../features/help/HelpPage'

export interface NavItem {
  path: string
  label: string
  icon: ReactNode
}

/** The sidebar: only sections that exist. */
export const NAV_ITEMS: NavItem[] = [
  { path: '/home', label: '工作台', icon: <HomeOutlined /> },
  { path: '/sessions', label: '督导记录', icon: <FileTextOutlined /> },
  { path: '/follow-ups', label: '跟进事项', icon: <CheckSquareOutlined /> },
  { path: '/assessments', label: '项目评估', icon: <FormOutlined /> },
  { path: '/dashboard', label: '指数看板', icon: <DashboardOutlined /> },
  { path: '/reports', label: '报告导出', icon: <FileWordOutlined /> },
  { path: '/projects', label: '服务项目', icon: <ProjectOutlined /> },
  { path: '/persons', label: '人员', icon: <TeamOutlined /> },
  { path: '/frameworks', label: '指数框架', icon: <ApartmentOutlined /> },
  { path: '/trash', label: '回收站', icon: <DeleteOutlined /> },
  { path: '/settings', label: '设置', icon: <SettingOutlined /> },
  { path: '/help', label: '帮助', icon: <QuestionCircleOutlined /> },
]

export const ROUTES: RouteObject[] = [
  { path: '/home', element: <HomePage /> },
  // Read before it is drawn (see dashboardLoader); the spinner only when the app opens on it.
  { path: '/dashboard', element: <DashboardPage />, loader: dashboardLoader, hydrateFallbackElement: <Spin />, errorElement: <RouteError /> },
  { path: '/reports', element: <ReportsPage /> },
  { path: '/assessments', element: <AssessmentsPage /> },
  { path: '/assessments/new', element: <AssessmentFormPage /> },
  { path: '/assessments/:id', element: <AssessmentFormPage /> },
  { path: '/frameworks', element: <FrameworksPage /> },
  { path: '/frameworks/:id', element: <FrameworksPage /> },
  { path: '/frameworks/:id/edit', element: <FrameworkEditPage /> },
  { path: '/projects', element: <ProjectsPage /> },
  { path: '/projects/:id', element: <ProjectDetailPage /> },
  { path: '/persons', element: <PersonsPage /> },
  { path: '/persons/:id', element: <PersonDetailPage /> },
  { path: '/sessions', element: <SessionsPage /> },
  { path: '/sessions/new', element: <SessionFormPage /> },
  { path: '/sessions/:id', element: <SessionFormPage /> },
  { path: '/follow-ups', element: <FollowUpsPage /> },
  { path: '/trash', element: <TrashPage /> },
  { path: '/settings', element: <SettingsPage /> },
  { path: '/help', element: <HelpPage /> },
]
