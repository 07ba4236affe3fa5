//! One window per user: a second `crosscheck open FILES` hands its files to the window that
//! is already open, over a local Unix socket, and exits.
//!
//! The socket is `$XDG_RUNTIME_DIR/crosscheck.sock`, or `crosscheck.sock` in a private
//! (0700) `crosscheck-UID` folder of the temporary directory. A message is [`MAGIC`]
//! followed by absolute paths, each ended by a NUL byte; the window answers [`ACK`] once
//! the paths are in its channel. A socket nobody listens on (left by a crash) is removed
//! and the new process listens in its place. `CROSSCHECK_NO_SINGLE_INSTANCE=1` turns all
//! of this off. Nothing here uses egui: the window gets a channel and a repaint callback.

use std::io::{self, Read, Write};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::{DirBuilderExt, FileTypeExt, MetadataExt, PermissionsExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

/// Set (to anything but `0` or empty) to open a window of its own every time.
pub const DISABLE_ENV: &str = "CROSSCHECK_NO_SINGLE_INSTANCE";
/// The first bytes of every message: the protocol and its version.
pub const MAGIC: &[u8] = b"crosscheck-open/1\n";
/// What the running window answers once it has the paths.
pub const ACK: &[u8] = b"ok\n";
/// A message larger than this is refused (a few thousand paths fit).
const MAX_MESSAGE: u64 = 1 << 20;
/// How long either side waits for the other.
const TIMEOUT: Duration = Duration::from_secs(5);

/// Whether the single-instance behaviour is turned off by [`DISABLE_ENV`].
pub fn disabled() -> bool {
    std::env::var_os(DISABLE_ENV).is_some_and(|v| !v.is_empty() && v != "0")
}

/// Where the running window listens, or `None` when no private place can be found.
pub fn socket_path() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("XDG_RUNTIME_DIR").map(PathBuf::from)
        && dir.is_absolute()
        && dir.is_dir()
    {
        return Some(dir.join("crosscheck.sock"));
    }
    // No runtime folder (a container, a bare X session): a folder of our own in /tmp,
    // refused if someone else owns it or can look into it.
    let uid = std::fs::metadata("/proc/self").ok()?.uid();
    let dir = std::env::temp_dir().join(format!("crosscheck-{uid}"));
    match std::fs::DirBuilder::new().mode(0o700).create(&dir) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
        Err(_) => return None,
    }
    let meta = std::fs::symlink_metadata(&dir).ok()?;
    (meta.is_dir() && meta.uid() == uid && meta.permissions().mode() & 0o077 == 0).then(|| dir.join("crosscheck.sock"))
}

/// How this process starts.
pub enum Start {
    /// The files went to the running window; this process has nothing more to do.
    Forwarded,
    /// This is the first window: it listens for the files of later ones.
    First(Listener),
    /// A window of its own, not listening (turned off, or no socket could be made).
    Alone,
}

/// Hands `files` to the running window if there is one, else starts listening.
/// Problems are reported on stderr in one line; the window opens anyway.
pub fn start(files: &[PathBuf]) -> Start {
    if disabled() {
        return Start::Alone;
    }
    let Some(path) = socket_path() else { return Start::Alone };
    match forward_or_listen(&path, files) {
        Ok(start) => start,
        Err(e) => {
            eprintln!("crosscheck: opening a window of its own ({}: {e})", path.display());
            Start::Alone
        }
    }
}

/// Sends `files` to whoever listens on `path`, or listens there when nobody does.
pub fn forward_or_listen(path: &Path, files: &[PathBuf]) -> io::Result<Start> {
    // Two processes starting at once: the one that loses the bind sends to the winner.
    let mut last = None;
    for _ in 0..3 {
        match send(path, files) {
            Ok(()) => return Ok(Start::Forwarded),
            Err(e) if matches!(e.kind(), io::ErrorKind::ConnectionRefused | io::ErrorKind::NotFound) => {
                remove_stale(path)?;
                match Listener::bind(path) {
                    Ok(l) => return Ok(Start::First(l)),
                    Err(e) if e.kind() == io::ErrorKind::AddrInUse => last = Some(e),
                    Err(e) => return Err(e),
                }
            }
            Err(e) => return Err(e),
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Err(last.unwrap_or_else(|| io::Error::other("cannot claim the socket")))
}

/// Removes a socket nobody listens on; anything else at that path is left alone.
fn remove_stale(path: &Path) -> io::Result<()> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_socket() => match std::fs::remove_file(path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        },
        Ok(_) => Err(io::Error::new(io::ErrorKind::AlreadyExists, "not a socket")),
        Err(_) => Ok(()),
    }
}

/// The bytes of one message: [`MAGIC`], then each path and a NUL.
pub fn encode(files: &[PathBuf]) -> Vec<u8> {
    let mut msg = MAGIC.to_vec();
    for f in files {
        // The receiver runs elsewhere: relative paths are made absolute here.
        let abs = std::path::absolute(f).unwrap_or_else(|_| f.clone());
        msg.extend_from_slice(abs.as_os_str().as_bytes());
        msg.push(0);
    }
    msg
}

/// The paths in one message, or `None` if it is not one.
pub fn decode(msg: &[u8]) -> Option<Vec<PathBuf>> {
    let body = msg.strip_prefix(MAGIC)?;
    Some(
        body.split(|&b| b == 0)
            .filter(|p| !p.is_empty())
            .map(|p| PathBuf::from(std::ffi::OsString::from_vec(p.to_vec())))
            .collect(),
    )
}

/// Sends `files` (possibly none: the window then only comes to the front) to the window
/// listening on `path` and waits for its answer.
pub fn send(path: &Path, files: &[PathBuf]) -> io::Result<()> {
    let mut stream = UnixStream::connect(path)?;
    stream.set_read_timeout(Some(TIMEOUT))?;
    stream.set_write_timeout(Some(TIMEOUT))?;
    stream.write_all(&encode(files))?;
    stream.shutdown(std::net::Shutdown::Write)?;
    let mut answer = Vec::new();
    (&mut stream).take(ACK.len() as u64 + 1).read_to_end(&mut answer)?;
    if answer == ACK { Ok(()) } else { Err(io::Error::other("the running window did not answer")) }
}

/// The first window's socket, not yet served.
pub struct Listener {
    listener: UnixListener,
    path: PathBuf,
}

impl Listener {
    /// Listens on `path` (a Unix socket), replacing a stale socket file.
    pub fn bind(path: &Path) -> io::Result<Self> {
        Ok(Self { listener: UnixListener::bind(path)?, path: path.to_path_buf() })
    }

    /// Removes the socket file when dropped (when the window closes).
    pub fn guard(&self) -> SocketGuard {
        SocketGuard { path: self.path.clone(), ino: std::fs::metadata(&self.path).map(|m| m.ino()).ok() }
    }

    /// Serves on a thread named `crosscheck-instance`: the paths of each message go into the
    /// returned channel, then `notify` runs (the window asks for a repaint there). The
    /// thread ends when the receiver is dropped and the next message arrives, or with the process.
    pub fn spawn(self, notify: impl Fn() + Send + 'static) -> io::Result<Receiver<Vec<PathBuf>>> {
        let (tx, rx) = channel();
        std::thread::Builder::new().name("crosscheck-instance".into()).spawn(move || {
            for stream in self.listener.incoming() {
                let Ok(stream) = stream else { continue };
                match serve(stream, &tx) {
                    Ok(()) => notify(),
                    Err(true) => return,
                    Err(false) => {}
                }
            }
        })?;
        Ok(rx)
    }
}

/// Answers one connection. `Err(true)` when the window is gone.
fn serve(mut stream: UnixStream, tx: &Sender<Vec<PathBuf>>) -> Result<(), bool> {
    stream.set_read_timeout(Some(TIMEOUT)).map_err(|_| false)?;
    stream.set_write_timeout(Some(TIMEOUT)).map_err(|_| false)?;
    let mut msg = Vec::new();
    (&mut stream).take(MAX_MESSAGE + 1).read_to_end(&mut msg).map_err(|_| false)?;
    if msg.len() as u64 > MAX_MESSAGE {
        return Err(false);
    }
    let paths = decode(&msg).ok_or(false)?;
    tx.send(paths).map_err(|_| true)?;
    // The sender may already have given up waiting; the files are in the window anyway.
    let _ = stream.write_all(ACK);
    Ok(())
}

/// Removes the socket file when dropped, unless another process has replaced it since.
pub struct SocketGuard {
    path: PathBuf,
    ino: Option<u64>,
}

impl Drop for SocketGuard {
    fn drop(&mut self) {
        if self.ino.is_some() && std::fs::metadata(&self.path).map(|m| m.ino()).ok() == self.ino {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_round_trip_and_strangers_are_refused() {
        let files = vec![PathBuf::from("/a/b c.txt"), PathBuf::from("/ünï/x.crosscheck")];
        assert_eq!(decode(&encode(&files)), Some(files));
        assert_eq!(decode(MAGIC), Some(vec![]));
        assert_eq!(decode(b"GET / HTTP/1.1\r\n"), None);
    }

    #[test]
    fn relative_paths_are_sent_absolute() {
        let got = decode(&encode(&[PathBuf::from("article.txt")])).expect("decodes");
        assert!(got[0].is_absolute(), "{got:?}");
        assert!(got[0].ends_with("article.txt"));
    }
}
