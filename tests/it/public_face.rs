//! The public face (issue #19): every name a city goes by: names per language and local names, shown in the page's
//! language with the local ones beside, found by search whatever the accents or the case; staff
//! edit them (and a city's coordinates) on the signatory's screen. Pages past the last are 404s;
//! a release's own words follow the page's language.

use app::ssr::accounts::Role;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::helpers::{fresh_postgres_url, location, spawn_app, spawn_app_on, TestApp};

/// The profile links of a directory page, in order.
fn listed(page: &str) -> Vec<String> {
    page.split("<th scope=\"row\"")
        .skip(1)
        .filter_map(|row| {
            row.split("href=\"")
                .nth(1)?
                .split('"')
                .next()
                .map(str::to_owned)
        })
        .collect()
}

async fn search_finds_every_name(app: &TestApp) {
    for (query, profile) in [
        ("/fr/signatories?q=bruxelles", "/fr/signatories/brussels"),
        ("/fr/signatories?q=BRUXELLES", "/fr/signatories/brussels"),
        ("/fr/signatories?q=m%C3%BCnchen", "/fr/signatories/munich"),
        ("/fr/signatories?q=munchen", "/fr/signatories/munich"),
        ("/fr/signatories?q=warszawa", "/fr/signatories/warsaw"),
        ("/fr/signatories?q=varsovie", "/fr/signatories/warsaw"),
        ("/signatories?q=bruxelles", "/signatories/brussels"),
        (
            "/signatories?q=%CE%91%CE%B8%CE%AE%CE%BD%CE%B1",
            "/signatories/athens",
        ),
        ("/signatories?q=helsingfors", "/signatories/helsinki"),
        ("/signatories?q=Brussels", "/signatories/brussels"),
    ] {
        let (status, page) = app.page(query).await;
        assert_eq!(status, 200, "{query}");
        assert_eq!(listed(&page), vec![profile.to_owned()], "{query}");
    }
    let (_, page) = app.page("/signatories?q=xyzzy").await;
    assert!(listed(&page).is_empty(), "a name nobody has finds nothing");
}

#[tokio::test]
async fn a_city_is_found_and_shown_by_every_name_it_goes_by_on_sqlite() {
    let app = spawn_app().await;
    search_finds_every_name(&app).await;

    // The French page shows the French name, the local ones beside it with their language.
    let (_, brussels) = app.page("/fr/signatories/brussels").await;
    assert!(brussels.contains("<h1>Bruxelles</h1>"), "{brussels}");
    assert!(brussels.contains("<span lang=\"nl\">Brussel</span>"));
    let (_, munich) = app.page("/fr/signatories/munich").await;
    assert!(munich.contains("<h1>Munich</h1>"));
    assert!(munich.contains("<span lang=\"de\">München</span>"));
    let (_, athens) = app.page("/signatories/athens").await;
    assert!(athens.contains("<h1>Athens</h1>"));
    assert!(athens.contains("<span lang=\"el\">Αθήνα</span>"));
    // A name that is the one shown is not repeated beside it.
    let (_, paris) = app.page("/fr/signatories/paris").await;
    assert!(!paris.contains("class=\"local-names\""), "Paris is Paris");
    // The French directory names cities in French.
    let (_, directory) = app.page("/fr/signatories?q=anvers").await;
    assert!(directory.contains(">Anvers</a>"), "{directory}");
    assert!(directory.contains("<span lang=\"nl\">Antwerpen</span>"));

    // The seed names every seeded signatory in French.
    use app::ssr::entities::{signatory, signatory_name};
    for who in signatory::Entity::find()
        .all(&app.db)
        .await
        .expect("signatories")
    {
        let french = signatory_name::Entity::find()
            .filter(signatory_name::Column::SignatoryId.eq(who.id))
            .filter(signatory_name::Column::Lang.eq("fr"))
            .all(&app.db)
            .await
            .expect("names");
        assert_eq!(french.len(), 1, "{} has one French name", who.name);
    }
}

#[tokio::test]
async fn a_city_is_found_by_every_name_it_goes_by_on_postgres() {
    let Some(url) = fresh_postgres_url().await else {
        return;
    };
    let app = spawn_app_on(&url).await;
    search_finds_every_name(&app).await;
}

#[tokio::test]
async fn staff_edit_a_citys_names_and_coordinates_and_bad_input_changes_nothing() {
    use app::ssr::entities::{audit_log, signatory};
    let app = spawn_app().await;
    let staff = app.signed_in("names@eurocities.eu", Role::Editor).await;
    let response = app
        .post_form(
            "/api/admin/signatories/create",
            Some(&staff.cookie),
            &[
                ("f[name]", "Thessaloniki"),
                ("f[country]", "GR"),
                ("f[kind]", "city"),
            ],
        )
        .await;
    let edit = location(&response);
    let id = edit.rsplit('/').next().expect("id").to_owned();
    let save = |fields: Vec<(&'static str, &'static str)>| {
        let (app, cookie, id) = (&app, staff.cookie.clone(), id.clone());
        async move {
            let mut form = vec![
                ("id", id.as_str()),
                ("intent", "save"),
                ("f[name]", "Thessaloniki"),
                ("f[country]", "GR"),
                ("f[kind]", "city"),
            ];
            form.extend(fields);
            app.post_form("/api/admin/signatories/save", Some(&cookie), &form)
                .await
        }
    };
    let response = save(vec![
        ("f[name_fr]", "Thessalonique"),
        ("f[local_names]", "el: Θεσσαλονίκη"),
        ("f[latitude]", "40.6401"),
        ("f[longitude]", "22.9444"),
    ])
    .await;
    assert_eq!(location(&response), "/admin/signatories");
    let saved = signatory::Entity::find_by_id(id.parse::<i32>().expect("id"))
        .one(&app.db)
        .await
        .expect("read")
        .expect("row");
    assert_eq!(
        (saved.latitude, saved.longitude),
        (Some(40.6401), Some(22.9444))
    );
    let (_, screen) = app.staff_page(&edit, &staff.cookie).await;
    assert!(screen.contains("value=\"Thessalonique\""));
    assert!(screen.contains("el: Θεσσαλονίκη"));
    let audit = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("signatory.update"))
        .all(&app.db)
        .await
        .expect("audit");
    let last = format!("{:?}", audit.last().expect("audited"));
    assert!(
        last.contains("fr: Thessalonique; el: Θεσσαλονίκη (local)") && last.contains("40.6401"),
        "{last}"
    );
    // The audit screen reads like a diff, in the screen's language.
    let (_, log) = app.staff_page("/admin/audit", &staff.cookie).await;
    assert!(log.contains("Signatory edited"), "the action in words");
    assert!(
        log.contains("<span class=\"diff-field\">Latitude: </span><del><code>—</code></del> → <ins><code>40.6401</code></ins>"),
        "{log}"
    );
    assert!(log.contains("<ins><code>fr: Thessalonique; el: Θεσσαλονίκη (local)</code></ins>"));
    let (_, journal) = app.staff_page("/fr/admin/audit", &staff.cookie).await;
    assert!(
        journal.contains("Signataire modifié") && journal.contains(">Autres noms : </span>"),
        "{journal}"
    );
    // The staff search finds the city by its new names.
    let (_, list) = app
        .staff_page("/admin/signatories?q=thessalonique", &staff.cookie)
        .await;
    assert!(list.contains("Thessaloniki"), "{list}");

    // Bad input: a local name without its language, a latitude alone. Refused on the fields,
    // nothing changed.
    let before = app.count_rows("signatory_name").await;
    let response = save(vec![
        ("f[name_fr]", "Selanik"),
        ("f[local_names]", "Θεσσαλονίκη"),
        ("f[latitude]", "95"),
    ])
    .await;
    assert_eq!(location(&response), edit);
    let (_, screen) = app.staff_page(&edit, &staff.cookie).await;
    assert!(
        screen.contains("line 1 is not written that way"),
        "{screen}"
    );
    assert!(screen.contains("between -90 and 90"));
    assert_eq!(app.count_rows("signatory_name").await, before);
    let kept = signatory::Entity::find_by_id(saved.id)
        .one(&app.db)
        .await
        .expect("read")
        .expect("row");
    assert_eq!(kept.latitude, Some(40.6401), "nothing changed");
    let (_, list) = app
        .staff_page("/admin/signatories?q=selanik", &staff.cookie)
        .await;
    assert!(
        !list.contains("Thessaloniki"),
        "the refused name was not saved"
    );
}

#[tokio::test]
async fn a_page_past_the_last_is_not_found_and_a_release_speaks_the_pages_language() {
    let app = spawn_app().await;
    assert_eq!(app.page("/signatories?page=1").await.0, 200);
    assert_eq!(app.page("/signatories?page=99").await.0, 404);
    assert_eq!(app.page("/fr/signatories?page=99").await.0, 404);
    assert_eq!(
        app.page("/signatories?q=xyzzy&page=1").await.0,
        200,
        "an empty result has its page 1"
    );
    assert_eq!(app.page("/signatories?q=xyzzy&page=2").await.0, 404);
    assert_eq!(app.page("/newsroom?page=1").await.0, 200);
    assert_eq!(app.page("/newsroom?page=99").await.0, 404);

    let (status, release) = app
        .page("/fr/newsroom/paris-sets-out-commitment-to-migrant-integration")
        .await;
    assert_eq!(status, 200);
    for words in [
        "<p lang=\"fr\" class=\"eyebrow\">Communiqué de presse</p>",
        "<p lang=\"fr\" class=\"ends\">FIN</p>",
        "lang=\"fr\">Notes aux rédactions</h2>",
    ] {
        assert!(release.contains(words), "{words}");
    }
    assert!(!release.contains(">ENDS<"));
    let (_, english) = app
        .page("/newsroom/paris-sets-out-commitment-to-migrant-integration")
        .await;
    assert!(
        english.contains("<p class=\"ends\">ENDS</p>"),
        "no lang attribute where the page's language is the release's"
    );
}

#[tokio::test]
async fn legal_notice_privacy_and_accessibility_pages_are_linked_from_every_page_in_both_languages()
{
    let app = spawn_app().await;
    for (home, prefix) in [("/", ""), ("/fr", "/fr")] {
        let (_, page) = app.page(home).await;
        for path in ["/legal", "/privacy", "/accessibility"] {
            let href = format!("href=\"{prefix}{path}\"");
            assert!(page.contains(&href), "{home} links {href} in its footer");
            let (status, legal) = app.page(&format!("{prefix}{path}")).await;
            assert_eq!(status, 200, "{prefix}{path}");
            assert!(legal.contains("<h1>"), "{prefix}{path}");
        }
    }
    // The statement lists the pages the accessibility tests check, from the same list.
    let (_, statement) = app.page("/accessibility").await;
    let count = app::pages::legal::CHECKED_PAGES.len();
    assert!(
        statement.contains(&format!("{count} page addresses in English and French")),
        "{statement}"
    );
    assert!(statement.contains("<li><code>/signatories/paris</code></li>"));
    assert!(
        !statement.contains("<code>/fr/signatories/paris</code>"),
        "each language lists its own"
    );
    let (_, french) = app.page("/fr/accessibility").await;
    assert!(french.contains("<li><code>/fr/signatories/paris</code></li>"));
    assert!(french.contains("partiellement conforme"));
    // In the sitemap too.
    let (_, sitemap) = app.page("/sitemap.xml").await;
    assert!(sitemap.contains("/accessibility</loc>"), "{sitemap}");
}

#[tokio::test]
async fn the_directory_folds_its_filters_names_those_in_use_and_takes_the_day_as_three_fields() {
    let app = spawn_app().await;
    let (_, page) = app.page("/signatories").await;
    assert!(page.contains("<details class=\"more-filters field-wide\"><summary>More filters and sorting</summary>"), "{page}");
    // No seeded signatory is a region nor withdrawn: those choices are not offered.
    assert!(
        !page.contains("<option value=\"region\""),
        "a kind nothing has is not offered"
    );
    assert!(!page.contains("<option value=\"withdrawn\""));
    assert!(page.contains("<option value=\"city\""));
    // A choice typed in the address stays shown (and matches nothing).
    let (_, page) = app.page("/signatories?kind=region").await;
    assert!(page.contains("<option value=\"region\" selected"), "{page}");

    let (_, page) = app.page("/signatories?country=FR&sort=name").await;
    assert!(
        page.contains("<summary>Filters in use: Country: France · Sort by: "),
        "{page}"
    );
    let (_, page) = app.page("/fr/signatories?country=FR").await;
    assert!(
        page.contains("<summary>Filtres appliqués : Pays : France</summary>"),
        "{page}"
    );

    // The day as day, month and year: the same view as the one date.
    let (status, parts) = app
        .page("/signatories?as_of_day=30&as_of_month=9&as_of_year=2013")
        .await;
    assert_eq!(status, 200);
    let (_, iso) = app.page("/signatories?as_of=2013-09-30").await;
    let count = |page: &str| {
        page.split("class=\"count\">")
            .nth(1)
            .and_then(|r| r.split('<').next())
            .map(str::to_owned)
    };
    assert_eq!(count(&parts), count(&iso));
    assert!(count(&parts)
        .expect("a count")
        .contains("30 September 2013"));
    assert!(
        parts.contains("id=\"filter-as-of-day\" type=\"text\" name=\"as_of_day\"")
            || parts.contains("name=\"as_of_day\"")
    );
    assert!(
        parts.contains("value=\"9\" selected"),
        "the month is shown chosen"
    );
    for bad in [
        "/signatories?as_of_day=31&as_of_month=2&as_of_year=2013",
        "/signatories?as_of_day=1&as_of_month=2&as_of_year=13",
        "/signatories?as_of_day=&as_of_month=2&as_of_year=2013",
    ] {
        let (status, page) = app.page(bad).await;
        assert_eq!(status, 400, "{bad}");
        assert!(page.contains("is not a day"), "{bad}: the reason is named");
    }
}

#[tokio::test]
async fn a_french_page_sorts_cities_by_their_french_names() {
    let app = spawn_app().await;
    let order = |page: &str, a: &str, b: &str| {
        let links = listed(page);
        let at = |slug: &str| {
            links
                .iter()
                .position(|l| l.ends_with(&format!("/signatories/{slug}")))
        };
        (at(a).expect("listed"), at(b).expect("listed"))
    };
    let (_, english) = app.page("/signatories?sort=name").await;
    let (genoa, ghent) = order(&english, "genoa", "ghent");
    assert!(genoa < ghent, "Genoa before Ghent");
    let (_, french) = app.page("/fr/signatories?sort=name").await;
    let (genes, gand) = order(&french, "genoa", "ghent");
    assert!(gand < genes, "Gand before Gênes");
}

/// A city that has committed but not signed (Sarajevo, tried by staff) is not a signatory in
/// public: its profile says so and offers no badge (the badge is not there either), the
/// directory does not list or count it among the signatories, and lists it apart when asked.
#[tokio::test]
async fn a_city_that_has_only_committed_is_never_counted_nor_badged_in_public() {
    let app = spawn_app().await;
    let staff = app.signed_in("committed@eurocities.eu", Role::Editor).await;
    let (_, before) = app.page("/signatories").await;
    let matching = |page: &str| {
        page.split("role=\"status\"")
            .nth(1)
            .and_then(|rest| {
                rest.split('<')
                    .next()
                    .map(|s| s.trim_start_matches('>').to_owned())
            })
            .unwrap_or_default()
    };
    let response = app
        .post_form(
            "/api/admin/signatories/create",
            Some(&staff.cookie),
            &[
                ("f[name]", "Sarajevo"),
                ("f[country]", "BA"),
                ("f[kind]", "city"),
                ("f[national_capital]", "yes"),
            ],
        )
        .await;
    assert!(location(&response).starts_with("/admin/signatories/"));

    let (status, profile) = app.page("/signatories/sarajevo").await;
    assert_eq!(status, 200);
    assert!(
        profile.contains("Sarajevo has committed to sign the charter and has not signed it yet"),
        "{profile}"
    );
    assert!(!profile.contains("counts in the total"), "{profile}");
    assert!(
        !profile.contains("badge-code"),
        "no badge offered: {profile}"
    );
    assert_eq!(app.page("/badge/sarajevo.svg").await.0, 404);
    assert_eq!(
        app.page("/badge/paris.svg").await.0,
        200,
        "a signatory has one"
    );

    let (_, after) = app.page("/signatories").await;
    assert!(
        !after.contains("/signatories/sarajevo\""),
        "not among the signatories"
    );
    assert_eq!(matching(&after), matching(&before), "nor counted");
    let (_, apart) = app.page("/signatories?status=committed").await;
    assert!(
        apart.contains("/signatories/sarajevo\""),
        "listed apart: {apart}"
    );
    let (_, french) = app.page("/fr/signatories/sarajevo").await;
    assert!(
        french.contains("s’est engagée à signer la charte"),
        "{french}"
    );
}
