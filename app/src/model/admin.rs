//! Wire types of the staff screens.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A form's values, its errors by field, and a sentence for the top of the page.
///
/// After a plain (no-JavaScript) post fails, the server keeps this in the staff session and the
/// form's page shows it once: nothing typed is lost.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormState {
    /// Which form this belongs to (e.g. `signing`).
    pub form: String,
    pub values: BTreeMap<String, String>,
    pub errors: BTreeMap<String, String>,
    pub notice: Option<String>,
}

impl FormState {
    /// No values, errors or notice (whatever its name).
    #[must_use]
    pub fn is_blank(&self) -> bool {
        self.values.is_empty() && self.errors.is_empty() && self.notice.is_none()
    }

    /// An empty state of form `form`.
    #[must_use]
    pub fn named(form: impl Into<String>) -> Self {
        Self {
            form: form.into(),
            ..Self::default()
        }
    }

    /// Form `form` as posted: its values, no errors yet.
    #[must_use]
    pub fn posted(form: impl Into<String>, values: &BTreeMap<String, String>) -> Self {
        Self {
            values: values.clone(),
            ..Self::named(form)
        }
    }

    /// Form `form` with only a notice: what the page says after a write.
    #[must_use]
    pub fn with_notice(form: impl Into<String>, notice: impl Into<String>) -> Self {
        Self {
            notice: Some(notice.into()),
            ..Self::named(form)
        }
    }

    /// The value of `field`, or an empty string.
    #[must_use]
    pub fn value(&self, field: &str) -> String {
        self.values.get(field).cloned().unwrap_or_default()
    }

    /// The error of `field`, if any.
    #[must_use]
    pub fn error(&self, field: &str) -> Option<String> {
        self.errors.get(field).cloned()
    }

    /// Records an error for `field`.
    pub fn fail(&mut self, field: &str, message: impl Into<String>) {
        self.errors
            .entry(field.to_owned())
            .or_insert_with(|| message.into());
    }

    /// The form to show: `stored` values unless a failed post `kept` its own; errors and notice
    /// always from `kept`.
    #[must_use]
    pub fn shown(stored: Self, kept: Self, form: String) -> Self {
        Self {
            form,
            values: if kept.values.is_empty() {
                stored.values
            } else {
                kept.values
            },
            errors: kept.errors,
            notice: kept.notice,
        }
    }

    /// True when no field has an error.
    #[must_use]
    pub fn ok(&self) -> bool {
        self.errors.is_empty()
    }
}

/// Who is signed in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Me {
    pub name: String,
    pub email: String,
    pub role: String,
}

impl Me {
    #[must_use]
    pub fn is_admin(&self) -> bool {
        self.role == "admin"
    }
}

/// The login page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoginPage {
    pub next: String,
    pub failed: bool,
    /// Too many logins were being checked at once: try again in a few seconds.
    pub busy: bool,
    pub ended: bool,
}

/// The second step of login: a TOTP code, or enrolling one at first login.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecondFactorPage {
    pub next: String,
    pub enroll: bool,
    /// Base32 secret to type into an authenticator app (enrolment only).
    pub secret: Option<String>,
    pub otpauth_url: Option<String>,
    /// The same URL as a QR code to scan (an inline SVG drawn on the server; enrolment only).
    pub qr_svg: Option<String>,
    pub failed: bool,
}

/// The page behind a one-time setup or invitation link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetupPage {
    pub token: String,
    pub role: String,
    pub form: FormState,
}

/// One thing staff should check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QualityItem {
    pub category: String,
    pub subject: String,
    /// A statement quoted in the registry's words (English), shown before the detail.
    pub quote: Option<String>,
    pub detail: String,
    pub href: Option<String>,
}

/// One audit record as listed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRow {
    pub at: String,
    pub actor: String,
    pub action: String,
    pub target: String,
    /// The kind of record (`signatory`, …) and the record as the log names it, for a link to
    /// that record's history.
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub id: Option<String>,
    pub before: Option<String>,
    pub after: Option<String>,
    /// What changed, field by field (read from `before` and `after`).
    #[serde(default)]
    pub changes: Vec<FieldChange>,
}

/// One field of an audited change: its value before and after (`None`: not recorded on that
/// side, e.g. a record just created).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    pub field: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

impl FieldChange {
    /// Both sides are known (an edit, not a creation or a deletion).
    #[must_use]
    pub fn before_and_after(&self) -> bool {
        self.before.is_some() && self.after.is_some()
    }
}

/// The dashboard.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dashboard {
    pub me: Me,
    pub counts: Vec<(String, u32)>,
    pub drafts: u32,
    pub scheduled: u32,
    pub latest: Vec<AuditRow>,
    pub quality: Vec<QualityItem>,
    pub notice: Option<String>,
    /// What waits on staff in the signing process: `(sentence, link)`.
    #[serde(default)]
    pub waiting: Vec<(String, String)>,
}

/// The audit log page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPage {
    pub me: Me,
    pub rows: Vec<AuditRow>,
    pub action: String,
    pub actor: String,
    /// The record filter: its kind and id (empty: every record).
    pub kind: String,
    pub id: String,
    /// The days filter, `YYYY-MM-DD` as typed (empty: no bound).
    pub from: String,
    pub to: String,
    pub actions: Vec<String>,
    pub kinds: Vec<String>,
    pub page: u64,
    pub pages: u64,
    pub total: u64,
}

/// A choice in a select: `(value, label)`.
pub type Choice = (String, String);

/// The register-a-signing form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SigningForm {
    pub me: Me,
    pub form: FormState,
    pub signatories: Vec<Choice>,
    pub countries: Vec<Choice>,
    pub editions: Vec<Choice>,
    pub kinds: Vec<Choice>,
    /// What the counting rule gives this signing, when the form was previewed.
    pub preview: Option<Vec<String>>,
}

/// After a signing was saved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedSigning {
    pub me: Me,
    pub signing_id: i32,
    pub slug: String,
    pub name: String,
    pub lines: Vec<String>,
    /// Held back by staff: public only once released.
    pub held: bool,
    /// When it becomes public, in Brussels time and the screen's language, if still ahead.
    pub public_from: Option<String>,
    /// The press release that announces it, if one was drafted.
    pub release: Option<i32>,
    /// Its correction form (the saved values, or a refused attempt with its errors).
    pub form: FormState,
    /// Its documents (signed charter scans) and the application it came from.
    #[serde(default)]
    pub documents: super::process::SigningDocuments,
    /// Its photos and coverage.
    #[serde(default)]
    pub media: super::process::SigningMedia,
}

/// A signatory in the staff list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignatoryAdminRow {
    pub id: i32,
    pub slug: String,
    pub name: String,
    pub country: String,
    pub status: String,
    pub signings: u32,
}

/// The staff list of signatories.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignatoryList {
    pub me: Me,
    pub q: String,
    /// The other filters and the order, as the query string gives them (`sort`: `-name`…).
    pub status: String,
    pub country: String,
    pub sort: String,
    pub page: u64,
    pub pages: u64,
    /// Signatories matching, on every page.
    pub total: u64,
    /// This page's rows.
    pub rows: Vec<SignatoryAdminRow>,
    /// The new-signatory form (and the notice after a save).
    pub form: FormState,
    pub countries: Vec<Choice>,
    pub kinds: Vec<Choice>,
}

/// Editing one signatory.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignatoryEdit {
    pub me: Me,
    pub id: i32,
    pub slug: String,
    pub status: String,
    pub form: FormState,
    pub countries: Vec<Choice>,
    pub kinds: Vec<Choice>,
    /// Nothing names it (no signing, no statement): a mistake can be deleted.
    pub deletable: bool,
    /// Its signings, oldest first: `(id, date in words)`, each opening its correction screen.
    pub signings: Vec<(i32, String)>,
    /// Where the coordinates shown fall on the base map (`x`, `y` in its units), for the
    /// picker's dot.
    pub marker: Option<(String, String)>,
}

/// At most this many quotes, and this many press contacts, on one release.
pub const MAX_PEOPLE: usize = 8;

/// A press release in the staff list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReleaseAdminRow {
    pub id: i32,
    pub slug: String,
    pub title: String,
    pub state: String,
    pub release_at: String,
}

/// The staff list of press releases.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReleaseList {
    pub me: Me,
    pub rows: Vec<ReleaseAdminRow>,
    /// The search, state and order as read (`sort` as the address writes it).
    pub q: String,
    pub state: String,
    pub sort: String,
    pub page: u64,
    pub pages: u64,
    pub total: u64,
}

/// Editing one press release.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReleaseEdit {
    pub me: Me,
    pub id: i32,
    pub slug: String,
    pub state: String,
    /// Its release time in Brussels and how far it is ("…, in 2 days, 3 hours").
    #[serde(default)]
    pub when: String,
    pub published: bool,
    /// The language the release is written in.
    pub language: String,
    pub form: FormState,
    pub corrections: Vec<(String, String, String)>,
    /// Places or totals that changed since the text was written ("Nuremberg: … → …").
    #[serde(default)]
    pub numbers_changed: Vec<String>,
    /// A draft: staff may delete it (a mistake); a scheduled or public one is not deleted.
    #[serde(default)]
    pub deletable: bool,
}

/// A staff account as listed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffRow {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub role: String,
    pub disabled: bool,
    pub totp_enrolled: bool,
}

/// An invitation that can still be used, as the staff page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InviteRow {
    /// What the revoke form names it by (the stored hash of its token, never the token).
    pub id: String,
    pub role: String,
    pub sent_by: String,
    /// ISO dates (`YYYY-MM-DD`), written in the page's language.
    pub sent_on: String,
    pub expires_on: String,
}

/// The staff page (admins only).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffPage {
    pub me: Me,
    pub rows: Vec<StaffRow>,
    pub invites: Vec<InviteRow>,
    pub form: FormState,
}

/// The signed-in staff member's own account: password and recovery codes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountPage {
    pub me: Me,
    /// Unused recovery codes left.
    pub recovery_left: u64,
    /// The kept form: errors, the notice, and (once, right after making them) the new codes in
    /// `new_codes`, one per line.
    pub form: FormState,
}

/// One row of an import, as the dry run or the apply saw it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportRow {
    /// The row's line in the file (the header is line 1).
    pub line: u64,
    pub name: String,
    /// `create`, `change`, `unchanged` or `problem`.
    pub action: String,
    pub detail: String,
    /// For a change: each field it changes, old → new.
    #[serde(default)]
    pub changes: Vec<FieldChange>,
}

/// What an import would do (dry run) or did (apply).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportReport {
    pub rows: Vec<ImportRow>,
    pub problems: Vec<String>,
    pub creates: u32,
    pub changes: u32,
    pub unchanged: u32,
    pub applied: bool,
}

/// The import page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportPage {
    pub me: Me,
    pub form: FormState,
    pub report: Option<ImportReport>,
}

/// An edition in the staff list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditionAdminRow {
    pub id: i32,
    pub slug: String,
    pub title: String,
    pub status: String,
    pub current: bool,
    pub preamble_missing: bool,
    pub language: String,
    /// For a translation: the original's slug.
    pub translation_of: Option<String>,
}

/// The staff list of editions, with the new-draft form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditionList {
    pub me: Me,
    pub rows: Vec<EditionAdminRow>,
    pub form: FormState,
    /// Published originals that can be translated: `(id, label)`.
    pub originals: Vec<Choice>,
    /// Languages a translation can be in: `(code, name)`.
    pub languages: Vec<Choice>,
}

/// One section in the edition form: its fields are `{field}_heading`, `_body`, `_items`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionEdit {
    pub field: String,
    pub kind: String,
    pub label: String,
}

/// Editing one edition.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditionEdit {
    pub me: Me,
    pub id: i32,
    pub slug: String,
    pub status: String,
    pub current: bool,
    /// For a translation: the original's slug.
    pub translation_of: Option<String>,
    /// The language its text is written in.
    pub language: String,
    pub form: FormState,
    pub sections: Vec<SectionEdit>,
    pub kinds: Vec<Choice>,
}

/// The working group's edit screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkingGroupEdit {
    pub me: Me,
    pub form: FormState,
}

/// `/admin/record`: the announced statements checked against the registry, and the
/// unidentified signatories they imply.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecordScreen {
    pub me: Me,
    pub form: FormState,
    pub statements: Vec<RecordStatement>,
    pub unidentified: Vec<RecordUnidentified>,
    /// Named signatories `(id, name)`, to merge into or to name in a statement.
    pub signatories: Vec<(String, String)>,
}

/// One statement on the record screen (its texts already in the staff member's language).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordStatement {
    pub id: i32,
    pub statement: String,
    pub date: String,
    pub source: String,
    pub subject: Option<String>,
    pub claims: String,
    /// The claims text no longer reads (it is then not used).
    pub claims_error: Option<String>,
    /// The research note (staff-only).
    pub note: Option<String>,
    /// `reproduced`, `possible`, `differs`, `conflict`, `set-aside` or `unchecked`.
    pub state: String,
    pub state_label: String,
    /// One sentence per claim.
    pub lines: Vec<String>,
    /// What it pinned, one sentence each.
    pub pins: Vec<String>,
    pub conflicts_with: Vec<i32>,
    /// Why staff set it aside.
    pub set_aside: Option<String>,
    /// `(claim index, how many unidentified signatories its gap implies)`.
    pub fill: Option<(u32, u32)>,
}

/// One unidentified signatory on the record screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordUnidentified {
    pub id: i32,
    pub place: String,
    /// Its range as recorded, and as counted (after the statements' pins).
    pub recorded: String,
    pub counted_as: String,
    pub flags: String,
    pub derivation: String,
    pub statement_id: Option<i32>,
}

/// One conference in the staff list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConferenceRow {
    pub id: i32,
    /// "Integrating Cities VI".
    pub title: String,
    /// "Tampere, Finland".
    pub place: String,
    pub dates: String,
    /// Signings whose event names it.
    pub signings: u32,
}

/// The staff list of conferences, with the form that adds one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConferenceList {
    pub me: Me,
    pub rows: Vec<ConferenceRow>,
    pub form: FormState,
    pub countries: Vec<Choice>,
}

/// One conference's edit screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConferenceEdit {
    pub me: Me,
    pub id: i32,
    pub title: String,
    /// Signings whose event names it: while any does, it keeps its number and stays.
    pub signings: u32,
    pub form: FormState,
    pub countries: Vec<Choice>,
}

/// One signing on the screen that orders a day's signings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayOrderRow {
    pub signing_id: i32,
    pub name: String,
}

/// The signings of one day, to order at once (their positions are the form's
/// `position_{signing_id}` fields).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayOrder {
    pub me: Me,
    /// `2010-02-22`.
    pub day: String,
    /// The day in words, in the screen's language.
    pub day_text: String,
    pub rows: Vec<DayOrderRow>,
    pub form: FormState,
}
