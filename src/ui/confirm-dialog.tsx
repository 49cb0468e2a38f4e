import { useEffect, useRef } from 'react';
import { useT } from '../i18n/use-t';

type Props = {
  open: boolean;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * A modal <dialog>: the browser traps focus, Esc cancels, and focus returns to the opener.
 */
export function ConfirmDialog({ open, message, confirmLabel, onConfirm, onCancel }: Props) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal?.();
    } else if (!open && dialog.open) {
      dialog.close();
      if (opener.current instanceof HTMLElement) opener.current.focus();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="ds-dialog"
      aria-labelledby="mk-confirm-message"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <p id="mk-confirm-message" className="ds-paragraph">
        {message}
      </p>
      <div className="mk-row mk-dialog-actions">
        <button type="button" className="ds-button" data-variant="primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="ds-button" data-variant="secondary" onClick={onCancel}>
          {t('app.confirm.cancel')}
        </button>
      </div>
    </dialog>
  );
}
