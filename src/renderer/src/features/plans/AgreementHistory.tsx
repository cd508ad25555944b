import { db } from '../../db/connection'
import { agreementHistory } from '../../db/agreements'
import { useLive } from '../../db/use-live'
import { HistoryCard } from '../../components/HistoryCard'
import { useNameMaps } from '../sessions/use-session-index'
import { agreementFieldText } from './agreement-field-text'

/** Every change of the agreement once it was no longer a 草稿. */
export function AgreementHistory({ agreementId }: { agreementId: string }) {
  const revisions = useLive(() => agreementHistory(db, agreementId), [agreementId])
  const names = useNameMaps()
  return <HistoryCard rows={revisions} valueText={agreementFieldText(names)} />
}
