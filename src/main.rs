//! The `crosscheck` binary: a subcommand runs on the command line, none opens the window.

use clap::Parser;
use crosscheck::cli::{self, Cli, Command};
use std::process::ExitCode;

// The comparison allocates many small strings and vectors across threads (see CHANGELOG.md
// for what mimalloc saves over the system allocator).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = Cli::parse();
    let code = match args.command {
        Some(Command::Extract { file, json }) => cli::run_extract(&file, json),
        Some(Command::Compare { files, reference, format, output }) => {
            cli::run_compare(&files, reference.as_deref(), format, output.as_deref())
        }
        Some(Command::Batch { folders, output, format }) => cli::run_batch(&folders, &output, format),
        Some(Command::Open { files }) => return crosscheck::gui::run(files),
        Some(Command::Desktop { action }) => crosscheck::desktop::run(action == cli::DesktopAction::Uninstall),
        None => return crosscheck::gui::run(Vec::new()),
    };
    cli::exit_code(code)
}
