/**
 * The live region under an upload form: "Uploading <file>…" while the file is sent, the
 * error when the upload itself was refused. (What happens to the file afterwards is the
 * import's status, shown separately.)
 */
export function UploadOutcome({
  uploading,
  fileName,
  failure,
}: {
  uploading: boolean;
  fileName: string | undefined;
  failure: string | null;
}) {
  return (
    <div aria-live="polite" className="form-outcome">
      {uploading && <p className="muted">Uploading {fileName}…</p>}
      {failure !== null && <p className="error">{failure}</p>}
    </div>
  );
}
