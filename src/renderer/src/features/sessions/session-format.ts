/** Names of ids joined with '、'; an id without a record shows as '（未知）'. */
export function namesOf(ids: readonly string[], names: ReadonlyMap<string, string>): string {
  return ids.map((id) => names.get(id) ?? '（未知）').join('、')
}
