import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../../i18n/use-t';

type Props = {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
};

/**
 * A native modal <dialog>: the browser traps focus and Esc closes it. Focus goes back to the
 * element that opened it.
 */
export function ExportDialog({ open, title, onClose, children }: Props) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal?.();
    } else if (!open && dialog.open) {
      dialog.close();
    }
    if (!open && opener.current instanceof HTMLElement) {
      opener.current.focus();
      opener.current = null;
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="ds-dialog mk-export-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open && (
        <div className="mk-stack">
          <h2 id={titleId} className="ds-heading" data-size="sm">
            {title}
          </h2>
          {children}
          <div>
            <button type="button" className="ds-button" data-variant="secondary" onClick={onClose}>
              {t('exporting.chart.close')}
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}
