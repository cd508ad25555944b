/** antd Select options from a list of Chinese labels. */
export const toOptions = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }))
