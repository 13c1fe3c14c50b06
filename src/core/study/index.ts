// The study core's public API: pure scheduling, triage and regeneration over plain JSON values.
// Time is always passed in; nothing here reads the clock, the disk or the network.
export type {
  CardKind, CardSource, CardStateName, CardStatus, DueCounts, FeatureValue, Features, Grade, GradeResult, IntervalPreview,
  LeechNotice, MergeResult, QueueOptions, ReviewLogEntry, Schedule, SourceCard, StudyCard, StudyQueue, StudySettings,
  TriageAction, TriageChoice, TriageDecision, TriageResult, TriageUndoEntry, UndoEntry, UtcOffset,
} from '../../shared/study.js';
export { DEFAULT_STUDY_SETTINGS, GRADES, SOURCE_CHANGED } from '../../shared/study.js';
export { CardNotFoundError, ChoiceError, NotStudiableError, SettingsError, StudyError, UndoError } from './errors.js';
export { deletedCard, editedCard, flaggedCard, newStudyCard, suspendedCard, type CardWording } from './card.js';
export { emptySchedule, validateSettings } from './schedule.js';
export { gradeCard, previewIntervals, undoGrade, type GradeOptions } from './scheduler.js';
export { formatInterval } from './interval.js';
export { endOfStudyDay, startOfStudyDate, startOfStudyDay, studyDay } from './day.js';
export { buildQueue, dueCounts } from './queue.js';
export { dueHorizon, isDue, isDueBy, isInStudy } from './due.js';
export { studyDigest, type StudyDigest } from './digest.js';
export { siblingKey } from './siblings.js';
export { applyTriage, keepAll, keptByReader, undoTriage } from './triage.js';
export { mergeRegenerated } from './merge.js';
export { gradeChoice } from './choice.js';
export { REVIEW_LOG_CSV_HEADER, reviewLogToCsv } from './review-log.js';
export { studyStats } from './stats.js';
export { applyBulk, bulkChange, type BulkOutcome } from './bulk.js';
export { matchesFilter } from './browse.js';
