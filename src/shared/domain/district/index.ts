/** The district roll-up (issue 17): pure figures over the studios' roll-up documents. */
export * from './figures'
export * from './totals'
export * from './board'
export * from './ranking'
export * from './targets'
