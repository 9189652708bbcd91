// findBy…/waitFor give up after 1 s by default: too short on a 2-core machine running the whole suite,
// where a render that takes 30 ms alone can wait seconds for a core. A real hang still fails.
// Only DOM tests (jsdom) load Testing Library; the node tests do not pay for it.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react')
  configure({ asyncUtilTimeout: 5_000 })
}
