//! `/admin`: counts, drafts, latest changes and the data-quality list; `/admin/audit`.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::admin_frame;
use crate::api::admin::{get_audit_page, get_dashboard};
use crate::components::page_data::await_page;
use crate::model::admin::{AuditPage, AuditRow, Dashboard};

/// The staff dashboard.
#[component]
pub fn DashboardScreen() -> impl IntoView {
    await_page(|| (), |()| get_dashboard(), dashboard_view)
}

fn audit_table(rows: Vec<AuditRow>, caption: &'static str) -> impl IntoView {
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label="Table, scrolls sideways on small screens">
            <table class="data">
                <caption>{caption}</caption>
                <thead><tr><th scope="col">"When (UTC)"</th><th scope="col">"Who"</th><th scope="col">"Action"</th><th scope="col">"Record"</th><th scope="col">"Before"</th><th scope="col">"After"</th></tr></thead>
                <tbody>
                    {rows.into_iter().map(|r| view! {
                        <tr>
                            <td>{r.at}</td><td>{r.actor}</td><td><code>{r.action}</code></td><td>{r.target}</td>
                            <td class="json">{r.before.unwrap_or_default()}</td><td class="json">{r.after.unwrap_or_default()}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

fn dashboard_view(d: Dashboard) -> impl IntoView {
    let quality_count = d.quality.len();
    let body = view! {
        <h1>"Dashboard"</h1>
        {d.notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
        <ul class="stat-list">
            {d.counts.into_iter().map(|(label, n)| view! { <li><span class="stat-n">{n}</span>" "{label}</li> }).collect_view()}
            <li><span class="stat-n">{d.drafts}</span>" press release drafts"</li>
            <li><span class="stat-n">{d.scheduled}</span>" scheduled (under embargo)"</li>
        </ul>
        <p class="actions"><a class="button" href="/admin/signings/new">"Register a signing"</a></p>
        <h2>"Latest changes"</h2>
        {audit_table(d.latest, "The ten latest records of the audit log")}
        <p><a href="/admin/audit">"The whole audit log"</a></p>
        <h2>{format!("Data quality ({quality_count})")}</h2>
        <p>"What the registry cannot confirm, or counts only approximately. Fix the records, or add what is missing."</p>
        <ul class="quality">
            {d.quality.into_iter().map(|q| view! {
                <li>
                    <strong>{q.category}</strong>
                    {(!q.subject.is_empty()).then(|| view! { " · " {match q.href {
                        Some(href) => view! { <a href=href>{q.subject.clone()}</a> }.into_any(),
                        None => view! { <span>{q.subject.clone()}</span> }.into_any(),
                    }} })}
                    <br/>{q.detail}
                </li>
            }).collect_view()}
        </ul>
    };
    view! { <Title text="Staff dashboard"/> {admin_frame(&d.me, "/admin", body)} }
}

/// The audit log, filtered and paged.
#[component]
pub fn AuditScreen() -> impl IntoView {
    let query = use_query_map();
    await_page(
        move || {
            let q = query.read();
            (q.get("action"), q.get("actor"), q.get("page"))
        },
        |(action, actor, page)| get_audit_page(action, actor, page),
        audit_view,
    )
}

fn audit_view(a: AuditPage) -> impl IntoView {
    let qs = format!(
        "action={}&actor={}",
        crate::domain::directory::encode(&a.action),
        crate::domain::directory::encode(&a.actor)
    );
    let (page, pages) = (a.page, a.pages);
    let body = view! {
        <h1>"Audit log"</h1>
        <p>"Every change, who made it and when (UTC), with the values before and after. Logins and logouts too; never passwords or session ids."</p>
        <form method="get" action="/admin/audit" class="filters">
            <div class="field">
                <label for="action">"Action"</label>
                <select id="action" name="action">
                    <option value="">"All actions"</option>
                    {a.actions.iter().map(|x| view! { <option value=x.clone() selected=*x == a.action>{x.clone()}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="actor">"Who (email contains)"</label>
                <input type="text" id="actor" name="actor" value=a.actor.clone()/>
            </div>
            <button type="submit">"Filter"</button>
        </form>
        <p role="status">{format!("{} records; page {page} of {pages}.", a.total)}</p>
        {audit_table(a.rows, "Audit records, newest first")}
        <nav class="pagination" aria-label="Pages">
            {(page > 1).then(|| view! { <a href=format!("/admin/audit?{qs}&page={}", page - 1)>"Newer"</a> })}
            {(page < pages).then(|| view! { <a href=format!("/admin/audit?{qs}&page={}", page + 1)>"Older"</a> })}
        </nav>
    };
    view! { <Title text="Audit log"/> {admin_frame(&a.me, "/admin/audit", body)} }
}
