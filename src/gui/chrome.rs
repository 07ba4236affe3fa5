//! The window's frame: keyboard shortcuts, the top bar (files, undo, views, settings,
//! divergence stepping), the status bar, the warning bar and the paste and recovery windows.

use super::state::{Action, CrosscheckApp, PasteDraft, View};
use egui::{Key, KeyboardShortcut, Modifiers};

/// Add articles (Ctrl+O).
pub const SHORTCUT_OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
/// Save a report (Ctrl+S).
pub const SHORTCUT_SAVE_REPORT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
/// Save the comparison file (Ctrl+Shift+S).
pub const SHORTCUT_SAVE_COMPARISON: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
/// Search (Ctrl+F).
pub const SHORTCUT_FIND: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);
/// Paste text as an article (Ctrl+Shift+V).
pub const SHORTCUT_PASTE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::V);
/// Undo (Ctrl+Z).
pub const SHORTCUT_UNDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
/// Redo (Ctrl+Shift+Z).
pub const SHORTCUT_REDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);

/// Turns this frame's keyboard shortcuts and dropped files into actions.
pub fn shortcuts(app: &CrosscheckApp, ctx: &egui::Context, actions: &mut Vec<Action>) {
    // A text field being edited keeps Ctrl+Z for its own text.
    let typing = ctx.text_edit_focused();
    ctx.input_mut(|i| {
        if !typing {
            if i.consume_shortcut(&SHORTCUT_REDO) {
                actions.push(Action::Redo);
            }
            if i.consume_shortcut(&SHORTCUT_UNDO) {
                actions.push(Action::Undo);
            }
        }
        // The shifted shortcuts first: Ctrl+Shift+S also matches Ctrl+S logically.
        if i.consume_shortcut(&SHORTCUT_SAVE_COMPARISON) {
            actions.push(Action::SaveComparisonDialog);
        }
        if i.consume_shortcut(&SHORTCUT_SAVE_REPORT) {
            actions.push(Action::SaveReportDialog);
        }
        if i.consume_shortcut(&SHORTCUT_OPEN) {
            actions.push(Action::OpenDialog);
        }
        if i.consume_shortcut(&SHORTCUT_PASTE) {
            actions.push(Action::SetPaste(PasteDraft { open: true, ..app.paste.clone() }));
        }
        if i.consume_shortcut(&SHORTCUT_FIND) {
            actions.push(Action::FocusSearch);
            if !matches!(app.view, View::Claims | View::Quotes) {
                actions.push(Action::SetView(View::Claims));
            }
        }
        // F7 skips what the reader already reviewed; with Ctrl it visits everything.
        for (mods, forward, reviewed_too) in [
            (Modifiers::COMMAND.plus(Modifiers::SHIFT), false, true),
            (Modifiers::COMMAND, true, true),
            (Modifiers::SHIFT, false, false),
            (Modifiers::NONE, true, false),
        ] {
            if i.consume_key(mods, Key::F7) {
                actions.push(Action::Step { forward, reviewed_too });
            }
        }
        if i.consume_key(Modifiers::NONE, Key::Escape) {
            if app.linking.is_some() {
                actions.push(Action::CancelLink);
            } else if app.selection.is_some() {
                actions.push(Action::Select(None));
            }
        }
    });
    let dropped: Vec<std::path::PathBuf> =
        ctx.input(|i| i.raw.dropped_files.iter().map(|f| f.path().to_path_buf()).collect());
    if !dropped.is_empty() {
        actions.push(Action::AddPaths(dropped));
    }
}

/// Draws the top bar: files, undo and redo, views, settings, divergence stepping.
pub fn top_bar_ui(app: &CrosscheckApp, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        files_ui(app, ui, actions);
        ui.separator();
        history_ui(app, ui, actions);
        ui.separator();
        views_ui(app, ui, actions);
        ui.separator();
        steps_ui(ui, actions);
        ui.separator();
        settings_ui(app, ui, actions);
        ui.separator();
        theme_ui(ui);
    });
}

/// The file buttons: open, recent, paste, save.
fn files_ui(app: &CrosscheckApp, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    if ui.button("Open…").on_hover_text("Open articles or a comparison file (Ctrl+O)").clicked() {
        actions.push(Action::OpenDialog);
    }
    ui.menu_button("Recent", |ui| {
        if app.persisted.recent.is_empty() {
            ui.label("Nothing opened yet");
        }
        for path in app.persisted.recent.clone() {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            if ui.button(name).on_hover_text(path.display().to_string()).clicked() {
                actions.push(Action::AddPaths(vec![path]));
                ui.close();
            }
        }
    });
    if ui.button("Paste article…").on_hover_text("Add text copied from a browser (Ctrl+Shift+V)").clicked() {
        actions.push(Action::SetPaste(PasteDraft { open: true, ..app.paste.clone() }));
    }
    if ui.button("Save report…").on_hover_text("HTML, Markdown or JSON (Ctrl+S)").clicked() {
        actions.push(Action::SaveReportDialog);
    }
    if ui
        .button("Save comparison…")
        .on_hover_text("Files, order, settings, reference and your decisions (Ctrl+Shift+S)")
        .clicked()
    {
        actions.push(Action::SaveComparisonDialog);
    }
}

/// Undo and redo, each naming the step it takes back.
fn history_ui(app: &CrosscheckApp, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    let undo = app.history.undo_label().map(|l| format!("Undo: {l} (Ctrl+Z)"));
    if ui.add_enabled(undo.is_some(), egui::Button::new("Undo")).on_hover_text(undo.unwrap_or_default()).clicked() {
        actions.push(Action::Undo);
    }
    let redo = app.history.redo_label().map(|l| format!("Redo: {l} (Ctrl+Shift+Z)"));
    if ui.add_enabled(redo.is_some(), egui::Button::new("Redo")).on_hover_text(redo.unwrap_or_default()).clicked() {
        actions.push(Action::Redo);
    }
}

/// The views, one tab each.
fn views_ui(app: &CrosscheckApp, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    for view in View::ALL {
        if ui.selectable_label(app.view == view, view.label()).clicked() {
            actions.push(Action::SetView(view));
        }
    }
}

/// Previous and next divergence.
fn steps_ui(ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    if ui.button("Previous").on_hover_text("Previous divergence not reviewed (Shift+F7)").clicked() {
        actions.push(Action::Step { forward: false, reviewed_too: false });
    }
    if ui.button("Next").on_hover_text("Next divergence not reviewed (F7; Ctrl+F7 includes reviewed)").clicked() {
        actions.push(Action::Step { forward: true, reviewed_too: false });
    }
}

/// The comparison's settings.
fn settings_ui(app: &CrosscheckApp, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    let mut settings = app.settings;
    let mut changed = false;
    changed |= ui
        .add(
            egui::Slider::new(&mut settings.threshold, 0.05..=0.95)
                .step_by(0.05)
                .fixed_decimals(2)
                .text("Match threshold"),
        )
        .on_hover_text("How similar two sentences must be to count as the same claim")
        .changed();
    changed |= ui.checkbox(&mut settings.ignore_case, "Ignore case").changed();
    changed |= ui.checkbox(&mut settings.ignore_punctuation, "Ignore punctuation").changed();
    if changed {
        actions.push(Action::SetSettings(settings));
    }
}

/// The theme: system, light or dark.
fn theme_ui(ui: &mut egui::Ui) {
    // Follows the system by default; the choice is kept with the window's other state.
    let mut pref = ui.ctx().options(|o| o.theme_preference);
    egui::ComboBox::from_label("Theme")
        .selected_text(match pref {
            egui::ThemePreference::System => "System",
            egui::ThemePreference::Light => "Light",
            egui::ThemePreference::Dark => "Dark",
        })
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut pref, egui::ThemePreference::System, "System");
            ui.selectable_value(&mut pref, egui::ThemePreference::Light, "Light");
            ui.selectable_value(&mut pref, egui::ThemePreference::Dark, "Dark");
        });
    if pref != ui.ctx().options(|o| o.theme_preference) {
        ui.ctx().set_theme(pref);
    }
}

/// Draws the status bar: articles loaded and failed, the comparison under way, the last message.
pub fn status_bar_ui(app: &CrosscheckApp, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        let ready = app.loaded().count();
        let loading = app.entries.iter().filter(|e| matches!(e.state, super::state::EntryState::Loading)).count();
        let failed = app.entries.iter().filter(|e| matches!(e.state, super::state::EntryState::Failed(_))).count();
        ui.label(format!("{ready} articles loaded"));
        if failed > 0 {
            ui.colored_label(super::theme::error_color(ui.visuals().dark_mode), format!("{failed} failed"));
        }
        if loading > 0 {
            ui.separator();
            let total = app.entries.len().max(1);
            ui.add(
                egui::ProgressBar::new((total - loading) as f32 / total as f32)
                    .desired_width(160.0)
                    .text(format!("Loading {loading}…")),
            );
        } else if app.deriving && !app.comparing {
            ui.separator();
            ui.spinner();
            ui.label("Preparing the rows…");
        } else if app.comparing {
            ui.separator();
            ui.spinner();
            ui.label("Comparing…");
            if ui.small_button("Cancel").on_hover_text("Stop this comparison").clicked() {
                actions.push(Action::CancelCompare);
            }
        } else if let Some(c) = &app.comparison {
            ui.separator();
            let conflicts = app.derived.claim_counts[crate::compare::ClaimStatus::Conflict as usize];
            let altered = app.derived.quote_counts[crate::compare::QuoteStatus::Altered as usize];
            let (reviewed, markable) = app.derived.review_progress();
            ui.label(format!(
                "{} · {} · {} · {reviewed} of {markable} divergences reviewed",
                counted(c.claim_groups.len(), "claim group", "claim groups"),
                counted(conflicts, "conflict", "conflicts"),
                counted(altered, "altered quote", "altered quotes"),
            ));
        }
        if let Some(status) = &app.status {
            ui.separator();
            ui.label(status);
        }
    });
}

/// The comparison's warnings about the set as a whole, one line each: articles that report
/// another event are named, so the reader knows why their claims stand apart; decisions
/// that could not be applied (their file changed) are listed, never dropped silently.
pub fn warning_bar_ui(app: &CrosscheckApp, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    let Some(c) = &app.comparison else { return };
    let color = super::theme::error_color(ui.visuals().dark_mode);
    for o in c.decided.stale() {
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(color, "Could not be applied:");
            ui.strong(o.decision.kind.name());
            ui.label(format!("— {}.", o.reason.as_deref().unwrap_or("its anchor no longer matches")));
            if ui.small_button("Forget").on_hover_text("Drop this decision (Ctrl+Z brings it back)").clicked() {
                actions.push(Action::Decide(super::state::Decide::Forget(Box::new(o.decision.clone()))));
            }
        });
    }
    for w in &c.warnings {
        let names: Vec<&str> =
            w.articles.iter().filter_map(|&a| c.docs.get(a)).map(|d| d.article.display_title()).collect();
        let head = match w.kind {
            crate::compare::WarningKind::DifferentEvent => "Another event",
        };
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(color, format!("{head}:"));
            ui.strong(names.join(", "));
            ui.label(format!("— {}.", w.detail));
        });
    }
}

/// "1 conflict", "2 conflicts".
fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Draws the paste window when it is open.
pub fn paste_window(app: &CrosscheckApp, ctx: &egui::Context, actions: &mut Vec<Action>) {
    if !app.paste.open {
        return;
    }
    let mut draft = app.paste.clone();
    let mut open = true;
    let mut add = false;
    egui::Window::new("Paste article").open(&mut open).default_size([560.0, 420.0]).show(ctx, |ui| {
        ui.horizontal(|ui| {
            ui.label("Name");
            ui.add(egui::TextEdit::singleline(&mut draft.name).hint_text("e.g. outlet.txt (.html for markup)"));
        });
        ui.label("Paste the article's text below (Ctrl+V):");
        egui::ScrollArea::vertical().max_height(300.0).show(ui, |ui| {
            ui.add(egui::TextEdit::multiline(&mut draft.text).desired_rows(14).desired_width(f32::INFINITY));
        });
        ui.horizontal(|ui| {
            let ok = !draft.text.trim().is_empty();
            add = ui.add_enabled(ok, egui::Button::new("Add article")).clicked();
            if ui.button("Cancel").clicked() {
                draft.open = false;
            }
        });
    });
    draft.open &= open;
    if add {
        actions.push(Action::AddPasted { name: draft.name.clone(), text: draft.text.clone() });
    } else if draft != app.paste {
        actions.push(Action::SetPaste(draft));
    }
}

/// Offers back the decisions of a session that did not close normally.
pub fn recovery_window(app: &CrosscheckApp, ctx: &egui::Context, actions: &mut Vec<Action>) {
    let Some(file) = &app.recovery_offer else { return };
    let window = egui::Window::new("Restore decisions?").collapsible(false).resizable(false);
    window.anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0]).show(ctx, |ui| {
        ui.label(format!(
            "Crosscheck did not close normally; {} about {} can be restored.",
            counted(file.decisions.len(), "decision", "decisions"),
            counted(file.files.len(), "article", "articles"),
        ));
        ui.horizontal(|ui| {
            if ui.button("Restore").clicked() {
                actions.push(Action::RestoreRecovery);
            }
            if ui.button("Discard").clicked() {
                actions.push(Action::DiscardRecovery);
            }
        });
    });
}
