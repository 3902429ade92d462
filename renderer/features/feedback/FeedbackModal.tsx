import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Feedback } from '../../../shared/model/feedback';
import type { Person } from '../../../shared/model/person';
import { fieldsOf, messageOf } from '../../lib/errors';
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
  const save = useSaveFeedback();
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
            save.mutate(
              isNew
                ? { mode: 'create', personId: person.id, ...fields }
                : { mode: 'update', personId: person.id, feedbackId: editing.id, ...fields },
              {
                onSuccess: () => {
                  notifications.show({ color: 'teal', message: 'Feedback saved.' });
                  onClose();
                },
                onError: (error) => {
                  const fieldsErr = toFormErrors(fieldsOf(error));
                  if (Object.keys(fieldsErr).length) setErrors(fieldsErr);
                  else
                    notifications.show({
                      color: 'red',
                      title: 'Nothing was saved',
                      message: messageOf(error),
                    });
                },
              },
            )
          }
        />
      )}
    </Modal>
  );
}
