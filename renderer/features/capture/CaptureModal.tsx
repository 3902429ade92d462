import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { CaptureForm } from './CaptureForm';

interface CaptureModalProps {
  /** Who is preselected; null keeps the modal closed. */
  personIds: string[] | null;
  onClose: () => void;
}

/** The capture form in the main window, for "Recognise now" and the Recognition page. */
export function CaptureModal({ personIds, onClose }: CaptureModalProps) {
  return (
    <Modal opened={personIds !== null} onClose={onClose} title="Recognise someone" size="lg">
      {personIds !== null && (
        <CaptureForm
          initialPersonIds={personIds}
          onCancel={onClose}
          onSaved={(saved) => {
            notifications.show({
              color: 'teal',
              title: 'Saved',
              message: `Praise for ${saved.recipients.map((r) => r.name).join(', ')}.`,
            });
            onClose();
          }}
        />
      )}
    </Modal>
  );
}
