import { Component } from 'react'
import type { ErrorInfo, ReactNode } from 'react'

interface ErrorBoundaryProps {
  /** What the person sees instead, e.g. "The matrix could not be shown." */
  fallback: string
  children: ReactNode
  /** Changing it (for example the story id) gives the children another try. */
  resetKey?: string
}

interface ErrorBoundaryState {
  failed: boolean
}

/**
 * Keeps a failure in one part of the screen from blanking the whole window, and with it the editor and
 * whatever the person was typing.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false }

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(this.props.fallback, error, info.componentStack)
  }

  override componentDidUpdate(previous: ErrorBoundaryProps): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false })
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children
    return (
      <div className="boundary-fallback" role="alert">
        <p>{this.props.fallback}</p>
        <button type="button" onClick={() => this.setState({ failed: false })}>
          Try again
        </button>
      </div>
    )
  }
}
