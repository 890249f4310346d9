// The assessor's evidence during a call: marks, notes and critical-fail flags go to the call hub,
// which stamps each with the call clock; the list shows the assessor's own evidence, as the server
// sends it back (after a reconnect, the join snapshot brings it all again).

/** The call clock as m:ss. */
export const clockText = (callMs) => {
  const seconds = Math.floor(callMs / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
};

const KIND_NAMES = { Strength: "Strength", Concern: "Concern", Note: "Note", CriticalFail: "Critical fail" };

/** One line of the evidence list, in words. */
export function describeEvidence(evidence, labels) {
  const about = labels.get(evidence.criticalFailId ?? evidence.criterionId ?? "");
  return `${clockText(evidence.callMs)} ${KIND_NAMES[evidence.kind] ?? evidence.kind}` +
    (about ? ` – ${about}` : "") + (evidence.text ? `: ${evidence.text}` : "");
}

export class EvidenceConsole {
  /** @param {HTMLElement} root the [data-evidence-console] section */
  constructor(root) {
    this.root = root;
    this.status = root.querySelector("[data-evidence-status]");
    this.list = root.querySelector("[data-evidence-list]");
    this.empty = root.querySelector("[data-evidence-empty]");
    this.note = root.querySelector("[data-note-text]");
    this.noteAbout = root.querySelector("[data-note-criterion]");
    this.buttons = [...root.querySelectorAll("button[data-evidence]")];
    this.labels = new Map(this.buttons.filter((b) => b.dataset.label)
      .map((b) => [b.dataset.criticalFail ?? b.dataset.criterion, b.dataset.label]));
    this.call = null;
    for (const button of this.buttons) button.addEventListener("click", () => this.send(button));
  }

  /** Ready to send, once the call is joined. */
  connect(call) {
    this.call = call;
    for (const button of this.buttons) button.disabled = false;
    this.status.textContent = "Ready: your marks are stamped with the call clock.";
  }

  /** Replaces the list with the assessor's evidence from a join snapshot. */
  show(evidence) {
    this.list.replaceChildren();
    for (const item of evidence ?? []) this.add(item);
  }

  add(evidence) {
    const line = document.createElement("li");
    line.textContent = describeEvidence(evidence, this.labels);
    this.list.append(line);
    this.empty.hidden = true;
  }

  async send(button) {
    if (!this.call) return;
    const kind = button.dataset.evidence;
    const text = kind === "Note" ? this.note.value.trim() : null;
    const criterion = kind === "Note" ? this.noteAbout.value || null : button.dataset.criterion ?? null;
    const refusal = await this.call.invoke("NoteEvidence", kind, criterion, button.dataset.criticalFail ?? null, text);
    if (refusal) {
      this.status.textContent = `Not noted: ${refusal}`;
      return;
    }
    if (kind === "Note") this.note.value = "";
    this.status.textContent = `Noted: ${kind === "Note" ? "your note" : (KIND_NAMES[kind] + " – " + button.dataset.label)}.`;
  }
}
