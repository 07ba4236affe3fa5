//! `crosscheck desktop install|uninstall`: the desktop entry, the icons and the `.crosscheck`
//! MIME type, written into (and removed from) the user's XDG data folder, so the app is in
//! the application menu and "Open with Crosscheck" is in the file manager.
//!
//! The same files (`assets/linux/`) go into the Debian package (`[package.metadata.deb]` in
//! Cargo.toml); here they are compiled into the binary so `cargo install` is enough.
//! Nothing here uses the engine or egui.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The application id: the desktop entry's name, the icon's name, the Wayland app id.
pub const APP_ID: &str = "io.github.crosscheck.Crosscheck";
/// The MIME type of a saved comparison (`.crosscheck`, see [`crate::session`]).
pub const MIME_TYPE: &str = "application/x-crosscheck";
/// The desktop entry, as shipped (`Exec=crosscheck open %F`).
pub const DESKTOP_ENTRY: &str = include_str!("../assets/linux/io.github.crosscheck.Crosscheck.desktop");
/// The shared-mime-info definition of [`MIME_TYPE`].
pub const MIME_XML: &str = include_str!("../assets/linux/io.github.crosscheck.Crosscheck.xml");

macro_rules! icon {
    ($size:literal, $kind:literal, $name:literal, $ext:literal) => {
        (
            concat!($size, "/", $kind, "/", $name, $ext),
            include_bytes!(concat!("../assets/linux/icons/hicolor/", $size, "/", $kind, "/", $name, $ext)) as &[u8],
        )
    };
}
macro_rules! icon_sizes {
    ($kind:literal, $name:literal) => {
        [
            icon!("16x16", $kind, $name, ".png"),
            icon!("24x24", $kind, $name, ".png"),
            icon!("32x32", $kind, $name, ".png"),
            icon!("48x48", $kind, $name, ".png"),
            icon!("64x64", $kind, $name, ".png"),
            icon!("128x128", $kind, $name, ".png"),
            icon!("256x256", $kind, $name, ".png"),
            icon!("512x512", $kind, $name, ".png"),
            icon!("scalable", $kind, $name, ".svg"),
        ]
    };
}

/// The application icons: (path under `icons/hicolor/`, bytes).
pub const APP_ICONS: [(&str, &[u8]); 9] = icon_sizes!("apps", "io.github.crosscheck.Crosscheck");
/// The icons of a `.crosscheck` file: (path under `icons/hicolor/`, bytes).
pub const MIME_ICONS: [(&str, &[u8]); 9] = icon_sizes!("mimetypes", "application-x-crosscheck");
/// The window icon (256 × 256 PNG).
pub const WINDOW_ICON_PNG: &[u8] = APP_ICONS[6].1;

/// Why installing or uninstalling stopped; each prints on one line.
#[derive(Debug, thiserror::Error)]
pub enum DesktopError {
    /// Neither XDG_DATA_HOME nor HOME says where the data folder is.
    #[error("cannot find the data folder: neither XDG_DATA_HOME nor HOME is set")]
    NoDataHome,
    /// A file could not be written.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// A file could not be removed.
    #[error("cannot remove {path}: {source}")]
    Remove {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

/// `$XDG_DATA_HOME`, else `~/.local/share` (an empty or relative value is ignored, as the
/// XDG base directory specification says).
pub fn data_home() -> Result<PathBuf, DesktopError> {
    if let Some(dir) = std::env::var_os("XDG_DATA_HOME").map(PathBuf::from)
        && dir.is_absolute()
    {
        return Ok(dir);
    }
    match std::env::var_os("HOME").map(PathBuf::from) {
        Some(home) if home.is_absolute() => Ok(home.join(".local/share")),
        _ => Err(DesktopError::NoDataHome),
    }
}

/// Every file the install writes under `data`, with its contents.
pub fn files(data: &Path, exe: Option<&Path>) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = vec![
        (data.join("applications").join(format!("{APP_ID}.desktop")), desktop_entry(exe).into_bytes()),
        (data.join("mime/packages").join(format!("{APP_ID}.xml")), MIME_XML.as_bytes().to_vec()),
    ];
    let hicolor = data.join("icons/hicolor");
    for (rel, bytes) in APP_ICONS.iter().chain(MIME_ICONS.iter()) {
        out.push((hicolor.join(rel), bytes.to_vec()));
    }
    out
}

/// The desktop entry; with `exe`, it runs that binary (a `cargo install`ed one need not be
/// on the desktop session's PATH).
pub fn desktop_entry(exe: Option<&Path>) -> String {
    let Some(exe) = exe.and_then(|e| e.to_str()) else { return DESKTOP_ENTRY.to_string() };
    let quoted = exec_quote(exe);
    DESKTOP_ENTRY
        .lines()
        .map(|line| {
            if let Some(args) = line.strip_prefix("Exec=crosscheck ") {
                format!("Exec={quoted} {args}")
            } else if line == "TryExec=crosscheck" {
                // TryExec is a plain string, not a command line: no quoting, only escapes.
                format!("TryExec={}", escape_string(exe))
            } else {
                line.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// One argument of a desktop entry's `Exec` key: quoted when it needs to be, then escaped
/// as a string value (Desktop Entry Specification, "The Exec key").
fn exec_quote(arg: &str) -> String {
    let plain = arg.chars().all(|c| c.is_ascii_alphanumeric() || "/._-+,:@".contains(c));
    let arg = if plain {
        arg.to_string()
    } else {
        let mut q = String::from("\"");
        for c in arg.chars() {
            if matches!(c, '"' | '`' | '$' | '\\') {
                q.push('\\');
            }
            q.push(c);
        }
        q.push('"');
        q
    };
    escape_string(&arg).replace('%', "%%")
}

fn escape_string(s: &str) -> String {
    s.replace('\\', "\\\\").replace('\n', "\\n").replace('\t', "\\t").replace('\r', "\\r")
}

/// Writes the entry, icons and MIME definition into `data`, then refreshes the caches.
/// `say` gets one line per step. Returns how many cache tools failed.
pub fn install(data: &Path, exe: Option<&Path>, say: &mut dyn FnMut(&str)) -> Result<usize, DesktopError> {
    let files = files(data, exe);
    for (path, bytes) in &files {
        write(path, bytes)?;
    }
    say(&format!("wrote {}", files[0].0.display()));
    say(&format!("wrote {}", files[1].0.display()));
    say(&format!(
        "wrote {} icons ({} sizes and scalable) under {}",
        files.len() - 2,
        APP_ICONS.len() - 1,
        data.join("icons/hicolor").display()
    ));
    Ok(refresh_caches(data, say))
}

/// Removes everything [`install`] wrote (and folders left empty by that), then refreshes
/// the caches; a cache that then describes nothing is removed too.
pub fn uninstall(data: &Path, say: &mut dyn FnMut(&str)) -> Result<usize, DesktopError> {
    let mut removed = 0;
    for (path, _) in files(data, None) {
        match std::fs::remove_file(&path) {
            Ok(()) => removed += 1,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => return Err(DesktopError::Remove { path, source }),
        }
        prune_empty(path.parent(), data);
    }
    say(&format!("removed {removed} files from {}", data.display()));
    let failed = refresh_caches(data, say);
    remove_empty_caches(data);
    Ok(failed)
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), DesktopError> {
    let err = |source| DesktopError::Write { path: path.to_path_buf(), source };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(err)?;
    }
    std::fs::write(path, bytes).map_err(err)
}

/// Removes `dir` and its parents while they are empty, up to (not including) `stop`.
fn prune_empty(mut dir: Option<&Path>, stop: &Path) {
    while let Some(d) = dir {
        if d == stop || !d.starts_with(stop) || std::fs::remove_dir(d).is_err() {
            return;
        }
        dir = d.parent();
    }
}

/// The cache tools, their arguments, and the folder each one needs.
fn cache_tools(data: &Path) -> [(&'static str, Vec<String>, PathBuf); 3] {
    let apps = data.join("applications");
    let mime = data.join("mime");
    let icons = data.join("icons/hicolor");
    let s = |p: &Path| p.display().to_string();
    [
        ("update-desktop-database", vec!["-q".into(), s(&apps)], apps.clone()),
        // It refuses a database folder without packages (nothing left to describe).
        ("update-mime-database", vec![s(&mime)], mime.join("packages")),
        ("gtk-update-icon-cache", vec!["-q".into(), "-t".into(), "-f".into(), s(&icons)], icons.clone()),
    ]
}

/// Runs each cache tool that is installed on a folder that exists; one line each.
fn refresh_caches(data: &Path, say: &mut dyn FnMut(&str)) -> usize {
    let mut failed = 0;
    for (tool, args, needs) in cache_tools(data) {
        if !needs.is_dir() {
            say(&format!("skipped {tool}: {} does not exist", needs.display()));
            continue;
        }
        let dir = args.last().cloned().unwrap_or_default();
        let Some(exe) = find_on_path(tool) else {
            say(&format!("skipped {tool}: not installed"));
            continue;
        };
        match Command::new(&exe).args(&args).output() {
            Ok(out) if out.status.success() => say(&format!("ran {tool} {dir}")),
            Ok(out) => {
                failed += 1;
                let why = String::from_utf8_lossy(&out.stderr);
                let why = why.lines().find(|l| !l.trim().is_empty()).unwrap_or("no message");
                say(&format!("{tool} failed ({}): {why}", out.status));
            }
            Err(e) => {
                failed += 1;
                say(&format!("{tool} failed: {e}"));
            }
        }
    }
    failed
}

fn find_on_path(tool: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?).map(|d| d.join(tool)).find(|p| p.is_file())
}

/// What the cache tools leave when nothing is left to describe: removed after uninstall
/// so that an install followed by an uninstall leaves the data folder as it was.
fn remove_empty_caches(data: &Path) {
    // update-desktop-database: mimeinfo.cache with no entries.
    let apps = data.join("applications");
    let cache = apps.join("mimeinfo.cache");
    let only_cache = only_entry(&apps, "mimeinfo.cache");
    if only_cache
        && std::fs::read_to_string(&cache).is_ok_and(|t| t.lines().all(|l| l.trim().is_empty() || l.starts_with('[')))
    {
        let _ = std::fs::remove_file(&cache);
        prune_empty(Some(&apps), data);
    }
    // gtk-update-icon-cache: icon-theme.cache of a theme folder that holds no icons.
    let hicolor = data.join("icons/hicolor");
    if only_entry(&hicolor, "icon-theme.cache") {
        let _ = std::fs::remove_file(hicolor.join("icon-theme.cache"));
    }
    // (It deletes its cache itself when the folder holds nothing.)
    prune_empty(Some(&hicolor), data);
    // update-mime-database: a database built from no packages at all.
    let mime = data.join("mime");
    if mime.is_dir() && !data.join("mime/packages").exists() {
        let generated = [
            "aliases",
            "generic-icons",
            "globs",
            "globs2",
            "icons",
            "magic",
            "mime.cache",
            "subclasses",
            "treemagic",
            "types",
            "version",
            "XMLnamespaces",
            "application/x-crosscheck.xml",
        ];
        for name in generated {
            let _ = std::fs::remove_file(mime.join(name));
        }
        prune_empty(Some(&mime.join("application")), data);
        prune_empty(Some(&mime), data);
    }
}

/// Whether `dir` holds exactly one entry, `name`.
fn only_entry(dir: &Path, name: &str) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else { return false };
    let names: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.file_name())).collect();
    names.len() == 1 && names[0] == name
}

/// Runs `crosscheck desktop install|uninstall`; returns the exit code.
pub fn run(uninstalling: bool) -> i32 {
    let mut say = |line: &str| println!("{line}");
    let result = data_home().and_then(|data| {
        if uninstalling {
            uninstall(&data, &mut say)
        } else {
            let exe = std::env::current_exe().ok();
            install(&data, exe.as_deref(), &mut say)
        }
    });
    match result {
        Ok(0) => crate::cli::EXIT_OK,
        // The files are in place; a cache could not be refreshed (the desktop rereads
        // the folders on its next start).
        Ok(_) => crate::cli::EXIT_BAD_INPUT,
        Err(e) => {
            eprintln!("crosscheck: {e}");
            crate::cli::EXIT_FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exec_is_quoted_only_when_needed() {
        assert_eq!(exec_quote("/usr/bin/crosscheck"), "/usr/bin/crosscheck");
        assert_eq!(exec_quote("/home/a b/crosscheck"), "\"/home/a b/crosscheck\"");
        assert_eq!(exec_quote("/x/50%\"$"), "\"/x/50%%\\\\\"\\\\$\"");
    }

    #[test]
    fn the_entry_runs_the_installed_binary() {
        let entry = desktop_entry(Some(Path::new("/opt/my apps/crosscheck")));
        assert!(entry.contains("\nExec=\"/opt/my apps/crosscheck\" open %F\n"), "{entry}");
        assert!(entry.contains("\nTryExec=/opt/my apps/crosscheck\n"), "{entry}");
        assert_eq!(desktop_entry(None), DESKTOP_ENTRY);
    }

    #[test]
    fn the_mime_definition_matches_the_comparison_file() {
        assert!(MIME_XML.contains(&format!("type=\"{MIME_TYPE}\"")));
        assert!(MIME_XML.contains(&format!("pattern=\"*.{}\"", crate::session::EXTENSION)));
        // The magic is the schema's name up to its version.
        let (name, _version) = crate::session::SCHEMA.split_once('/').expect("name/version");
        assert!(MIME_XML.contains(&format!("value=\"&quot;{name}/\"")), "{MIME_XML}");
        assert!(DESKTOP_ENTRY.contains(&format!("{MIME_TYPE};")));
    }

    #[test]
    fn every_icon_is_a_png_or_an_svg() {
        for (rel, bytes) in APP_ICONS.iter().chain(MIME_ICONS.iter()) {
            let png = bytes.starts_with(b"\x89PNG");
            let svg = bytes.starts_with(b"<?xml") && rel.ends_with(".svg");
            assert!(png || svg, "{rel}");
        }
        assert!(APP_ICONS[6].0.starts_with("256x256/"));
    }
}
