//! The staff screens under `/admin`. They render on the server and work without JavaScript:
//! forms post to server functions, which redirect back with errors kept or on to the next page.

pub mod auth;
pub mod dashboard;
pub mod editions;
pub mod releases;
pub mod signatories;
pub mod signings;
pub mod staff;
pub mod working_group;

use leptos::prelude::*;

use crate::model::admin::Me;

/// The staff navigation: `(path, label, admins only)`.
const ADMIN_NAV: [(&str, &str, bool); 9] = [
    ("/admin", "Dashboard", false),
    ("/admin/signings/new", "Register a signing", false),
    ("/admin/signatories", "Signatories", false),
    ("/admin/releases", "Press releases", false),
    ("/admin/editions", "Editions", false),
    ("/admin/working-group", "Working group", false),
    ("/admin/import", "Import and export", false),
    ("/admin/audit", "Audit log", false),
    ("/admin/staff", "Staff", true),
];

/// The frame of every signed-in staff page: who is signed in, the staff navigation, log out.
pub fn admin_frame(me: &Me, current: &str, body: impl IntoView) -> impl IntoView {
    let admin = me.is_admin();
    view! {
        <div class="admin-bar">
            <nav class="admin-nav" aria-label="Staff">
                <ul>
                    {ADMIN_NAV
                        .iter()
                        .filter(|(_, _, only_admin)| admin || !only_admin)
                        .map(|&(href, label, _)| view! {
                            <li><a href=href aria-current=(href == current).then_some("page")>{label}</a></li>
                        })
                        .collect_view()}
                </ul>
            </nav>
            <form method="post" action="/api/admin/logout" class="logout">
                <span class="who">{format!("{} ({})", me.name, me.role)}</span>
                <button type="submit" class="button-secondary">"Log out"</button>
            </form>
        </div>
        {body}
    }
}
