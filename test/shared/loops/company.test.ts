import { describe, expect, it } from 'vitest'
import { companyKey, sameCompany } from '../../../src/shared/loops/company'

describe('company matching', () => {
  it('reads the ways people type one employer as one', () => {
    for (const name of [
      'Amazon',
      'amazon',
      'amazon.com',
      'https://www.amazon.co.uk/jobs',
      'Amazon.com, Inc.',
      'AWS',
      'Amazon Web Services',
    ])
      expect(companyKey(name), name).toBe('amazon')
    expect(sameCompany('Facebook', 'Meta Platforms, Inc.')).toBe(true)
    expect(sameCompany('Stripe Inc', 'stripe.com')).toBe(true)
    expect(sameCompany('Société Générale', 'societe generale')).toBe(true)
  })

  it('keeps different employers apart, and an empty name matches nothing', () => {
    expect(sameCompany('Amazon', 'Google')).toBe(false)
    expect(sameCompany('Acme Robotics', 'Acme')).toBe(false)
    expect(sameCompany('', '')).toBe(false)
    // "Co" is a legal suffix only after a name, not the whole name.
    expect(companyKey('Co')).toBe('co')
  })
})
