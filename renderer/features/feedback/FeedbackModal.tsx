import { Modal } from '@mantine/core';
import type { Feedback } from '../../../shared/model/feedback';
import type { Person } from '../../../shared/model/person';
import { todayIso } from '../../lib/format';
import { blankFeedback, toFormErrors, toFormValues } from './feedback-form-values';
import { FeedbackForm } from './FeedbackForm';
import { useSaveFeedback } from './queries';

interface FeedbackModalProps {
  person: Person;
  /** 'new' to log feedback, an entry to edit it, null to stay closed. */
  editing: Feedback | 'new' | null;
  onClose: () => void;
}

export function FeedbackModal({ person, editing, onClose }: FeedbackModalProps) {
  const save = useSaveFeedback({ done: 'Feedback saved.', toFormErrors });
  const isNew = editing === 'new';
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={isNew ? `Log feedback for ${person.name}` : `Edit feedback for ${person.name}`}
      size="xl"
    >
      {editing !== null && (
        <FeedbackForm
          person={person}
          initial={isNew ? blankFeedback(todayIso()) : toFormValues(editing)}
          busy={save.isPending}
          submitLabel={isNew ? 'Save feedback' : 'Save changes'}
          onCancel={onClose}
          onSubmit={(fields, setErrors) =>
            save.run(
              isNew
                ? { mode: 'create', personId: person.id, ...fields }
                : { mode: 'update', personId: person.id, feedbackId: editing.id, ...fields },
              { showFieldErrors: setErrors, onSuccess: onClose },
            )
          }
        />
      )}
    </Modal>
  );
}
