//! Desktop integration: `crosscheck desktop install|uninstall` into a temporary
//! XDG_DATA_HOME, the window icon, and handing files to a running window over its socket.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

const APP_ID: &str = "io.github.crosscheck.Crosscheck";
const SIZES: [u32; 8] = [16, 24, 32, 48, 64, 128, 256, 512];

/// Runs the binary with `data` as XDG_DATA_HOME and the given PATH.
fn crosscheck(args: &[&str], data: &Path, path: &std::ffi::OsStr) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .env("XDG_DATA_HOME", data)
        .env("HOME", data)
        .env("PATH", path)
        .output()
        .expect("runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Every file under `dir`, relative to it, sorted.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, base: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).expect("readable").flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, base, out);
            } else {
                out.push(p.strip_prefix(base).expect("under base").to_path_buf());
            }
        }
    }
    let mut out = Vec::new();
    if dir.exists() {
        walk(dir, dir, &mut out);
    }
    out.sort();
    out
}

/// Whether `tool` is on this process's PATH.
fn which(tool: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?).map(|d| d.join(tool)).find(|p| p.is_file())
}

fn expected_files() -> Vec<PathBuf> {
    let mut v = vec![
        PathBuf::from(format!("applications/{APP_ID}.desktop")),
        PathBuf::from(format!("mime/packages/{APP_ID}.xml")),
    ];
    for n in SIZES {
        v.push(PathBuf::from(format!("icons/hicolor/{n}x{n}/apps/{APP_ID}.png")));
        v.push(PathBuf::from(format!("icons/hicolor/{n}x{n}/mimetypes/application-x-crosscheck.png")));
    }
    v.push(PathBuf::from(format!("icons/hicolor/scalable/apps/{APP_ID}.svg")));
    v.push(PathBuf::from("icons/hicolor/scalable/mimetypes/application-x-crosscheck.svg"));
    v.sort();
    v
}

#[test]
fn install_writes_entry_icons_and_mime_type_and_uninstall_removes_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("share");
    // No cache tools on this PATH: each is skipped with a line saying so.
    let empty = dir.path().join("empty-bin");
    std::fs::create_dir(&empty).expect("mkdir");
    let out = crosscheck(&["desktop", "install"], &data, empty.as_os_str());
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", text(&out.stderr));
    for tool in ["update-desktop-database", "update-mime-database", "gtk-update-icon-cache"] {
        assert!(stdout.contains(&format!("skipped {tool}: not installed")), "{stdout}");
    }
    assert!(
        stdout.contains(&format!("wrote {}", data.join("applications").join(format!("{APP_ID}.desktop")).display()))
    );
    assert_eq!(files_under(&data), expected_files());

    let entry_path = data.join(format!("applications/{APP_ID}.desktop"));
    let entry = std::fs::read_to_string(&entry_path).expect("entry");
    let exe = env!("CARGO_BIN_EXE_crosscheck");
    assert!(entry.starts_with("[Desktop Entry]\n"), "{entry}");
    assert!(entry.contains(&format!("\nExec={exe} open %F\n")), "{entry}");
    assert!(entry.contains(&format!("\nIcon={APP_ID}\n")), "{entry}");
    assert!(entry.contains("application/pdf;"), "{entry}");
    assert!(entry.contains("application/x-crosscheck;"), "{entry}");
    // The check CI runs (.ci/run installs desktop-file-utils).
    if let Some(validate) = which("desktop-file-validate") {
        let v = Command::new(validate).arg(&entry_path).output().expect("validates");
        assert!(v.status.success() && v.stdout.is_empty(), "{}{}", text(&v.stdout), text(&v.stderr));
    } else {
        eprintln!("desktop-file-validate is not installed: the entry was not validated");
    }
    let xml = std::fs::read_to_string(data.join(format!("mime/packages/{APP_ID}.xml"))).expect("xml");
    assert!(xml.contains(r#"<glob pattern="*.crosscheck"/>"#), "{xml}");
    assert!(xml.contains("crosscheck.comparison/"), "{xml}");
    let icon = std::fs::read(data.join(format!("icons/hicolor/48x48/apps/{APP_ID}.png"))).expect("icon");
    assert!(icon.starts_with(b"\x89PNG"));

    // Installing twice is harmless.
    let again = crosscheck(&["desktop", "install"], &data, empty.as_os_str());
    assert_eq!(again.status.code(), Some(0));

    let out = crosscheck(&["desktop", "uninstall"], &data, empty.as_os_str());
    assert_eq!(out.status.code(), Some(0), "{}{}", text(&out.stdout), text(&out.stderr));
    assert!(text(&out.stdout).contains(&format!("removed {} files", expected_files().len())), "{}", text(&out.stdout));
    assert_eq!(files_under(&data), Vec::<PathBuf>::new(), "nothing left behind");
    assert!(!data.join("icons").exists() && !data.join("applications").exists() && !data.join("mime").exists());
}

#[test]
fn with_the_cache_tools_nothing_is_left_behind_either() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("share");
    let path = std::env::var_os("PATH").unwrap_or_default();
    // Somebody else's files stay.
    let theirs = data.join("applications/other.desktop");
    std::fs::create_dir_all(theirs.parent().expect("parent")).expect("mkdir");
    std::fs::write(&theirs, "[Desktop Entry]\nType=Application\nName=Other\nExec=other\n").expect("write");

    let out = crosscheck(&["desktop", "install"], &data, &path);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", text(&out.stderr));
    assert_eq!(stdout.lines().count(), 6, "one line per step: {stdout}");
    if which("update-mime-database").is_some() {
        assert!(stdout.contains("ran update-mime-database"), "{stdout}");
        let globs = std::fs::read_to_string(data.join("mime/globs2")).expect("globs2");
        assert!(globs.contains("application/x-crosscheck:*.crosscheck"), "{globs}");
        let magic = std::fs::read(data.join("mime/magic")).expect("magic");
        let schema = b"\"crosscheck.comparison/";
        assert!(magic.windows(schema.len()).any(|w| w == schema), "magic has the schema");
    }
    if which("update-desktop-database").is_some() {
        let cache = std::fs::read_to_string(data.join("applications/mimeinfo.cache")).expect("mimeinfo.cache");
        assert!(cache.contains(&format!("application/x-crosscheck={APP_ID}.desktop;")), "{cache}");
    }

    let out = crosscheck(&["desktop", "uninstall"], &data, &path);
    assert_eq!(out.status.code(), Some(0), "{}{}", text(&out.stdout), text(&out.stderr));
    let left = files_under(&data);
    // update-desktop-database keeps a cache for the other entry; it no longer names us.
    for f in &left {
        assert!(f.starts_with("applications"), "left behind: {left:?}");
    }
    assert!(theirs.exists());
    assert!(!data.join("icons").exists() && !data.join("mime").exists(), "left behind: {:?}", files_under(&data));
    if let Ok(cache) = std::fs::read_to_string(data.join("applications/mimeinfo.cache")) {
        assert!(!cache.contains(APP_ID), "{cache}");
    }
    std::fs::remove_file(&theirs).expect("rm");
    let _ = std::fs::remove_file(data.join("applications/mimeinfo.cache"));
    assert_eq!(files_under(&data), Vec::<PathBuf>::new());
}

#[cfg(feature = "gui")]
#[test]
fn the_window_icon_decodes() {
    let icon = crosscheck::gui::window_icon().expect("the window icon is a valid PNG");
    assert_eq!((icon.width, icon.height), (256, 256));
    assert_eq!(icon.rgba.len(), 256 * 256 * 4);
    // Not blank: the drawing has opaque pixels and transparent corners.
    assert_eq!(icon.rgba[3], 0, "transparent corner");
    assert!(icon.rgba.chunks(4).filter(|p| p[3] == 255).count() > 256 * 256 / 3);
}

/// What the socket's listener hands over reaches the window through `listen`: the files join
/// the list (replacing the bundled examples), without any socket in the GUI tests.
#[cfg(feature = "gui")]
#[test]
fn files_handed_to_the_running_window_join_its_list() {
    use crosscheck::gui::{CrosscheckApp, NoDialogs, StartOptions};
    let fixture = |name: &str| Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
    let (tx, rx) = std::sync::mpsc::channel();
    let mut h = egui_kittest::Harness::builder().with_size([1280.0, 800.0]).build_eframe(move |cc| {
        let mut app =
            CrosscheckApp::new(cc, StartOptions { files: vec![], examples: true, recovery: None }, Box::new(NoDialogs));
        app.listen(rx);
        app
    });
    let settle = |h: &mut egui_kittest::Harness<'static, CrosscheckApp>| {
        h.run_steps(2);
        assert!(h.state_mut().wait_until_idle(Duration::from_secs(60)));
        h.run_steps(2);
    };
    settle(&mut h);
    assert_eq!(h.state().entries.len(), 4, "the bundled examples");

    tx.send(vec![fixture("wire_report.txt")]).expect("sends");
    settle(&mut h);
    let paths = |h: &egui_kittest::Harness<'static, CrosscheckApp>| {
        h.state().entries.iter().map(|e| e.path.clone()).collect::<Vec<_>>()
    };
    assert_eq!(paths(&h), vec![Some(fixture("wire_report.txt"))], "the examples made way");

    tx.send(vec![fixture("notes.md")]).expect("sends");
    tx.send(vec![]).expect("sends");
    settle(&mut h);
    assert_eq!(paths(&h), vec![Some(fixture("wire_report.txt")), Some(fixture("notes.md"))]);
}

#[cfg(unix)]
mod single_instance {
    use super::*;
    use crosscheck::instance::{self, Start};
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn a_second_start_hands_its_files_to_the_first() {
        let dir = tempfile::tempdir().expect("tempdir");
        let sock = dir.path().join("crosscheck.sock");
        let Ok(Start::First(listener)) = instance::forward_or_listen(&sock, &[]) else {
            panic!("nobody listens yet: this one is the first")
        };
        let guard = listener.guard();
        let repaints = Arc::new(AtomicUsize::new(0));
        let r = repaints.clone();
        let rx = listener
            .spawn(move || {
                r.fetch_add(1, Ordering::SeqCst);
            })
            .expect("serves");

        let files = vec![dir.path().join("a b.txt"), PathBuf::from("/tmp/ünïcode/set.crosscheck")];
        assert!(matches!(instance::forward_or_listen(&sock, &files), Ok(Start::Forwarded)));
        assert_eq!(rx.recv_timeout(Duration::from_secs(5)).expect("received"), files);
        assert!(matches!(instance::forward_or_listen(&sock, &[]), Ok(Start::Forwarded)));
        assert_eq!(rx.recv_timeout(Duration::from_secs(5)).expect("received"), Vec::<PathBuf>::new());
        // The wake-up follows the hand-over.
        let deadline = std::time::Instant::now() + Duration::from_secs(5);
        while repaints.load(Ordering::SeqCst) < 2 && std::time::Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(5));
        }
        assert_eq!(repaints.load(Ordering::SeqCst), 2, "the window is woken for each");

        // A stranger's bytes are refused and the listener goes on serving.
        {
            use std::io::Write;
            let mut s = std::os::unix::net::UnixStream::connect(&sock).expect("connects");
            s.write_all(b"GET / HTTP/1.1\r\n\r\n").expect("writes");
        }
        instance::send(&sock, &files[..1]).expect("still served");
        assert_eq!(rx.recv_timeout(Duration::from_secs(5)).expect("received"), files[..1].to_vec());

        drop(guard);
        assert!(!sock.exists(), "the socket goes with the window");
    }

    #[test]
    fn a_stale_socket_is_replaced() {
        let dir = tempfile::tempdir().expect("tempdir");
        let sock = dir.path().join("crosscheck.sock");
        // A crashed window leaves its socket file behind, with nobody listening.
        drop(instance::Listener::bind(&sock).expect("binds"));
        assert!(sock.exists());
        assert!(instance::send(&sock, &[]).is_err());
        assert!(matches!(instance::forward_or_listen(&sock, &[]), Ok(Start::First(_))));
    }

    #[test]
    fn crosscheck_open_sends_its_files_to_the_running_window_and_exits() {
        let dir = tempfile::tempdir().expect("tempdir");
        let sock = dir.path().join("crosscheck.sock");
        let Ok(Start::First(listener)) = instance::forward_or_listen(&sock, &[]) else { panic!("first") };
        let rx = listener.spawn(|| {}).expect("serves");
        let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
            .args(["open", "article.txt", "/abs/other.html"])
            .current_dir(dir.path())
            .env("XDG_RUNTIME_DIR", dir.path())
            .env_remove(instance::DISABLE_ENV)
            // No display: the process must not get as far as opening a window.
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let got = rx.recv_timeout(Duration::from_secs(5)).expect("received");
        let cwd = std::fs::canonicalize(dir.path()).expect("canonical");
        assert!(got[0] == dir.path().join("article.txt") || got[0] == cwd.join("article.txt"), "{got:?}");
        assert_eq!(got[1], PathBuf::from("/abs/other.html"));
    }
}
