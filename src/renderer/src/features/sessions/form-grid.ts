/** Fields side by side, as many columns of at least 240 px as the window holds. */
export const FORM_GRID = { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))', gap: '0 16px' } as const
