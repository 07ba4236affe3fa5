//! Crosscheck: compare news articles about one event, quote by quote and claim by claim.
//!
//! The pipeline: [`ingest`] turns a file's bytes into an [`model::Article`]; [`analyze`]
//! finds its sentences, quotes and claims; [`compare`] aligns N analyzed articles into a
//! comparison; [`report`] writes that comparison as JSON, HTML or Markdown. The GUI (feature
//! `gui`) and the command line are thin shells over these modules; nothing here uses egui.

#![warn(missing_docs)]

pub mod analyze;
pub mod batch;
pub mod cli;
pub mod compare;
pub mod desktop;
pub mod error;
pub mod examples;
pub mod ingest;
#[cfg(unix)]
pub mod instance;
pub mod model;
pub mod report;
pub mod session;
mod swar;
pub mod timings;
pub mod worker;

#[cfg(feature = "gui")]
pub mod gui;

pub use error::{Error, Result};
