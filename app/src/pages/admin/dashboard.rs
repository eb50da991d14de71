//! `/admin`: counts, drafts, latest changes and the data-quality list; `/admin/audit`.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{admin_frame, diff_list};
use crate::api::admin::{get_audit_page, get_dashboard};
use crate::components::form::filter_select;
use crate::components::page_data::await_page;
use crate::i18n::use_lang;
use crate::model::admin::{AuditPage, AuditRow, Dashboard};
use crate::t;

/// The staff dashboard.
#[component]
pub fn DashboardScreen() -> impl IntoView {
    await_page(|| (), |()| get_dashboard(), dashboard_view)
}

fn audit_table(rows: Vec<AuditRow>, caption: String) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=t!(lang, "admin-table-scrolls")>
            <table class="data">
                <caption>{caption}</caption>
                <thead><tr><th scope="col">{t!(lang, "admin-audit-when")}</th><th scope="col">{t!(lang, "admin-audit-who")}</th><th scope="col">{t!(lang, "admin-audit-action")}</th><th scope="col">{t!(lang, "admin-audit-record")}</th><th scope="col">{t!(lang, "admin-audit-changes")}</th></tr></thead>
                <tbody>
                    {rows.into_iter().map(|r| {
                        let action = lang.audit_action(&r.action);
                        view! {
                            <tr>
                                <td>{r.at}</td><td>{r.actor}</td><td>{action}<br/><code class="small">{r.action}</code></td>
                                <td>{match r.id {
                                    Some(id) => view! { <a href=lang.href(&history_href(&r.kind, &id))>{r.target}</a> }.into_any(),
                                    None => r.target.into_any(),
                                }}</td>
                                <td>{diff_list(lang, r.changes)}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

fn dashboard_view(d: Dashboard) -> impl IntoView {
    let quality_count = d.quality.len();
    let lang = use_lang();
    let body = view! {
        <h1>{t!(lang, "admin-nav-dashboard")}</h1>
        {d.notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
        <ul class="stat-list">
            {d.counts.into_iter().map(|(label, n)| view! { <li><span class="stat-n">{n}</span>" "{label}</li> }).collect_view()}
            <li><span class="stat-n">{d.drafts}</span>" "{t!(lang, "admin-count-drafts", n = d.drafts)}</li>
            <li><span class="stat-n">{d.scheduled}</span>" "{t!(lang, "admin-count-scheduled", n = d.scheduled)}</li>
        </ul>
        <p class="actions"><a class="button" href=lang.href("/admin/signings/new")>{t!(lang, "admin-nav-register")}</a></p>
        <h2>{t!(lang, "admin-waiting-title")}</h2>
        {if d.waiting.is_empty() {
            view! { <p>{t!(lang, "admin-waiting-none")}</p> }.into_any()
        } else {
            view! {
                <ul class="waiting">
                    {d.waiting.into_iter().map(|(text, href)| view! { <li><a href=lang.href(&href)>{text}</a></li> }).collect_view()}
                </ul>
            }.into_any()
        }}
        <h2>{t!(lang, "admin-latest")}</h2>
        {audit_table(d.latest, t!(lang, "admin-latest-caption"))}
        <p><a href=lang.href("/admin/audit")>{t!(lang, "admin-whole-audit")}</a></p>
        <h2>{t!(lang, "admin-quality-title", n = quality_count)}</h2>
        <p>{t!(lang, "admin-quality-intro")}</p>
        <ul class="quality">
            {d.quality.into_iter().map(|q| view! {
                <li>
                    <strong>{q.category}</strong>
                    {(!q.subject.is_empty()).then(|| view! { " · " {match q.href {
                        Some(href) => view! { <a href=lang.href(&href)>{q.subject.clone()}</a> }.into_any(),
                        None => view! { <span>{q.subject.clone()}</span> }.into_any(),
                    }} })}
                    <br/>{q.quote.map(|quote| view! { <q lang="en">{quote}</q>" " })}{q.detail}
                </li>
            }).collect_view()}
        </ul>
    };
    view! { <Title text=t!(lang, "admin-dashboard-title")/> {admin_frame(&d.me, "/admin", body)} }
}

/// The audit log, filtered and paged.
#[component]
pub fn AuditScreen() -> impl IntoView {
    let query = use_query_map();
    await_page(
        move || {
            let q = query.read();
            (
                [q.get("action"), q.get("actor"), q.get("kind"), q.get("id")],
                [q.get("from"), q.get("to"), q.get("page")],
            )
        },
        |([action, actor, kind, id], [from, to, page])| {
            get_audit_page(action, actor, kind, id, from, to, page)
        },
        audit_view,
    )
}

/// The address of one record's history: the audit log filtered to it.
#[must_use]
pub fn history_href(kind: &str, id: &str) -> String {
    format!(
        "/admin/audit?kind={}&id={}",
        domain::directory::encode(kind),
        domain::directory::encode(id)
    )
}

fn audit_view(a: AuditPage) -> impl IntoView {
    let qs = super::filters_query(&[
        ("action", &a.action),
        ("actor", &a.actor),
        ("kind", &a.kind),
        ("id", &a.id),
        ("from", &a.from),
        ("to", &a.to),
    ]);
    let (page, pages) = (a.page, a.pages);
    let lang = use_lang();
    let one_record = (!a.kind.is_empty() && !a.id.is_empty()).then(|| {
        format!(
            "{} {}",
            lang.t_or(&format!("audit-kind-{}", a.kind), &a.kind),
            a.id
        )
    });
    let actions = a
        .actions
        .iter()
        .map(|x| (x.clone(), lang.audit_action(x)))
        .collect();
    let kinds = a
        .kinds
        .iter()
        .map(|x| (x.clone(), lang.t_or(&format!("audit-kind-{x}"), x)))
        .collect();
    let heading = one_record.as_ref().map_or_else(
        || t!(lang, "admin-nav-audit"),
        |record| t!(lang, "admin-history-of", record = record),
    );
    let body = view! {
        <h1>{heading.clone()}</h1>
        <p>{t!(lang, "admin-audit-intro")}</p>
        {one_record.map(|_| view! { <p><a href=lang.href("/admin/audit")>{t!(lang, "admin-whole-audit")}</a></p> })}
        <form method="get" action=lang.href("/admin/audit") class="filters">
            {filter_select("action".into(), "action", t!(lang, "admin-audit-action"), t!(lang, "admin-audit-all"), actions, &a.action)}
            <div class="field">
                <label for="actor">{t!(lang, "admin-audit-actor")}</label>
                <input type="text" id="actor" name="actor" value=a.actor.clone()/>
            </div>
            {filter_select("kind".into(), "kind", t!(lang, "admin-audit-kind"), t!(lang, "admin-audit-all-kinds"), kinds, &a.kind)}
            <div class="field">
                <label for="id">{t!(lang, "admin-audit-id")}</label>
                <input type="text" id="id" name="id" value=a.id.clone() aria-describedby="id-hint"/>
                <p class="hint" id="id-hint">{t!(lang, "admin-audit-id-hint")}</p>
            </div>
            <div class="field">
                <label for="from">{t!(lang, "admin-audit-from")}</label>
                <input type="date" id="from" name="from" value=a.from.clone()/>
            </div>
            <div class="field">
                <label for="to">{t!(lang, "admin-audit-to")}</label>
                <input type="date" id="to" name="to" value=a.to.clone()/>
            </div>
            <button type="submit">{t!(lang, "admin-filter")}</button>
        </form>
        <p role="status">{t!(lang, "admin-audit-status", total = a.total, page = page, pages = pages)}</p>
        <p><a href=lang.href(&format!("/admin/audit.csv?{qs}"))>{t!(lang, "admin-audit-csv")}</a></p>
        {audit_table(a.rows, t!(lang, "admin-audit-caption"))}
        <nav class="pagination" aria-label=t!(lang, "admin-pages")>
            {(page > 1).then(|| view! { <a href=lang.href(&format!("/admin/audit?{qs}page={}", page - 1))>{t!(lang, "admin-newer")}</a> })}
            {(page < pages).then(|| view! { <a href=lang.href(&format!("/admin/audit?{qs}page={}", page + 1))>{t!(lang, "admin-older")}</a> })}
        </nav>
    };
    view! { <Title text=heading/> {admin_frame(&a.me, "/admin/audit", body)} }
}
