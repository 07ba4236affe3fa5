//! What the reader can decide about a group, in the details panel and a row's context
//! menu: link, separate, speaker, status, note, reviewed. Each control returns a
//! [`Decide`] action; the app stores it and applies it.

use crate::compare::decisions::{CONFLICT, DIFFERENT_QUOTE, NOT_CONFLICT, SAME_QUOTE};
use crate::compare::{ClaimStatus, Comparison, QuoteStatus};
use crate::gui::decide::group_anchor;
use crate::gui::model::Selection;
use crate::gui::state::{Action, CrosscheckApp, Decide};
use egui::{RichText, Ui};

/// Whether the reader marked the group reviewed, and its notes.
fn marks(cmp: &Comparison, sel: Selection) -> Option<&crate::compare::decisions::Marks> {
    match sel {
        Selection::Claim(g) => cmp.decided.claim(g),
        Selection::Quote(g) => cmp.decided.quote(g),
        Selection::Entity(_) => None,
    }
}

/// The right-click menu of a row of the Claims or Quotes grid.
pub fn group_menu_ui(app: &CrosscheckApp, ui: &mut Ui, sel: Selection, actions: &mut Vec<Action>) {
    let (Some(cmp), Some(anchor)) = (&app.comparison, app.comparison.as_ref().and_then(|c| group_anchor(c, sel)))
    else {
        return;
    };
    let reviewed = marks(cmp, sel).is_some_and(|m| m.reviewed);
    let mut push = |ui: &mut Ui, a: Action| {
        actions.push(a);
        ui.close();
    };
    if ui.button("Link with…").clicked() {
        push(ui, Action::StartLink(anchor.clone()));
    }
    if ui.button(if reviewed { "Mark not reviewed" } else { "Mark reviewed" }).clicked() {
        push(ui, Action::Decide(Decide::Reviewed(anchor.clone(), !reviewed)));
    }
    let conflict = matches!(sel, Selection::Claim(g) if cmp.claim_groups[g].status == ClaimStatus::Conflict);
    let shared_quote = matches!(sel, Selection::Quote(g) if cmp.quote_groups[g].status != QuoteStatus::Unique);
    if conflict && ui.button("Not a conflict").clicked() {
        push(ui, Action::Decide(Decide::Status(anchor.clone(), NOT_CONFLICT, None)));
    }
    if shared_quote && ui.button("Same quote").clicked() {
        push(ui, Action::Decide(Decide::Status(anchor.clone(), SAME_QUOTE, None)));
    }
    if shared_quote && ui.button("Different quotes").clicked() {
        push(ui, Action::Decide(Decide::Status(anchor, DIFFERENT_QUOTE, None)));
    }
    if ui.button("Details…").clicked() {
        push(ui, Action::Select(Some(sel)));
    }
}

/// The decisions row of the details panel for a claim or quote group.
pub fn decisions_ui(app: &CrosscheckApp, cmp: &Comparison, ui: &mut Ui, sel: Selection, actions: &mut Vec<Action>) {
    let Some(anchor) = group_anchor(cmp, sel) else { return };
    let m = marks(cmp, sel);
    ui.horizontal_wrapped(|ui| {
        if m.is_some_and(|m| m.decided) {
            ui.label(RichText::new("Your decision").strong().color(ui.visuals().hyperlink_color))
                .on_hover_text("You changed this group; Ctrl+Z undoes it");
        }
        let mut reviewed = m.is_some_and(|m| m.reviewed);
        if ui.checkbox(&mut reviewed, "Reviewed").on_hover_text("You have checked this divergence").changed() {
            actions.push(Action::Decide(Decide::Reviewed(anchor.clone(), reviewed)));
        }
        if app.linking.is_some() {
            ui.label("Linking…");
        } else if ui.button("Link with…").on_hover_text("Then pick the group to join with this one").clicked() {
            actions.push(Action::StartLink(anchor.clone()));
        }
        match sel {
            Selection::Claim(g) => claim_status_ui(cmp, ui, g, &anchor, actions),
            Selection::Quote(g) => quote_status_ui(cmp, ui, g, &anchor, actions),
            Selection::Entity(_) => {}
        }
    });
    if let Some(reason) = m.and_then(|m| m.reason.as_deref()) {
        ui.label(RichText::new(format!("Your reason: {reason}")).italics());
    }
    if let Selection::Quote(g) = sel {
        speaker_ui(cmp, ui, g, &anchor, actions);
    }
    // The group's own note sits on its canonical sentence; notes on its other sentences
    // (made in Read) are listed.
    let own = |n: &&crate::compare::decisions::Note| {
        cmp.docs[n.article].article.file_name == anchor.file && n.start == anchor.start && n.end == anchor.end
    };
    let notes = m.map(|m| m.notes.as_slice()).unwrap_or_default();
    for n in notes.iter().filter(|n| !own(n)) {
        let outlet = crate::report::present::article_label(cmp, n.article);
        ui.label(RichText::new(format!("Note on a sentence of {outlet}: {}", n.text)).italics());
    }
    note_ui(ui, sel, &anchor, notes.iter().find(own).map(|n| n.text.as_str()), actions);
}

fn claim_status_ui(
    cmp: &Comparison,
    ui: &mut Ui,
    g: usize,
    anchor: &crate::compare::decisions::Anchor,
    actions: &mut Vec<Action>,
) {
    let group = &cmp.claim_groups[g];
    if group.members.len() < 2 {
        return;
    }
    if group.status == ClaimStatus::Conflict {
        if ui.button("Not a conflict").clicked() {
            actions.push(Action::Decide(Decide::Status(anchor.clone(), NOT_CONFLICT, None)));
        }
        return;
    }
    let id = egui::Id::unique(("reason", g));
    let mut reason: String = ui.data_mut(|d| d.get_temp(id)).unwrap_or_default();
    let label = ui.label("Conflict because");
    ui.add(egui::TextEdit::singleline(&mut reason).hint_text("one line").desired_width(220.0)).labelled_by(label.id);
    if ui.add_enabled(!reason.trim().is_empty(), egui::Button::new("Mark conflict")).clicked() {
        actions.push(Action::Decide(Decide::Status(anchor.clone(), CONFLICT, Some(reason.clone()))));
        reason.clear();
    }
    ui.data_mut(|d| d.insert_temp(id, reason));
}

fn quote_status_ui(
    cmp: &Comparison,
    ui: &mut Ui,
    g: usize,
    anchor: &crate::compare::decisions::Anchor,
    actions: &mut Vec<Action>,
) {
    if cmp.quote_groups[g].status == QuoteStatus::Unique {
        return;
    }
    if ui.button("Same quote").on_hover_text("The differences do not change what was said").clicked() {
        actions.push(Action::Decide(Decide::Status(anchor.clone(), SAME_QUOTE, None)));
    }
    if ui.button("Different quotes").on_hover_text("These are separate utterances").clicked() {
        actions.push(Action::Decide(Decide::Status(anchor.clone(), DIFFERENT_QUOTE, None)));
    }
}

/// Who said it: one of the people the articles name, or a name typed in.
fn speaker_ui(
    cmp: &Comparison,
    ui: &mut Ui,
    g: usize,
    anchor: &crate::compare::decisions::Anchor,
    actions: &mut Vec<Action>,
) {
    let current = cmp.quote_groups[g].speaker.clone().unwrap_or_default();
    let mut people: Vec<&str> =
        cmp.entities.iter().filter(|e| e.kind == crate::analyze::EntityKind::Person).map(|e| e.name.as_str()).collect();
    people.sort_unstable();
    people.dedup();
    ui.horizontal_wrapped(|ui| {
        let mut picked = current.clone();
        egui::ComboBox::from_label("Speaker")
            .selected_text(if current.is_empty() { "Unknown" } else { current.as_str() })
            .show_ui(ui, |ui| {
                for p in &people {
                    ui.selectable_value(&mut picked, (*p).to_string(), *p);
                }
            });
        if picked != current {
            actions.push(Action::Decide(Decide::Speaker(anchor.clone(), picked)));
        }
        let id = egui::Id::unique(("speaker", g));
        let mut typed: String = ui.data_mut(|d| d.get_temp(id)).unwrap_or_default();
        let label = ui.label("or");
        ui.add(egui::TextEdit::singleline(&mut typed).hint_text("type a name").desired_width(160.0))
            .labelled_by(label.id);
        if ui.add_enabled(!typed.trim().is_empty(), egui::Button::new("Set speaker")).clicked() {
            actions.push(Action::Decide(Decide::Speaker(anchor.clone(), typed.trim().to_string())));
            typed.clear();
        }
        ui.data_mut(|d| d.insert_temp(id, typed));
    });
}

/// The note on a group: edited here, shown in Details, the Read margin and the reports.
fn note_ui(
    ui: &mut Ui,
    sel: Selection,
    anchor: &crate::compare::decisions::Anchor,
    saved: Option<&str>,
    actions: &mut Vec<Action>,
) {
    let id = egui::Id::unique(("note", sel));
    let mut draft: String = ui.data_mut(|d| d.get_temp(id)).unwrap_or_else(|| saved.unwrap_or("").to_string());
    ui.horizontal(|ui| {
        let label = ui.label("Note");
        ui.add(egui::TextEdit::singleline(&mut draft).hint_text("what you found").desired_width(420.0))
            .labelled_by(label.id);
        if ui.add_enabled(draft.trim() != saved.unwrap_or("").trim(), egui::Button::new("Save note")).clicked() {
            actions.push(Action::Decide(Decide::Note(anchor.clone(), draft.clone())));
        }
    });
    ui.data_mut(|d| d.insert_temp(id, draft));
}
