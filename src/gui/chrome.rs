//! The window's frame: keyboard shortcuts, the top bar (files, views, settings, divergence
//! stepping), the status bar and the paste window.

use super::app::{Action, CrosscheckApp, View};
use egui::{Key, KeyboardShortcut, Modifiers};

pub const SHORTCUT_OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
pub const SHORTCUT_SAVE_REPORT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
pub const SHORTCUT_SAVE_COMPARISON: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
pub const SHORTCUT_FIND: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);
pub const SHORTCUT_PASTE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::V);

pub fn shortcuts(app: &mut CrosscheckApp, ctx: &egui::Context, actions: &mut Vec<Action>) {
    ctx.input_mut(|i| {
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
            actions.push(Action::OpenPaste);
        }
        if i.consume_shortcut(&SHORTCUT_FIND) {
            app.focus_search = true;
            if !matches!(app.view, View::Claims | View::Quotes) {
                actions.push(Action::SetView(View::Claims));
            }
        }
        if i.consume_key(Modifiers::SHIFT, Key::F7) {
            actions.push(Action::PrevDivergence);
        } else if i.consume_key(Modifiers::NONE, Key::F7) {
            actions.push(Action::NextDivergence);
        }
        if i.consume_key(Modifiers::NONE, Key::Escape) && app.selection.is_some() {
            actions.push(Action::Select(None));
        }
    });
    let dropped: Vec<std::path::PathBuf> =
        ctx.input(|i| i.raw.dropped_files.iter().map(|f| f.path().to_path_buf()).collect());
    if !dropped.is_empty() {
        actions.push(Action::AddPaths(dropped));
    }
}

pub fn top_bar_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
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
            actions.push(Action::OpenPaste);
        }
        if ui.button("Save report…").on_hover_text("HTML, Markdown or JSON (Ctrl+S)").clicked() {
            actions.push(Action::SaveReportDialog);
        }
        if ui.button("Save comparison…").on_hover_text("Files, order, settings and reference (Ctrl+Shift+S)").clicked()
        {
            actions.push(Action::SaveComparisonDialog);
        }
        ui.separator();
        for view in View::ALL {
            if ui.selectable_label(app.view == view, view.label()).clicked() {
                actions.push(Action::SetView(view));
            }
        }
        ui.separator();
        if ui.button("Previous").on_hover_text("Previous divergence (Shift+F7)").clicked() {
            actions.push(Action::PrevDivergence);
        }
        if ui.button("Next").on_hover_text("Next divergence (F7)").clicked() {
            actions.push(Action::NextDivergence);
        }
        ui.separator();
        let mut changed = false;
        changed |= ui
            .add(
                egui::Slider::new(&mut app.settings.threshold, 0.05..=0.95)
                    .step_by(0.05)
                    .fixed_decimals(2)
                    .text("Match threshold"),
            )
            .on_hover_text("How similar two sentences must be to count as the same claim")
            .changed();
        changed |= ui.checkbox(&mut app.settings.ignore_case, "Ignore case").changed();
        changed |= ui.checkbox(&mut app.settings.ignore_punctuation, "Ignore punctuation").changed();
        if changed {
            actions.push(Action::Recompare);
        }
        ui.separator();
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
    });
}

pub fn status_bar_ui(app: &CrosscheckApp, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        let ready = app.loaded().count();
        let loading = app.entries.iter().filter(|e| matches!(e.state, super::app::EntryState::Loading)).count();
        let failed = app.entries.iter().filter(|e| matches!(e.state, super::app::EntryState::Failed(_))).count();
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
        } else if app.comparing {
            ui.separator();
            ui.spinner();
            ui.label("Comparing…");
            if ui.small_button("Cancel").on_hover_text("Stop this comparison").clicked() {
                actions.push(Action::CancelCompare);
            }
        } else if let Some(c) = &app.comparison {
            ui.separator();
            let conflicts = c.claim_groups.iter().filter(|g| g.status == crate::compare::ClaimStatus::Conflict).count();
            let altered = c.quote_groups.iter().filter(|g| g.status == crate::compare::QuoteStatus::Altered).count();
            ui.label(format!(
                "{} · {} · {} · {}",
                counted(c.claim_groups.len(), "claim group", "claim groups"),
                counted(conflicts, "conflict", "conflicts"),
                counted(altered, "altered quote", "altered quotes"),
                counted(app.derived.divergences.len(), "divergence", "divergences"),
            ));
        }
        if let Some(status) = &app.status {
            ui.separator();
            ui.label(status);
        }
    });
}

/// The comparison's warnings about the set as a whole, one line each: articles that report
/// another event are named, so the reader knows why their claims stand apart.
pub fn warning_bar_ui(app: &CrosscheckApp, ui: &mut egui::Ui) {
    let Some(c) = &app.comparison else { return };
    let color = super::theme::error_color(ui.visuals().dark_mode);
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

pub fn paste_window(app: &mut CrosscheckApp, ctx: &egui::Context, actions: &mut Vec<Action>) {
    if !app.paste.open {
        return;
    }
    let mut open = true;
    egui::Window::new("Paste article").open(&mut open).default_size([560.0, 420.0]).show(ctx, |ui| {
        ui.horizontal(|ui| {
            ui.label("Name");
            ui.add(egui::TextEdit::singleline(&mut app.paste.name).hint_text("e.g. outlet.txt (.html for markup)"));
        });
        ui.label("Paste the article's text below (Ctrl+V):");
        egui::ScrollArea::vertical().max_height(300.0).show(ui, |ui| {
            ui.add(egui::TextEdit::multiline(&mut app.paste.text).desired_rows(14).desired_width(f32::INFINITY));
        });
        ui.horizontal(|ui| {
            let ok = !app.paste.text.trim().is_empty();
            if ui.add_enabled(ok, egui::Button::new("Add article")).clicked() {
                actions.push(Action::AddPasted { name: app.paste.name.clone(), text: app.paste.text.clone() });
            }
            if ui.button("Cancel").clicked() {
                app.paste.open = false;
            }
        });
    });
    if !open {
        app.paste.open = false;
    }
}
