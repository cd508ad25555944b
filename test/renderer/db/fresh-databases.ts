/**
 * Empty databases for each test of a describe block, dropped after it with the data layer's clock
 * back to the real one (tests that move it with step() or setClockForTests leave no trace).
 */
import { afterEach, beforeEach } from 'vitest'
import { setClockForTests } from '@renderer/db/clock'
import type { StudioDatabase } from '@renderer/db/schema'
import { dropDb, freshDb } from './helpers'

/** One database per test, handed to `take` before the test. */
export function freshDatabaseEachTest(take: (db: StudioDatabase) => void): void {
  let db: StudioDatabase
  beforeEach(() => {
    db = freshDb()
    take(db)
  })
  afterEach(async () => {
    setClockForTests(null)
    await dropDb(db)
  })
}

/** Laptops A and B of one studio: two databases per test, handed to `take` before the test. */
export function twoLaptopsEachTest(take: (a: StudioDatabase, b: StudioDatabase) => void): void {
  let a: StudioDatabase
  let b: StudioDatabase
  beforeEach(() => {
    a = freshDb()
    b = freshDb()
    take(a, b)
  })
  afterEach(async () => {
    setClockForTests(null)
    await dropDb(a)
    await dropDb(b)
  })
}
