//! The views of the window. Each draws from the app state and returns actions.

pub mod articles;
pub mod read;
