//! `/admin/signings/new` (register a signing, with the places it will get before saving) and
//! `/admin/signings/{id}` (saved: its places, and "Draft a press release").

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::admin_frame;
use crate::api::admin::{get_saved_signing, get_signing_form};
use crate::components::form::{check_field, form_messages, input_field, select_field, text_area};
use crate::components::page_data::await_page;
use crate::components::signing_preview::SigningPreview;
use crate::model::admin::{SavedSigning, SigningForm};

/// The register-a-signing form.
#[component]
pub fn SigningScreen() -> impl IntoView {
    let query = use_query_map();
    await_page(
        move || query.read().get("signatory"),
        get_signing_form,
        signing_view,
    )
}

fn signing_view(s: SigningForm) -> impl IntoView {
    let form = s.form;
    let mut who = vec![(
        "new".to_owned(),
        "New signatory (describe it below)".to_owned(),
    )];
    who.extend(s.signatories);
    let body = view! {
        <h1>"Register a signing"</h1>
        <p>"Fields marked (required) must be filled. Use “Preview” to see the places this signing will get before saving."</p>
        {form_messages(&form)}
        <form method="post" action="/api/admin/signings/register" class="stack admin-form" id="signing-form">
            <fieldset>
                <legend>"Who signed"</legend>
                {select_field(&form, "signatory", "Signatory", &who, None, Some("Choose it in the list when it is already in the registry."))}
                <div class="new-signatory">
                    {input_field(&form, "name", "Name of a new signatory", "text", Some("As it is written in English, e.g. “Vilnius”."), false)}
                    {select_field(&form, "country", "Country", &s.countries, Some("Choose a country"), None)}
                    {select_field(&form, "kind", "Kind", &s.kinds, Some("Choose a kind"), None)}
                    {check_field(&form, "national_capital", "It is the national capital")}
                    {input_field(&form, "website", "Website", "url", Some("Starting with https://"), false)}
                </div>
            </fieldset>
            <fieldset>
                <legend>"The signing"</legend>
                {select_field(&form, "edition", "Edition signed", &s.editions, Some("Choose an edition"), None)}
                {check_field(&form, "edition_confirmed", "A source confirms which edition was signed")}
                {input_field(&form, "date", "Date", "text", Some("YYYY-MM-DD; YYYY-MM or YYYY when only that is known."), true)}
                {input_field(&form, "position", "Position on that day", "text", Some("When several signed the same day: 1 for the first. Leave empty otherwise."), false)}
                {input_field(&form, "event", "Event", "text", Some("e.g. “Eurocities Integrating Cities conference, Milan”"), false)}
                {input_field(&form, "place", "Place", "text", None, false)}
                {input_field(&form, "signed_by_name", "Signed by", "text", Some("The person who signed, e.g. the mayor."), false)}
                {input_field(&form, "signed_by_title", "Their title", "text", None, false)}
                {input_field(&form, "council_decision_on", "Council decision date", "text", Some("YYYY-MM-DD, if known."), false)}
                {text_area(&form, "sources", "Sources", 3, Some("One per line: “label | https://address”, or just the address."), false)}
                {input_field(&form, "announced_ordinal", "Announced ordinal", "text", Some("As published, e.g. “the 33rd European city and 15th EU capital”."), false)}
            </fieldset>
            <SigningPreview lines=s.preview/>
            <div class="actions">
                <button type="submit" formaction="/api/admin/signings/preview" class="button-secondary">"Preview"</button>
                <button type="submit">"Save the signing"</button>
            </div>
        </form>
    };
    view! { <Title text="Register a signing"/> {admin_frame(&s.me, "/admin/signings/new", body)} }
}

/// A saved signing.
#[component]
pub fn SavedSigningScreen() -> impl IntoView {
    let params = use_params_map();
    await_page(
        move || params.read().get("id").unwrap_or_default(),
        get_saved_signing,
        saved_view,
    )
}

fn saved_view(s: SavedSigning) -> impl IntoView {
    let body = view! {
        <h1>{format!("Signing of {} saved", s.name)}</h1>
        <p class="notice" role="status">"Saved. It is in the public directory now."</p>
        <h2>"Its places"</h2>
        <ul>{s.lines.into_iter().map(|l| view! { <li>{format!("{} is {l}.", s.name)}</li> }).collect_view()}</ul>
        <p><a href=format!("/signatories/{}", s.slug)>"See the public profile"</a></p>
        <form method="post" action="/api/admin/releases/draft-from-signing">
            <input type="hidden" name="signing" value=s.signing_id.to_string()/>
            <button type="submit">"Draft a press release"</button>
        </form>
    };
    view! { <Title text="Signing saved"/> {admin_frame(&s.me, "", body)} }
}
