//! Background jobs: loading files runs on a named worker thread; results come back over a
//! channel, tagged with the request's generation so a stale answer is never applied.

use crate::analyze;
pub use crate::compare::Loaded;
use crate::compare::{Comparison, Settings};
use crate::error::Error;
use crate::ingest;
use crate::report::{self, Format};
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

/// What the worker can be asked to do.
pub enum Job {
    /// Read and analyze these files; `ids` are the caller's keys for each path.
    Load {
        /// The caller's key for each path.
        ids: Vec<u64>,
        /// The files.
        paths: Vec<PathBuf>,
    },
    /// Analyze pasted text.
    Paste {
        /// The caller's key.
        id: u64,
        /// The name it is shown under.
        name: String,
        /// The pasted text.
        text: String,
    },
    /// Compare loaded articles; `generation` tags the answer so a stale one can be dropped.
    Compare {
        /// Tags the answer, so a stale one can be dropped.
        generation: u64,
        /// The articles.
        docs: Vec<Loaded>,
        /// The comparison's knobs.
        settings: Settings,
        /// The reference article (index into `docs`).
        reference: Option<usize>,
        /// Set by the caller to stop the comparison early.
        cancel: Arc<std::sync::atomic::AtomicBool>,
    },
}

/// What the worker reports back.
#[derive(Debug)]
pub enum Event {
    /// One file finished (or failed).
    Loaded {
        /// The caller's key.
        id: u64,
        /// The article, or why it could not be read.
        result: Result<Loaded, Error>,
    },
    /// A comparison finished.
    Compared {
        /// The generation of the request.
        generation: u64,
        /// The comparison.
        comparison: Arc<Comparison>,
    },
    /// A comparison was cancelled before it finished.
    Cancelled {
        /// The generation of the request.
        generation: u64,
    },
    /// A report save finished: where, and why it failed if it did.
    Saved {
        /// Where the report was to go.
        path: PathBuf,
        /// Why it was not saved, if it was not.
        result: Result<(), crate::error::SaveError>,
    },
    /// The worker thread died (a panic inside a job): the reason, for the status bar.
    Crashed(String),
}

/// A handle on the worker thread. Dropping it ends the thread once its queue is empty.
pub struct Worker {
    jobs: Sender<Job>,
    events: Receiver<Event>,
    /// Kept for the short-lived threads that save reports beside the queue.
    event_tx: Sender<Event>,
    wake: Arc<dyn Fn() + Send + Sync>,
    /// Saves still running: closing the window waits for them rather than lose a report.
    saves: Vec<std::thread::JoinHandle<()>>,
}

impl Drop for Worker {
    fn drop(&mut self) {
        for save in self.saves.drain(..) {
            let _ = save.join();
        }
    }
}

impl Worker {
    /// Starts the worker; `wake` is called after every event (the GUI repaints then).
    pub fn spawn(wake: impl Fn() + Send + Sync + 'static) -> std::io::Result<Self> {
        let (jobs, job_rx) = channel::<Job>();
        let (event_tx, events) = channel::<Event>();
        let wake: Arc<dyn Fn() + Send + Sync> = Arc::new(wake);
        let (tx, wake_worker) = (event_tx.clone(), wake.clone());
        std::thread::Builder::new().name("crosscheck-worker".into()).spawn(move || {
            let (event_tx, wake) = (tx, wake_worker);
            while let Ok(first) = job_rx.recv() {
                // Of several comparisons waiting, only the newest is worth running.
                let mut batch: Vec<Job> = std::iter::once(first).chain(job_rx.try_iter()).collect();
                if let Some(last) = batch.iter().rposition(|j| matches!(j, Job::Compare { .. })) {
                    let mut k = 0;
                    batch.retain(|j| {
                        k += 1;
                        !matches!(j, Job::Compare { .. }) || k - 1 == last
                    });
                }
                for job in batch {
                    run_caught(job, &event_tx, &*wake);
                }
            }
        })?;
        Ok(Self { jobs, events, event_tx, wake, saves: Vec::new() })
    }

    /// Writes a report on a thread of its own, so that neither the window nor a save
    /// queued behind a long comparison waits; the outcome comes back as [`Event::Saved`].
    pub fn save_report(&mut self, comparison: Arc<Comparison>, format: Format, path: PathBuf, inputs: Vec<PathBuf>) {
        let (tx, wake, target) = (self.event_tx.clone(), self.wake.clone(), path.clone());
        let save = move || {
            let inputs: Vec<&std::path::Path> = inputs.iter().map(PathBuf::as_path).collect();
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                report::save_report(&comparison, format, &path, &inputs)
            }))
            .unwrap_or(Err(crate::error::SaveError::Crashed));
            let _ = tx.send(Event::Saved { path, result });
            wake();
        };
        self.saves.retain(|s| !s.is_finished());
        match std::thread::Builder::new().name("crosscheck-save".into()).spawn(save) {
            Ok(handle) => self.saves.push(handle),
            Err(e) => {
                let result = Err(crate::error::SaveError::NoThread(e));
                let _ = self.event_tx.send(Event::Saved { path: target, result });
                (self.wake)();
            }
        }
    }

    /// Queues a job; false when the worker thread is gone.
    pub fn send(&self, job: Job) -> bool {
        self.jobs.send(job).is_ok()
    }

    /// Events that arrived since the last call, without blocking.
    pub fn poll(&self) -> Vec<Event> {
        self.events.try_iter().collect()
    }

    /// Waits for the next event (tests and the command line use this).
    pub fn recv_timeout(&self, timeout: std::time::Duration) -> Option<Event> {
        self.events.recv_timeout(timeout).ok()
    }
}

/// Reads and analyzes one file.
pub fn load_one(path: &std::path::Path) -> Result<Loaded, Error> {
    let article = ingest::read_file(path)?;
    let analysis = analyze::analyze(&article);
    Ok(Loaded::new(article, analysis))
}

fn run_caught(job: Job, tx: &Sender<Event>, wake: &(dyn Fn() + Sync)) {
    // A panic in one job must not silently kill the worker: report it, go on.
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_job(job, tx, wake)));
    if outcome.is_err() {
        let _ = tx.send(Event::Crashed("an internal error stopped the job".into()));
        wake();
    }
}

fn run_job(job: Job, tx: &Sender<Event>, wake: &(dyn Fn() + Sync)) {
    match job {
        Job::Load { ids, paths } => {
            ids.into_par_iter().zip(paths.into_par_iter()).for_each(|(id, path)| {
                let result = std::panic::catch_unwind(|| load_one(&path))
                    .unwrap_or_else(|_| Err(Error::new(&path, "internal error while reading this file")));
                let _ = tx.send(Event::Loaded { id, result });
                wake();
            });
        }
        Job::Paste { id, name, text } => {
            let result = ingest::ingest_pasted(&name, &text).map(|article| {
                let analysis = analyze::analyze(&article);
                Loaded::new(article, analysis)
            });
            let _ = tx.send(Event::Loaded { id, result });
            wake();
        }
        Job::Compare { generation, docs, settings, reference, cancel } => {
            let event = match crate::compare::compare_cancellable(docs, settings, reference, &cancel) {
                Some(c) => Event::Compared { generation, comparison: Arc::new(c) },
                None => Event::Cancelled { generation },
            };
            let _ = tx.send(event);
            wake();
        }
    }
}
