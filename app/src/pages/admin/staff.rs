//! `/admin/staff` (admins: invite, role, disable, TOTP reset) and `/admin/import` (CSV import
//! with a dry run, and the exports).

use leptos::prelude::*;
use leptos_meta::Title;

use super::admin_frame;
use crate::api::admin::{get_import_page, get_staff_page};
use crate::components::form::form_messages;
use crate::components::page_data::await_page;
use crate::i18n::use_lang;
use crate::model::admin::{ImportPage, StaffPage};
use crate::t;
use domain::text::escape_attr as escape_html;

/// The staff accounts.
#[component]
pub fn StaffScreen() -> impl IntoView {
    await_page(|| (), |()| get_staff_page(), staff_view)
}

fn change_button(id: i32, change: &'static str, label: String) -> impl IntoView {
    let lang = use_lang();
    view! {
        <form method="post" action=lang.href("/api/admin/staff/change") class="inline">
            <input type="hidden" name="id" value=id.to_string()/>
            <input type="hidden" name="change" value=change/>
            <button type="submit" class="button-secondary">{label}</button>
        </form>
    }
}

fn staff_view(p: StaffPage) -> impl IntoView {
    let link = p.form.values.get("invite_link").cloned();
    let lang = use_lang();
    let body = view! {
        <h1>{t!(lang, "admin-nav-staff")}</h1>
        {form_messages(&p.form)}
        {link.map(|l| view! { <p class="invite-link"><label for="invite-link">{t!(lang, "admin-invite-link")}</label><input id="invite-link" type="text" readonly value=l/></p> })}
        <div class="table-wrap" tabindex="0" role="region" aria-label=t!(lang, "admin-table-scrolls")>
            <table class="data">
                <caption>{t!(lang, "admin-staff-caption")}</caption>
                <thead><tr><th scope="col">{t!(lang, "admin-name")}</th><th scope="col">{t!(lang, "admin-email")}</th><th scope="col">{t!(lang, "admin-role")}</th><th scope="col">{t!(lang, "admin-state")}</th><th scope="col">{t!(lang, "admin-actions")}</th></tr></thead>
                <tbody>
                    {p.rows.into_iter().map(|r| {
                        let name = r.name.clone();
                        view! {
                            <tr>
                                <td>{r.name.clone()}</td><td>{r.email.clone()}</td><td>{lang.t_or(&format!("role-{}", r.role), &r.role)}</td>
                                <td>{match (r.disabled, r.totp_enrolled) {
                                    (true, _) => t!(lang, "admin-account-disabled"),
                                    (false, true) => t!(lang, "admin-account-active"),
                                    (false, false) => t!(lang, "admin-account-no-totp"),
                                }}</td>
                                <td class="actions">
                                    {if r.role == "admin" {
                                        change_button(r.id, "editor", t!(lang, "admin-make-editor", name = &name)).into_any()
                                    } else {
                                        change_button(r.id, "admin", t!(lang, "admin-make-admin", name = &name)).into_any()
                                    }}
                                    {if r.disabled {
                                        change_button(r.id, "enable", t!(lang, "admin-enable", name = &name)).into_any()
                                    } else {
                                        change_button(r.id, "disable", t!(lang, "admin-disable", name = &name)).into_any()
                                    }}
                                    {change_button(r.id, "reset_totp", t!(lang, "admin-reset-totp", name = &name))}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <h2>{t!(lang, "admin-invites-pending")}</h2>
        {if p.invites.is_empty() {
            view! { <p>{t!(lang, "admin-invites-none")}</p> }.into_any()
        } else {
            view! {
                <div class="table-wrap" tabindex="0" role="region" aria-label=t!(lang, "admin-table-scrolls")>
                    <table class="data">
                        <caption>{t!(lang, "admin-invites-caption")}</caption>
                        <thead><tr><th scope="col">{t!(lang, "admin-role")}</th><th scope="col">{t!(lang, "admin-invite-sent-by")}</th><th scope="col">{t!(lang, "admin-invite-sent-on")}</th><th scope="col">{t!(lang, "admin-invite-expires")}</th><th scope="col">{t!(lang, "admin-actions")}</th></tr></thead>
                        <tbody>
                            {p.invites.into_iter().map(|i| view! {
                                <tr>
                                    <td>{lang.t_or(&format!("role-{}", i.role), &i.role)}</td>
                                    <td>{i.sent_by.clone()}</td>
                                    <td>{lang.iso_date(&i.sent_on)}</td>
                                    <td>{lang.iso_date(&i.expires_on)}</td>
                                    <td class="actions">
                                        <form method="post" action=lang.href("/api/admin/staff/revoke-invite") class="inline">
                                            <input type="hidden" name="id" value=i.id.clone()/>
                                            <button type="submit" class="button-secondary">{t!(lang, "admin-invite-revoke", sent_by = &i.sent_by, on = &lang.iso_date(&i.sent_on))}</button>
                                        </form>
                                    </td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any()
        }}
        <h2>{t!(lang, "admin-invite")}</h2>
        <form method="post" action=lang.href("/api/admin/staff/invite") class="stack admin-form">
            <div class="field">
                <label for="role">{t!(lang, "admin-role")}</label>
                <select id="role" name="role">
                    <option value="editor">{t!(lang, "admin-role-editor-option")}</option>
                    <option value="admin">{t!(lang, "admin-role-admin-option")}</option>
                </select>
            </div>
            <button type="submit">{t!(lang, "admin-invite-submit")}</button>
        </form>
    };
    view! { <Title text=t!(lang, "admin-nav-staff")/> {admin_frame(&p.me, "/admin/staff", body)} }
}

/// CSV import and the exports.
#[component]
pub fn ImportScreen() -> impl IntoView {
    await_page(|| (), |()| get_import_page(), import_view)
}

fn import_view(p: ImportPage) -> impl IntoView {
    let csv = p.form.value("csv");
    let lang = use_lang();
    let body = view! {
        <h1>{t!(lang, "admin-nav-import")}</h1>
        <h2>{t!(lang, "admin-export")}</h2>
        <ul>
            <li><a href="/admin/export/signings.csv">{t!(lang, "admin-export-csv")}</a></li>
            <li><a href="/admin/export/press-releases.json">{t!(lang, "admin-export-json")}</a></li>
        </ul>
        <h2>{t!(lang, "admin-import")}</h2>
        <p>{t!(lang, "admin-import-intro")}</p>
        {form_messages(&p.form)}
        <form method="post" action=lang.href("/admin/import/upload") enctype="multipart/form-data" class="stack admin-form">
            <div class="field" class:invalid=p.form.error("file").is_some()>
                <label for="f-file">{t!(lang, "admin-csv-file")}</label>
                {p.form.error("file").map(|e| view! { <p class="field-error" id="f-file-error">{e}</p> })}
                <input type="file" id="f-file" name="file" accept=".csv,text/csv"/>
            </div>
            <div class="actions">
                <button type="submit" name="intent" value="dry_run" class="button-secondary">{t!(lang, "admin-check-file")}</button>
                <button type="submit" name="intent" value="apply">{t!(lang, "admin-import-file")}</button>
            </div>
        </form>
        <p>{t!(lang, "admin-paste-csv")}</p>
        <form method="post" action=lang.href("/api/admin/import") class="stack admin-form">
            <div class="field" class:invalid=p.form.error("csv").is_some()>
                <label for="f-csv">"CSV"</label>
                {p.form.error("csv").map(|e| view! { <p class="field-error" id="f-csv-error">{e}</p> })}
                <textarea id="f-csv" name="csv" rows="12" class="mono" inner_html=escape_html(&csv)></textarea>
            </div>
            <div class="actions">
                <button type="submit" name="intent" value="dry_run" class="button-secondary">{t!(lang, "admin-check")}</button>
                <button type="submit" name="intent" value="apply">{t!(lang, "admin-import-submit")}</button>
            </div>
        </form>
        {p.report.map(|r| view! {
            <h2>{if r.applied { t!(lang, "admin-import-done") } else { t!(lang, "admin-import-would") }}</h2>
            {(!r.problems.is_empty()).then(|| view! {
                <div class="error-summary" role="alert">
                    <h3>{t!(lang, "admin-import-problems", n = r.problems.len())}</h3>
                    <ul>{r.problems.iter().map(|x| view! { <li>{x.clone()}</li> }).collect_view()}</ul>
                </div>
            })}
            <div class="table-wrap" tabindex="0" role="region" aria-label=t!(lang, "admin-table-scrolls")>
                <table class="data">
                    <caption>{t!(lang, "admin-rows")}</caption>
                    <thead><tr><th scope="col">{t!(lang, "admin-line")}</th><th scope="col">{t!(lang, "admin-name")}</th><th scope="col">{t!(lang, "admin-audit-action")}</th><th scope="col">{t!(lang, "admin-detail")}</th></tr></thead>
                    <tbody>{r.rows.into_iter().map(|row| view! {
                        <tr><td>{row.line}</td><td>{row.name}</td><td>{lang.t_or(&format!("imp-action-{}", row.action), &row.action)}</td><td>{row.detail}{super::diff_list(lang, row.changes)}</td></tr>
                    }).collect_view()}</tbody>
                </table>
            </div>
        })}
    };
    view! { <Title text=t!(lang, "admin-nav-import")/> {admin_frame(&p.me, "/admin/import", body)} }
}
