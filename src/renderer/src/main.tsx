import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { getBridge } from './bridge'
import { VaultProvider } from './state/vault-context'
import './styles/theme.css'
import './styles/app.css'
import './styles/stories.css'

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element.')

createRoot(root).render(
  <StrictMode>
    <VaultProvider bridge={getBridge()}>
      <App />
    </VaultProvider>
  </StrictMode>,
)
