//! The record of one port's probe: each step's timing, the transcript, the facts found, and
//! a progress event for every finished step.

use std::net::IpAddr;
use std::time::Duration;

use email_settings::smtp::Reply;
use mailsetup_shared::wire::{Failure, Party, PortFacts, PortSpec, ProbeEvent, Step, StepRecord, TranscriptLine};
use tokio::time::Instant;

use super::EventSender;

/// Most transcript lines kept per port; a chatty server cannot grow the report further.
const MAX_TRANSCRIPT_LINES: usize = 300;

/// Collects what happens while a port is probed and streams each finished step.
#[derive(Debug)]
pub(crate) struct Recorder {
    started: Instant,
    step_started: Instant,
    /// The step under way, for reporting where a failure or timeout struck.
    current: Step,
    /// What has been found so far; steps and transcript are written straight into it.
    pub(crate) facts: PortFacts,
    events: Option<EventSender>,
}

impl Recorder {
    pub(crate) fn new(spec: PortSpec, address: IpAddr, events: Option<EventSender>) -> Recorder {
        let now = Instant::now();
        Recorder {
            started: now,
            step_started: now,
            current: Step::Connect,
            facts: PortFacts::new(spec, address),
            events,
        }
    }

    /// The step under way.
    pub(crate) fn current(&self) -> Step {
        self.current
    }

    /// Marks the start of a step.
    pub(crate) fn begin(&mut self, step: Step) {
        self.current = step;
        self.step_started = Instant::now();
    }

    /// Finishes the current step.
    pub(crate) fn finish(&mut self, ok: bool, detail: impl Into<String>) {
        let record =
            StepRecord { step: self.current, ok, ms: millis(self.step_started.elapsed()), detail: detail.into() };
        if let Some(events) = &self.events {
            // The receiver may be gone (client disconnected); the probe still finishes.
            events.send(ProbeEvent::Step { port: self.facts.port, record: record.clone() });
        }
        self.facts.steps.push(record);
    }

    /// Ends the current step as failed: a note in the transcript, the step marked failed,
    /// and the failure to return.
    pub(crate) fn fail(&mut self, kind: mailsetup_shared::wire::FailureKind, message: impl Into<String>) -> Failure {
        let message = message.into();
        self.note(message.clone());
        self.finish(false, message.clone());
        Failure::new(self.current, kind, message)
    }

    fn line(&mut self, from: Party, text: String) {
        let transcript = &mut self.facts.transcript;
        let at_ms = millis(self.started.elapsed());
        if transcript.len() < MAX_TRANSCRIPT_LINES {
            transcript.push(TranscriptLine { at_ms, from, text });
        } else if transcript.len() == MAX_TRANSCRIPT_LINES {
            transcript.push(TranscriptLine { at_ms, from: Party::Note, text: "(transcript truncated)".to_owned() });
        }
    }

    pub(crate) fn client(&mut self, command: &str) {
        self.line(Party::Client, command.to_owned());
    }

    pub(crate) fn server(&mut self, reply: &Reply) {
        for text in reply.wire_lines() {
            self.line(Party::Server, text);
        }
    }

    pub(crate) fn note(&mut self, text: impl Into<String>) {
        self.line(Party::Note, text.into());
    }

    /// The facts, with how it ended and how long it took.
    pub(crate) fn into_facts(self, failure: Option<Failure>) -> PortFacts {
        PortFacts { failure, total_ms: millis(self.started.elapsed()), ..self.facts }
    }
}

pub(crate) fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}
