// Named errors of the study core; messages are shown to people as they are.
import { LecternError, NotFoundError } from '../errors.js';

export class StudyError extends LecternError {
  override name = 'StudyError';
}

export class CardNotFoundError extends NotFoundError {
  override name = 'CardNotFoundError';
}

/** Grading a card that is not in study (untriaged, dropped or suspended). */
export class NotStudiableError extends StudyError {
  override name = 'NotStudiableError';
}

export class UndoError extends StudyError {
  override name = 'UndoError';
}

export class ChoiceError extends StudyError {
  override name = 'ChoiceError';
}

export class SettingsError extends StudyError {
  override name = 'SettingsError';
}
