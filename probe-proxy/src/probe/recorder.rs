//! Timing, transcript and progress events for one port's probe.

use std::time::Duration;

use mailsetup_shared::smtp::Reply;
use mailsetup_shared::wire::{Party, ProbeEvent, Step, StepRecord, TranscriptLine};
use tokio::sync::mpsc::UnboundedSender;
use tokio::time::Instant;

/// Most transcript lines kept per port; a chatty server cannot grow the report further.
const MAX_TRANSCRIPT_LINES: usize = 300;

/// Collects what happens while a port is probed and streams each finished step.
#[derive(Debug)]
pub(crate) struct Recorder {
    port: u16,
    started: Instant,
    step_started: Instant,
    /// The step under way, for reporting where a timeout struck.
    pub(crate) current: Step,
    pub(crate) steps: Vec<StepRecord>,
    pub(crate) transcript: Vec<TranscriptLine>,
    events: Option<UnboundedSender<ProbeEvent>>,
}

impl Recorder {
    pub(crate) fn new(port: u16, events: Option<UnboundedSender<ProbeEvent>>) -> Recorder {
        let now = Instant::now();
        Recorder {
            port,
            started: now,
            step_started: now,
            current: Step::Connect,
            steps: Vec::new(),
            transcript: Vec::new(),
            events,
        }
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
            let _ = events.send(ProbeEvent::Step { port: self.port, record: record.clone() });
        }
        self.steps.push(record);
    }

    pub(crate) fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    fn line(&mut self, from: Party, text: String) {
        if self.transcript.len() < MAX_TRANSCRIPT_LINES {
            self.transcript.push(TranscriptLine { at_ms: millis(self.started.elapsed()), from, text });
        } else if self.transcript.len() == MAX_TRANSCRIPT_LINES {
            self.transcript.push(TranscriptLine {
                at_ms: millis(self.started.elapsed()),
                from: Party::Note,
                text: "(transcript truncated)".to_owned(),
            });
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
}

pub(crate) fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}
