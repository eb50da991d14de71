//! The signing process (issue #18) over HTTP: an intent declared on `/join` with its council
//! decision, the staff pipeline to the signing, documents checked by content and stored in
//! the database, announced ceremonies in a calendar a real iCalendar parser reads, suggested
//! corrections, and the bounds on public forms — held in parallel, on SQLite and PostgreSQL.

use std::collections::BTreeMap;

use app::ssr::accounts::Role;
use sea_orm::{ConnectionTrait, EntityTrait};

use crate::helpers::{
    brussels_day_from_now, day_from_now, fresh_postgres_url, location, spawn_app,
    spawn_app_on_with, spawn_app_with, TestApp, JOIN_FIELDS, PDF,
};

/// A plain JPEG of `width` × `height`.
fn jpeg(width: u32, height: u32) -> Vec<u8> {
    let picture =
        image::DynamicImage::ImageRgb8(image::RgbImage::from_fn(width, height, |x, y| {
            image::Rgb([
                u8::try_from(x % 256).unwrap_or(0),
                u8::try_from(y % 256).unwrap_or(0),
                120,
            ])
        }));
    let mut out = Vec::new();
    picture
        .write_to(
            &mut std::io::Cursor::new(&mut out),
            image::ImageFormat::Jpeg,
        )
        .expect("jpeg");
    out
}

/// `plain` with an EXIF segment holding `note` spliced in after its start marker, as cameras
/// and phones write their metadata.
fn with_exif(plain: &[u8], note: &[u8]) -> Vec<u8> {
    let mut payload = b"Exif\0\0".to_vec();
    payload.extend_from_slice(note);
    let length = u16::try_from(payload.len() + 2).expect("short");
    let mut out = plain[..2].to_vec();
    out.extend_from_slice(&[0xff, 0xe1]);
    out.extend_from_slice(&length.to_be_bytes());
    out.extend_from_slice(&payload);
    out.extend_from_slice(&plain[2..]);
    out
}

/// A small phone photo carrying its GPS position.
fn jpeg_with_exif() -> Vec<u8> {
    with_exif(&jpeg(16, 8), b"GPSLatitude 46.0569 GPSLongitude 14.5058")
}

/// The events of `/events.ics` as a real parser reads them: `uid → (property → value)`, the
/// start's parameters kept as `DTSTART;PARAMS`.
fn calendar_events(ics: &str) -> BTreeMap<String, BTreeMap<String, String>> {
    let unfolded = icalendar::parser::unfold(ics);
    let calendar = icalendar::parser::read_calendar(&unfolded).expect("a valid iCalendar");
    let root = calendar
        .components
        .iter()
        .find(|c| c.name == "VCALENDAR")
        .map_or(&calendar.components, |c| &c.components);
    let mut out = BTreeMap::new();
    for event in root.iter().filter(|c| c.name == "VEVENT") {
        let mut props = BTreeMap::new();
        for p in &event.properties {
            let mut name = p.name.as_str().to_owned();
            for param in &p.params {
                name.push_str(&format!(
                    ";{}={}",
                    param.key.as_str(),
                    param.val.as_ref().map_or("", |v| v.as_str())
                ));
            }
            props.insert(
                p.name.as_str().to_owned(),
                format!("{name}:{}", p.val.as_str()),
            );
        }
        let uid = props
            .get("UID")
            .map(|u| u.trim_start_matches("UID:").to_owned())
            .expect("every event has a UID");
        out.insert(uid, props);
    }
    out
}

/// The public address of the (first) signed charter scan attached to a signing.
async fn public_scan_address(app: &TestApp) -> String {
    use sea_orm::{ColumnTrait, QueryFilter};
    let doc = app::ssr::entities::document::Entity::find()
        .filter(app::ssr::entities::document::Column::SigningId.is_not_null())
        .one(&app.db)
        .await
        .expect("read")
        .expect("the scan");
    format!("/files/{}/{}", doc.id, doc.file_name)
}

async fn stage_of(app: &TestApp, id: i32) -> String {
    app::ssr::entities::application::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .expect("read")
        .expect("the application")
        .stage
        .as_str()
        .to_owned()
}

#[tokio::test]
async fn the_whole_process_from_a_citys_intent_to_its_release_over_http() {
    let app = spawn_app().await;
    // The public: the steps and the form, in both languages, without a bundle.
    let (status, join) = app.page("/join").await;
    assert_eq!(status, 200);
    assert!(join.contains("enctype=\"multipart/form-data\""), "{join}");
    assert!(!join.contains(".wasm") && !join.contains("/pkg/icc.js"));
    let (status, french) = app.page("/fr/join").await;
    assert_eq!(status, 200);
    assert!(french.contains("Déclarer l’intention de votre ville de signer"));

    // 1. Intent declared, with the council decision as a PDF.
    let sent = app
        .post_multipart(
            "/join",
            None,
            &JOIN_FIELDS,
            Some(("Sklep mestnega sveta.pdf", PDF.to_vec())),
        )
        .await;
    assert_eq!(sent.status().as_u16(), 303);
    assert_eq!(location(&sent), "/join/sent?ref=ICC-00001");
    let (_, thanks) = app.page("/join/sent?ref=ICC-00001").await;
    assert!(thanks.contains("ICC-00001"), "{thanks}");
    let (_, forged) = app.page("/join/sent?ref=%3Cscript%3E").await;
    assert!(
        !forged.contains("<script>alert") && !forged.contains("&lt;script"),
        "only a reference of the server's form is repeated"
    );
    assert_eq!(stage_of(&app, 1).await, "intent");
    assert_eq!(app.count_rows("document").await, 1);
    // Nothing public yet: the city is not a signatory, not an event.
    assert_eq!(app.page("/signatories/ljubljana").await.0, 404);
    assert!(!app
        .page("/signatories?q=ljubljana")
        .await
        .1
        .contains("/signatories/ljubljana"));
    assert!(!app.page("/events").await.1.contains("Ljubljana"));
    assert!(!app.page("/events.ics").await.1.contains("Ljubljana"));

    // 2. Staff see it, its contact and its document (staff only, never stored by caches).
    let staff = app.signed_in("migration@eurocities.eu", Role::Admin).await;
    let (_, dashboard) = app.staff_page("/admin", &staff.cookie).await;
    assert!(
        dashboard.contains("1 new intent to sign waits for its council decision"),
        "{dashboard}"
    );
    let (_, list) = app.staff_page("/admin/applications", &staff.cookie).await;
    assert!(
        list.contains("ICC-00001") && list.contains("Ljubljana"),
        "{list}"
    );
    let (_, one) = app.staff_page("/admin/applications/1", &staff.cookie).await;
    assert!(one.contains("maja.novak@ljubljana.si"), "{one}");
    let (file_href, file) = app
        .first_staff_file("/admin/applications/1", &staff.cookie)
        .await;
    assert!(
        file_href.ends_with(".pdf") && !file_href.contains("Sklep"),
        "a name of the server's choosing: {file_href}"
    );
    assert_eq!(file.status().as_u16(), 200);
    assert_eq!(file.headers()["content-type"], "application/pdf");
    assert_eq!(file.headers()["x-content-type-options"], "nosniff");
    assert!(file.headers()["cache-control"]
        .to_str()
        .expect("ascii")
        .contains("no-store"));
    assert!(file.headers()["content-security-policy"]
        .to_str()
        .expect("ascii")
        .contains("sandbox"));
    assert_eq!(file.bytes().await.expect("bytes").as_ref(), PDF);
    assert_eq!(
        app.get(&file_href).await.status().as_u16(),
        401,
        "staff files need a session"
    );

    // 3. The council decision is recorded; a step out of order is refused.
    let early = app
        .post_multipart(
            "/admin/applications/step",
            Some(&staff.cookie),
            &[
                ("id", "1"),
                ("intent", "close"),
                ("f[outcome]", "declined"),
                ("f[reason]", ""),
            ],
            None,
        )
        .await;
    assert_eq!(location(&early), "/admin/applications/1");
    let (_, refused) = app.staff_page("/admin/applications/1", &staff.cookie).await;
    assert!(refused.contains("Write the reason."), "{refused}");
    assert_eq!(stage_of(&app, 1).await, "intent");
    let decided = app
        .post_multipart(
            "/admin/applications/step",
            Some(&staff.cookie),
            &[
                ("id", "1"),
                ("intent", "decision"),
                ("f[council_decision_on]", "2026-10-14"),
            ],
            None,
        )
        .await;
    assert_eq!(location(&decided), "/admin/applications/1");
    assert_eq!(stage_of(&app, 1).await, "decision");

    // 4. The ceremony, tomorrow at 11:00 in Brussels, announced: on /events and in the calendar.
    let tomorrow = day_from_now(&app, 1);
    let plan = |time: &'static str| {
        let tomorrow = tomorrow.clone();
        let cookie = staff.cookie.clone();
        let app = &app;
        async move {
            app.post_multipart(
                "/admin/applications/step",
                Some(&cookie),
                &[
                    ("id", "1"),
                    ("intent", "ceremony"),
                    ("f[ceremony_on]", tomorrow.as_str()),
                    ("f[ceremony_time]", time),
                    ("f[ceremony_place]", "City hall, Ljubljana"),
                    ("f[ceremony_signer]", "Zoran Janković, Mayor"),
                    ("f[announced]", "yes"),
                ],
                None,
            )
            .await
        }
    };
    assert_eq!(location(&plan("11:00").await), "/admin/applications/1");
    assert_eq!(stage_of(&app, 1).await, "ceremony");
    let (_, events) = app.page("/events").await;
    assert!(
        events.contains("Ljubljana signs the Integrating Cities Charter"),
        "{events}"
    );
    assert!(events.contains("11:00"), "{events}");
    let ics = app.get("/events.ics").await;
    assert_eq!(
        ics.headers()["content-type"],
        "text/calendar; charset=utf-8"
    );
    let first = calendar_events(&ics.text().await.expect("ics"));
    let uid = first
        .keys()
        .find(|uid| uid.starts_with("ceremony-1@"))
        .cloned()
        .expect("the ceremony in the calendar");
    let compact = tomorrow.replace('-', "");
    assert_eq!(
        first[&uid]["DTSTART"],
        format!("DTSTART;TZID=Europe/Brussels:{compact}T110000")
    );
    assert_eq!(
        first[&uid]["SUMMARY"],
        "SUMMARY:Ljubljana signs the Integrating Cities Charter"
    );
    // The comma travels escaped and the parser reads it back.
    assert_eq!(first[&uid]["LOCATION"], "LOCATION:City hall, Ljubljana");
    assert!(
        first.keys().any(|uid| uid.starts_with("conference-")),
        "conferences too"
    );
    // Moved to noon: the same UID, a higher SEQUENCE, so calendars update it.
    plan("12:00").await;
    let second = calendar_events(&app.page("/events.ics").await.1);
    assert_eq!(
        second[&uid]["DTSTART"],
        format!("DTSTART;TZID=Europe/Brussels:{compact}T120000")
    );
    let sequence = |events: &BTreeMap<String, BTreeMap<String, String>>| -> i32 {
        events[&uid]["SEQUENCE"]
            .trim_start_matches("SEQUENCE:")
            .parse()
            .expect("a number")
    };
    assert!(sequence(&second) > sequence(&first));

    // 5. The signing, registered from the application: the form comes filled in.
    let (_, form) = app
        .staff_page("/admin/signings/new?application=1", &staff.cookie)
        .await;
    assert!(
        form.contains("name=\"f[application]\" value=\"1\""),
        "{form}"
    );
    assert!(form.contains("value=\"Ljubljana\""), "{form}");
    assert!(form.contains(&format!("value=\"{tomorrow}\"")), "{form}");
    let registered = app
        .register_ljubljana(
            &staff.cookie,
            &tomorrow,
            &[
                ("f[application]", "1"),
                ("f[place]", "City hall, Ljubljana"),
                ("f[signed_by_name]", "Zoran Janković"),
            ],
        )
        .await;
    let saved = location(&registered);
    assert!(saved.starts_with("/admin/signings/"), "{saved}");
    let signing_id = saved.rsplit('/').next().expect("id").to_owned();
    assert_eq!(stage_of(&app, 1).await, "signed");
    // A second registration from the same application is refused: it is signed already.
    let (signatories, signings) = (
        app.count_rows("signatory").await,
        app.count_rows("signing").await,
    );
    let again = app
        .register_ljubljana(
            &staff.cookie,
            &tomorrow,
            &[("f[application]", "1"), ("f[name]", "Ljubljana bis")],
        )
        .await;
    assert_eq!(location(&again), "/admin/signings/new");
    assert_eq!(app.count_rows("signatory").await, signatories);
    assert_eq!(app.count_rows("signing").await, signings);
    let (_, kept) = app.staff_page("/admin/signings/new", &staff.cookie).await;
    assert!(kept.contains("closed or signed already"), "{kept}");

    // 6. The signed charter's scan: a phone photo with its GPS position; stored without it.
    let photo = jpeg_with_exif();
    assert!(photo.windows(11).any(|w| w == b"GPSLatitude"));
    let uploaded = app
        .post_multipart(
            "/admin/signings/documents",
            Some(&staff.cookie),
            &[("id", signing_id.as_str()), ("f[public]", "yes")],
            Some(("IMG_2041.jpg", photo)),
        )
        .await;
    assert_eq!(
        location(&uploaded),
        format!("/admin/signings/{signing_id}#documents")
    );
    let stored = app
        .db
        .query_all_raw(sea_orm::Statement::from_string(
            app.db.get_database_backend(),
            "SELECT bytes, media_type FROM blob WHERE media_type = 'image/jpeg'",
        ))
        .await
        .expect("blobs");
    assert_eq!(stored.len(), 1);
    let bytes: Vec<u8> = stored[0].try_get("", "bytes").expect("bytes");
    assert!(
        !bytes.windows(4).any(|w| w == b"Exif"),
        "no EXIF segment survives"
    );
    assert!(
        !bytes.windows(11).any(|w| w == b"GPSLatitude"),
        "no GPS position survives"
    );
    assert!(image::load_from_memory(&bytes).is_ok(), "still a picture");

    // 7. A photo of the ceremony, and the release, embargoed until 11:00 tomorrow in Brussels.
    app.post_multipart(
        "/admin/signings/photos",
        Some(&staff.cookie),
        &[
            ("id", signing_id.as_str()),
            (
                "f[alt]",
                "The mayor of Ljubljana signs the charter in the city hall",
            ),
            ("f[credit]", "City of Ljubljana"),
            ("f[licence]", "CC BY 4.0"),
        ],
        Some(("IMG_2042.jpg", large_photo())),
    )
    .await;
    app.release_ljubljana_at(&staff.cookie, &signing_id, &tomorrow, "11:00")
        .await;
    let public_href = public_scan_address(&app).await;
    let release_page = "/newsroom/ljubljana-signs-the-integrating-cities-charter";

    // 8. One second before (the clock moves in whole seconds: this lands 1–2 s before 11:00):
    // nothing of it anywhere. From 11:00: all of it, together.
    let eleven = app::ssr::embargo::start_of_day_in_brussels(brussels_day_from_now(&app, 1))
        .expect("midnight")
        + time::Duration::hours(11);
    app.clock
        .advance(eleven - time::Duration::seconds(1) - app.clock.now());
    for path in [
        "/signatories/ljubljana",
        public_href.as_str(),
        "/photos/1/960.jpg",
        release_page,
    ] {
        assert_eq!(
            app.get(path).await.status().as_u16(),
            404,
            "{path} before 11:00"
        );
    }
    assert!(!app.page("/feeds/press.xml").await.1.contains("Ljubljana"));
    app.clock
        .advance(eleven - app.clock.now() + time::Duration::seconds(2));
    let (status, profile) = app.page("/signatories/ljubljana").await;
    assert_eq!(status, 200);
    assert!(
        profile.contains(&format!("href=\"{public_href}\"")),
        "{profile}"
    );
    assert!(profile.contains("/photos/1/960.jpg"), "{profile}");
    assert!(
        !profile.contains("maja.novak"),
        "contact data stays with staff"
    );
    let public = app.get(&public_href).await;
    assert_eq!(public.status().as_u16(), 200);
    assert_eq!(public.headers()["content-type"], "image/jpeg");
    assert!(public.headers()["cache-control"]
        .to_str()
        .expect("ascii")
        .starts_with("public"));
    let (status, page) = app.page(release_page).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("property=\"og:image\" content=\"http://127.0.0.1:0/photos/1/960.jpg\""),
        "{page}"
    );
    let feed = app.page("/feeds/press.xml").await.1;
    let channel = rss::Channel::read_from(feed.as_bytes()).expect("valid RSS");
    let item = channel
        .items()
        .iter()
        .find(|i| i.title() == Some("Ljubljana signs the Integrating Cities Charter"))
        .expect("the release in the press feed");
    assert_eq!(
        item.enclosure().map(rss::Enclosure::url),
        Some("http://127.0.0.1:0/photos/1/960.jpg")
    );
    // Made staff-only again: gone from the profile and the public address at once.
    // (Hours have passed: the earlier session has timed out.)
    let staff = app.signed_in("morning@eurocities.eu", Role::Editor).await;
    let doc_id = public_href.split('/').nth(2).expect("id").to_owned();
    let changed = app
        .post_form(
            "/api/admin/documents/change",
            Some(&staff.cookie),
            &[("id", doc_id.as_str()), ("intent", "private")],
        )
        .await;
    assert_eq!(location(&changed), format!("/admin/signings/{signing_id}"));
    assert_eq!(app.get(&public_href).await.status().as_u16(), 404);
    assert!(!app
        .page("/signatories/ljubljana")
        .await
        .1
        .contains(&public_href));
    let (_, list) = app
        .staff_page("/admin/applications?stage=signed", &staff.cookie)
        .await;
    assert!(list.contains("Signed and announced"), "{list}");
    // The history says who did each step.
    let (_, history) = app
        .staff_page("/admin/audit?kind=application&id=ICC-00001", &staff.cookie)
        .await;
    for action in [
        "application.create",
        "application.decision",
        "application.ceremony",
        "application.signed",
    ] {
        assert!(history.contains(action), "{action} in {history}");
    }
}

#[tokio::test]
async fn files_that_are_not_what_they_claim_are_refused_with_the_reason_and_nothing_is_stored() {
    let app = spawn_app().await;
    let mut too_big = b"%PDF-1.7\n".to_vec();
    too_big.resize(20 * 1024 * 1024 + 1, b' ');
    let cases: [(&str, Vec<u8>, &str); 6] = [
        (
            "decision.png",
            b"<html><script>alert(1)</script></html>".to_vec(),
            "Only PDF, PNG and JPEG files are accepted",
        ),
        (
            "logo.svg",
            b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".to_vec(),
            "Only PDF, PNG and JPEG files are accepted",
        ),
        (
            "decision.pdf",
            b"1 0 obj << >> endobj %%EOF".to_vec(),
            "Only PDF, PNG and JPEG files are accepted",
        ),
        ("../../x.png", jpeg_with_exif(), "contains a folder path"),
        ("empty.pdf", Vec::new(), "The file is empty."),
        ("huge.pdf", too_big, "larger than 20 MB"),
    ];
    for (name, bytes, reason) in cases {
        let answer = app
            .post_multipart("/join", None, &JOIN_FIELDS, Some((name, bytes)))
            .await;
        assert_eq!(answer.status().as_u16(), 422, "{name}");
        let page = answer.text().await.expect("page");
        assert!(page.contains(reason), "{name}: {page}");
        assert!(
            page.contains("value=\"maja.novak@ljubljana.si\""),
            "{name}: what was typed is kept"
        );
        assert!(
            page.contains("aria-invalid=\"true\""),
            "{name}: the field says it"
        );
    }
    assert_eq!(app.count_rows("application").await, 0);
    assert_eq!(app.count_rows("blob").await, 0);
    assert_eq!(app.count_rows("document").await, 0);

    // Fields are checked as well: each error on its field, in the page's language.
    let answer = app
        .post_multipart(
            "/fr/join",
            None,
            &[
                ("f[city]", ""),
                ("f[country]", "XX"),
                ("f[contact_name]", "A"),
                ("f[contact_email]", "not an address"),
                ("f[council_decision_on]", "2099-01-01"),
            ],
            None,
        )
        .await;
    assert_eq!(answer.status().as_u16(), 422);
    let page = answer.text().await.expect("page");
    assert!(page.contains("<html lang=\"fr\""));
    for message in [
        "Écrivez le nom de la ville",
        "adresse électronique",
        "postérieure à aujourd’hui",
    ] {
        assert!(page.contains(message), "{message}: {page}");
    }
    assert_eq!(app.count_rows("application").await, 0);
    // Seven mistakes later, the same sender's corrected declaration is taken.
    let corrected = app
        .post_multipart(
            "/join",
            None,
            &JOIN_FIELDS,
            Some(("decision.pdf", PDF.to_vec())),
        )
        .await;
    assert_eq!(corrected.status().as_u16(), 303);
    assert_eq!(app.count_rows("application").await, 1);

    // A staff upload is checked the same way.
    let staff = app.signed_in("scan@eurocities.eu", Role::Editor).await;
    let refused = app
        .post_multipart(
            "/admin/signings/documents",
            Some(&staff.cookie),
            &[("id", "1"), ("f[public]", "yes")],
            Some(("scan.pdf", b"<html>not a scan</html>".to_vec())),
        )
        .await;
    assert_eq!(location(&refused), "/admin/signings/1#documents");
    let (_, screen) = app.staff_page("/admin/signings/1", &staff.cookie).await;
    assert!(
        screen.contains("Only PDF, PNG and JPEG files are accepted"),
        "{screen}"
    );
    assert_eq!(
        app.count_rows("blob").await,
        1,
        "only the declaration's PDF"
    );
}

/// Six declarations at once from one sender: exactly its five of the hour are taken. Sent
/// through no trusted proxy, a forged `X-Forwarded-For` changes nothing.
async fn one_sender_gets_its_share_and_no_more(app: &TestApp) {
    let sends = (0..6).map(|i| {
        let city = format!("Kraków {i}");
        async move {
            let mut fields = JOIN_FIELDS.to_vec();
            fields[0] = ("f[city]", city.as_str());
            let forged = format!("198.51.100.{i}");
            app.post_multipart_from("/join", None, &fields, None, Some(&forged))
                .await
                .status()
                .as_u16()
        }
    });
    let mut statuses = futures_util::future::join_all(sends).await;
    statuses.sort_unstable();
    assert_eq!(statuses, [303, 303, 303, 303, 303, 429]);
    assert_eq!(app.count_rows("application").await, 5);
}

#[tokio::test]
async fn public_forms_take_a_bounded_number_per_sender_and_per_hour_on_sqlite_and_postgres() {
    let app = spawn_app().await;
    // A robot fills in the field people never see: refused, nothing stored.
    let mut fields = JOIN_FIELDS.to_vec();
    fields.push(("f[website]", "http://spam.example"));
    let robot = app.post_multipart("/join", None, &fields, None).await;
    assert_eq!(robot.status().as_u16(), 422);
    assert_eq!(app.count_rows("application").await, 0);
    // Refused posts are not submissions: the sender still has its five.
    let mut statuses = Vec::new();
    for _ in 0..6 {
        let answer = app.post_multipart("/join", None, &JOIN_FIELDS, None).await;
        statuses.push(answer.status().as_u16());
    }
    assert_eq!(statuses, [303, 303, 303, 303, 303, 429]);
    let page = app
        .post_multipart("/join", None, &JOIN_FIELDS, None)
        .await
        .text()
        .await
        .expect("page");
    assert!(
        page.contains("Too many forms were sent from your connection"),
        "{page}"
    );
    assert!(
        page.contains("value=\"maja.novak@ljubljana.si\""),
        "what was typed is kept"
    );
    assert_eq!(app.count_rows("application").await, 5);

    // Junk is bounded too: a sender may post six times its share, mistakes included.
    let strict = spawn_app_with(&[("PUBLIC_FORMS_PER_SENDER", "1")]).await;
    let mut statuses = Vec::new();
    for _ in 0..7 {
        let answer = strict
            .post_multipart("/join", None, &[("f[city]", "")], None)
            .await;
        statuses.push(answer.status().as_u16());
    }
    assert_eq!(statuses, [422, 422, 422, 422, 422, 422, 429]);
    assert_eq!(strict.count_rows("application").await, 0);

    let fresh = spawn_app().await;
    one_sender_gets_its_share_and_no_more(&fresh).await;
    if let Some(url) = fresh_postgres_url().await {
        let pg = spawn_app_on_with(&url, &[]).await;
        one_sender_gets_its_share_and_no_more(&pg).await;
    }

    // Behind a trusted proxy each sender counts apart, and the hour's total holds for all.
    let proxied = spawn_app_with(&[
        ("TRUSTED_PROXIES", "127.0.0.1"),
        ("PUBLIC_FORMS_PER_HOUR", "4"),
    ])
    .await;
    let sends = (0..7).map(|i| {
        let app = &proxied;
        async move {
            let sender = format!("203.0.113.{i}");
            app.post_multipart_from("/join", None, &JOIN_FIELDS, None, Some(&sender))
                .await
                .status()
                .as_u16()
        }
    });
    let mut statuses = futures_util::future::join_all(sends).await;
    statuses.sort_unstable();
    assert_eq!(statuses, [303, 303, 303, 303, 429, 429, 429]);
    assert_eq!(proxied.count_rows("application").await, 4);
    // An hour later the counters start again.
    proxied.clock.advance(time::Duration::hours(1));
    let later = proxied
        .post_multipart_from("/join", None, &JOIN_FIELDS, None, Some("203.0.113.50"))
        .await;
    assert_eq!(later.status().as_u16(), 303);
}

#[tokio::test]
async fn a_suggested_correction_reaches_the_staff_inbox_and_never_the_profile() {
    let app = spawn_app().await;
    let (_, profile) = app.page("/signatories/paris").await;
    assert!(
        profile.contains("action=\"/signatories/paris/correction#correction\""),
        "{profile}"
    );
    let empty = app
        .post_form("/signatories/paris/correction", None, &[("f[what]", "  ")])
        .await;
    assert_eq!(empty.status().as_u16(), 422);
    let page = empty.text().await.expect("page");
    assert!(page.contains("Say what is wrong or missing."), "{page}");
    assert!(
        page.contains("<details open"),
        "the form stays open with its error"
    );
    assert_eq!(app.count_rows("correction_suggestion").await, 0);
    assert_eq!(
        app.post_form(
            "/signatories/atlantis/correction",
            None,
            &[("f[what]", "x")]
        )
        .await
        .status()
        .as_u16(),
        404
    );

    let what = "The 2024 signing was in the Hôtel de Ville, not at the conference.";
    let sent = app
        .post_form(
            "/fr/signatories/paris/correction",
            None,
            &[
                ("f[what]", what),
                ("f[source]", "https://www.paris.fr/"),
                ("f[contact]", "lecteur@example.org"),
            ],
        )
        .await;
    assert_eq!(
        location(&sent),
        "/fr/signatories/paris?correction=sent#correction"
    );
    let (_, thanked) = app.page("/fr/signatories/paris?correction=sent").await;
    assert!(
        thanked.contains("Merci : votre suggestion est parvenue"),
        "{thanked}"
    );
    assert!(
        !thanked.contains("Hôtel de Ville, not at"),
        "what readers send is never shown"
    );
    assert!(!app
        .page("/signatories/paris")
        .await
        .1
        .contains("lecteur@example.org"));

    let staff = app.signed_in("inbox@eurocities.eu", Role::Editor).await;
    let (_, dashboard) = app.staff_page("/admin", &staff.cookie).await;
    assert!(
        dashboard.contains("1 suggested correction to check"),
        "{dashboard}"
    );
    let (_, inbox) = app.staff_page("/admin/corrections", &staff.cookie).await;
    assert!(
        inbox.contains("Hôtel de Ville, not at the conference")
            && inbox.contains("lecteur@example.org"),
        "{inbox}"
    );
    let handled = app
        .post_form(
            "/api/admin/corrections/mark",
            Some(&staff.cookie),
            &[("id", "1"), ("handled", "yes")],
        )
        .await;
    assert_eq!(location(&handled), "/admin/corrections");
    let (_, dashboard) = app.staff_page("/admin", &staff.cookie).await;
    assert!(!dashboard.contains("suggested correction to check"));
}

#[tokio::test]
async fn a_file_sent_to_one_server_is_served_by_another_on_postgres() {
    let Some(url) = fresh_postgres_url().await else {
        eprintln!("TEST_DATABASE_URL not set: PostgreSQL part skipped");
        return;
    };
    let one = spawn_app_on_with(&url, &[]).await;
    let other = spawn_app_on_with(&url, &[]).await;
    one.declare_intent().await;
    let staff = other.signed_in("pg@eurocities.eu", Role::Editor).await;
    let (_, file) = other
        .first_staff_file("/admin/applications/1", &staff.cookie)
        .await;
    assert_eq!(file.status().as_u16(), 200);
    assert_eq!(file.bytes().await.expect("bytes").as_ref(), PDF);
}

/// A 2000 × 1000 camera photo with its GPS position.
fn large_photo() -> Vec<u8> {
    with_exif(&jpeg(2000, 1000), b"GPSLatitude 46.0569")
}

#[tokio::test]
async fn a_signings_photo_and_coverage_go_out_with_its_release_and_not_one_second_before() {
    let app = spawn_app().await;
    let staff = app.signed_in("press@eurocities.eu", Role::Admin).await;
    let tomorrow = day_from_now(&app, 1);
    let saved = location(&app.register_ljubljana(&staff.cookie, &tomorrow, &[]).await);
    let signing = saved.rsplit('/').next().expect("id").to_owned();

    // A photo needs its words and must be a picture; nothing is kept otherwise.
    let no_alt = app
        .post_multipart(
            "/admin/signings/photos",
            Some(&staff.cookie),
            &[
                ("id", signing.as_str()),
                ("f[credit]", "City of Ljubljana"),
                ("f[licence]", "CC BY 4.0"),
            ],
            Some(("ceremony.jpg", large_photo())),
        )
        .await;
    assert_eq!(
        location(&no_alt),
        format!("/admin/signings/{signing}#photos")
    );
    let (_, screen) = app.staff_page(&saved, &staff.cookie).await;
    assert!(
        screen.contains("Write what the photo shows (alt text)."),
        "{screen}"
    );
    let pdf = app
        .post_multipart(
            "/admin/signings/photos",
            Some(&staff.cookie),
            &[
                ("id", signing.as_str()),
                ("f[alt]", "x"),
                ("f[credit]", "x"),
                ("f[licence]", "x"),
            ],
            Some(("ceremony.jpg", PDF.to_vec())),
        )
        .await;
    assert_eq!(pdf.status().as_u16(), 303);
    let (_, screen) = app.staff_page(&saved, &staff.cookie).await;
    assert!(
        screen.contains("A photo must be a PNG or JPEG file."),
        "{screen}"
    );
    assert_eq!(app.count_rows("photo").await, 0);
    assert_eq!(app.count_rows("blob").await, 0);

    let alt = "Mayor Zoran Janković signs the charter at the city hall, beside the president of Eurocities";
    app.post_multipart(
        "/admin/signings/photos",
        Some(&staff.cookie),
        &[
            ("id", signing.as_str()),
            ("f[alt]", alt),
            ("f[credit]", "City of Ljubljana / Nik Rovan"),
            ("f[licence]", "CC BY 4.0"),
        ],
        Some(("IMG_3310.jpg", large_photo())),
    )
    .await;
    assert_eq!(app.count_rows("photo").await, 1);
    assert_eq!(
        app.count_rows("photo_variant").await,
        3,
        "480, 960 and 1600 wide"
    );
    for row in app
        .db
        .query_all_raw(sea_orm::Statement::from_string(
            app.db.get_database_backend(),
            "SELECT bytes FROM blob",
        ))
        .await
        .expect("blobs")
    {
        let bytes: Vec<u8> = row.try_get("", "bytes").expect("bytes");
        assert!(
            !bytes.windows(11).any(|w| w == b"GPSLatitude"),
            "no stored copy keeps the GPS note"
        );
    }
    let coverage = app
        .post_form(
            "/api/admin/coverage",
            Some(&staff.cookie),
            &[
                ("id", signing.as_str()),
                ("intent", "add"),
                ("f[outlet]", "Delo"),
                ("f[published_on]", tomorrow.as_str()),
                ("f[title]", "Ljubljana podpisala listino Integrating Cities"),
                ("f[url]", "https://www.delo.si/novice/ljubljana-listina"),
                ("f[language]", "sl"),
            ],
        )
        .await;
    assert_eq!(
        location(&coverage),
        format!("/admin/signings/{signing}#coverage")
    );
    let contact = app
        .post_form(
            "/api/admin/media/contacts",
            Some(&staff.cookie),
            &[
                ("intent", "add"),
                ("f[name]", "Ana Press"),
                ("f[role]", "Press officer, Eurocities"),
                ("f[email]", "press@eurocities.eu"),
                ("f[phone]", "+32 2 552 08 88"),
            ],
        )
        .await;
    assert_eq!(location(&contact), "/admin/media");
    // The signed charter's scan, public with the signing.
    app.post_multipart(
        "/admin/signings/documents",
        Some(&staff.cookie),
        &[("id", signing.as_str()), ("f[public]", "yes")],
        Some(("scan.pdf", PDF.to_vec())),
    )
    .await;
    let scan = public_scan_address(&app).await;
    // A logo for the media kit: a picture, never an SVG.
    let svg = app
        .post_multipart(
            "/admin/media/logos",
            Some(&staff.cookie),
            &[("f[logo_name]", "Eurocities logo")],
            Some((
                "logo.svg",
                b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>".to_vec(),
            )),
        )
        .await;
    assert_eq!(location(&svg), "/admin/media#logos");
    let (_, media_screen) = app.staff_page("/admin/media", &staff.cookie).await;
    assert!(
        media_screen.contains("A photo must be a PNG or JPEG file."),
        "{media_screen}"
    );
    app.post_multipart(
        "/admin/media/logos",
        Some(&staff.cookie),
        &[("f[logo_name]", "Eurocities logo, colour")],
        Some(("logo.jpg", jpeg_with_exif())),
    )
    .await;
    let logo = app.get("/media/logos/1.jpg").await;
    assert_eq!(logo.status().as_u16(), 200);
    assert_eq!(logo.headers()["content-type"], "image/jpeg");

    // Its release, at 11:00 tomorrow in Brussels.
    app.release_ljubljana_at(&staff.cookie, &signing, &tomorrow, "11:00")
        .await;
    let slug = "ljubljana-signs-the-integrating-cities-charter";

    // One second before: no photo, no coverage, no release, no enclosure anywhere.
    let eleven = app::ssr::embargo::start_of_day_in_brussels(brussels_day_from_now(&app, 1))
        .expect("midnight")
        + time::Duration::hours(11);
    app.clock
        .advance(eleven - time::Duration::seconds(1) - app.clock.now());
    for path in ["/photos/1/960.jpg", "/photos/1/original.jpg"] {
        assert_eq!(app.get(path).await.status().as_u16(), 404, "{path}");
    }
    assert_eq!(app.page(&format!("/newsroom/{slug}")).await.0, 404);
    assert_eq!(app.page("/signatories/ljubljana").await.0, 404);
    assert!(!app.page("/feeds/press.xml").await.1.contains("<enclosure"));
    assert!(!app.page("/newsroom/media").await.1.contains(alt));
    assert_eq!(
        app.get(&scan).await.status().as_u16(),
        404,
        "the scan waits too"
    );

    // From 11:00: all of it, together. (The clock moves in whole seconds, cutting the
    // fraction; two more make sure the request is past 11:00 when it is read.)
    app.clock
        .advance(eleven - app.clock.now() + time::Duration::seconds(2));
    let (status, page) = app.page(&format!("/newsroom/{slug}")).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("property=\"og:image\" content=\"http://127.0.0.1:0/photos/1/960.jpg\""),
        "{page}"
    );
    for width in ["480w", "960w", "1600w", "2000w"] {
        assert!(page.contains(width), "{width} in the srcset: {page}");
    }
    assert!(page.contains(&format!("alt=\"{alt}\"")), "{page}");
    assert!(
        page.contains("City of Ljubljana / Nik Rovan · CC BY 4.0"),
        "{page}"
    );
    assert!(
        page.contains("Delo") && page.contains("hreflang=\"sl\""),
        "coverage: {page}"
    );
    assert!(
        page.contains("press@eurocities.eu"),
        "the media kit's contact: {page}"
    );
    let variant = app.get("/photos/1/960.jpg").await;
    assert_eq!(variant.status().as_u16(), 200);
    assert_eq!(variant.headers()["content-type"], "image/jpeg");
    let bytes = variant.bytes().await.expect("bytes");
    let scaled = image::load_from_memory(&bytes).expect("a picture");
    assert_eq!((scaled.width(), scaled.height()), (960, 480));
    let feed = app.page("/feeds/press.xml").await.1;
    let channel = rss::Channel::read_from(feed.as_bytes()).expect("valid RSS");
    let item = channel
        .items()
        .iter()
        .find(|i| i.title() == Some("Ljubljana signs the Integrating Cities Charter"))
        .expect("the release in the press feed");
    let enclosure = item.enclosure().expect("its photo as the enclosure");
    assert_eq!(enclosure.url(), "http://127.0.0.1:0/photos/1/960.jpg");
    assert_eq!(enclosure.mime_type(), "image/jpeg");
    assert_eq!(enclosure.length(), bytes.len().to_string());
    let (_, profile) = app.page("/signatories/ljubljana").await;
    assert!(
        profile.contains("/photos/1/960.jpg") && profile.contains("Delo"),
        "{profile}"
    );
    let (_, kit) = app.page("/newsroom/media").await;
    assert!(kit.contains(alt) && kit.contains("Ana Press"), "{kit}");
    assert!(kit.contains("href=\"/photos/1/original.jpg\""), "{kit}");
    assert!(kit.contains("alt=\"Eurocities logo, colour\""), "{kit}");
    assert_eq!(
        app.get(&scan).await.status().as_u16(),
        200,
        "and the scan is out with it"
    );
    assert!(profile.contains(&format!("href=\"{scan}\"")), "{profile}");
}

/// Two staff register the signing of one application at the same moment: one signing is saved
/// and linked, the other refused with nothing written.
async fn one_application_becomes_one_signing(app: &TestApp) {
    app.declare_intent().await;
    let staff = app.signed_in("twice@eurocities.eu", Role::Admin).await;
    let day = day_from_now(app, -1);
    let signings = app.count_rows("signing").await;
    let (a, b) = tokio::join!(
        app.register_ljubljana(&staff.cookie, &day, &[("f[application]", "1")]),
        app.register_ljubljana(
            &staff.cookie,
            &day,
            &[("f[application]", "1"), ("f[name]", "Ljubljana bis")]
        ),
    );
    let places = [location(&a), location(&b)];
    let refused = places
        .iter()
        .filter(|p| *p == "/admin/signings/new")
        .count();
    assert_eq!(refused, 1, "one is refused: {places:?}");
    assert!(
        places
            .iter()
            .any(|p| p.starts_with("/admin/signings/") && p != "/admin/signings/new"),
        "one is saved: {places:?}"
    );
    assert_eq!(app.count_rows("signing").await, signings + 1);
    assert_eq!(stage_of(app, 1).await, "signed");
}

#[tokio::test]
async fn one_application_becomes_one_signing_when_registered_twice_at_once_on_sqlite_and_postgres()
{
    one_application_becomes_one_signing(&spawn_app().await).await;
    if let Some(url) = fresh_postgres_url().await {
        one_application_becomes_one_signing(&spawn_app_on_with(&url, &[]).await).await;
    }
}
