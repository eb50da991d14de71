//! The staff screens under `/admin`. They render on the server and work without JavaScript:
//! forms post to server functions, which redirect back with errors kept or on to the next page.

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

use crate::i18n::use_lang;
use crate::model::admin::Me;
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
                <span class="who">{format!("{} ({})", me.name, lang.t_or(&format!("role-{}", me.role), &me.role))}</span>
                <button type="submit" class="button-secondary">{t!(lang, "admin-logout")}</button>
            </form>
        </div>
        {body}
    }
}
