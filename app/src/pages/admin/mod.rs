//! The staff screens under `/admin`. They render on the server and work without JavaScript:
//! forms post to server functions, which redirect back with errors kept or on to the next page.

pub mod account;
pub mod auth;
pub mod dashboard;
pub mod editions;
pub mod record;
pub mod releases;
pub mod signatories;
pub mod signings;
pub mod staff;
pub mod working_group;

use leptos::prelude::*;

use crate::i18n::{use_lang, Lang};
use crate::model::admin::{FieldChange, Me};
use crate::t;

/// The staff navigation: `(path, key of its label, admins only)`.
const ADMIN_NAV: [(&str, &str, bool); 10] = [
    ("/admin", "admin-nav-dashboard", false),
    ("/admin/signings/new", "admin-nav-register", false),
    ("/admin/signatories", "admin-nav-signatories", false),
    ("/admin/record", "admin-nav-record", false),
    ("/admin/releases", "admin-nav-releases", false),
    ("/admin/editions", "admin-nav-editions", false),
    ("/admin/working-group", "admin-nav-working-group", false),
    ("/admin/import", "admin-nav-import", false),
    ("/admin/audit", "admin-nav-audit", false),
    ("/admin/staff", "admin-nav-staff", true),
];

/// An audited change as "field: before → after", one line per field; the field named in the
/// screen's language where it has a name, its values as recorded (data, so set as code).
pub(super) fn diff_list(lang: Lang, changes: Vec<FieldChange>) -> impl IntoView {
    (!changes.is_empty()).then(|| {
        view! {
            <ul class="diff">
                {changes.into_iter().map(|c| {
                    let field = if c.field.is_empty() {
                        String::new()
                    } else {
                        let name = lang.t_or(&format!("field-{}", c.field.replace('_', "-")), &c.field);
                        format!("{} ", t!(lang, "audit-field-label", field = &name))
                    };
                    let both = c.before_and_after();
                    view! {
                        <li>
                            <span class="diff-field">{field}</span>
                            {c.before.map(|b| view! { <del><code>{b}</code></del> })}
                            {both.then_some(" → ")}
                            {c.after.map(|a| view! { <ins><code>{a}</code></ins> })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
    })
}

/// The frame of every signed-in staff page: who is signed in, the staff navigation, log out.
pub fn admin_frame(me: &Me, current: &str, body: impl IntoView) -> impl IntoView {
    let admin = me.is_admin();
    let lang = use_lang();
    view! {
        <div class="admin-bar">
            <nav class="admin-nav" aria-label=t!(lang, "admin-nav-label")>
                <ul>
                    {ADMIN_NAV
                        .iter()
                        .filter(|(_, _, only_admin)| admin || !only_admin)
                        .map(|&(href, label, _)| view! {
                            <li><a href=lang.href(href) aria-current=(href == current).then_some("page")>{lang.t(label)}</a></li>
                        })
                        .collect_view()}
                </ul>
            </nav>
            <form method="post" action=lang.href("/api/admin/logout") class="logout">
                <a class="who" href=lang.href("/admin/account") aria-current=(current == "/admin/account").then_some("page")>{format!("{} ({})", me.name, lang.t_or(&format!("role-{}", me.role), &me.role))}</a>
                <button type="submit" class="button-secondary">{t!(lang, "admin-logout")}</button>
            </form>
        </div>
        {body}
    }
}
