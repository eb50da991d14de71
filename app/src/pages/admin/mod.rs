//! The staff screens under `/admin`. They render on the server and work without JavaScript:
//! forms post to server functions, which redirect back with errors kept or on to the next page.

pub mod account;
pub mod applications;
pub mod auth;
pub mod conferences;
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
const ADMIN_NAV: [(&str, &str, bool); 14] = [
    ("/admin", "admin-nav-dashboard", false),
    ("/admin/applications", "admin-nav-applications", false),
    ("/admin/signings/new", "admin-nav-register", false),
    ("/admin/signatories", "admin-nav-signatories", false),
    ("/admin/record", "admin-nav-record", false),
    ("/admin/releases", "admin-nav-releases", false),
    ("/admin/media", "admin-nav-media", false),
    ("/admin/editions", "admin-nav-editions", false),
    ("/admin/working-group", "admin-nav-working-group", false),
    ("/admin/conferences", "admin-nav-conferences", false),
    ("/admin/corrections", "admin-nav-corrections", false),
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
                        let name = lang.audit_field(&c.field);
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

/// Where a staff list lives: its path, its filters as a query string (`q=…&state=…&`, empty
/// ones left out) and its order as the address writes it (`-time`).
pub struct ListAddress {
    pub path: &'static str,
    pub filters: String,
    pub sort: String,
}

impl ListAddress {
    /// The list's address with its filters, order and `extra` (`page=2`).
    fn href(&self, sort: &str, extra: &str) -> String {
        format!(
            "{}?{}sort={}{extra}",
            self.path,
            self.filters,
            domain::directory::encode(sort)
        )
    }
}

/// A column header that sorts the list by `column` (again: the other way round), with
/// `aria-sort` on the column it is sorted by.
pub fn sort_header(list: &ListAddress, column: &'static str, label: String) -> impl IntoView {
    let lang = use_lang();
    let (descending, current) = list
        .sort
        .strip_prefix('-')
        .map_or((false, list.sort.as_str()), |c| (true, c));
    let here = current == column;
    let next = if here && !descending {
        format!("-{column}")
    } else {
        column.to_owned()
    };
    let href = lang.href(&list.href(&next, ""));
    let aria_sort = here.then_some(if descending {
        "descending"
    } else {
        "ascending"
    });
    let arrow = here.then_some(if descending { " ↓" } else { " ↑" });
    view! {
        <th scope="col" aria-sort=aria_sort>
            <a href=href>{label}<span aria-hidden="true">{arrow}</span></a>
        </th>
    }
}

/// Previous and next page links of a list (none on a single page).
pub fn pager(list: &ListAddress, page: u64, pages: u64) -> impl IntoView {
    let lang = use_lang();
    let to = move |p: u64| lang.href(&list.href(&list.sort, &format!("&page={p}")));
    view! {
        <nav class="pagination" aria-label=t!(lang, "admin-pages")>
            {(page > 1).then(|| view! { <a href=to(page - 1)>{t!(lang, "admin-page-previous")}</a> })}
            {(page < pages).then(|| view! { <a href=to(page + 1)>{t!(lang, "admin-page-next")}</a> })}
        </nav>
    }
}

/// A list's filters as a query string without its order and page (`q=…&status=…&`), empty
/// ones left out.
pub fn filters_query(filters: &[(&str, &String)]) -> String {
    filters
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}&", domain::directory::encode(v)))
        .collect()
}
