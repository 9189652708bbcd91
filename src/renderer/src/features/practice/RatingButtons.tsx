import { PRACTICE_RATINGS, type PracticeRating } from '../../../../shared/practice/schema'
import { RATING_HINTS, RATING_LABELS } from './session-keys'

/** Again / Hard / Good / Easy, with their keys 1–4; the chosen one stays pressed until Enter. */
export function RatingButtons({
  rating,
  onRate,
}: {
  rating: PracticeRating | null
  onRate(rating: PracticeRating): void
}) {
  return (
    <div className="rating-buttons" role="group" aria-label="How did it go?">
      {PRACTICE_RATINGS.map((option, index) => (
        <button
          key={option}
          type="button"
          className={`rating-button rating-${option}`}
          aria-pressed={rating === option}
          title={RATING_HINTS[option]}
          onClick={() => onRate(option)}
        >
          <kbd>{index + 1}</kbd> {RATING_LABELS[option]}
        </button>
      ))}
    </div>
  )
}
