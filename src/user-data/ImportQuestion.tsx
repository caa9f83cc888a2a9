import '../i18n/strings-later';
import { useState } from 'react';
import { useT } from '../i18n/use-t';
import { importIntoStore } from '../import/import-into-store';
import type { ImportQuestion as Question } from '../import/types';
import { useAppStore, useAppStoreApi } from '../store/store-context';

/** The decision an import needs: which columns hold the coordinates, or which coordinate system. */
export default function ImportQuestion() {
  const t = useT();
  const store = useAppStoreApi();
  const pending = useAppStore((s) => s.pendingImport);
  if (!pending) return null;
  const answer = (choice: { columns?: { x: string; y: string }; crs?: string }) =>
    void importIntoStore(store, pending.files, { ...pending.choices, ...choice });
  const cancel = () => store.getState().setPendingImport(null);
  return (
    <div className="import-question" role="dialog" aria-modal="false" aria-labelledby="import-question-title">
      {pending.question.kind === 'columns' ? (
        <ColumnsQuestion question={pending.question} fileName={pending.fileName} onAnswer={answer} onCancel={cancel} />
      ) : (
        <CrsQuestion question={pending.question} fileName={pending.fileName} onAnswer={answer} onCancel={cancel} />
      )}
      <p className="panel-hint">{t('importDrop')}</p>
    </div>
  );
}

interface Props<K extends Question['kind']> {
  question: Extract<Question, { kind: K }>;
  fileName: string;
  onAnswer: (choice: { columns?: { x: string; y: string }; crs?: string }) => void;
  onCancel: () => void;
}

/** 导入 (once the answer is complete) and 取消. */
function Actions({ ready, onConfirm, onCancel }: { ready: boolean; onConfirm: () => void; onCancel: () => void }) {
  const t = useT();
  return (
    <div className="import-actions">
      <button type="button" disabled={!ready} onClick={onConfirm}>
        {t('importConfirm')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}

function ColumnsQuestion({ question, fileName, onAnswer, onCancel }: Props<'columns'>) {
  const t = useT();
  const { headers, previewRows, guess } = question;
  const [x, setX] = useState(guess?.x ?? headers[0] ?? '');
  const [y, setY] = useState(guess?.y ?? headers[1] ?? '');
  const select = (label: string, value: string, set: (v: string) => void) => (
    <label>
      {label}
      <select value={value} onChange={(e) => set(e.currentTarget.value)}>
        {headers.map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      <h2 id="import-question-title">
        {t('importColumnsTitle')} <small>{fileName}</small>
      </h2>
      <div className="import-choices">
        {select(t('importColumnsX'), x, setX)}
        {select(t('importColumnsY'), y, setY)}
      </div>
      <div className="import-preview">
        <table>
          <thead>
            <tr>
              {headers.map((h) => (
                <th key={h} className={h === x || h === y ? 'chosen' : undefined}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {previewRows.map((row, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the preview's rows never reorder
              <tr key={i}>
                {headers.map((h, k) => (
                  <td key={h}>{row[k] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Actions
        ready={Boolean(x && y && x !== y)}
        onConfirm={() => onAnswer({ columns: { x, y } })}
        onCancel={onCancel}
      />
    </>
  );
}

function CrsQuestion({ question, fileName, onAnswer, onCancel }: Props<'crs'>) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const { candidates } = question;
  const [crs, setCrs] = useState(candidates.find((c) => c.insideCity)?.crs ?? candidates[0]?.crs ?? '');
  return (
    <>
      <h2 id="import-question-title">
        {t('importCrsTitle')} <small>{fileName}</small>
      </h2>
      <fieldset className="import-choices">
        {candidates.map((c) => (
          <label key={c.crs}>
            <input type="radio" name="import-crs" checked={crs === c.crs} onChange={() => setCrs(c.crs)} />
            {c.label[lang]} — {c.sample[0].toFixed(4)}°E, {c.sample[1].toFixed(4)}°N,{' '}
            {c.insideCity ? t('importCrsInside') : t('importCrsOutside')}
          </label>
        ))}
      </fieldset>
      <Actions ready={Boolean(crs)} onConfirm={() => onAnswer({ crs })} onCancel={onCancel} />
    </>
  );
}
