import { AGREEMENT_FIELD_LABELS, type AgreementInput, type SupervisionAgreement } from '@shared/model'
import { db } from '../../db/connection'
import { getAgreement } from '../../db/agreements'
import { restore, storedVersion } from '../../db/records'
import type { NameMaps } from '../../components/field-format'
import type { RecordConflict } from '../../components/use-record-page'
import { agreementFieldText } from './agreement-field-text'
import { agreementToValues, valuesToAgreementInput, type AgreementFormValues } from './agreement-form-values'

const typed = (name: string | undefined, at: string | null) => {
  const n = (name ?? '').trim()
  return n ? { name: n, at } : null
}

/** The form's content as compared in a conflict: the input, with each confirmation as typed (no new time stamped). */
function fieldsOf(values: AgreementFormValues): Record<string, unknown> {
  return {
    ...valuesToAgreementInput(values),
    supervisorConfirmation: typed(values.supervisorConfirmName, values.supervisorConfirmAt),
    superviseeConfirmation: typed(values.superviseeConfirmName, values.superviseeConfirmAt),
  }
}

/** How the 督导协议 form settles a save that met a newer stored version, as the 督导记录 form does (see useRecordPage). */
export function agreementConflict(names: NameMaps): RecordConflict<SupervisionAgreement, AgreementFormValues> {
  return {
    fieldsOf,
    valuesOf: (fields) => agreementToValues(fields as unknown as AgreementInput),
    reload: async (id) => {
      const found = await getAgreement(db, id)
      return found ? { record: found, values: agreementToValues(found) } : null
    },
    stored: (id) => storedVersion(db, 'agreements', id),
    restore: (id) => restore(db, 'agreements', id),
    labels: AGREEMENT_FIELD_LABELS,
    format: agreementFieldText(names),
  }
}
