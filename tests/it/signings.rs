//! Registering signings and signatories on the staff screens: the preview, the save, the
//! release it schedules, bad input, the audit trail, and two servers on one database.

use app::ssr::accounts::Role;
use sea_orm::{ConnectionTrait, EntityTrait, PaginatorTrait};

use crate::helpers::{
    day_from_now, fresh_postgres_url, location, spawn_app, spawn_app_on, Staff, TestApp, PASSWORD,
};

/// Registers Ljubljana through the form (with a preview first) and returns the saved signing's page.
async fn register_ljubljana(app: &TestApp, staff: &Staff) -> String {
    let form = [
        ("f[signatory]", "new"),
        ("f[name]", "Ljubljana"),
        ("f[country]", "SI"),
        ("f[kind]", "city"),
        ("f[national_capital]", "yes"),
        ("f[website]", "https://www.ljubljana.si"),
        ("f[edition]", "2024"),
        ("f[edition_confirmed]", "yes"),
        ("f[date]", "2026-11-20"),
        ("f[event]", "Integrating Cities conference"),
        ("f[signed_by_name]", "Zoran Janković"),
        ("f[signed_by_title]", "Mayor of Ljubljana"),
        (
            "f[sources]",
            "City press release | https://www.ljubljana.si/en/news",
        ),
    ];
    let before = app.count_rows("signing").await;
    let response = app
        .post_form("/api/admin/signings/preview", Some(&staff.cookie), &form)
        .await;
    assert_eq!(location(&response), "/admin/signings/new#preview");
    let (_, page) = app.staff_page("/admin/signings/new", &staff.cookie).await;
    let previewed = page
        .split("<li>Ljubljana will be ")
        .nth(1)
        .and_then(|rest| rest.split(".</li>").next())
        .expect("the places are shown before saving")
        .to_owned();
    assert!(
        previewed.contains("signatory") && previewed.contains("EU capital"),
        "{previewed}"
    );
    assert!(
        page.contains("value=\"Zoran Janković\""),
        "the values are kept"
    );
    assert_eq!(
        app.count_rows("signing").await,
        before,
        "a preview writes no signing"
    );
    let response = app
        .post_form("/api/admin/signings/register", Some(&staff.cookie), &form)
        .await;
    let saved = location(&response);
    assert!(saved.starts_with("/admin/signings/"), "{saved}");
    assert_eq!(app.count_rows("signing").await, before + 1);
    // The places it got are exactly the ones previewed (the same rule as the public pages).
    let snapshot = app::ssr::registry::Snapshot::load(&app.db)
        .await
        .expect("snapshot");
    let id = snapshot
        .signatories()
        .iter()
        .find(|s| s.slug == "ljubljana")
        .expect("saved")
        .id;
    let (_, _, _, lines, _) = snapshot
        .places_as_of(id, None, app::i18n::Lang::En)
        .expect("places");
    let (last, init) = lines.split_last().expect("places");
    assert_eq!(previewed, format!("{} and {last}", init.join(", ")));
    saved
}

async fn the_whole_staff_flow(app: &TestApp) {
    let staff = app.signed_in("flow@eurocities.eu", Role::Admin).await;
    let saved = register_ljubljana(app, &staff).await;
    let (status, page) = app.staff_page(&saved, &staff.cookie).await;
    assert_eq!(status, 200);
    assert!(page.contains("Ljubljana is the"), "{page}");
    // The public directory and profile show it, with the same places the preview gave.
    let (_, directory) = app.page("/signatories?q=ljubljana").await;
    assert!(directory.contains("/signatories/ljubljana"));
    let (_, profile) = app.page("/signatories/ljubljana").await;
    assert!(profile.contains("Ljubljana"));
    // Draft the press release, schedule it for tomorrow 11:00 Brussels time.
    let signing_id = saved.rsplit('/').next().expect("id");
    let release = draft_release(app, &staff, signing_id, false).await;
    assert!(release.starts_with("/admin/releases/"), "{release}");
    let (_, edit) = app.staff_page(&release, &staff.cookie).await;
    assert!(edit.contains("Ljubljana signs the Integrating Cities Charter"));
    assert!(
        edit.contains("becoming the"),
        "the draft carries the counts"
    );
    for sentence in [
        "(Slovenia) signed the Integrating Cities Charter on ",
        "With this signature, the charter counts ",
    ] {
        assert!(edit.contains(sentence), "the draft says {sentence:?}");
    }
    let id = release.rsplit('/').next().expect("id");
    let date = day_from_now(app, 1);
    let response = app
        .post_form(
            "/api/admin/releases/save",
            Some(&staff.cookie),
            &[
                ("id", id),
                ("intent", "schedule"),
                ("f[title]", "Ljubljana signs the Integrating Cities Charter"),
                ("f[dateline]", "Brussels"),
                ("f[summary]", "Ljubljana signed the charter."),
                (
                    "f[body_md]",
                    "Ljubljana signed the charter.\n\nIt is the capital of Slovenia.",
                ),
                ("f[release_date]", &date),
                ("f[release_time]", "11:00"),
            ],
        )
        .await;
    assert_eq!(location(&response), release);
    let (_, edit) = app.staff_page(&release, &staff.cookie).await;
    assert!(edit.contains("Scheduled"), "{edit}");
    let (_, feed) = app.page("/feeds/press.xml").await;
    assert!(!feed.contains("Ljubljana signs"), "under embargo");
    let (_, preview) = app
        .staff_page(&format!("{release}/preview"), &staff.cookie)
        .await;
    assert!(preview.contains("It is the capital of Slovenia."));
    // Every write is in the audit log.
    let (_, audit) = app.staff_page("/admin/audit", &staff.cookie).await;
    for action in [
        "signatory.create",
        "signing.create",
        "release.create",
        "release.schedule",
        "login.ok",
    ] {
        assert!(audit.contains(action), "{action} audited");
    }
    app.clock.advance(time::Duration::days(2));
    let (_, feed) = app.page("/feeds/press.xml").await;
    assert!(
        feed.contains("Ljubljana signs the Integrating Cities Charter"),
        "public after the embargo"
    );
}

#[tokio::test]
async fn staff_register_a_signing_see_its_places_first_and_schedule_its_release_on_sqlite() {
    let app = spawn_app().await;
    the_whole_staff_flow(&app).await;
}

#[tokio::test]
async fn staff_register_a_signing_see_its_places_first_and_schedule_its_release_on_postgres() {
    let Some(url) = fresh_postgres_url().await else {
        return;
    };
    let app = spawn_app_on(&url).await;
    the_whole_staff_flow(&app).await;
}

#[tokio::test]
async fn a_signing_with_bad_input_is_not_saved_and_the_form_keeps_what_was_typed() {
    let app = spawn_app().await;
    let staff = app.signed_in("bad@eurocities.eu", Role::Editor).await;
    let before = (
        app.count_rows("signing").await,
        app.count_rows("signatory").await,
        app.count_rows("audit_log").await,
    );
    let response = app
        .post_form(
            "/api/admin/signings/register",
            Some(&staff.cookie),
            &[
                ("f[signatory]", "new"),
                ("f[name]", "<script>alert(1)</script>"),
                ("f[country]", "SI"),
                ("f[kind]", "city"),
                ("f[website]", "javascript:alert(1)"),
                ("f[edition]", "2024"),
                ("f[date]", "2026-02-30"),
            ],
        )
        .await;
    assert_eq!(location(&response), "/admin/signings/new");
    assert_eq!(
        (
            app.count_rows("signing").await,
            app.count_rows("signatory").await,
            app.count_rows("audit_log").await
        ),
        before,
        "nothing written"
    );
    let (_, page) = app.staff_page("/admin/signings/new", &staff.cookie).await;
    assert!(
        page.contains("is not a web address"),
        "the website is refused"
    );
    assert!(
        page.contains("is not a day of the calendar"),
        "the date is refused"
    );
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "the name is kept, escaped"
    );
    assert!(!page.contains("<script>alert(1)"));
    assert!(page.contains("aria-invalid=\"true\""));
    // The kept form is shown once.
    let (_, again) = app.staff_page("/admin/signings/new", &staff.cookie).await;
    assert!(!again.contains("is not a web address"));
}

#[tokio::test]
async fn audit_records_escape_control_characters_and_hold_no_secrets() {
    let app = spawn_app().await;
    let response = app
        .password_step("eve\n@eurocities.eu", "some wrong password")
        .await;
    assert!(location(&response).contains("failed=1"));
    let rows = app::ssr::entities::audit_log::Entity::find()
        .all(&app.db)
        .await
        .expect("audit");
    let failed = rows
        .iter()
        .find(|r| r.action == "login.failed")
        .expect("login failure audited");
    assert!(!failed.actor.contains('\n'), "{:?}", failed.actor);
    let staff = app.signed_in("s@eurocities.eu", Role::Editor).await;
    let rows = app::ssr::entities::audit_log::Entity::find()
        .all(&app.db)
        .await
        .expect("audit");
    let dump = format!("{rows:?}");
    let token = staff.cookie.split('=').nth(1).expect("token");
    assert!(!dump.contains(token), "no session id in the audit log");
    assert!(!dump.contains(PASSWORD), "no password in the audit log");
    assert!(
        rows.iter()
            .all(|r| r.request_id.is_some() || r.actor.starts_with("cli:")),
        "request ids recorded"
    );
    assert_eq!(
        app::ssr::entities::staff_session::Entity::find()
            .count(&app.db)
            .await
            .expect("n"),
        1
    );
}

#[tokio::test]
async fn a_broken_database_gives_a_plain_error_page() {
    let app = spawn_app().await;
    let staff = app.signed_in("db@eurocities.eu", Role::Editor).await;
    app.db
        .execute_unprepared("DROP TABLE audit_log")
        .await
        .expect("drop");
    let (status, page) = app.staff_page("/admin", &staff.cookie).await;
    assert_eq!(status, 500);
    for leak in ["audit_log", "SQL", "sqlite", "no such table", "/tmp"] {
        assert!(!page.contains(leak), "{leak} leaked");
    }
}

#[tokio::test]
async fn staff_add_a_committed_city_edit_it_and_withdraw_a_signatory() {
    let app = spawn_app().await;
    let staff = app.signed_in("sig@eurocities.eu", Role::Editor).await;
    let response = app
        .post_form(
            "/api/admin/signatories/create",
            Some(&staff.cookie),
            &[
                ("f[name]", "Ljubljana"),
                ("f[country]", "SI"),
                ("f[kind]", "city"),
                ("f[national_capital]", "yes"),
            ],
        )
        .await;
    let edit = location(&response);
    assert!(edit.starts_with("/admin/signatories/"), "{edit}");
    let (_, page) = app.staff_page(&edit, &staff.cookie).await;
    assert!(page.contains("Committed"));
    let id = edit.rsplit('/').next().expect("id").to_owned();
    // A website that is not http(s) is refused; nothing changes.
    let response = app
        .post_form(
            "/api/admin/signatories/save",
            Some(&staff.cookie),
            &[
                ("id", &id),
                ("intent", "save"),
                ("f[name]", "Ljubljana"),
                ("f[country]", "SI"),
                ("f[kind]", "city"),
                ("f[website]", "javascript:alert(1)"),
            ],
        )
        .await;
    assert_eq!(location(&response), edit);
    let (_, page) = app.staff_page(&edit, &staff.cookie).await;
    assert!(page.contains("is not a web address"));
    // Its place picked on the map: the screen opens again with the coordinates of the point
    // clicked (Ljubljana is near 46.06 N, 14.51 E), and saving them keeps them.
    let (status, page) = app
        .staff_page(&format!("{edit}?pick.x=451&pick.y=452"), &staff.cookie)
        .await;
    assert_eq!(status, 200);
    assert!(page.contains("value=\"46.0778\""), "latitude: {page}");
    assert!(page.contains("value=\"14.4625\""), "longitude: {page}");
    assert!(page.contains("Place chosen on the map"), "{page}");
    assert!(
        page.contains("<circle cx=\"451.0\""),
        "the dot where it was clicked: {page}"
    );
    let response = app
        .post_form(
            "/api/admin/signatories/save",
            Some(&staff.cookie),
            &[
                ("id", &id),
                ("intent", "save"),
                ("f[name]", "Ljubljana"),
                ("f[country]", "SI"),
                ("f[kind]", "city"),
                ("f[latitude]", "46.0778"),
                ("f[longitude]", "14.4625"),
            ],
        )
        .await;
    assert_eq!(location(&response), "/admin/signatories");
    let stored = app::ssr::entities::signatory::Entity::find_by_id(id.parse::<i32>().expect("id"))
        .one(&app.db)
        .await
        .expect("read")
        .expect("there");
    assert_eq!(
        (stored.latitude, stored.longitude),
        (Some(46.0778), Some(14.4625))
    );
    // Enter on the map (0,0) chooses nothing; a point off the map or half a point is a 400.
    let (status, page) = app
        .staff_page(&format!("{edit}?pick.x=0&pick.y=0"), &staff.cookie)
        .await;
    assert_eq!(status, 200);
    assert!(page.contains("No place was chosen"), "{page}");
    for bad in ["pick.x=900&pick.y=10", "pick.x=10", "pick.x=a&pick.y=1"] {
        let (status, _) = app
            .staff_page(&format!("{edit}?{bad}"), &staff.cookie)
            .await;
        assert_eq!(status, 400, "{bad}");
    }
    // Withdraw a seeded signatory, with date and reason.
    let paris = app::ssr::entities::signatory::Entity::find()
        .all(&app.db)
        .await
        .expect("all")
        .into_iter()
        .find(|s| s.slug == "paris")
        .expect("paris");
    let pid = paris.id.to_string();
    let response = app
        .post_form(
            "/api/admin/signatories/save",
            Some(&staff.cookie),
            &[
                ("id", &pid),
                ("intent", "withdraw"),
                ("f[withdrawn_on]", "2026-11-01"),
                ("f[withdrawn_reason]", "Council decision"),
            ],
        )
        .await;
    assert_eq!(location(&response), "/admin/signatories");
    let (_, profile) = app.page("/signatories/paris").await;
    assert!(
        profile.contains("Council decision"),
        "the public profile shows the withdrawal"
    );
}

async fn registry_version(app: &TestApp) -> i64 {
    app.db
        .query_one_raw(sea_orm::Statement::from_string(
            app.db.get_database_backend(),
            "SELECT version AS n FROM registry_version WHERE id = 1".to_owned(),
        ))
        .await
        .expect("query")
        .expect("row")
        .try_get::<i64>("", "n")
        .expect("n")
}

/// Two app servers on one database: a signing saved through one is on the other's pages at
/// once (each caches the registry per version; every public write bumps the version).
async fn a_write_on_one_server_is_visible_on_another(url: &str) {
    let first = spawn_app_on(url).await;
    let second = spawn_app_on(url).await;
    let (_, before) = second.page("/signatories?q=ljubljana").await;
    assert!(!before.contains("/signatories/ljubljana"));
    let staff = first.signed_in("two@eurocities.eu", Role::Editor).await;
    let version = registry_version(&first).await;
    register_ljubljana(&first, &staff).await;
    assert!(
        registry_version(&first).await > version,
        "the write bumped the registry version"
    );
    let (_, after) = second.page("/signatories?q=ljubljana").await;
    assert!(
        after.contains("/signatories/ljubljana"),
        "the other server shows it at once"
    );
    let (_, feed) = second.page("/feeds/signings.xml").await;
    assert!(feed.contains("Ljubljana"));
    let unchanged = registry_version(&first).await;
    first
        .post_form("/api/admin/logout", Some(&staff.cookie), &[])
        .await;
    assert_eq!(
        registry_version(&first).await,
        unchanged,
        "staff events do not invalidate the cache"
    );
}

#[tokio::test]
async fn a_write_on_one_server_is_visible_on_another_on_sqlite() {
    let dir = tempfile::tempdir().expect("dir");
    a_write_on_one_server_is_visible_on_another(&crate::helpers::sqlite_url(&dir)).await;
}

#[tokio::test]
async fn a_write_on_one_server_is_visible_on_another_on_postgres() {
    let Some(url) = fresh_postgres_url().await else {
        return;
    };
    a_write_on_one_server_is_visible_on_another(&url).await;
}

/// One signing gets one release draft — also when the button is sent from several tabs at
/// once — unless staff ask for another; and a release time already past asks before it
/// publishes (nothing changes until staff tick "Publish now").
async fn releases_get_one_draft_per_signing_and_ask_before_publishing_at_once(app: &TestApp) {
    use app::ssr::entities::{press_release, states::Publication};
    let staff = app.signed_in("news@eurocities.eu", Role::Admin).await;
    let saved = register_ljubljana(app, &staff).await;
    let signing = saved.rsplit('/').next().expect("id").to_owned();
    let releases = app.count_rows("press_release").await;
    let draft = [("signing", signing.as_str())];
    let drafted = futures_util::future::join_all((0..3).map(|_| {
        app.post_form(
            "/api/admin/releases/draft-from-signing",
            Some(&staff.cookie),
            &draft,
        )
    }))
    .await;
    let opened: std::collections::BTreeSet<String> = drafted.iter().map(location).collect();
    assert_eq!(opened.len(), 1, "one draft for three clicks: {opened:?}");
    assert_eq!(app.count_rows("press_release").await, releases + 1);
    let release = opened.into_iter().next().expect("a release");
    let (_, page) = app.staff_page(&saved, &staff.cookie).await;
    assert!(
        page.contains(&format!("href=\"{release}\"")),
        "its release is linked"
    );
    assert!(page.contains("Draft another press release"));
    let another = app
        .post_form(
            "/api/admin/releases/draft-from-signing",
            Some(&staff.cookie),
            &[("signing", signing.as_str()), ("another", "yes")],
        )
        .await;
    assert_ne!(location(&another), release, "another, when asked for");
    assert_eq!(app.count_rows("press_release").await, releases + 2);

    let id_text = release.rsplit('/').next().expect("id").to_owned();
    let id: i32 = id_text.parse().expect("an id");
    let yesterday = day_from_now(app, -1);
    let mut fields = vec![
        ("id", id_text.as_str()),
        ("intent", "schedule"),
        ("f[title]", "Ljubljana signs the Integrating Cities Charter"),
        ("f[dateline]", "Brussels"),
        ("f[summary]", "Ljubljana signed the charter."),
        ("f[body_md]", "Ljubljana signed the charter."),
        ("f[release_date]", yesterday.as_str()),
        ("f[release_time]", "11:00"),
    ];
    let asked = app
        .post_form("/api/admin/releases/save", Some(&staff.cookie), &fields)
        .await;
    assert_eq!(location(&asked), release);
    let stored = |app: &TestApp| {
        let db = app.db.clone();
        async move {
            press_release::Entity::find_by_id(id)
                .one(&db)
                .await
                .expect("query")
                .expect("release")
        }
    };
    assert_eq!(
        stored(app).await.status,
        Publication::Draft,
        "not published"
    );
    let (_, edit) = app.staff_page(&release, &staff.cookie).await;
    assert!(edit.contains("This time has passed"), "{edit}");
    assert!(edit.contains("id=\"f-publish_now\""), "the box to confirm");
    fields.push(("f[publish_now]", "yes"));
    let published = app
        .post_form("/api/admin/releases/save", Some(&staff.cookie), &fields)
        .await;
    assert_eq!(location(&published), release);
    let model = stored(app).await;
    assert_eq!(model.status, Publication::Published);
    assert_eq!(
        app.page(&format!("/newsroom/{}", model.slug)).await.0,
        200,
        "public now"
    );
}

#[tokio::test]
async fn releases_get_one_draft_per_signing_and_ask_before_publishing_at_once_on_sqlite() {
    releases_get_one_draft_per_signing_and_ask_before_publishing_at_once(&spawn_app().await).await;
}

#[tokio::test]
async fn releases_get_one_draft_per_signing_and_ask_before_publishing_at_once_on_postgres() {
    if let Some(url) = fresh_postgres_url().await {
        releases_get_one_draft_per_signing_and_ask_before_publishing_at_once(
            &spawn_app_on(&url).await,
        )
        .await;
    }
}

/// Drafts a press release from signing `signing` (`another`: even if it has one): the draft's
/// screen.
async fn draft_release(app: &TestApp, staff: &Staff, signing: &str, another: bool) -> String {
    let another = if another { "yes" } else { "" };
    location(
        &app.post_form(
            "/api/admin/releases/draft-from-signing",
            Some(&staff.cookie),
            &[("signing", signing), ("another", another)],
        )
        .await,
    )
}

/// Applies the CSV import `csv` as staff do.
async fn apply_import(app: &TestApp, staff: &Staff, csv: &str) {
    let imported = app
        .post_form(
            "/api/admin/import",
            Some(&staff.cookie),
            &[("intent", "apply"), ("csv", csv)],
        )
        .await;
    assert_eq!(location(&imported), "/admin/import");
}

/// A release drafted before an import moved its signatory's place: scheduling lists the numbers
/// that changed (the text was written with the old ones) and waits until staff confirm they
/// checked the text; the confirmed numbers are kept with the release.
#[tokio::test]
async fn a_release_whose_numbers_changed_since_drafting_asks_before_it_is_scheduled() {
    use app::ssr::entities::{press_release, states::Publication};
    let app = spawn_app().await;
    let staff = app.signed_in("numbers@eurocities.eu", Role::Admin).await;
    let saved = register_ljubljana(&app, &staff).await;
    let signing = saved.rsplit('/').next().expect("id").to_owned();
    let release = draft_release(&app, &staff, &signing, false).await;
    let id: i32 = release
        .rsplit('/')
        .next()
        .expect("id")
        .parse()
        .expect("an id");
    let (_, edit) = app.staff_page(&release, &staff.cookie).await;
    assert!(
        !edit.contains("Numbers that changed"),
        "nothing changed yet"
    );

    // An import adds a city that signed ten days before Ljubljana: Ljubljana moves one place on.
    let header = app::ssr::import::COLUMNS.join(",");
    let earlier = "kaunas,Kaunas,city,LT,no,signed,,2024,yes,2026-11-10,,,,,,,,City | https://www.kaunas.lt,,,";
    apply_import(&app, &staff, &format!("{header}\n{earlier}\n")).await;
    let (_, edit) = app.staff_page(&release, &staff.cookie).await;
    assert!(
        edit.contains("Numbers that changed since the text was written"),
        "{edit}"
    );
    let listed = edit
        .split("class=\"stack numbers-changed\"")
        .nth(1)
        .and_then(|rest| rest.split("</fieldset>").next())
        .expect("the changed numbers");
    assert!(
        listed.contains("Ljubljana: “the ") && listed.contains("” → “the "),
        "its place, before and after: {listed}"
    );
    assert!(
        listed.contains("Total: ") && listed.contains(" signatories"),
        "{listed}"
    );

    let tomorrow = day_from_now(&app, 1);
    let mut fields = vec![
        ("id", release.rsplit('/').next().expect("id")),
        ("intent", "schedule"),
        ("f[title]", "Ljubljana signs the Integrating Cities Charter"),
        ("f[dateline]", "Brussels"),
        ("f[summary]", "Ljubljana signed the charter."),
        ("f[body_md]", "Ljubljana signed the charter."),
        ("f[release_date]", tomorrow.as_str()),
        ("f[release_time]", "11:00"),
    ];
    let asked = app
        .post_form("/api/admin/releases/save", Some(&staff.cookie), &fields)
        .await;
    assert_eq!(location(&asked), release);
    let stored = || async {
        press_release::Entity::find_by_id(id)
            .one(&app.db)
            .await
            .expect("query")
            .expect("release")
    };
    assert_eq!(
        stored().await.status,
        Publication::Draft,
        "not scheduled until confirmed"
    );
    let (_, edit) = app.staff_page(&release, &staff.cookie).await;
    assert!(
        edit.contains("The registry’s numbers changed since this text was written"),
        "{edit}"
    );
    assert!(
        edit.contains("id=\"f-confirm_numbers\""),
        "the box to confirm"
    );

    fields.push(("f[confirm_numbers]", "yes"));
    let scheduled = app
        .post_form("/api/admin/releases/save", Some(&staff.cookie), &fields)
        .await;
    assert_eq!(location(&scheduled), release);
    let model = stored().await;
    assert_eq!(
        model.status,
        Publication::Published,
        "scheduled once confirmed"
    );
    let numbers = model.drafted_numbers.expect("numbers kept");
    assert!(numbers.contains("\"total\":"), "{numbers}");
    // Confirmed: the screen no longer lists them.
    let (_, edit) = app.staff_page(&release, &staff.cookie).await;
    assert!(!edit.contains("Numbers that changed"), "{edit}");

    // Under embargo, another import moves Ljubljana again: the release goes back to draft in
    // the import's own transaction (it would otherwise go out contradicting its fact box), the
    // log says why, and its screen lists the numbers to check before it is scheduled again.
    let another =
        "tartu,Tartu,city,EE,no,signed,,2024,yes,2026-11-11,,,,,,,,City | https://www.tartu.ee,,,";
    apply_import(&app, &staff, &format!("{header}\n{another}\n")).await;
    assert_eq!(
        stored().await.status,
        Publication::Draft,
        "held back before its time"
    );
    let (_, log) = app
        .staff_page(
            &format!("/admin/audit?kind=press_release&id={id}"),
            &staff.cookie,
        )
        .await;
    assert!(
        log.contains("Press release held back: its numbers changed"),
        "{log}"
    );
    assert!(
        log.contains("Ljubljana: “the "),
        "what changed, in the log: {log}"
    );
    let (_, edit) = app.staff_page(&release, &staff.cookie).await;
    assert!(
        edit.contains("Numbers that changed since the text was written"),
        "{edit}"
    );
    let public = app.get(&format!("/newsroom/{}", model.slug)).await;
    assert_eq!(public.status(), 404, "still under embargo, and now a draft");
}

/// A draft made by mistake is deleted after its box is ticked (audited, its link to the signing
/// gone); a release that was ever scheduled, or is public, is not.
#[tokio::test]
async fn a_draft_made_by_mistake_is_deleted_once_confirmed_and_a_scheduled_one_is_not() {
    use app::ssr::entities::press_release;
    let app = spawn_app().await;
    let staff = app.signed_in("drafts@eurocities.eu", Role::Editor).await;
    let saved = register_ljubljana(&app, &staff).await;
    let signing = saved.rsplit('/').next().expect("id").to_owned();
    let first = draft_release(&app, &staff, &signing, false).await;
    let second = draft_release(&app, &staff, &signing, true).await;
    assert_ne!(first, second);
    let releases = app.count_rows("press_release").await;
    let id = second.rsplit('/').next().expect("id").to_owned();
    let (_, edit) = app.staff_page(&second, &staff.cookie).await;
    assert!(edit.contains("Delete this draft"), "{edit}");

    // Without the box: nothing is deleted, the reason is on the box.
    let refused = app
        .post_form(
            "/api/admin/releases/delete",
            Some(&staff.cookie),
            &[("id", &id)],
        )
        .await;
    assert_eq!(location(&refused), second);
    assert_eq!(app.count_rows("press_release").await, releases);
    let (_, edit) = app.staff_page(&second, &staff.cookie).await;
    assert!(edit.contains("Tick the box to confirm"), "{edit}");

    let deleted = app
        .post_form(
            "/api/admin/releases/delete",
            Some(&staff.cookie),
            &[("id", &id), ("f[confirm_delete]", "yes")],
        )
        .await;
    assert_eq!(location(&deleted), "/admin/releases");
    assert_eq!(app.count_rows("press_release").await, releases - 1);
    assert_eq!(app.staff_page(&second, &staff.cookie).await.0, 404);
    let (_, log) = app.staff_page("/admin/audit", &staff.cookie).await;
    assert!(log.contains("Press release draft deleted"));

    // The seeded Paris release is public: no delete form, and a forged post is refused.
    let paris = press_release::Entity::find()
        .all(&app.db)
        .await
        .expect("releases")
        .into_iter()
        .find(|r| r.slug.starts_with("paris"))
        .expect("the Paris release");
    let path = format!("/admin/releases/{}", paris.id);
    let (_, edit) = app.staff_page(&path, &staff.cookie).await;
    assert!(!edit.contains("Delete this draft"));
    let forged = app
        .post_form(
            "/api/admin/releases/delete",
            Some(&staff.cookie),
            &[("id", &paris.id.to_string()), ("f[confirm_delete]", "yes")],
        )
        .await;
    assert_eq!(location(&forged), path);
    assert_eq!(
        app.count_rows("press_release").await,
        releases - 1,
        "nothing deleted"
    );
}

/// The role split: an editor prepares a release and saves it; only an admin schedules it (so
/// nothing goes out on one editor's word). The editor's text is kept, and the screen says who
/// schedules.
#[tokio::test]
async fn an_editor_prepares_a_release_and_only_an_admin_schedules_it() {
    use app::ssr::entities::{audit_log, press_release, states::Publication};
    use sea_orm::{ColumnTrait, QueryFilter};
    let app = spawn_app().await;
    let editor = app.signed_in("prepares@eurocities.eu", Role::Editor).await;
    let saved = register_ljubljana(&app, &editor).await;
    let signing_id = saved.rsplit('/').next().expect("id");
    let release = draft_release(&app, &editor, signing_id, false).await;
    let id = release.rsplit('/').next().expect("id").to_owned();
    let (_, edit) = app.staff_page(&release, &editor.cookie).await;
    assert!(edit.contains("An admin schedules releases"), "{edit}");
    assert!(
        !edit.contains("value=\"schedule\""),
        "no schedule button for an editor"
    );
    let date = day_from_now(&app, 1);
    let form = |intent: &'static str| {
        vec![
            ("id", id.clone()),
            ("intent", intent.to_owned()),
            ("f[title]", "Ljubljana signs the charter".to_owned()),
            ("f[dateline]", "Brussels".to_owned()),
            ("f[summary]", "Ljubljana signed it.".to_owned()),
            (
                "f[body_md]",
                "Ljubljana signed the charter, the editor wrote.".to_owned(),
            ),
            ("f[release_date]", date.clone()),
            ("f[release_time]", "11:00".to_owned()),
        ]
    };
    let send = |cookie: String, fields: Vec<(&'static str, String)>| {
        let app = &app;
        async move {
            let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.post_form("/api/admin/releases/save", Some(&cookie), &pairs)
                .await
        }
    };
    let stored = || async {
        press_release::Entity::find_by_id(id.parse::<i32>().expect("id"))
            .one(&app.db)
            .await
            .expect("read")
            .expect("row")
    };
    // The editor asks to schedule (a hand-made post): the text is saved, the release stays a draft.
    let response = send(editor.cookie.clone(), form("schedule")).await;
    assert_eq!(location(&response), release);
    let row = stored().await;
    assert_eq!(row.status, Publication::Draft);
    assert_eq!(
        row.body_md,
        "Ljubljana signed the charter, the editor wrote."
    );
    let (_, after) = app.staff_page(&release, &editor.cookie).await;
    assert!(
        after.contains("Saved as a draft. An admin schedules releases"),
        "{after}"
    );
    let scheduled = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq("release.schedule"))
        .count(&app.db)
        .await
        .expect("count");
    assert_eq!(scheduled, 0);
    // An admin schedules it.
    let admin = app.signed_in("schedules@eurocities.eu", Role::Admin).await;
    let (_, for_admin) = app.staff_page(&release, &admin.cookie).await;
    assert!(for_admin.contains("value=\"schedule\""), "{for_admin}");
    let response = send(admin.cookie.clone(), form("schedule")).await;
    assert_eq!(location(&response), release);
    assert_eq!(stored().await.status, Publication::Published);
}

/// A release's quotes and press contacts are edited in its own form and saved with it: a
/// half-filled group or a wrong address is refused with the typed values kept and nothing
/// written; the saved ones show in the preview and the release's history; emptying one removes it.
#[tokio::test]
async fn a_releases_quotes_and_contacts_are_edited_with_it_refused_whole_and_audited() {
    let app = spawn_app().await;
    let staff = app.signed_in("quotes@eurocities.eu", Role::Editor).await;
    let saved = register_ljubljana(&app, &staff).await;
    let signing = saved.rsplit('/').next().expect("id").to_owned();
    let release = draft_release(&app, &staff, &signing, false).await;
    let id = release.rsplit('/').next().expect("id").to_owned();
    let (_, edit) = app.staff_page(&release, &staff.cookie).await;
    assert!(edit.contains("id=\"f-quote_1_speaker\""), "{edit}");
    assert!(edit.contains("id=\"f-contact_1_email\""), "{edit}");
    assert!(
        !edit.contains("id=\"f-quote_2_speaker\""),
        "one empty group"
    );
    let (quotes, contacts) = (
        app.count_rows("press_quote").await,
        app.count_rows("press_contact").await,
    );

    let tomorrow = day_from_now(&app, 1);
    let base = [
        ("id", id.as_str()),
        ("intent", "save"),
        ("f[title]", "Ljubljana signs the Integrating Cities Charter"),
        ("f[dateline]", "Brussels"),
        ("f[summary]", "Ljubljana signed the charter."),
        ("f[body_md]", "Ljubljana signed the charter."),
        ("f[release_date]", tomorrow.as_str()),
        ("f[release_time]", "11:00"),
        ("f[quotes]", "1"),
        ("f[contacts]", "1"),
    ];
    let with = |extra: &[(&'static str, &'static str)]| {
        let mut form: Vec<(&str, &str)> = base.to_vec();
        form.extend_from_slice(extra);
        form
    };
    let quote = [
        ("f[quote_1_speaker]", "Zoran Janković"),
        ("f[quote_1_role]", "Mayor of Ljubljana"),
        (
            "f[quote_1_text]",
            "Ljubljana welcomes everyone who makes it home.",
        ),
    ];
    let contact = [
        ("f[contact_1_name]", "Eurocities press office"),
        ("f[contact_1_role]", "Press officer"),
    ];

    // A wrong address: nothing written, the typed quote kept, the field says why.
    let mut bad = with(&quote);
    bad.extend_from_slice(&contact);
    bad.push(("f[contact_1_email]", "press at eurocities"));
    let refused = app
        .post_form("/api/admin/releases/save", Some(&staff.cookie), &bad)
        .await;
    assert_eq!(location(&refused), release);
    assert_eq!(app.count_rows("press_quote").await, quotes);
    assert_eq!(app.count_rows("press_contact").await, contacts);
    let (_, edit) = app.staff_page(&release, &staff.cookie).await;
    assert!(
        edit.contains("Type an email address like press@example.org."),
        "{edit}"
    );
    assert!(edit.contains("value=\"Zoran Janković\""), "kept: {edit}");

    // A half-filled quote: its missing text is named.
    let half = with(&[("f[quote_1_speaker]", "Zoran Janković")]);
    app.post_form("/api/admin/releases/save", Some(&staff.cookie), &half)
        .await;
    let (_, edit) = app.staff_page(&release, &staff.cookie).await;
    assert!(edit.contains("Type what they said."), "{edit}");
    assert_eq!(app.count_rows("press_quote").await, quotes);

    // Right: both saved with the release, shown in its preview, in its history.
    let mut good = with(&quote);
    good.extend_from_slice(&contact);
    good.push(("f[contact_1_email]", "Press@Eurocities.eu"));
    let saved = app
        .post_form("/api/admin/releases/save", Some(&staff.cookie), &good)
        .await;
    assert_eq!(location(&saved), release);
    assert_eq!(app.count_rows("press_quote").await, quotes + 1);
    assert_eq!(app.count_rows("press_contact").await, contacts + 1);
    let (_, edit) = app.staff_page(&release, &staff.cookie).await;
    assert!(
        edit.contains("id=\"f-quote_2_speaker\""),
        "a group for another: {edit}"
    );
    let (_, preview) = app
        .staff_page(&format!("{release}/preview"), &staff.cookie)
        .await;
    let quoted = preview
        .split("<h3>Quoted</h3>")
        .nth(1)
        .expect("the release names who it quotes");
    assert!(
        quoted.contains("Zoran Janković") && quoted.contains(", Mayor of Ljubljana"),
        "{preview}"
    );
    assert!(
        preview.contains("<a href=\"mailto:press@eurocities.eu\">press@eurocities.eu</a>"),
        "the address as typed, lower case: {preview}"
    );
    let (_, history) = app
        .staff_page(
            &format!("/admin/audit?kind=press_release&id={id}"),
            &staff.cookie,
        )
        .await;
    assert!(history.contains("Quotes:"), "{history}");
    assert!(
        history.contains("Zoran Janković (Mayor of Ljubljana)"),
        "{history}"
    );

    // Emptied: removed.
    let emptied = with(&[]);
    app.post_form("/api/admin/releases/save", Some(&staff.cookie), &emptied)
        .await;
    assert_eq!(app.count_rows("press_quote").await, quotes);
    assert_eq!(app.count_rows("press_contact").await, contacts);
}

/// The dashboard's "same day, not ordered" finding opens the day's screen, where staff order
/// all its signings at once: refused whole when two share a position, saved in one go
/// otherwise (each signing's history says so), and the finding is gone.
#[tokio::test]
async fn staff_order_the_signings_of_one_day_at_once_from_the_dashboard() {
    use app::ssr::entities::signing;
    let app = spawn_app().await;
    let staff = app.signed_in("order@eurocities.eu", Role::Editor).await;
    let (_, dashboard) = app.staff_page("/admin", &staff.cookie).await;
    let day_link = dashboard
        .split("href=\"/admin/signings/day/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a day whose signings are not ordered")
        .to_owned();
    let screen = format!("/admin/signings/day/{day_link}");
    let (status, page) = app.staff_page(&screen, &staff.cookie).await;
    assert_eq!(status, 200, "{page}");
    let ids: Vec<String> = page
        .split("name=\"f[position_")
        .skip(1)
        .filter_map(|rest| rest.split(']').next().map(str::to_owned))
        .collect();
    assert!(ids.len() >= 2, "{page}");
    let stored = || async {
        let mut positions = Vec::new();
        for id in &ids {
            let s = signing::Entity::find_by_id(id.parse::<i32>().expect("id"))
                .one(&app.db)
                .await
                .expect("query")
                .expect("signing");
            positions.push(s.tie_position);
        }
        positions
    };
    let before = stored().await;
    let post = |positions: Vec<String>| {
        let (app, cookie, ids, day) = (&app, staff.cookie.clone(), ids.clone(), day_link.clone());
        async move {
            let keys: Vec<String> = ids.iter().map(|id| format!("f[position_{id}]")).collect();
            let mut form: Vec<(&str, &str)> = vec![("day", day.as_str())];
            for (k, p) in keys.iter().zip(&positions) {
                form.push((k.as_str(), p.as_str()));
            }
            location(
                &app.post_form("/api/admin/signings/order", Some(&cookie), &form)
                    .await,
            )
        }
    };
    // Two share position 1: refused whole, nothing written, the field says why.
    let mut twice: Vec<String> = (1..=ids.len()).map(|p| p.to_string()).collect();
    twice[1] = "1".into();
    assert_eq!(post(twice).await, screen);
    assert_eq!(stored().await, before);
    let (_, page) = app.staff_page(&screen, &staff.cookie).await;
    assert!(page.contains("Position 1 is given twice"), "{page}");
    // Out of range: refused too.
    let mut outside: Vec<String> = (1..=ids.len()).map(|p| p.to_string()).collect();
    outside[0] = "0".into();
    assert_eq!(post(outside).await, screen);
    assert_eq!(stored().await, before);

    // Reversed order: saved at once, audited per signing, the finding gone.
    let reversed: Vec<String> = (1..=ids.len()).rev().map(|p| p.to_string()).collect();
    assert_eq!(post(reversed.clone()).await, "/admin");
    let expected: Vec<Option<i32>> = reversed.iter().map(|p| p.parse().ok()).collect();
    assert_eq!(stored().await, expected);
    let (_, dashboard) = app.staff_page("/admin", &staff.cookie).await;
    assert!(
        !dashboard.contains(&format!("href=\"{screen}\"")),
        "the day is ordered now: {dashboard}"
    );
    let (_, history) = app
        .staff_page(
            &format!("/admin/audit?kind=signing&id={}", ids[0]),
            &staff.cookie,
        )
        .await;
    assert!(history.contains("Signing corrected"), "{history}");
    assert!(
        history.contains(&format!("<ins><code>{}</code></ins>", reversed[0])),
        "{history}"
    );

    // A day that does not read, and a day without signings.
    assert_eq!(
        app.staff_page("/admin/signings/day/22-02-2010", &staff.cookie)
            .await
            .0,
        400
    );
    assert_eq!(
        app.staff_page("/admin/signings/day/1999-01-01", &staff.cookie)
            .await
            .0,
        404
    );
}
