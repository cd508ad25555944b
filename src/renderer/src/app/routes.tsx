import type { ReactNode } from 'react'
import { Spin } from 'antd'
import type { RouteObject } from 'react-router-dom'
import { ApartmentOutlined, BranchesOutlined, ClusterOutlined, CheckSquareOutlined, DashboardOutlined, DeleteOutlined, FileTextOutlined, FileWordOutlined, FormOutlined, HomeOutlined, ProjectOutlined, QuestionCircleOutlined, ScheduleOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons'
import { PersonsPage, personsScreen } from '../features/persons/PersonsPage'
import { PersonDetailPage, personDetailScreen } from '../features/persons/PersonDetailPage'
import { ProjectsPage, projectsScreen } from '../features/projects/ProjectsPage'
import { ProjectDetailPage, projectDetailScreen } from '../features/projects/ProjectDetailPage'
import { SettingsPage, settingsScreen } from '../features/settings/SettingsPage'
import { TrashPage, trashScreen } from '../features/trash/TrashPage'
import { SessionFormPage } from '../features/sessions/SessionFormPage'
import { SessionsPage } from '../features/sessions/SessionsPage'
import { FollowUpsPage, followUpsScreen } from '../features/follow-ups/FollowUpsPage'
import { HomePage, homeScreen } from '../features/home/HomePage'
import { DashboardPage } from '../features/dashboard/DashboardPage'
import { dashboardScreen } from '../features/dashboard/dashboard-screen'
import { RouteError } from './RouteError'
import type { Screen } from './screen-data'
import { AssessmentsPage, assessmentsScreen } from '../features/assessments/AssessmentsPage'
import { AssessmentFormPage } from '../features/assessments/AssessmentFormPage'
import { FrameworksPage, frameworksScreen } from '../features/index-framework/FrameworksPage'
import { FrameworkEditPage, frameworkEditScreen } from '../features/index-framework/FrameworkEditPage'
import { ReportsPage, reportsScreen } from '../features/reports/ReportsPage'
import { HelpPage } from '../features/help/HelpPage'
import { ConflictsPage, conflictsScreen } from '../features/conflicts/ConflictsPage'
import { PlansPage, plansScreen } from '../features/plans/PlansPage'
import { AgreementFormPage } from '../features/plans/AgreementFormPage'
import { DistrictPage } from '../features/district/DistrictPage'
import { districtScreen } from '../features/district/district-screen'
import { StudioRollupPage } from '../features/district/StudioRollupPage'
import { studioRollupScreen } from '../features/district/studio-rollup-screen'

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
  { path: '/plans', label: '督导计划', icon: <ScheduleOutlined /> },
  { path: '/assessments', label: '项目评估', icon: <FormOutlined /> },
  { path: '/dashboard', label: '指数看板', icon: <DashboardOutlined /> },
  { path: '/reports', label: '报告导出', icon: <FileWordOutlined /> },
  { path: '/projects', label: '服务项目', icon: <ProjectOutlined /> },
  { path: '/persons', label: '人员', icon: <TeamOutlined /> },
  { path: '/frameworks', label: '指数框架', icon: <ApartmentOutlined /> },
  { path: '/conflicts', label: '冲突处理', icon: <BranchesOutlined /> },
  { path: '/trash', label: '回收站', icon: <DeleteOutlined /> },
  { path: '/settings', label: '设置', icon: <SettingOutlined /> },
  { path: '/help', label: '帮助', icon: <QuestionCircleOutlined /> },
]

/** The sidebar of a district computer (区级汇总): the district's screens, its settings, the help. */
export const DISTRICT_NAV_ITEMS: NavItem[] = [
  { path: '/district', label: '区级看板', icon: <ClusterOutlined /> },
  { path: '/settings', label: '设置', icon: <SettingOutlined /> },
  { path: '/help', label: '帮助', icon: <QuestionCircleOutlined /> },
]

/**
 * A route whose screen reads its data before it is drawn (app/screen-data.tsx). The spinner shows
 * only when the app opens on the screen; later the screen before stays until the data is read.
 * `page` is made once, here: the Provider redrawing does not redraw it (only new data does).
 */
function read<T>(s: Screen<T>, page: ReactNode): Omit<RouteObject, 'path' | 'index' | 'children'> {
  return {
    element: <s.Provider>{page}</s.Provider>,
    loader: s.loader,
    shouldRevalidate: s.shouldRevalidate,
    hydrateFallbackElement: <Spin />,
    errorElement: <RouteError />,
  }
}

export const ROUTES: RouteObject[] = [
  { path: '/home', ...read(homeScreen, <HomePage />) },
  { path: '/dashboard', ...read(dashboardScreen, <DashboardPage />) },
  { path: '/reports', ...read(reportsScreen, <ReportsPage />) },
  { path: '/assessments', ...read(assessmentsScreen, <AssessmentsPage />) },
  { path: '/assessments/new', element: <AssessmentFormPage /> },
  { path: '/assessments/:id', element: <AssessmentFormPage /> },
  { path: '/frameworks', ...read(frameworksScreen, <FrameworksPage />) },
  { path: '/frameworks/:id', ...read(frameworksScreen, <FrameworksPage />) },
  { path: '/frameworks/:id/edit', ...read(frameworkEditScreen, <FrameworkEditPage />) },
  { path: '/projects', ...read(projectsScreen, <ProjectsPage />) },
  { path: '/projects/:id', ...read(projectDetailScreen, <ProjectDetailPage />) },
  { path: '/persons', ...read(personsScreen, <PersonsPage />) },
  { path: '/persons/:id', ...read(personDetailScreen, <PersonDetailPage />) },
  // No loader: the list draws at once from the session index (see SessionsPage).
  { path: '/sessions', element: <SessionsPage /> },
  { path: '/sessions/new', element: <SessionFormPage /> },
  { path: '/sessions/:id', element: <SessionFormPage /> },
  { path: '/follow-ups', ...read(followUpsScreen, <FollowUpsPage />) },
  { path: '/plans', ...read(plansScreen, <PlansPage />) },
  { path: '/plans/agreements/new', element: <AgreementFormPage /> },
  { path: '/plans/agreements/:id', element: <AgreementFormPage /> },
  { path: '/conflicts', ...read(conflictsScreen, <ConflictsPage />) },
  { path: '/trash', ...read(trashScreen, <TrashPage />) },
  { path: '/settings', ...read(settingsScreen, <SettingsPage />) },
  { path: '/help', element: <HelpPage /> },
  { path: '/district', ...read(districtScreen, <DistrictPage />) },
  { path: '/district/studios/:code', ...read(studioRollupScreen, <StudioRollupPage />) },
]
