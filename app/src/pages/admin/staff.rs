//! `/admin/staff` (admins: invite, role, disable, TOTP reset) and `/admin/import` (CSV import
//! with a dry run, and the exports).

use leptos::prelude::*;
use leptos_meta::Title;

use super::admin_frame;
use crate::api::admin::{get_import_page, get_staff_page};
use crate::components::form::{escape_html, form_messages};
use crate::components::page_data::await_page;
use crate::model::admin::{ImportPage, StaffPage};

/// The staff accounts.
#[component]
pub fn StaffScreen() -> impl IntoView {
    await_page(|| (), |()| get_staff_page(), staff_view)
}

fn change_button(id: i32, change: &'static str, label: String) -> impl IntoView {
    view! {
        <form method="post" action="/api/admin/staff/change" class="inline">
            <input type="hidden" name="id" value=id.to_string()/>
            <input type="hidden" name="change" value=change/>
            <button type="submit" class="button-secondary">{label}</button>
        </form>
    }
}

fn staff_view(p: StaffPage) -> impl IntoView {
    let link = p.form.values.get("invite_link").cloned();
    let body = view! {
        <h1>"Staff"</h1>
        {form_messages(&p.form)}
        {link.map(|l| view! { <p class="invite-link"><label for="invite-link">"Invitation link"</label><input id="invite-link" type="text" readonly value=l/></p> })}
        <div class="table-wrap" tabindex="0" role="region" aria-label="Table, scrolls sideways on small screens">
            <table class="data">
                <caption>"Staff accounts"</caption>
                <thead><tr><th scope="col">"Name"</th><th scope="col">"Email"</th><th scope="col">"Role"</th><th scope="col">"State"</th><th scope="col">"Actions"</th></tr></thead>
                <tbody>
                    {p.rows.into_iter().map(|r| {
                        let name = r.name.clone();
                        view! {
                            <tr>
                                <td>{r.name.clone()}</td><td>{r.email.clone()}</td><td>{r.role.clone()}</td>
                                <td>{match (r.disabled, r.totp_enrolled) {
                                    (true, _) => "disabled",
                                    (false, true) => "active",
                                    (false, false) => "active, authenticator not set up",
                                }}</td>
                                <td class="actions">
                                    {if r.role == "admin" {
                                        change_button(r.id, "editor", format!("Make {name} an editor")).into_any()
                                    } else {
                                        change_button(r.id, "admin", format!("Make {name} an admin")).into_any()
                                    }}
                                    {if r.disabled {
                                        change_button(r.id, "enable", format!("Enable {name}")).into_any()
                                    } else {
                                        change_button(r.id, "disable", format!("Disable {name}")).into_any()
                                    }}
                                    {change_button(r.id, "reset_totp", format!("Reset {name}’s authenticator"))}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <h2>"Invite someone"</h2>
        <form method="post" action="/api/admin/staff/invite" class="stack admin-form">
            <div class="field">
                <label for="role">"Role"</label>
                <select id="role" name="role">
                    <option value="editor">"Editor: signatories, signings, press releases"</option>
                    <option value="admin">"Admin: also manages staff"</option>
                </select>
            </div>
            <button type="submit">"Create an invitation link"</button>
        </form>
    };
    view! { <Title text="Staff"/> {admin_frame(&p.me, "/admin/staff", body)} }
}

/// CSV import and the exports.
#[component]
pub fn ImportScreen() -> impl IntoView {
    await_page(|| (), |()| get_import_page(), import_view)
}

fn import_view(p: ImportPage) -> impl IntoView {
    let csv = p.form.value("csv");
    let body = view! {
        <h1>"Import and export"</h1>
        <h2>"Export"</h2>
        <ul>
            <li><a href="/admin/export/signings.csv">"Signatories, signings and sources (CSV, the import format)"</a></li>
            <li><a href="/admin/export/press-releases.json">"Press releases with quotes, contacts and corrections (JSON)"</a></li>
        </ul>
        <h2>"Import"</h2>
        <p>"Choose or paste a CSV in the export's format (one row per signing; the README documents each column). “Check” reports row by row what would be created or changed and every problem, and writes nothing. “Import” writes all rows in one go, or none if any row has a problem."</p>
        {form_messages(&p.form)}
        <form method="post" action="/admin/import/upload" enctype="multipart/form-data" class="stack admin-form">
            <div class="field" class:invalid=p.form.error("file").is_some()>
                <label for="f-file">"CSV file"</label>
                {p.form.error("file").map(|e| view! { <p class="field-error" id="f-file-error">{e}</p> })}
                <input type="file" id="f-file" name="file" accept=".csv,text/csv"/>
            </div>
            <div class="actions">
                <button type="submit" name="intent" value="dry_run" class="button-secondary">"Check the file (dry run)"</button>
                <button type="submit" name="intent" value="apply">"Import the file"</button>
            </div>
        </form>
        <p>"Or paste the CSV:"</p>
        <form method="post" action="/api/admin/import" class="stack admin-form">
            <div class="field" class:invalid=p.form.error("csv").is_some()>
                <label for="f-csv">"CSV"</label>
                {p.form.error("csv").map(|e| view! { <p class="field-error" id="f-csv-error">{e}</p> })}
                <textarea id="f-csv" name="csv" rows="12" class="mono" inner_html=escape_html(&csv)></textarea>
            </div>
            <div class="actions">
                <button type="submit" name="intent" value="dry_run" class="button-secondary">"Check (dry run)"</button>
                <button type="submit" name="intent" value="apply">"Import"</button>
            </div>
        </form>
        {p.report.map(|r| view! {
            <h2>{if r.applied { "What was imported" } else { "What the import would do" }}</h2>
            {(!r.problems.is_empty()).then(|| view! {
                <div class="error-summary" role="alert">
                    <h3>{format!("{} problem(s): nothing was imported", r.problems.len())}</h3>
                    <ul>{r.problems.iter().map(|x| view! { <li>{x.clone()}</li> }).collect_view()}</ul>
                </div>
            })}
            <div class="table-wrap" tabindex="0" role="region" aria-label="Table, scrolls sideways on small screens">
                <table class="data">
                    <caption>"Rows"</caption>
                    <thead><tr><th scope="col">"Line"</th><th scope="col">"Name"</th><th scope="col">"Action"</th><th scope="col">"Detail"</th></tr></thead>
                    <tbody>{r.rows.into_iter().map(|row| view! {
                        <tr><td>{row.line}</td><td>{row.name}</td><td>{row.action}</td><td>{row.detail}</td></tr>
                    }).collect_view()}</tbody>
                </table>
            </div>
        })}
    };
    view! { <Title text="Import and export"/> {admin_frame(&p.me, "/admin/import", body)} }
}
