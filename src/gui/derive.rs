//! The derive thread: turns a comparison that arrived from the worker into what the views
//! draw (the reader's decisions applied, [`Derived`] built) away from the UI thread, and
//! drops the comparisons the window no longer shows there too (freeing one of 500 articles
//! is itself a long stall).

use super::model::{Derived, Selection};
use super::state::Filter;
use crate::compare::Comparison;
use crate::compare::decisions::{self, Anchor, Decision};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

/// What to derive: the engine's comparison and what the window holds at the time of asking.
pub struct Request {
    /// Tags the answer; the app drops one older than its latest request.
    pub generation: u64,
    /// The engine's comparison, before the reader's decisions.
    pub base: Arc<Comparison>,
    /// The reader's decisions, applied after the engine's grouping.
    pub decisions: Vec<Decision>,
    /// The filter to pick the rows with.
    pub filter: Filter,
    /// The selected group's anchor: the selection follows its sentence into the new groups.
    pub keep: Option<Anchor>,
}

/// What came back: the comparison the views show, its tables, where the selection went.
pub struct Derivation {
    /// The generation of the request.
    pub generation: u64,
    /// The comparison with the decisions applied.
    pub comparison: Arc<Comparison>,
    /// Rows, divergences and tints of `comparison`.
    pub derived: Derived,
    /// The group the kept anchor is in now (`None`: it is gone, or nothing was kept).
    pub selection: Option<Selection>,
}

enum Message {
    Derive(Request),
    /// Something the UI thread is done with; dropped here.
    Discard(#[allow(dead_code)] Box<dyn Send>),
}

/// A handle on the derive thread; the thread ends when this is dropped.
pub struct Deriver {
    jobs: Sender<Message>,
    done: Receiver<Derivation>,
}

impl Deriver {
    /// Starts the thread; `wake` is called when a derivation is ready (the UI repaints).
    pub fn spawn(wake: impl Fn() + Send + 'static) -> std::io::Result<Self> {
        let (jobs, job_rx) = channel::<Message>();
        let (done_tx, done) = channel::<Derivation>();
        std::thread::Builder::new().name("crosscheck-derive".into()).spawn(move || {
            while let Ok(first) = job_rx.recv() {
                // Of several requests waiting only the newest matters; what was discarded
                // is freed as the batch goes out of scope.
                let batch: Vec<Message> = std::iter::once(first).chain(job_rx.try_iter()).collect();
                let newest = batch.into_iter().filter_map(|m| match m {
                    Message::Derive(r) => Some(r),
                    Message::Discard(_) => None,
                });
                let Some(request) = newest.last() else { continue };
                // A panic here loses one derivation, not the thread; the app keeps what it shows.
                let out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| derive(request)));
                if let Ok(d) = out {
                    if done_tx.send(d).is_err() {
                        return;
                    }
                    wake();
                }
            }
        })?;
        Ok(Self { jobs, done })
    }

    /// Asks for a derivation; the request comes back when the thread is gone.
    pub fn send(&self, request: Request) -> Result<(), Box<Request>> {
        match self.jobs.send(Message::Derive(request)) {
            Err(std::sync::mpsc::SendError(Message::Derive(r))) => Err(Box::new(r)),
            _ => Ok(()),
        }
    }

    /// Frees `old` on the derive thread (or here, if the thread is gone).
    pub fn discard(&self, old: impl Send + 'static) {
        let _ = self.jobs.send(Message::Discard(Box::new(old)));
    }

    /// The newest derivation that arrived since the last call, without blocking.
    pub fn poll(&self) -> Option<Derivation> {
        self.done.try_iter().last()
    }

    /// Waits for the next derivation (tests use this through `wait_until_idle`).
    pub fn recv_timeout(&self, timeout: std::time::Duration) -> Option<Derivation> {
        self.done.recv_timeout(timeout).ok()
    }
}

/// The work itself, also run on the UI thread when there is no derive thread.
pub fn derive(r: Request) -> Derivation {
    let comparison = if r.decisions.is_empty() {
        r.base
    } else {
        let mut c = (*r.base).clone();
        decisions::apply(&mut c, &r.decisions);
        Arc::new(c)
    };
    let derived = Derived::build(&comparison, &r.filter);
    let selection = r.keep.as_ref().and_then(|a| super::decide::group_of(&comparison, a));
    Derivation { generation: r.generation, comparison, derived, selection }
}
