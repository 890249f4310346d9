import { test } from "node:test";
import assert from "node:assert/strict";

const { clockText, describeEvidence } = await import(new URL("../../src/IucRecruit.Web/wwwroot/js/calls/assessor-evidence.js", import.meta.url));

const labels = new Map([["empathy", "Empathy"], ["red-flag-missed", "Does not escalate chest pain."]]);

test("the call clock reads minutes and seconds, rounded down", () => {
  assert.equal(clockText(0), "0:00");
  assert.equal(clockText(75_999), "1:15");
  assert.equal(clockText(3_600_000), "60:00");
});

test("a line of evidence names its kind, what it is about and its words", () => {
  assert.equal(describeEvidence({ callMs: 42_000, kind: "Concern", criterionId: "empathy", text: "" }, labels), "0:42 Concern – Empathy");
  assert.equal(describeEvidence({ callMs: 5_000, kind: "Note", criterionId: null, text: "Lets it ring" }, labels), "0:05 Note: Lets it ring");
  assert.equal(describeEvidence({ callMs: 90_000, kind: "CriticalFail", criticalFailId: "red-flag-missed", text: "" }, labels),
    "1:30 Critical fail – Does not escalate chest pain.");
});
