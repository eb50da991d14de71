//! Wire types of the signing process (issue #18): the public `/join` and `/events` pages, the
//! suggest-a-correction form, and the staff's applications.

use serde::{Deserialize, Serialize};

use super::admin::{FormState, Me};

/// `/join`: the steps, and the form that declares an intent to sign.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct JoinPage {
    pub form: FormState,
    /// `(code, name)` in the page's language, by name.
    pub countries: Vec<(String, String)>,
    /// The largest file accepted, in MB.
    pub file_limit_mb: usize,
}

/// One event on `/events` and in `/events.ics`: an announced signing ceremony or a conference.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventItem {
    pub title: String,
    /// In words, in the page's language ("Tuesday 1 December 2026, 11:00").
    pub when: String,
    /// `YYYY-MM-DD` of its first day (for `<time datetime>`).
    pub day: String,
    pub place: String,
    /// The profile or page it leads to, when there is one.
    pub href: Option<String>,
}

/// `/events`: what is coming, and the conferences that were.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventsPage {
    pub upcoming: Vec<EventItem>,
    pub past: Vec<EventItem>,
}

/// A stored file, as a staff or public page links it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentLink {
    pub id: i32,
    /// What it is, in words ("Council decision").
    pub label: String,
    pub file_name: String,
    pub href: String,
    /// "PDF, 1.2 MB".
    pub size: String,
    pub public: bool,
}

/// One application on the staff list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationRow {
    pub id: i32,
    pub reference: String,
    pub city: String,
    pub country: String,
    pub stage: String,
    /// What staff do next, in words (empty once closed).
    pub next: String,
    /// When received, `YYYY-MM-DD HH:MM UTC`.
    pub received: String,
    pub ceremony: Option<String>,
    /// "Name <e-mail>" (searched and exported, not a column on screen).
    pub contact: String,
}

/// `/admin/applications`: the pipeline, filtered by stage.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationList {
    pub me: Me,
    /// One page of the applications shown.
    pub rows: Vec<ApplicationRow>,
    pub q: String,
    /// The stage shown (`open` by default: every stage before `signed`).
    pub stage: String,
    /// The order as the address writes it (`-received`…).
    pub sort: String,
    /// `(value, label with its count)`.
    pub stages: Vec<(String, String)>,
    pub page: u64,
    pub pages: u64,
    pub total: u64,
}

/// `/admin/applications/{id}`: one application, its documents and the form of its next step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationView {
    pub me: Me,
    pub id: i32,
    pub reference: String,
    pub city: String,
    pub country: String,
    pub contact_name: String,
    pub contact_email: String,
    pub message: Option<String>,
    pub received: String,
    /// The stored stage (`intent`, `decision`, …) and its words.
    pub stage: String,
    pub stage_label: String,
    /// `(label, value)` facts recorded so far (council decision, ceremony, …).
    pub facts: Vec<(String, String)>,
    pub documents: Vec<DocumentLink>,
    /// The signing it became: `(id, "Signing of Ljubljana")`.
    pub signing: Option<(i32, String)>,
    pub closed_reason: Option<String>,
    /// The register-a-signing address prefilled from this application.
    pub register_href: String,
    pub form: FormState,
}

/// A signing's documents on its staff screen, with the upload form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SigningDocuments {
    pub documents: Vec<DocumentLink>,
    /// The application the signing came from: `(id, reference)`.
    pub application: Option<(i32, String)>,
    /// The upload form (a refused file's reason, or the notice of the last change).
    pub form: FormState,
}

/// `/admin/corrections`: what readers say is wrong, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorrectionRow {
    pub id: i32,
    pub signatory: String,
    /// The staff screen of the signatory it concerns.
    pub signatory_href: String,
    pub what: String,
    pub source: Option<String>,
    pub contact: Option<String>,
    /// `YYYY-MM-DD HH:MM UTC`.
    pub received: String,
    pub handled: bool,
}

/// The staff inbox of suggested corrections.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorrectionList {
    pub me: Me,
    /// One page of the suggestions shown.
    pub rows: Vec<CorrectionRow>,
    pub q: String,
    /// `waiting`, `handled`, or empty for both.
    pub state: String,
    pub sort: String,
    pub page: u64,
    pub pages: u64,
    pub total: u64,
    pub form: FormState,
}

/// An application's reference from its id as a form carries it (`12` → `ICC-00012`).
#[must_use]
pub fn application_reference(id: &str) -> String {
    id.parse::<i32>()
        .map_or_else(|_| id.to_owned(), |n| format!("ICC-{n:05}"))
}

/// A photo as a page shows it: the middle width as `src`, every width in `srcset`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhotoView {
    pub id: i32,
    pub src: String,
    /// `"/photos/3/480.jpg 480w, /photos/3/960.jpg 960w"`.
    pub srcset: String,
    pub width: i32,
    pub height: i32,
    pub alt: String,
    pub credit: String,
    pub licence: String,
    /// The picture as stored, full size (the media kit's download).
    pub original: String,
    /// Bytes of `src`, for an RSS enclosure.
    pub src_bytes: i64,
    /// The signatory it shows signing: `(slug, name)`.
    pub signatory: (String, String),
}

/// An article about a signing in another outlet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoverageView {
    pub id: i32,
    pub outlet: String,
    /// In words, in the page's language.
    pub date: String,
    pub title: String,
    pub url: String,
    /// Its two-letter language code.
    pub language: String,
}

/// A press contact of the media kit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MediaContactView {
    pub id: i32,
    pub name: String,
    pub role: String,
    pub email: String,
    pub phone: Option<String>,
}

/// `/admin/media/contacts/{id}`: one press contact's edit form and its deletion.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MediaContactEdit {
    pub me: Me,
    pub id: i32,
    /// The name as stored (the screen's heading).
    pub name: String,
    pub form: FormState,
}

/// A logo of the media kit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogoView {
    pub id: i32,
    pub name: String,
    pub href: String,
    /// "PNG, 24 kB".
    pub size: String,
}

/// `/newsroom/media`: the press contacts, the photos with their credits, the badge.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MediaKit {
    pub contacts: Vec<MediaContactView>,
    pub logos: Vec<LogoView>,
    pub photos: Vec<PhotoView>,
    /// A signatory whose badge the page shows as the example.
    pub badge_slug: Option<String>,
}

/// A signing's photos and coverage on its staff screen, with their forms.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SigningMedia {
    pub photos: Vec<PhotoView>,
    pub coverage: Vec<CoverageView>,
    pub photo_form: FormState,
    pub coverage_form: FormState,
}

/// `/admin/media`: the media kit's press contacts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MediaContactsPage {
    pub me: Me,
    pub contacts: Vec<MediaContactView>,
    pub form: FormState,
    pub logos: Vec<LogoView>,
    pub logo_form: FormState,
}
